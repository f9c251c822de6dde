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
  @ValueSource(strings = {"", " ", "fr;q=2", "@@@", ";;;", "fr;q=abc", "\u0000fr", "ar;q=-1, fr"})
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
}
