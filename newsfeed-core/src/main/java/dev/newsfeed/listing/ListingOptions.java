// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import dev.newsfeed.Strictness;
import dev.newsfeed.internal.LanguageTags;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link ListingParser} reads a listing. Immutable; vary it with the {@code withX} methods.
 *
 * <pre>{@code
 * ListingOptions options = ListingOptions.of(Locale.forLanguageTag("ar-MA"))
 *     .withDateOrder(DateOrder.DMY)
 *     .withStrictness(Strictness.LENIENT);
 * }</pre>
 *
 * @param language the language the listing is written in: the language of its texts and of its
 *     month and weekday names; stored in canonical BCP 47 form
 * @param dateOrder the order of day and month in numeric dates
 * @param strictness whether the first error stops reading or only skips the bad item
 * @param maxDiagnostics how many diagnostics a result keeps at most (a final one then says how
 *     many more were found), at least 1
 * @param encoding the encoding of listings read from bytes: UTF-8 (the default), where bytes that
 *     are not UTF-8 are an error naming the encoding they look like, or another one the editor's
 *     tool saved them in, such as windows-1252
 * @param clock the clock that says which year it is, for the range of plausible dates (from 1900
 *     to next year)
 */
public record ListingOptions(
    Locale language, DateOrder dateOrder, Strictness strictness, int maxDiagnostics,
    Charset encoding, Clock clock) {

  /** The default cap on diagnostics: enough for any real listing, bounded for any input. */
  private static final int DEFAULT_MAX_DIAGNOSTICS = 100;

  /**
   * Checks the options and canonicalises the language.
   *
   * @param language the language the listing is written in
   * @param dateOrder the order of day and month in numeric dates
   * @param strictness whether the first error stops reading or only skips the bad item
   * @param maxDiagnostics how many diagnostics a result keeps at most, at least 1
   * @param encoding the encoding of listings read from bytes
   * @param clock the clock that says which year it is
   * @throws IllegalArgumentException if the language is the root locale or the cap is below 1
   */
  public ListingOptions {
    language = LanguageTags.canonical(Objects.requireNonNull(language, "language"));
    Objects.requireNonNull(dateOrder, "dateOrder");
    Objects.requireNonNull(strictness, "strictness");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(clock, "clock");
    if (maxDiagnostics < 1) {
      throw new IllegalArgumentException("maxDiagnostics must be at least 1, was " + maxDiagnostics);
    }
  }

  /**
   * Options reading UTF-8 with the system clock.
   *
   * @param language the language the listing is written in
   * @param dateOrder the order of day and month in numeric dates
   * @param strictness whether the first error stops reading or only skips the bad item
   * @param maxDiagnostics how many diagnostics a result keeps at most, at least 1
   */
  public ListingOptions(Locale language, DateOrder dateOrder, Strictness strictness, int maxDiagnostics) {
    this(language, dateOrder, strictness, maxDiagnostics, StandardCharsets.UTF_8, Clock.systemUTC());
  }

  /**
   * The defaults for a listing in {@code language}: {@link DateOrder#AUTO}, {@link
   * Strictness#STRICT}, at most 100 diagnostics, UTF-8, the system clock.
   *
   * @param language the listing's language
   * @return the options
   */
  public static ListingOptions of(Locale language) {
    return new ListingOptions(language, DateOrder.AUTO, Strictness.STRICT, DEFAULT_MAX_DIAGNOSTICS);
  }

  /**
   * A copy with another date order.
   *
   * @param order the order of day and month in numeric dates
   * @return the copy
   */
  public ListingOptions withDateOrder(DateOrder order) {
    return new ListingOptions(language, order, strictness, maxDiagnostics, encoding, clock);
  }

  /**
   * A copy with another strictness.
   *
   * @param newStrictness the strictness
   * @return the copy
   */
  public ListingOptions withStrictness(Strictness newStrictness) {
    return new ListingOptions(language, dateOrder, newStrictness, maxDiagnostics, encoding, clock);
  }

  /**
   * A copy with another cap on diagnostics.
   *
   * @param n how many diagnostics to keep at most, at least 1
   * @return the copy
   */
  public ListingOptions withMaxDiagnostics(int n) {
    return new ListingOptions(language, dateOrder, strictness, n, encoding, clock);
  }

  /**
   * A copy that reads bytes in another encoding.
   *
   * @param newEncoding the encoding the listing was saved in
   * @return the copy
   */
  public ListingOptions withEncoding(Charset newEncoding) {
    return new ListingOptions(language, dateOrder, strictness, maxDiagnostics, newEncoding, clock);
  }

  /**
   * A copy with another clock, for tests and for reading archives as of a date.
   *
   * @param newClock the clock
   * @return the copy
   */
  public ListingOptions withClock(Clock newClock) {
    return new ListingOptions(language, dateOrder, strictness, maxDiagnostics, encoding, newClock);
  }
}
