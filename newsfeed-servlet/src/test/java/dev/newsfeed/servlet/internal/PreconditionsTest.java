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

  private static final Instant CHANGED = Instant.parse("2016-07-30T09:00:00Z");
  private final Representation current =
      Representation.ofText("<p>news</p>", "text/html", CHANGED, Optional.empty());

  private boolean notModified(String ifNoneMatch, String ifModifiedSince) {
    return Preconditions.isNotModified(
        current, Optional.ofNullable(ifNoneMatch), Optional.ofNullable(ifModifiedSince));
  }

  @Test
  void theEntityTagIsAStrongDigestOfTheExactBytes() {
    Representation same = Representation.of(
        "<p>news</p>".getBytes(StandardCharsets.UTF_8), "text/plain", Instant.EPOCH, Optional.of(Locale.ENGLISH));
    assertThat(current.etag()).matches("\"[A-Za-z0-9_-]{22}\"").isEqualTo(same.etag());
    assertThat(Representation.ofText("<p>news!</p>", "text/html", CHANGED, Optional.empty()).etag())
        .isNotEqualTo(current.etag());
  }

  @Test
  void aMatchingEntityTagIsNotModified() {
    assertThat(notModified(current.etag(), null)).isTrue();
    assertThat(notModified("\"other\", " + current.etag(), null)).isTrue();
    assertThat(notModified("W/" + current.etag(), null)).as("weak comparison").isTrue();
    assertThat(notModified("*", null)).isTrue();
  }

  @Test
  void anotherEntityTagIsModified() {
    assertThat(notModified("\"other\"", null)).isFalse();
  }

  @Test
  void ifNoneMatchWinsOverIfModifiedSince() {
    assertThat(notModified("\"other\"", "Sat, 30 Jul 2016 09:00:00 GMT")).isFalse();
    assertThat(notModified(current.etag(), "Sat, 01 Jan 2000 00:00:00 GMT")).isTrue();
  }

  @Test
  void ifModifiedSinceComparesToTheSecond() {
    assertThat(notModified(null, "Sat, 30 Jul 2016 09:00:00 GMT")).isTrue();
    assertThat(notModified(null, "Sun, 31 Jul 2016 00:00:00 GMT")).isTrue();
    assertThat(notModified(null, "Sat, 30 Jul 2016 08:59:59 GMT")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "garbage", "\"unterminated", "W/", "W/x", ",,,", "\"a\" \"b\"", "\u0000"})
  void aMalformedIfNoneMatchNeverMatches(String header) {
    assertThat(notModified(header, null)).isFalse();
  }

  @Test
  void aHugeIfNoneMatchIsIgnored() {
    assertThat(notModified("\"x\", ".repeat(10_000) + current.etag(), null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2016-07-30T09:00:00Z", "Sat, 30 Jul 2016 25:00:00 GMT", "Sat, 30 Jul 2016"})
  void aMalformedIfModifiedSinceIsIgnored(String header) {
    assertThat(notModified(null, header)).isFalse();
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
