// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreconditionsTest {

  private final Representation current =
      Representation.ofText("<p>news</p>", "text/html", Optional.empty());

  private boolean notModified(String ifNoneMatch) {
    return Preconditions.isNotModified(current, Optional.ofNullable(ifNoneMatch));
  }

  @Test
  void theEntityTagIsAStrongDigestOfTheExactBytes() {
    Representation same = Representation.of(
        "<p>news</p>".getBytes(StandardCharsets.UTF_8), "text/plain", Optional.of(Locale.ENGLISH));
    assertThat(current.etag()).matches("\"[A-Za-z0-9_-]{22}\"").isEqualTo(same.etag());
    assertThat(Representation.ofText("<p>news!</p>", "text/html", Optional.empty()).etag())
        .isNotEqualTo(current.etag());
  }

  @Test
  void aMatchingEntityTagIsNotModified() {
    assertThat(notModified(current.etag())).isTrue();
    assertThat(notModified("\"other\", " + current.etag())).isTrue();
    assertThat(notModified("W/" + current.etag())).as("weak comparison").isTrue();
    assertThat(notModified("*")).isTrue();
  }

  @Test
  void anotherEntityTagIsModified() {
    assertThat(notModified("\"other\"")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "garbage", "\"unterminated", "W/", "W/x", ",,,", "\"a\" \"b\"", "\u0000"})
  void aMalformedIfNoneMatchNeverMatches(String header) {
    assertThat(notModified(header)).isFalse();
  }

  @Test
  void aHugeIfNoneMatchIsIgnored() {
    assertThat(notModified("\"x\", ".repeat(10_000) + current.etag())).isFalse();
  }

  @Test
  void httpDatesAreImfFixdateInEnglishWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(Preconditions.formatHttpDate(Instant.parse("2016-07-04T09:05:03Z")))
          .isEqualTo("Mon, 04 Jul 2016 09:05:03 GMT");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
