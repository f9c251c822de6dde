// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.source;

import dev.newsfeed.Strictness;
import dev.newsfeed.internal.LanguageTags;
import dev.newsfeed.listing.DateOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * @param encoding the encoding of listings: UTF-8 (the default, where a file in another encoding
 *     is an error naming the one it looks like) or the one their editor saved them in; feeds and
 *     JSON declare their own
 */
public record SourceOptions(
    Optional<Locale> language, DateOrder dateOrder, Strictness strictness, Charset encoding) {

  /**
   * Checks the options and canonicalises the language.
   *
   * @param language the language of every source, if forced
   * @param dateOrder the order of day and month in numeric dates
   * @param strictness whether the first error stops reading
   * @param encoding the encoding of listings
   */
  public SourceOptions {
    language = Objects.requireNonNull(language, "language").map(LanguageTags::canonical);
    Objects.requireNonNull(dateOrder, "dateOrder");
    Objects.requireNonNull(strictness, "strictness");
    Objects.requireNonNull(encoding, "encoding");
  }

  /**
   * Options reading listings as UTF-8.
   *
   * @param language the language of every source, if forced
   * @param dateOrder the order of day and month in numeric dates
   * @param strictness whether the first error stops reading
   */
  public SourceOptions(Optional<Locale> language, DateOrder dateOrder, Strictness strictness) {
    this(language, dateOrder, strictness, StandardCharsets.UTF_8);
  }

  /**
   * Languages from file names, day/month order inferred, strict, listings in UTF-8.
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
    return new SourceOptions(Optional.of(forced), dateOrder, strictness, encoding);
  }

  /**
   * A copy with another day/month order.
   *
   * @param order the order
   * @return the copy
   */
  public SourceOptions withDateOrder(DateOrder order) {
    return new SourceOptions(language, order, strictness, encoding);
  }

  /**
   * A copy with another strictness.
   *
   * @param newStrictness the strictness
   * @return the copy
   */
  public SourceOptions withStrictness(Strictness newStrictness) {
    return new SourceOptions(language, dateOrder, newStrictness, encoding);
  }

  /**
   * A copy that reads listings in another encoding.
   *
   * @param newEncoding the encoding listings were saved in
   * @return the copy
   */
  public SourceOptions withEncoding(Charset newEncoding) {
    return new SourceOptions(language, dateOrder, strictness, newEncoding);
  }
}
