// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.newsfeed.PublicationDate;
import dev.newsfeed.testing.DefaultLocale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RelativeAgeTest {
  /** Wednesday 10 August 2016, mid-morning in Paris. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2016-08-10T08:00:00Z"), ZoneId.of("Europe/Paris"));

  private static final LocalDate TODAY = LocalDate.of(2016, 8, 10);
  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale AR_MA = Locale.forLanguageTag("ar-MA");

  private static String age(Locale locale, LocalDate day) {
    return RelativeAge.of(locale, CLOCK).format(PublicationDate.of(day));
  }

  /** The day, then the age in fr, en, ar-MA and ar. */
  static Stream<Arguments> ages() {
    return Stream.of(
        Arguments.of(TODAY, "aujourd’hui", "today", "اليوم", "اليوم"),
        Arguments.of(TODAY.minusDays(1), "hier", "yesterday", "أمس", "أمس"),
        Arguments.of(TODAY.minusDays(2), "il y a 2 jours", "2 days ago", "منذ يومين", "منذ يومين"),
        Arguments.of(TODAY.minusDays(3), "il y a 3 jours", "3 days ago", "منذ 3 أيام", "منذ ٣ أيام"),
        Arguments.of(TODAY.minusDays(10), "il y a 10 jours", "10 days ago", "منذ 10 أيام", "منذ ١٠ أيام"),
        Arguments.of(TODAY.minusDays(11), "il y a 11 jours", "11 days ago", "منذ 11 يومًا", "منذ ١١ يومًا"),
        Arguments.of(TODAY.minusDays(13), "il y a 13 jours", "13 days ago", "منذ 13 يومًا", "منذ ١٣ يومًا"),
        Arguments.of(TODAY.minusDays(14), "il y a 2 semaines", "2 weeks ago", "منذ أسبوعين", "منذ أسبوعين"),
        Arguments.of(TODAY.minusDays(21), "il y a 3 semaines", "3 weeks ago", "منذ 3 أسابيع", "منذ ٣ أسابيع"),
        Arguments.of(TODAY.minusMonths(1), "il y a 1 mois", "1 month ago", "منذ شهر واحد", "منذ شهر واحد"),
        Arguments.of(TODAY.minusMonths(2), "il y a 2 mois", "2 months ago", "منذ شهرين", "منذ شهرين"),
        Arguments.of(TODAY.minusMonths(11), "il y a 11 mois", "11 months ago", "منذ 11 شهرًا", "منذ ١١ شهرًا"),
        Arguments.of(TODAY.minusYears(1), "il y a 1 an", "1 year ago", "منذ سنة واحدة", "منذ سنة واحدة"),
        Arguments.of(TODAY.minusYears(2), "il y a 2 ans", "2 years ago", "منذ سنتين", "منذ سنتين"),
        Arguments.of(TODAY.minusYears(5), "il y a 5 ans", "5 years ago", "منذ 5 سنوات", "منذ ٥ سنوات"),
        Arguments.of(TODAY.plusDays(1), "demain", "tomorrow", "غدًا", "غدًا"),
        Arguments.of(TODAY.plusDays(2), "dans 2 jours", "in 2 days", "خلال يومين", "خلال يومين"),
        Arguments.of(TODAY.plusDays(5), "dans 5 jours", "in 5 days", "خلال 5 أيام", "خلال ٥ أيام"),
        Arguments.of(TODAY.plusDays(15), "dans 2 semaines", "in 2 weeks", "خلال أسبوعين", "خلال أسبوعين"),
        Arguments.of(TODAY.plusMonths(1), "dans 1 mois", "in 1 month", "خلال شهر واحد", "خلال شهر واحد"),
        Arguments.of(TODAY.plusYears(3), "dans 3 ans", "in 3 years", "خلال 3 سنوات", "خلال ٣ سنوات"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ages")
  void agesAreWordedPerLanguageWithTheLocalesDigits(
      LocalDate day, String fr, String en, String arMa, String ar) {
    assertThat(age(Locale.FRENCH, day)).isEqualTo(fr);
    assertThat(age(Locale.ENGLISH, day)).isEqualTo(en);
    assertThat(age(AR_MA, day)).isEqualTo(arMa);
    assertThat(age(AR, day)).isEqualTo(ar);
  }

  @ParameterizedTest(name = "{0} years")
  @CsvSource({
    "1, منذ سنة واحدة",
    "2, منذ سنتين",
    "3, منذ 3 سنوات",
    "10, منذ 10 سنوات",
    "11, منذ 11 سنة",
    "99, منذ 99 سنة",
    "100, منذ 100 سنة",
    "102, منذ 102 سنة",
    "103, منذ 103 سنوات",
    "110, منذ 110 سنوات",
    "111, منذ 111 سنة",
    "1000, منذ 1000 سنة"
  })
  void arabicFollowsAllSixCldrPluralCategories(int years, String expected) {
    assertThat(age(AR_MA, TODAY.minusYears(years))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} weeks")
  @CsvSource({"2, منذ أسبوعين", "3, منذ 3 أسابيع", "4, منذ 4 أسابيع"})
  void arabicWeeksTakeTheDualThenThePlural(int weeks, String expected) {
    LocalDate july31 = LocalDate.of(2016, 7, 31);
    Clock clock = Clock.fixed(Instant.parse("2016-07-31T12:00:00Z"), ZoneOffset.UTC);
    assertThat(RelativeAge.of(AR_MA, clock).format(PublicationDate.of(july31.minusWeeks(weeks))))
        .isEqualTo(expected);
  }

  @Test
  void frenchCountsZeroAndOneAsSingularAndTwoAsPlural() {
    assertThat(age(Locale.FRENCH, TODAY.minusYears(1))).isEqualTo("il y a 1 an");
    assertThat(age(Locale.FRENCH, TODAY.minusWeeks(3))).isEqualTo("il y a 3 semaines");
  }

  @Test
  void monthsAreCalendarMonths() {
    Clock march1 = Clock.fixed(Instant.parse("2016-03-01T12:00:00Z"), ZoneOffset.UTC);
    RelativeAge en = RelativeAge.of(Locale.ENGLISH, march1);
    // 31 January to 1 March 2016 is 1 month and 1 day; 1 February to 1 March is 29 days but a month.
    assertThat(en.format(PublicationDate.of(LocalDate.of(2016, 1, 31)))).isEqualTo("1 month ago");
    assertThat(en.format(PublicationDate.of(LocalDate.of(2016, 2, 1)))).isEqualTo("1 month ago");
    assertThat(en.format(PublicationDate.of(LocalDate.of(2016, 2, 2)))).isEqualTo("4 weeks ago");
  }

  @Test
  void theClocksZoneDecidesWhichDayIsToday() {
    Instant instant = Instant.parse("2016-08-10T23:30:00Z");
    PublicationDate august10 = PublicationDate.of(TODAY);
    assertThat(RelativeAge.of(Locale.ENGLISH, Clock.fixed(instant, ZoneOffset.UTC)).format(august10))
        .isEqualTo("today");
    assertThat(
            RelativeAge.of(Locale.ENGLISH, Clock.fixed(instant, ZoneId.of("Asia/Tokyo")))
                .format(august10))
        .isEqualTo("yesterday");
    assertThat(
            RelativeAge.of(Locale.ENGLISH, Clock.fixed(instant, ZoneId.of("America/New_York")))
                .format(august10))
        .isEqualTo("today");
  }

  @Test
  void aMomentIsComparedAsAnInstantInTheClocksZone() {
    // 23:30 on 9 August in New York is 05:30 on 10 August in Paris.
    PublicationDate lateInNewYork =
        PublicationDate.of(OffsetDateTime.of(2016, 8, 9, 23, 30, 0, 0, ZoneOffset.ofHours(-4)));
    assertThat(RelativeAge.of(Locale.FRENCH, CLOCK).format(lateInNewYork)).isEqualTo("aujourd’hui");
    Clock newYork = CLOCK.withZone(ZoneId.of("America/New_York"));
    assertThat(RelativeAge.of(Locale.FRENCH, newYork).format(lateInNewYork)).isEqualTo("hier");
  }

  @Test
  void aLanguageWithoutWordingGetsTheAbsoluteDateInItsOwnFormatNeverEnglishWords() {
    RelativeAge german = RelativeAge.of(Locale.GERMAN, CLOCK);
    assertThat(german.format(PublicationDate.of(TODAY.minusDays(3)))).isEqualTo("7. August 2016");
    assertThat(german.isRelative()).isFalse();
    assertThat(german.wordingLanguage()).isEqualTo(Locale.GERMAN);
    assertThat(german.locale()).isEqualTo(Locale.GERMAN);
    assertThat(age(Locale.forLanguageTag("es"), TODAY.minusDays(3))).isEqualTo("7 de agosto de 2016");
    assertThat(age(Locale.forLanguageTag("es"), TODAY)).isEqualTo("10 de agosto de 2016");
    assertThat(age(Locale.forLanguageTag("fa-IR"), TODAY.minusDays(3)))
        .isEqualTo(LocalizedDateFormat.of(java.time.format.FormatStyle.LONG, Locale.forLanguageTag("fa-IR"))
            .format(TODAY.minusDays(3)));
    assertThat(RelativeAge.of(Locale.FRENCH, CLOCK).isRelative()).isTrue();
  }

  @Test
  void regionalVariantsUseTheirLanguagesWording() {
    assertThat(age(Locale.CANADA_FRENCH, TODAY.minusDays(3))).isEqualTo("il y a 3 jours");
    assertThat(age(Locale.forLanguageTag("ar-EG"), TODAY.minusDays(3))).isEqualTo("منذ ٣ أيام");
    assertThat(age(Locale.forLanguageTag("en-GB"), TODAY.minusDays(3))).isEqualTo("3 days ago");
    assertThat(RelativeAge.of(AR_MA, CLOCK).wordingLanguage()).isEqualTo(AR);
  }

  @Test
  void aNumberingSystemExtensionChoosesTheDigits() {
    assertThat(age(Locale.forLanguageTag("ar-MA-u-nu-arab"), TODAY.minusDays(3)))
        .isEqualTo("منذ ٣ أيام");
    assertThat(age(Locale.forLanguageTag("ar-u-nu-latn"), TODAY.minusDays(3)))
        .isEqualTo("منذ 3 أيام");
  }

  @Test
  void theDefaultLocaleChangesNothing() throws Exception {
    for (Locale defaultLocale : DefaultLocale.HOSTILE) {
      DefaultLocale.with(
          defaultLocale,
          () -> {
            assertThat(age(Locale.FRENCH, TODAY.minusDays(3))).isEqualTo("il y a 3 jours");
            assertThat(age(Locale.ENGLISH, TODAY.minusYears(12))).isEqualTo("12 years ago");
            assertThat(age(AR_MA, TODAY.minusDays(12))).isEqualTo("منذ 12 يومًا");
          });
    }
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> RelativeAge.of(null, CLOCK)).withMessage("locale");
    assertThatNullPointerException()
        .isThrownBy(() -> RelativeAge.of(Locale.FRENCH, null))
        .withMessage("clock");
    assertThatNullPointerException()
        .isThrownBy(() -> RelativeAge.of(Locale.FRENCH, CLOCK).format(null))
        .withMessage("date");
  }
}
