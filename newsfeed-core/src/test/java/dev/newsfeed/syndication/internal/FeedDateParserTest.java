// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static dev.newsfeed.syndication.internal.FeedDateParser.Form.RFC_3339;
import static dev.newsfeed.syndication.internal.FeedDateParser.Form.RFC_822;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.PublicationDate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDateParserTest {

  private static FeedDateParser.Parsed parsed(String text, FeedDateParser.Form form) {
    FeedDateParser.Result result = FeedDateParser.parse(text, form);
    assertThat(result).as("result for [%s]", text).isInstanceOf(FeedDateParser.Parsed.class);
    return (FeedDateParser.Parsed) result;
  }

  private static String failure(String text, FeedDateParser.Form form) {
    FeedDateParser.Result result = FeedDateParser.parse(text, form);
    assertThat(result).as("result for [%s]", text).isInstanceOf(FeedDateParser.Failed.class);
    return ((FeedDateParser.Failed) result).message();
  }

  private static PublicationDate moment(String iso) {
    return PublicationDate.of(OffsetDateTime.parse(iso));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2016-07-30T09:00:00Z            | 2016-07-30T09:00Z",
      "2016-07-30t09:00:00z            | 2016-07-30T09:00Z",
      "2016-07-30 09:00:00+02:00       | 2016-07-30T09:00+02:00",
      "2016-07-30T09:00:00.123456789Z  | 2016-07-30T09:00:00.123456789Z",
      "2016-07-30T09:00:00,5-04:00     | 2016-07-30T09:00:00.5-04:00",
      "  2016-07-30T23:59:59-00:30  | 2016-07-30T23:59:59-00:30"})
  void rfc3339TimestampsAreReadWithoutWarnings(String text, String expected) {
    FeedDateParser.Parsed parsed = parsed(text, RFC_3339);
    assertThat(parsed.date()).isEqualTo(moment(expected));
    assertThat(parsed.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2016-07-30T09:00Z       | 2016-07-30T09:00Z      | the time has no seconds; read as :00",
      "2016-07-30T09:00:00     | 2016-07-30T09:00Z      | the time has no UTC offset; read as UTC",
      "2016-07-30T09:00:00+0200 | 2016-07-30T09:00+02:00 | the offset has no colon; RFC 3339 writes +HH:MM",
      "2016-07-30T09:00:00+02  | 2016-07-30T09:00+02:00 | the offset has no minutes; RFC 3339 writes +HH:MM",
      "2016-12-31T23:59:60Z    | 2016-12-31T23:59:59Z   | the leap second :60 is read as :59"})
  void rfc3339LibertiesAreReadWithAWarning(String text, String expected, String warning) {
    FeedDateParser.Parsed parsed = parsed(text, RFC_3339);
    assertThat(parsed.date()).isEqualTo(moment(expected));
    assertThat(parsed.warnings()).containsExactly(warning);
  }

  @Test
  void aDateAloneIsADayWithoutATime() {
    assertThat(parsed("2016-07-30", RFC_3339).date())
        .isEqualTo(PublicationDate.of(LocalDate.of(2016, 7, 30)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Sat, 30 Jul 2016 09:00:00 +0000 | 2016-07-30T09:00Z",
      "Sat, 30 Jul 2016 09:00:00 GMT   | 2016-07-30T09:00Z",
      "Sat, 30 Jul 2016 09:00 UT       | 2016-07-30T09:00Z",
      "30 Jul 2016 09:00:00 EDT        | 2016-07-30T09:00-04:00",
      "Sat, 30 Jul 2016 09:00:00 PST   | 2016-07-30T09:00-08:00",
      "Tue, 5 Jul 2016 09:00:00 -0500  | 2016-07-05T09:00-05:00",
      "Sat,   30   Jul   2016   09:00:00   +0100 | 2016-07-30T09:00+01:00",
      "Sat,30 Jul 2016 09:00:00 +0000 (UTC) | 2016-07-30T09:00Z",
      "SAT, 30 JUL 2016 9:05:07 z      | 2016-07-30T09:05:07Z",
      "Jul 30 2016 09:00:00 GMT        | 2016-07-30T09:00Z",
      "Sat, 30 July 2016 09:00:00 CST  | 2016-07-30T09:00-06:00"})
  void rfc822DatesAndTheirUsualVariantsAreReadWithoutWarnings(String text, String expected) {
    FeedDateParser.Parsed parsed = parsed(text, RFC_822);
    assertThat(parsed.date()).isEqualTo(moment(expected));
    assertThat(parsed.warnings()).isEmpty();
  }

  @Test
  void twoDigitYearsFollowRfc2822() {
    FeedDateParser.Parsed recent = parsed("Sat, 30 Jul 16 09:00:00 GMT", RFC_822);
    assertThat(recent.date()).isEqualTo(moment("2016-07-30T09:00Z"));
    assertThat(recent.warnings()).containsExactly("the year 16 has 2 digits; read as 2016");
    FeedDateParser.Parsed old = parsed("Fri, 30 Jul 99 09:00:00 GMT", RFC_822);
    assertThat(old.date()).isEqualTo(moment("1999-07-30T09:00Z"));
  }

  @Test
  void frenchDayAndMonthNamesAreReadWithAWarningEach() {
    FeedDateParser.Parsed parsed = parsed("sam., 30 juil. 2016 09:00:00 +0200", RFC_822);
    assertThat(parsed.date()).isEqualTo(moment("2016-07-30T09:00+02:00"));
    assertThat(parsed.warnings()).containsExactly(
        "the day name [sam.] is not English; read as Saturday",
        "the month name [juil.] is not English; read as July");
  }

  @Test
  void anAbbreviationThatIsBothADayAndAMonthIsTheDayBeforeADayNumberAndAMonth() {
    // "mar." is mardi in French and March in English.
    FeedDateParser.Parsed tuesday = parsed("mar., 26 juil. 2016 09:00:00 +0200", RFC_822);
    assertThat(tuesday.date()).isEqualTo(moment("2016-07-26T09:00+02:00"));
    assertThat(tuesday.warnings()).contains("the day name [mar.] is not English; read as Tuesday");

    FeedDateParser.Parsed march = parsed("Mar 30 2016 09:00:00 GMT", RFC_822);
    assertThat(march.date()).isEqualTo(moment("2016-03-30T09:00Z"));
  }

  @Test
  void aLocalizedDateWithoutATimeIsADay() {
    FeedDateParser.Parsed parsed = parsed("30 juillet 2016", RFC_822);
    assertThat(parsed.date()).isEqualTo(PublicationDate.of(LocalDate.of(2016, 7, 30)));
    assertThat(parsed.warnings()).containsExactly(
        "the month name [juillet] is not English; read as July",
        "the date has no time; read as a date without a time");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "29 fevrier 2016 10:00 +0100 | 2016-02-29T10:00+01:00 | fevrier",
      "1 AOUT 2016 10:00 +0100     | 2016-08-01T10:00+01:00 | AOUT",
      "30 ابريل 2016 10:00 +0100   | 2016-04-30T10:00+01:00 | ابريل",
      "30 يـولـيـو 2016 10:00 +0100 | 2016-07-30T10:00+01:00 | يـولـيـو"})
  void monthNamesAreMatchedWithoutAccentsHamzaOrTatweel(String text, String expected, String name) {
    FeedDateParser.Parsed parsed = parsed(text, RFC_822);
    assertThat(parsed.date()).isEqualTo(moment(expected));
    assertThat(parsed.warnings()).hasSize(1).first().asString()
        .startsWith("the month name [" + name + "] is not English; read as ");
  }

  @Test
  void aForeignNameThatFoldsToAnEnglishOneIsStillNotEnglish() {
    assertThat(parsed("30 déc. 2016 10:00 +0100", RFC_822).warnings())
        .containsExactly("the month name [déc.] is not English; read as December");
  }

  @Test
  void germanSpanishAndArabicMonthNamesAreKnown() {
    assertThat(parsed("30 März 2016 10:00 +0100", RFC_822).date())
        .isEqualTo(moment("2016-03-30T10:00+01:00"));
    assertThat(parsed("30 dic 2016 10:00 +0100", RFC_822).date())
        .isEqualTo(moment("2016-12-30T10:00+01:00"));
    assertThat(parsed("30 يوليو 2016 10:00 +0100", RFC_822).date())
        .isEqualTo(moment("2016-07-30T10:00+01:00"));
  }

  @Test
  void aDayNameThatContradictsTheDateIsAWarning() {
    assertThat(parsed("Mon, 30 Jul 2016 09:00:00 GMT", RFC_822).warnings())
        .containsExactly("the day name says Monday but 2016-07-30 is a Saturday");
  }

  @Test
  void militaryZonesAreReadAsUtcAsRfc2822Advises() {
    FeedDateParser.Parsed parsed = parsed("Sat, 30 Jul 2016 09:00:00 A", RFC_822);
    assertThat(parsed.date()).isEqualTo(moment("2016-07-30T09:00Z"));
    assertThat(parsed.warnings())
        .containsExactly("the military zone A is ambiguous (RFC 2822 §4.3); read as UTC");
  }

  @Test
  void aMissingZoneIsReadAsUtcWithAWarning() {
    assertThat(parsed("Sat, 30 Jul 2016 09:00:00", RFC_822).warnings())
        .containsExactly("the time has no zone; read as UTC");
  }

  @Test
  void theOtherGrammarIsAcceptedWithAWarning() {
    assertThat(parsed("2016-07-30T09:00:00Z", RFC_822).warnings()).containsExactly(
        "expected an RFC 822 date such as Sat, 30 Jul 2016 09:00:00 +0000, found the RFC 3339 form"
            + " [2016-07-30T09:00:00Z]");
    assertThat(parsed("Sat, 30 Jul 2016 09:00:00 GMT", RFC_3339).warnings()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "yesterday                   | unknown day name [yesterday]",
      "Sat, 30 Jux 2016 09:00 GMT  | unknown month name [Jux]",
      "Sat, 31 Jun 2016 09:00 GMT  | there is no such date",
      "Sat, 30 Jul 2016 25:00 GMT  | the time is out of range",
      "Sat, 30 Jul 2016 09:00 CEST | unknown time zone [CEST]; expected +HHMM, GMT, UT or a US zone such as EST",
      "Sat, 30 Jul 2016 09:00 +02000 | expected an offset of four digits such as +0000, found [02000]",
      "Sat, 30 Jul 2016 09:00 GMT extra | unexpected [extra] after the date",
      "Sat, 30 Jul | expected a year after the month"})
  void badRfc822DatesSayWhatWasExpected(String text, String reason) {
    assertThat(failure(text, RFC_822)).isEqualTo(
        "expected an RFC 822 date such as Sat, 30 Jul 2016 09:00:00 +0000, found [" + text.strip()
            + "]: " + reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2016-02-30T09:00:00Z | there is no such date",
      "2016-07-30X09:00:00Z | expected T and a time after the date, at character 11",
      "2016-07-30T9:00:00Z  | expected a time as HH:MM:SS at character 12",
      "2016-07-30T09:00:00+25:00 | the offset is out of range",
      "2016-07-30T09:00:00Z trailing | unexpected [ trailing] after the date",
      "2016-7-30 | expected a date as YYYY-MM-DD at character 6"})
  void badRfc3339DatesSayWhatWasExpected(String text, String reason) {
    assertThat(failure(text, RFC_3339)).isEqualTo(
        "expected an RFC 3339 date such as 2016-07-30T09:00:00Z, found [" + text + "]: " + reason);
  }

  @Test
  void emptyAndHugeTextsAreRefusedWithoutBeingParsed() {
    assertThat(failure("  ", RFC_822)).isEqualTo(
        "expected an RFC 822 date such as Sat, 30 Jul 2016 09:00:00 +0000, found nothing");
    assertThat(failure("9".repeat(100_000), RFC_3339)).startsWith(
        "expected an RFC 3339 date such as 2016-07-30T09:00:00Z, found [999");
  }

  @Test
  void parsingDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("tr", "fr", "ar")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(parsed("SAT, 30 JUL 2016 09:00:00 GMT", RFC_822).date())
            .isEqualTo(moment("2016-07-30T09:00Z"));
        // "İ" and dotless "ı" are where Turkish case mapping differs.
        assertThat(FeedDateParser.parse("Fri, 29 Jul 2016 09:00:00 UTC", RFC_822))
            .isInstanceOf(FeedDateParser.Parsed.class);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
