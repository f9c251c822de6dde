package dev.newsfeed.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLexiconTest {
  private static final List<TextStyle> STYLES =
      List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE);

  /** Every CLDR name of every regional form maps back to its own month: no two months collide. */
  @ParameterizedTest
  @CsvSource({"ar, ar ar-MA ar-DZ ar-TN ar-LB ar-EG", "fr, fr fr-CA", "en, en en-GB en-US"})
  void everyRegionalNameIsReadAsItsOwnMonthAndWeekday(String language, String forms) {
    DateLexicon lexicon = DateLexicon.of(Locale.forLanguageTag(language));
    for (String form : forms.split(" ")) {
      Locale locale = Locale.forLanguageTag(form);
      for (TextStyle style : STYLES) {
        for (Month month : Month.values()) {
          String name = month.getDisplayName(style, locale);
          assertThat(lexicon.month(DateLexicon.key(name))).as("%s in %s", name, form).contains(month);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
          String name = day.getDisplayName(style, locale);
          assertThat(lexicon.weekday(DateLexicon.key(name))).as("%s in %s", name, form).contains(day);
          assertThat(lexicon.month(DateLexicon.key(name))).as("%s is no month", name).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"FÉVRIER, fevrier", "Août, aout", "juil., juil", "أبريل, ابريل", "إبريل, ابريل",
      "كانون  الثاني, كانون الثاني", "يـولـيـوز, يوليوز", "\u200fمارس, مارس", "İSTANBUL, istanbul"})
  void keysIgnoreCaseAccentsHamzaTatweelBidiMarksAndExtraSpaces(String word, String key) {
    assertThat(DateLexicon.key(word)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"fr, juilet", "fr, samdi", "en, juyl", "en, sepember"})
  void nearMissesOfNamesAreRecognised(String language, String word) {
    assertThat(DateLexicon.of(Locale.forLanguageTag(language)).resemblesName(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bilan", "signature", "top", "rapport", "réunion"})
  void ordinaryWordsAreNotNearMisses(String word) {
    assertThat(DateLexicon.of(Locale.FRENCH).resemblesName(DateLexicon.key(word))).isFalse();
    assertThat(DateLexicon.of(Locale.ENGLISH).resemblesName(DateLexicon.key(word))).isFalse();
  }
}
