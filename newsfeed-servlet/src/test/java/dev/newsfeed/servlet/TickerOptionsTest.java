// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TickerOptionsTest {

  @Test
  void eachGroupIsReplacedAlone() {
    TickerOptions options = TickerOptions.defaults()
        .withDisplay(DisplayOptions.defaults().withMaxItems(5))
        .withSources(SourceSettings.of(List.of("/srv/news")))
        .withHttp(HttpOptions.defaults().withDefaultLanguage(Locale.FRENCH));
    assertThat(options.display().maxItems()).isEqualTo(5);
    assertThat(options.sources().locations()).containsExactly("/srv/news");
    assertThat(options.sources().reloadInterval()).isEqualTo(SourceSettings.defaults().reloadInterval());
    assertThat(options.http().defaultLanguage()).isEqualTo(Locale.FRENCH);
    assertThat(options.http().cacheMaxAge()).isEqualTo(HttpOptions.defaults().cacheMaxAge());
  }

  @Test
  void originsAreComparedAsBrowsersSendThem() {
    HttpOptions http = HttpOptions.defaults().withAllowedOrigins(List.of("https://WWW.Example.org:443"));
    assertThat(http.allowedOrigins()).containsExactly("https://www.example.org");
    assertThat(http.allowsOrigin("https://www.example.org")).isTrue();
    assertThat(http.allowsOrigin("https://www.example.org:8443")).isFalse();
    assertThat(http.allowsOrigin("null")).isFalse();
    assertThat(HttpOptions.defaults().withAllowedOrigins(List.of("*")).allowsOrigin("https://any.example"))
        .isTrue();
  }

  @Test
  void valuesOutOfRangeAreRejectedByTheGroupThatHoldsThem() {
    assertThatThrownBy(() -> DisplayOptions.defaults().withMaxItems(0))
        .hasMessage("maxItems must be at least 1, was 0");
    assertThatThrownBy(() -> DisplayOptions.defaults().withExcerptLength(-1))
        .hasMessage("excerptLength must not be negative, was -1");
    assertThatThrownBy(() -> SourceSettings.defaults().withReloadInterval(Duration.ofSeconds(-1)))
        .hasMessage("reloadInterval must not be negative, was PT-1S");
    assertThatThrownBy(() -> HttpOptions.defaults().withCacheMaxAge(Duration.ofSeconds(-1)))
        .hasMessage("cacheMaxAge must not be negative, was PT-1S");
    assertThatThrownBy(() -> HttpOptions.defaults().withAllowedOrigins(List.of("https://x.example/path")))
        .hasMessage("expected an origin such as https://www.example.org, found [https://x.example/path]");
    assertThatThrownBy(() -> HttpOptions.defaults().withSiteUrl(Optional.of(URI.create("ftp://x.example/"))))
        .hasMessage("siteUrl must be an absolute http or https URL without query, found [ftp://x.example/]");
  }

  @Test
  void languagesAndOriginsKeepTheirFirstOccurrenceOnly() {
    HttpOptions http = HttpOptions.defaults()
        .withLanguages(List.of(Locale.FRENCH, Locale.ENGLISH, Locale.FRENCH))
        .withAllowedOrigins(List.of("https://a.example", "HTTPS://A.example:443"));
    assertThat(http.languages()).containsExactly(Locale.FRENCH, Locale.ENGLISH);
    assertThat(http.allowedOrigins()).containsExactly("https://a.example");
  }
}
