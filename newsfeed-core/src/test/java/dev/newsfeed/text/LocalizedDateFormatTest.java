// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.newsfeed.PublicationDate;
import dev.newsfeed.testing.DefaultLocale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LocalizedDateFormatTest {
  private static final LocalDate JULY_30 = LocalDate.of(2016, 7, 30);
  private static final String RLM = "\u200F";
  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale AR_MA = Locale.forLanguageTag("ar-MA");
  private static final Locale DEFAULT_BEFORE = Locale.getDefault();

  /** Locale, style, and 2016-07-30 as CLDR 39 (JDK 17) writes it. */
  static Stream<Arguments> standardStyles() {
    return Stream.of(
        Arguments.of(Locale.FRENCH, FormatStyle.SHORT, "30/07/2016"),
        Arguments.of(Locale.FRENCH, FormatStyle.MEDIUM, "30 juil. 2016"),
        Arguments.of(Locale.FRENCH, FormatStyle.LONG, "30 juillet 2016"),
        Arguments.of(Locale.FRENCH, FormatStyle.FULL, "samedi 30 juillet 2016"),
        Arguments.of(Locale.ENGLISH, FormatStyle.SHORT, "7/30/16"),
        Arguments.of(Locale.ENGLISH, FormatStyle.MEDIUM, "Jul 30, 2016"),
        Arguments.of(Locale.ENGLISH, FormatStyle.LONG, "July 30, 2016"),
        Arguments.of(Locale.ENGLISH, FormatStyle.FULL, "Saturday, July 30, 2016"),
        Arguments.of(AR, FormatStyle.SHORT, "٣٠" + RLM + "/٧" + RLM + "/٢٠١٦"),
        Arguments.of(AR, FormatStyle.MEDIUM, "٣٠" + RLM + "/٠٧" + RLM + "/٢٠١٦"),
        Arguments.of(AR, FormatStyle.LONG, "٣٠ يوليو ٢٠١٦"),
        Arguments.of(AR, FormatStyle.FULL, "السبت، ٣٠ يوليو ٢٠١٦"),
        Arguments.of(AR_MA, FormatStyle.SHORT, "30" + RLM + "/7" + RLM + "/2016"),
        Arguments.of(AR_MA, FormatStyle.MEDIUM, "30" + RLM + "/07" + RLM + "/2016"),
        Arguments.of(AR_MA, FormatStyle.LONG, "30 يوليوز 2016"),
        Arguments.of(AR_MA, FormatStyle.FULL, "السبت، 30 يوليوز 2016"));
  }

  /** Every standard-style case under every hostile default locale. */
  static Stream<Arguments> standardStylesUnderDefaults() {
    return standardStyles()
        .flatMap(
            a ->
                DefaultLocale.HOSTILE.stream()
                    .map(d -> Arguments.of(d, a.get()[0], a.get()[1], a.get()[2])));
  }

  @AfterEach
  void theDefaultLocaleIsRestored() {
    assertThat(Locale.getDefault()).isEqualTo(DEFAULT_BEFORE);
  }

  @ParameterizedTest(name = "{1} {2} under default {0}")
  @MethodSource("standardStylesUnderDefaults")
  void standardStylesFollowCldrWhateverTheDefaultLocale(
      Locale defaultLocale, Locale locale, FormatStyle style, String expected) throws Exception {
    DefaultLocale.with(
        defaultLocale,
        () -> {
          LocalizedDateFormat format = LocalizedDateFormat.of(style, locale);
          assertThat(format.format(JULY_30)).isEqualTo(expected);
          assertThat(format.format(PublicationDate.of(JULY_30))).isEqualTo(expected);
        });
  }

  static Stream<Arguments> customPatterns() {
    return Stream.of(
        Arguments.of("EEEE d MMMM y", Locale.FRENCH, JULY_30, "samedi 30 juillet 2016"),
        Arguments.of("d MMMM", Locale.ENGLISH, JULY_30, "30 July"),
        Arguments.of("EEEE d MMMM y", AR_MA, JULY_30, "السبت 30 يوليوز 2016"),
        Arguments.of("EEEE d MMMM y", AR, JULY_30, "السبت ٣٠ يوليو ٢٠١٦"),
        Arguments.of("d MMMM y", AR_MA, LocalDate.of(2016, 5, 16), "16 ماي 2016"),
        Arguments.of("d MMMM y", AR_MA, LocalDate.of(2016, 8, 1), "1 غشت 2016"),
        Arguments.of("dd/MM/yyyy", AR, JULY_30, "٣٠/٠٧/٢٠١٦"),
        Arguments.of("MMMM y", Locale.forLanguageTag("tr"), LocalDate.of(2016, 8, 1), "Ağustos 2016"));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("customPatterns")
  void customPatternsTakeNamesAndDigitsFromTheLocale(
      String pattern, Locale locale, LocalDate date, String expected) throws Exception {
    for (Locale defaultLocale : DefaultLocale.HOSTILE) {
      DefaultLocale.with(
          defaultLocale,
          () ->
              assertThat(LocalizedDateFormat.ofPattern(pattern, locale).format(date))
                  .as("under default %s", defaultLocale)
                  .isEqualTo(expected));
    }
  }

  @Test
  void moroccanArabicWritesLatinDigitsAndArabicWritesArabicIndicDigits() {
    assertThat(LocalizedDateFormat.of(FormatStyle.LONG, AR_MA).format(JULY_30))
        .containsPattern("^[0-9 \\p{InArabic}]+$")
        .contains("يوليوز");
    assertThat(LocalizedDateFormat.of(FormatStyle.LONG, AR).format(JULY_30))
        .doesNotContainPattern("[0-9]")
        .contains("٢٠١٦");
  }

  @Test
  void aNumberingSystemExtensionChoosesTheDigits() {
    assertThat(
            LocalizedDateFormat.of(FormatStyle.LONG, Locale.forLanguageTag("ar-MA-u-nu-arab"))
                .format(JULY_30))
        .isEqualTo("٣٠ يوليوز ٢٠١٦");
  }

  @Test
  void aMomentIsFormattedOnItsOwnCalendarDate() {
    PublicationDate lateEvening =
        PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 23, 30, 0, 0, ZoneOffset.ofHours(-5)));
    assertThat(LocalizedDateFormat.of(FormatStyle.LONG, Locale.FRENCH).format(lateEvening))
        .isEqualTo("30 juillet 2016");
  }

  @Test
  void patternOfGivesTheLocalesCldrPattern() {
    assertThat(LocalizedDateFormat.patternOf(FormatStyle.SHORT, Locale.FRENCH)).isEqualTo("dd/MM/y");
    assertThat(LocalizedDateFormat.patternOf(FormatStyle.SHORT, Locale.ENGLISH)).isEqualTo("M/d/yy");
    assertThat(LocalizedDateFormat.patternOf(FormatStyle.LONG, AR_MA)).isEqualTo("d MMMM y");
  }

  @Test
  void theFormatKeepsItsLocale() {
    assertThat(LocalizedDateFormat.of(FormatStyle.LONG, AR_MA).locale()).isEqualTo(AR_MA);
  }

  @Test
  void aPatternWithTimeFieldsIsRejectedWhenCreated() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedDateFormat.ofPattern("d MMMM y HH:mm", Locale.FRENCH))
        .withMessage("pattern must use date fields only, such as d MMMM y; found [d MMMM y HH:mm]");
  }

  @Test
  void anInvalidPatternIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedDateFormat.ofPattern("d MMMM y {", Locale.FRENCH));
  }
}
