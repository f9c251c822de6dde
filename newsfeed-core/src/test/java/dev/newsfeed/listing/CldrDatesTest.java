// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.text.DateFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Long-form dates in every language the JDK's CLDR data has, checked against the JDK's own
 * formatter: what {@link DateTimeFormatter#ofLocalizedDate} writes in a language, a listing in
 * that language reads back as the same date.
 */
class CldrDatesTest {
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2016, 7, 30), LocalDate.of(2016, 3, 5),
      LocalDate.of(2017, 12, 1));

  static List<Locale> languages() {
    TreeSet<String> tags = new TreeSet<>();
    for (Locale locale : DateFormat.getAvailableLocales()) {
      if (!locale.getLanguage().isEmpty()) {
        tags.add(locale.getLanguage());
      }
    }
    return tags.stream().map(Locale::forLanguageTag).toList();
  }

  /** Names are matched without regard to case and accents: texts equal but for those are one. */
  private static String folded(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static boolean ambiguous(DateTimeFormatter format, LocalDate date) {
    String text = folded(format.format(date));
    for (int month = 1; month <= 12; month++) {
      if (month != date.getMonthValue() && date.getDayOfMonth() <= date.withMonth(month).lengthOfMonth()
          && folded(format.format(date.withMonth(month))).equals(text)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyLanguageReadsTheDatesTheJdkWritesInIt() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Locale language : languages()) {
      ListingParser parser = ListingParser.create(ListingOptions.of(language).withStrictness(Strictness.LENIENT));
      for (FormatStyle style : List.of(FormatStyle.FULL, FormatStyle.LONG, FormatStyle.MEDIUM)) {
        for (boolean nativeDigits : List.of(false, true)) {
          DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(style).withLocale(language);
          if (nativeDigits) {
            format = format.withDecimalStyle(DecimalStyle.of(language));
          }
          for (LocalDate date : DATES) {
            String line = format.format(date);
            ParseResult result = parser.parse("news.txt", "Titre\n\n" + line + "\n\nRésumé.\n");
            checked++;
            List<LocalDate> read = result.feed().items().stream().map(NewsItem::published).map(p -> p.date()).toList();
            if (ambiguous(format, date)) {
              // The JDK writes another date of that year the same way but for accents (Jola-Fonyi's
              // "Sú" and "Su"): it must not be read as a wrong date.
              if (!read.isEmpty() && !read.equals(List.of(date))) {
                failures.add(language.toLanguageTag() + " " + style + ": ambiguous [" + line + "] read as " + read);
              }
              continue;
            }
            if (!read.equals(List.of(date))) {
              failures.add(language.toLanguageTag() + " " + style + ": [" + line + "] read as " + read + " "
                  + result.diagnostics());
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(3000);
    assertThat(failures).as("%d of %d", failures.size(), checked).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | 30 de julio de 2016",
        "es | sábado, 30 de julio de 2016",
        "es | 30 julio 2016",
        "es | 30 DE JULIO DE 2016",
        "de | 30. Juli 2016",
        "de | Samstag, 30. Juli 2016",
        "de | 30 Juli 2016",
        "it | 30 luglio 2016",
        "pt | 30 de julho de 2016",
        "nl | 30 juli 2016",
        "ru | 30 июля 2016 г.",
        "ru | 30 июля 2016",
        "pl | 30 lipca 2016",
        "tr | 30 Temmuz 2016 Cumartesi",
        "ja | 2016年7月30日",
        "zh | 2016年7月30日星期六",
        "ko | 2016년 7월 30일",
        "he | 30 ביולי 2016",
        "hu | 2016. július 30.",
        "fa | ۳۰ ژوئیهٔ ۲۰۱۶",
        "ar-MA | 30 يوليوز 2016",
        "fr | 30 juillet 2016",
      })
  void aLongDateInTheListingsLanguageIsRead(String tag, String line) {
    ParseResult result = ListingFixtures.parse(Locale.forLanguageTag(tag), "Titre\n\n" + line + "\n\nRésumé.\n");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(ListingFixtures.only(result).published().date()).isEqualTo(LocalDate.of(2016, 7, 30));
  }

  @Test
  void aSpanishListingIsNoLongerAStructureError() {
    String listing = "Noticias\n\nLa OIM se convierte en organización conexa\n\n30 de julio de 2016\n\n"
        + "Nueva York - Los Estados miembros adoptaron la resolución.\n\n"
        + "Los Estados miembros aprueban la adhesión\n\n4 de julio de 2016\n\nSuiza - Durante un Consejo especial.\n";

    ParseResult result = ListingFixtures.parse(Locale.forLanguageTag("es"), listing);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.feed().items()).extracting(item -> item.published().date())
        .containsExactly(LocalDate.of(2016, 7, 30), LocalDate.of(2016, 7, 4));
    assertThat(result.feed().items().get(0).original().dateline()).contains("Nueva York");
  }

  @Test
  void aDateStillNotUnderstoodIsNamedAtItsLineWithTheLanguagesOwnExample() {
    String listing = "Titular\n\n30 de julio del año 2016\n\nResumen.\n";

    assertThat(ListingFixtures.firstError(Locale.forLanguageTag("es"), listing)).isEqualTo("news.txt:3:1: error:"
        + " not a date in es: [30 de julio del año 2016]; expected a date such as 30 de julio de 2016 or 30/07/2016");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | 30 de julio del año 2016",
        "de | 30. Juli im Jahr 2016",
        "it | 30 luglio dell’anno 2016",
        "pt | 30 de julho do ano 2016",
        "nl | 30 juli van het jaar 2016",
      })
  void aDateNotUnderstoodIsNamedWithTheJdksOwnLongDateOfTheLanguage(String tag, String line) {
    Locale language = Locale.forLanguageTag(tag);
    String example = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
        .format(LocalDate.of(2016, 7, 30));

    assertThat(ListingFixtures.firstError(language, "Titel\n\n" + line + "\n\nText.\n")).isEqualTo("news.txt:3:1:"
        + " error: not a date in " + tag + ": [" + line + "]; expected a date such as " + example + " or 30/07/2016");
  }

  @Test
  void theNumericExampleFollowsTheListingsOwnDayMonthOrder() {
    String listing = "Titular\n\n07/30/2016\n\nResumen.\n\nOtro\n\n30 de julio del año 2016\n\nResumen.\n";

    assertThat(ListingFixtures.firstError(Locale.forLanguageTag("es"), listing)).isEqualTo("news.txt:9:1: error:"
        + " not a date in es: [30 de julio del año 2016]; expected a date such as 30 de julio de 2016 or 07/30/2016");
  }

  @Test
  void aTitleWithADateInItBeforeTheRealDateIsStillATitle() {
    ParseResult result = ListingFixtures.parse(Locale.forLanguageTag("es"),
        "Informe del 3 de mayo 2016\n\n30 de julio de 2016\n\nResumen.\n");

    assertThat(ListingFixtures.only(result).original().title()).isEqualTo("Informe del 3 de mayo 2016");
  }
}
