// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarNamesTest {
  private static final List<TextStyle> STYLES =
      List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE);

  /** Every CLDR name of every regional form maps back to its own month: no two months collide. */
  @ParameterizedTest
  @CsvSource({"ar, ar ar-MA ar-DZ ar-TN ar-LB ar-EG", "fr, fr fr-CA", "en, en en-GB en-US"})
  void everyRegionalNameIsReadAsItsOwnMonthAndWeekday(String language, String forms) {
    CalendarNames lexicon = CalendarNames.forLanguage(Locale.forLanguageTag(language));
    for (String form : forms.split(" ")) {
      Locale locale = Locale.forLanguageTag(form);
      for (TextStyle style : STYLES) {
        for (Month month : Month.values()) {
          String name = month.getDisplayName(style, locale);
          assertThat(lexicon.month(CalendarNames.key(name))).as("%s in %s", name, form).contains(month);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
          String name = day.getDisplayName(style, locale);
          assertThat(lexicon.weekday(CalendarNames.key(name))).as("%s in %s", name, form).contains(day);
          assertThat(lexicon.month(CalendarNames.key(name))).as("%s is no month", name).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"FÉVRIER, fevrier", "Août, aout", "juil., juil", "أبريل, ابريل", "إبريل, ابريل",
      "كانون  الثاني, كانون الثاني", "يـولـيـوز, يوليوز", "\u200fمارس, مارس", "İSTANBUL, istanbul"})
  void keysIgnoreCaseAccentsHamzaTatweelBidiMarksAndExtraSpaces(String word, String key) {
    assertThat(CalendarNames.key(word)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"fr, juilet", "fr, samdi", "en, juyl", "en, sepember"})
  void nearMissesOfNamesAreRecognised(String language, String word) {
    assertThat(CalendarNames.forLanguage(Locale.forLanguageTag(language)).resemblesName(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bilan", "signature", "top", "rapport", "réunion"})
  void ordinaryWordsAreNotNearMisses(String word) {
    assertThat(CalendarNames.forLanguage(Locale.FRENCH).resemblesName(CalendarNames.key(word))).isFalse();
    assertThat(CalendarNames.forLanguage(Locale.ENGLISH).resemblesName(CalendarNames.key(word))).isFalse();
  }

  @Test
  void fromLocalesTakesOnlyTheLocalesGivenWhereForLanguageAddsRegionalForms() {
    // CLDR's en-GB abbreviates September "Sept"; en writes "Sep".
    assertThat(CalendarNames.fromLocales(List.of(Locale.ENGLISH)).month("sept")).isEmpty();
    assertThat(CalendarNames.fromLocales(List.of(Locale.ENGLISH)).month("sep"))
        .contains(Month.SEPTEMBER);
    assertThat(CalendarNames.forLanguage(Locale.ENGLISH).month("sept")).contains(Month.SEPTEMBER);
  }

  /**
   * The feed date parser reads all the widespread languages at once; no name may mean two months
   * or two weekdays there, or the order of the languages would decide what a date says.
   */
  @Test
  void noWidespreadLanguageGivesAnotherOneOfThemANameForAnotherMonthOrWeekday() {
    Map<String, Month> months = new HashMap<>();
    Map<String, DayOfWeek> weekdays = new HashMap<>();
    for (Locale language : CalendarNames.WIDESPREAD_LANGUAGES) {
      for (TextStyle style : STYLES) {
        for (Month month : Month.values()) {
          String key = CalendarNames.key(month.getDisplayName(style, language));
          assertThat(months.putIfAbsent(key, month)).as("%s in %s", key, language)
              .isIn(null, month);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
          String key = CalendarNames.key(day.getDisplayName(style, language));
          assertThat(weekdays.putIfAbsent(key, day)).as("%s in %s", key, language)
              .isIn(null, day);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"juillet", "Juli", "julio", "luglio", "julho", "يوليوز", "تموز", "Sept"})
  void monthNamesOfWidespreadLanguagesAndTheirRegionalFormsAreCommon(String name) {
    assertThat(CalendarNames.isCommonMonthName(CalendarNames.key(name))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bilan", "samedi", "Rabat", "julho2"})
  void otherWordsAreNotCommonMonthNames(String word) {
    assertThat(CalendarNames.isCommonMonthName(CalendarNames.key(word))).isFalse();
  }
}
