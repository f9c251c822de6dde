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
 * already holds the current representation, so that a 304 answers it, or that it expects another
 * one, so that a 412 does.
 *
 * <p>The preconditions are evaluated in the order of §13.2.2: {@code If-Match} (strong comparison:
 * a weak tag never matches; {@code *} matches), else {@code If-Unmodified-Since}, each failing
 * with 412; then {@code If-None-Match} (weak comparison, so {@code W/"x"} matches {@code "x"};
 * {@code *} matches any current representation), else {@code If-Modified-Since}, each giving 304.
 * A malformed {@code If-None-Match} or date is treated as absent, never as an error; a malformed
 * {@code If-Match} matches nothing, so it fails.
 */
public final class Preconditions {
  private Preconditions() {}

  /** What the preconditions of a request say. */
  public enum Outcome {
    /** Send the representation: 200. */
    SEND,
    /** The client's copy is current: 304 Not Modified. */
    NOT_MODIFIED,
    /** The client expected another representation: 412 Precondition Failed. */
    PRECONDITION_FAILED
  }

  /**
   * Evaluates the conditional headers of a GET or HEAD against the current representation
   * (RFC 9110 §13.2.2).
   *
   * @param current the representation the server would send
   * @param ifMatch the {@code If-Match} header, if any
   * @param ifUnmodifiedSince the {@code If-Unmodified-Since} header, if any
   * @param ifNoneMatch the {@code If-None-Match} header, if any
   * @param ifModifiedSince the {@code If-Modified-Since} header, if any
   * @return what to answer
   */
  public static Outcome evaluate(
      Representation current,
      Optional<String> ifMatch,
      Optional<String> ifUnmodifiedSince,
      Optional<String> ifNoneMatch,
      Optional<String> ifModifiedSince) {
    if (ifMatch.isPresent()) {
      if (!matchesAny(ifMatch.get(), current.etag(), true)) {
        return Outcome.PRECONDITION_FAILED;
      }
    } else if (ifUnmodifiedSince
        .flatMap(Preconditions::parseHttpDate)
        .filter(since -> current.lastModified().isAfter(since))
        .isPresent()) {
      return Outcome.PRECONDITION_FAILED;
    }
    return isNotModified(current, ifNoneMatch, ifModifiedSince) ? Outcome.NOT_MODIFIED : Outcome.SEND;
  }

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
   * @param ifModifiedSince the {@code If-Modified-Since} header, if any
   * @return true to answer 304 Not Modified
   */
  public static boolean isNotModified(
      Representation current, Optional<String> ifNoneMatch, Optional<String> ifModifiedSince) {
    if (ifNoneMatch.isPresent()) {
      return matchesAny(ifNoneMatch.get(), current.etag(), false);
    }
    return ifModifiedSince
        .flatMap(Preconditions::parseHttpDate)
        .map(since -> !current.lastModified().isAfter(since))
        .orElse(false);
  }

  /**
   * Whether an entity-tag list holds {@code etag}.
   *
   * @param header the header value, such as {@code "a", W/"b"} or {@code *}
   * @param etag the current strong tag, quoted
   * @param strong whether to compare strongly (§8.8.3.2: a weak tag matches nothing), as {@code
   *     If-Match} does, or weakly, as {@code If-None-Match} does
   * @return true if it matches
   */
  static boolean matchesAny(String header, String etag, boolean strong) {
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
      boolean weak = trimmed.startsWith("W/", i);
      if (weak) {
        i += 2;
      }
      if (i >= n || trimmed.charAt(i) != '"') {
        return false; // malformed: treated as if the header were absent, so no match
      }
      int close = trimmed.indexOf('"', i + 1);
      if (close < 0) {
        return false;
      }
      if ((!strong || !weak)
          && trimmed.regionMatches(i, etag, 0, etag.length()) && close + 1 == i + etag.length()) {
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
