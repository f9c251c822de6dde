// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static dev.newsfeed.servlet.SampleNews.AR;
import static dev.newsfeed.servlet.SampleNews.EN;
import static dev.newsfeed.servlet.SampleNews.FR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageNegotiatorTest {

  private final LanguageNegotiator negotiator = LanguageNegotiator.of(EN, List.of(FR, EN, AR));

  private Locale negotiate(String lang, String acceptLanguage) {
    return negotiator.negotiate(Optional.ofNullable(lang), Optional.ofNullable(acceptLanguage));
  }

  @Test
  void theLangParameterWinsOverTheHeader() {
    assertThat(negotiate("ar", "fr, en;q=0.5")).isEqualTo(AR);
  }

  @ParameterizedTest
  @CsvSource({
    "fr-CA, fr", "ar-MA, ar", "AR, ar", "en_GB, en", "fr-Latn-FR, fr", "ar-x-private, ar"
  })
  void theLangParameterIsMatchedByRfc4647Lookup(String lang, String expected) {
    assertThat(negotiate(lang, null).toLanguageTag()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "fr,en", "*", "fr;q=1", "<script>", "de", "%ZZ", "ﬀ"})
  void aMalformedOrUnsupportedLangFallsBackToTheHeader(String lang) {
    assertThat(negotiate(lang, "fr")).isEqualTo(FR);
  }

  @Test
  void anOverlongLangFallsBackToTheHeader() {
    assertThat(negotiate("fr-" + "abcdefgh-".repeat(20) + "x", "ar")).isEqualTo(AR);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "de, fr;q=0.5, en;q=0.8 | en",
        "fr;q=0, en;q=0.1 | en",
        "ar-MA, fr;q=0.9 | ar",
        "de-DE, de;q=0.9 | en",
        "* | en",
        "fr-CA;q=0.8, ar;q=0.9 | ar",
        "en;q=0, ar;q=0 | en"
      })
  void theHeaderIsMatchedByQValueThenLookup(String header, String expected) {
    assertThat(negotiate(null, header).toLanguageTag()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "fr;q=2", "@@@", ";;;", "fr;q=abc", "\u0000fr", "ar;q=-1, x0"})
  void aMalformedHeaderGivesTheDefault(String header) {
    assertThat(negotiate(null, header)).isEqualTo(EN);
  }

  @Test
  void aHugeHeaderIsCutAtACommaAndStillNegotiated() {
    String header = "ar;q=0.9, " + "xx;q=0.1, ".repeat(5000) + "fr";
    assertThat(negotiate(null, header)).isEqualTo(AR);
  }

  @Test
  void nothingRequestedGivesTheDefault() {
    assertThat(negotiate(null, null)).isEqualTo(EN);
  }

  @Test
  void theDefaultIsAlwaysSupportedAndListedFirst() {
    LanguageNegotiator onlyFrench = LanguageNegotiator.of(AR, List.of(FR));
    assertThat(onlyFrench.supported()).containsExactly(AR, FR);
    assertThat(onlyFrench.negotiate(Optional.of("ar"), Optional.empty())).isEqualTo(AR);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x0,fr | fr",
        "fr-1234567890, ar;q=0.5 | ar",
        "ar;q=-1, fr | fr",
        "@@@, ;;;, ar;q=0.4, fr;q=2 | ar",
        "de, fr;q=abc, en;q=0.2 | en"
      })
  void aMalformedRangeIsSkippedAndTheOthersKept(String header, String expected) {
    assertThat(negotiate(null, header).toLanguageTag()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ar-MA | | ar | ar-MA",
        "| ar-MA | ar | ar-MA",
        "| ar-MA;q=0.9, en;q=0.5 | ar | ar-MA",
        "| ar, ar-MA;q=0.8 | ar | ar",
        "| en-US, ar-MA;q=0.5 | en | en-US",
        "| fr-CA, fr;q=0.9 | fr | fr-CA",
        "| de-DE, fr-CH;q=0.5 | fr | fr-CH",
        "ar-MA-u-nu-arab | | ar | ar-MA",
        "ar-ZZ | | ar | ar",
        "fr-Latn-FR | | fr | fr-Latn-FR",
        "| * | en | en",
        "| de | en | en",
        "| x0,ar-MA | ar | ar-MA"
      })
  void datesAreFormattedInTheMostSpecificRequestedLocaleThatRefinesTheContentLanguage(
      String lang, String header, String language, String formatting) {
    LanguageNegotiator.Negotiated negotiated = negotiator.negotiateFully(
        lang == null ? List.of() : List.of(lang), Optional.ofNullable(header));
    assertThat(negotiated.language().toLanguageTag()).isEqualTo(language);
    assertThat(negotiated.formatting().toLanguageTag()).isEqualTo(formatting);
  }

  @Test
  void theFirstTagNamingASupportedLanguageWins() {
    LanguageNegotiator.Negotiated negotiated =
        negotiator.negotiateFully(List.of("de", "!!", "ar-MA", "fr"), Optional.of("en"));
    assertThat(negotiated.language()).isEqualTo(AR);
    assertThat(negotiated.formatting().toLanguageTag()).isEqualTo("ar-MA");
  }
}
