// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Conditional GET and HEAD (RFC 9110 §13): whether a request's validators show that the client
 * already holds the current representation, so that a 304 answers it.
 *
 * <p>Only {@code If-None-Match} is evaluated: representations have no modification date (see
 * {@link Representation}), so {@code If-Modified-Since} is ignored (§13.1.3). {@code If-None-Match} compares entity tags weakly (§13.1.2), so {@code W/"x"}
 * matches {@code "x"}; {@code *} matches any current representation. A malformed header of either
 * kind is treated as absent, never as an error.
 */
public final class Preconditions {
  private Preconditions() {}

  /** Headers longer than this are ignored rather than scanned: no client needs more. */
  private static final int MAX_HEADER_LENGTH = 8192;

  /** Reads RFC 9110 §5.6.7 IMF-fixdate (and its one-digit-day variant), in English. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /** Writes IMF-fixdate exactly: two-digit day, English names whatever the default locale. */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  /**
   * Whether the client's copy is current.
   *
   * @param current the representation the server would send
   * @param ifNoneMatch the {@code If-None-Match} header, if any
   * @return true to answer 304 Not Modified
   */
  public static boolean isNotModified(Representation current, Optional<String> ifNoneMatch) {
    return ifNoneMatch.map(header -> matchesAny(header, current.etag())).orElse(false);
  }

  /**
   * Whether an {@code If-None-Match} list holds {@code etag}, by weak comparison.
   *
   * @param header the header value, such as {@code "a", W/"b"} or {@code *}
   * @param etag the current strong tag, quoted
   * @return true if it matches
   */
  static boolean matchesAny(String header, String etag) {
    if (header.length() > MAX_HEADER_LENGTH) {
      return false;
    }
    String trimmed = header.strip();
    if (trimmed.equals("*")) {
      return true;
    }
    // A tiny tokenizer for RFC 9110 §8.8.3 entity-tag lists: [W/]"opaque", separated by commas.
    int i = 0;
    int n = trimmed.length();
    while (i < n) {
      char c = trimmed.charAt(i);
      if (c == ',' || c == ' ' || c == '\t') {
        i++;
        continue;
      }
      if (trimmed.startsWith("W/", i)) {
        i += 2;
      }
      if (i >= n || trimmed.charAt(i) != '"') {
        return false; // malformed: treated as if the header were absent, so no match
      }
      int close = trimmed.indexOf('"', i + 1);
      if (close < 0) {
        return false;
      }
      if (trimmed.regionMatches(i, etag, 0, etag.length()) && close + 1 == i + etag.length()) {
        return true;
      }
      i = close + 1;
    }
    return false;
  }

  /**
   * Parses an HTTP date; only the preferred IMF-fixdate form is accepted (RFC 9110 §5.6.7 lets a
   * recipient ignore the obsolete ones in conditional headers).
   *
   * @param value the header value
   * @return the instant, or empty if it is not an HTTP date
   */
  public static Optional<Instant> parseHttpDate(String value) {
    if (value.length() > 64) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZonedDateTime.parse(value.strip(), HTTP_DATE).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Formats an instant as an HTTP date: {@code Sat, 30 Jul 2016 09:00:00 GMT}.
   *
   * @param instant the instant
   * @return the text
   */
  public static String formatHttpDate(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }
}
