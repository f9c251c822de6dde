// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import dev.newsfeed.Strictness;
import dev.newsfeed.internal.LanguageTags;
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
 */
public record ListingOptions(
    Locale language, DateOrder dateOrder, Strictness strictness, int maxDiagnostics) {

  /** The default cap on diagnostics: enough for any real listing, bounded for any input. */
  private static final int DEFAULT_MAX_DIAGNOSTICS = 100;

  /**
   * Checks the options and canonicalises the language.
   *
   * @param language the language the listing is written in
   * @param dateOrder the order of day and month in numeric dates
   * @param strictness whether the first error stops reading or only skips the bad item
   * @param maxDiagnostics how many diagnostics a result keeps at most, at least 1
   * @throws IllegalArgumentException if the language is the root locale or the cap is below 1
   */
  public ListingOptions {
    language = LanguageTags.canonical(Objects.requireNonNull(language, "language"));
    Objects.requireNonNull(dateOrder, "dateOrder");
    Objects.requireNonNull(strictness, "strictness");
    if (maxDiagnostics < 1) {
      throw new IllegalArgumentException("maxDiagnostics must be at least 1, was " + maxDiagnostics);
    }
  }

  /**
   * The defaults for a listing in {@code language}: {@link DateOrder#AUTO}, {@link
   * Strictness#STRICT}, at most 100 diagnostics.
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
    return new ListingOptions(language, order, strictness, maxDiagnostics);
  }

  /**
   * A copy with another strictness.
   *
   * @param newStrictness the strictness
   * @return the copy
   */
  public ListingOptions withStrictness(Strictness newStrictness) {
    return new ListingOptions(language, dateOrder, newStrictness, maxDiagnostics);
  }

  /**
   * A copy with another cap on diagnostics.
   *
   * @param n how many diagnostics to keep at most, at least 1
   * @return the copy
   */
  public ListingOptions withMaxDiagnostics(int n) {
    return new ListingOptions(language, dateOrder, strictness, n);
  }
}
