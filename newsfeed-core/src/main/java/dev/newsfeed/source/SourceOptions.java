// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.source;

import dev.newsfeed.Strictness;
import dev.newsfeed.internal.LanguageTags;
import dev.newsfeed.listing.DateOrder;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link NewsSources} reads sources. Immutable; vary it with the {@code withX} methods.
 *
 * @param language the language of every source, overriding the language their names declare; when
 *     empty, each name must declare one ({@code news.fr.txt}) unless its format carries its own
 * @param dateOrder the order of day and month in numeric dates of listings
 * @param strictness whether the first error stops reading or only skips the bad item
 */
public record SourceOptions(Optional<Locale> language, DateOrder dateOrder, Strictness strictness) {

  /**
   * Checks the options and canonicalises the language.
   *
   * @param language the language of every source, if forced
   * @param dateOrder the order of day and month in numeric dates
   * @param strictness whether the first error stops reading
   */
  public SourceOptions {
    language = Objects.requireNonNull(language, "language").map(LanguageTags::canonical);
    Objects.requireNonNull(dateOrder, "dateOrder");
    Objects.requireNonNull(strictness, "strictness");
  }

  /**
   * Languages from file names, day/month order inferred, strict.
   *
   * @return the defaults
   */
  public static SourceOptions defaults() {
    return new SourceOptions(Optional.empty(), DateOrder.AUTO, Strictness.STRICT);
  }

  /**
   * A copy that reads every source as {@code forced}.
   *
   * @param forced the language
   * @return the copy
   */
  public SourceOptions withLanguage(Locale forced) {
    return new SourceOptions(Optional.of(forced), dateOrder, strictness);
  }

  /**
   * A copy with another day/month order.
   *
   * @param order the order
   * @return the copy
   */
  public SourceOptions withDateOrder(DateOrder order) {
    return new SourceOptions(language, order, strictness);
  }

  /**
   * A copy with another strictness.
   *
   * @param newStrictness the strictness
   * @return the copy
   */
  public SourceOptions withStrictness(Strictness newStrictness) {
    return new SourceOptions(language, dateOrder, newStrictness);
  }
}
