// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static dev.newsfeed.listing.ListingFixtures.AR;
import static dev.newsfeed.listing.ListingFixtures.EN;
import static dev.newsfeed.listing.ListingFixtures.FR;
import static dev.newsfeed.listing.ListingFixtures.firstError;
import static dev.newsfeed.listing.ListingFixtures.oneItem;
import static dev.newsfeed.listing.ListingFixtures.only;
import static dev.newsfeed.listing.ListingFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ParseResult;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date line of an item, in every form the format accepts and the ways it can be wrong. */
class DateLineTest {

  private static LocalDate dateOf(Locale language, String dateLine) {
    ParseResult result = parse(language, oneItem(dateLine));
    return only(result).published().date();
  }

  @ParameterizedTest(name = "[{1}] in {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // numeric, three separators, and year first
        "fr | 30/07/2016 | 2016-07-30",
        "fr | 30.07.2016 | 2016-07-30",
        "fr | 30-07-2016 | 2016-07-30",
        "fr | 2016-07-30 | 2016-07-30",
        "fr | 2016/7/3 | 2016-07-03",
        "fr | ' 07 / 30 / 2016 ' | 2016-07-30",
        // French long forms: CLDR names, short names, case and accents ignored, 1er
        "fr | 30 juillet 2016 | 2016-07-30",
        "fr | 1er juillet 2016 | 2016-07-01",
        "fr | samedi 30 juillet 2016 | 2016-07-30",
        "fr | 30 juil. 2016 | 2016-07-30",
        "fr | 30 JUILLET 2016 | 2016-07-30",
        "fr | 12 fevrier 2016 | 2016-02-12",
        "fr | 3 aout 2016 | 2016-08-03",
        "fr | 3 août 2016 | 2016-08-03",
        "fr | 8 déc 2016 | 2016-12-08",
        // English long forms
        "en | July 30, 2016 | 2016-07-30",
        "en | 30 July 2016 | 2016-07-30",
        "en | Saturday, July 30, 2016 | 2016-07-30",
        "en | Jul 30, 2016 | 2016-07-30",
        "en | July 30th, 2016 | 2016-07-30",
        "en | July 1st 2016 | 2016-07-01",
        "en | Sept 3, 2016 | 2016-09-03",
        "en | sat, jul 30, 2016 | 2016-07-30",
        // Arabic: Moroccan, Egyptian/Gulf, Algerian/Tunisian and Levantine names, three digit sets
        "ar | 30 يوليوز 2016 | 2016-07-30",
        "ar | ٣٠ يوليو ٢٠١٦ | 2016-07-30",
        "ar | ۳۰ يوليو ۲۰۱۶ | 2016-07-30",
        "ar | السبت، 30 يوليوز 2016 | 2016-07-30",
        "ar | 26 ماي 2016 | 2016-05-26",
        "ar | 26 مايو 2016 | 2016-05-26",
        "ar | 15 غشت 2016 | 2016-08-15",
        "ar | 15 شتنبر 2016 | 2016-09-15",
        "ar | 15 نونبر 2016 | 2016-11-15",
        "ar | 15 دجنبر 2016 | 2016-12-15",
        "ar | 30 جويلية 2016 | 2016-07-30",
        "ar | 30 تموز 2016 | 2016-07-30",
        "ar | 1 كانون الثاني 2016 | 2016-01-01",
        "ar | 3 ابريل 2016 | 2016-04-03",
        "ar | 3 أبريل 2016م | 2016-04-03",
        "ar | ٣٠‏/٠٧‏/٢٠١٦ | 2016-07-30",
        "ar-MA | 30 يوليوز 2016 | 2016-07-30",
      })
  void dateLineIsRead(String tag, String line, LocalDate expected) {
    assertThat(dateOf(Locale.forLanguageTag(tag), line)).isEqualTo(expected);
  }

  @Test
  void twoDigitYearIsReadIn2000sWithAWarningAtTheYear() {
    ParseResult result = parse(FR, oneItem("30/07/16"));

    assertThat(only(result).published().date()).isEqualTo(LocalDate.of(2016, 7, 30));
    assertThat(result.diagnostics()).extracting(Object::toString)
        .containsExactly("news.txt:3:7: warning: two-digit year 16 read as 2016; write the year with"
            + " four digits");
  }

  @Test
  void weekdayThatDoesNotMatchTheDateIsAWarning() {
    ParseResult result = parse(FR, oneItem("vendredi 30 juillet 2016"));

    assertThat(only(result).published().date()).isEqualTo(LocalDate.of(2016, 7, 30));
    assertThat(result.diagnostics()).extracting(Object::toString)
        .containsExactly("news.txt:3:1: warning: expected samedi for 2016-07-30, found [vendredi]");
  }

  @ParameterizedTest(name = "[{1}] in {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | 02/30/2016 | news.txt:3:1: error: February 2016 has no day 30",
        "fr | 29/02/2015 | news.txt:3:1: error: February 2015 has no day 29",
        "fr | 31 avril 2016 | news.txt:3:1: error: April 2016 has no day 31",
        "fr | 2016-13-01 | news.txt:3:6: error: expected a month from 1 to 12, found 13",
        "fr | 13/13/2016 | news.txt:3:1: error: expected a month from 1 to 12 in the first or second"
            + " field, found [13/13/2016]",
        "fr | 00/07/2016 | news.txt:3:1: error: expected a day or month from 1, found [00]",
        "fr | 45/07/2016 | news.txt:3:1: error: expected a day from 1 to 31 or a month from 1 to 12,"
            + " found [45]",
        "fr | 30/07/216 | news.txt:3:7: error: expected a year of 4 digits, found [216]",
        "fr | 30/07-2016 | news.txt:3:6: error: expected the same separator between the fields of a"
            + " date, found [/] then [-]",
        "fr | 07/30/2016. | news.txt:3:11: error: expected the end of the date, found [.]",
        "fr | 30 juilet 2016 | news.txt:3:4: error: expected a month name such as juillet after the"
            + " day [30], found [juilet]",
        "fr | 30 juillet | news.txt:3:11: error: expected a year after [juillet], found the end of the"
            + " line",
        "fr | 32 juillet 2016 | news.txt:3:1: error: expected a day from 1 to 31, found [32]",
        "fr | Samdi 30 juillet 2016 | news.txt:3:1: error: expected a day, a month or a weekday such"
            + " as 30 juillet 2016, found [Samdi]",
        "en | Juyl 30, 2016 | news.txt:3:1: error: expected a day, a month or a weekday such as July 30,"
            + " 2016, found [Juyl]",
        "ar | 30 يولز 2016 | news.txt:3:4: error: expected a month name such as يوليو after the day"
            + " [30], found [يولز]",
      })
  void dateLineThatLooksLikeADateButIsWrongIsAnError(String tag, String line, String expected) {
    assertThat(firstError(Locale.forLanguageTag(tag), oneItem(line))).isEqualTo(expected);
  }

  @Test
  void badDateLineNeverBecomesSummaryText() {
    String text = "A\n\n07/30/2016\n\nRésumé A.\n\nB\n\n02/30/2016\n\nRésumé B.\n\nC\n\n07/01/2016\n\nRésumé C.";

    ParseResult result = ListingFixtures.lenient(EN, text);

    assertThat(result.feed().items()).extracting(item -> item.original().title())
        .containsExactly("A", "C");
    assertThat(result.feed().items().get(0).original().summary()).containsExactly("Résumé A.");
    assertThat(result.errors()).extracting(Object::toString)
        .containsExactly("news.txt:9:1: error: February 2016 has no day 30");
  }

  @Test
  void titleThatHoldsADateIsNotADateLine() {
    String text = oneItem("30 juillet 2016").replace("Titre", "Signature le vendredi 3 juin 2016");
    assertThat(only(parse(FR, text)).original().title())
        .isEqualTo("Signature le vendredi 3 juin 2016");
    String numbered = oneItem("07/30/2016").replace("Titre", "1.2.3 Nouvelle version");
    assertThat(only(parse(FR, numbered)).original().title()).isEqualTo("1.2.3 Nouvelle version");
    String bilan = oneItem("07/30/2016").replace("Titre", "Bilan 3 juin 2016");
    assertThat(only(parse(FR, bilan)).original().title()).isEqualTo("Bilan 3 juin 2016");
  }

  @Test
  void titleThatLooksLikeAnIncompleteDateIsATitleWhenADateFollows() {
    String text = oneItem("07/30/2016").replace("Titre", "Juin 2016");
    ParseResult result = parse(FR, text);
    assertThat(only(result).original().title()).isEqualTo("Juin 2016");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void longFormInAnotherLanguageIsNotADate() {
    assertThat(firstError(AR, oneItem("30 juillet 2016")))
        .startsWith("news.txt:3:4: error: expected a month name such as يوليو after the day [30],");
    assertThat(dateOf(EN, "30 July 2016")).isEqualTo(LocalDate.of(2016, 7, 30));
  }
}
