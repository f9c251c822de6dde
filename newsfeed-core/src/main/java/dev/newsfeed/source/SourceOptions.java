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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * @param maxBytes the largest source read, in bytes; a larger one is refused with a diagnostic
 *     before it is parsed, so that memory stays bounded whatever a file holds
 */
public record SourceOptions(
    Optional<Locale> language,
    DateOrder dateOrder,
    Strictness strictness,
    Charset encoding,
    int maxBytes) {

  /**
   * The default {@link #maxBytes()}: 16 MiB, far more than any feed or listing a site edits by
   * hand. Raise it on purpose to read an archive: 100,000 listing items take about 60 MB.
   */
  public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

  /** The largest {@link #maxBytes()} accepted: 1 GiB. */
  public static final int LARGEST_MAX_BYTES = 1 << 30;

  private static final Pattern BYTE_COUNT = Pattern.compile("([0-9]{1,10})\\s*(|B|KiB|MiB|GiB)");

  /**
   * Checks the options and canonicalises the language.
   *
   * @param language the language of every source, if forced
   * @param dateOrder the order of day and month in numeric dates
   * @param strictness whether the first error stops reading
   * @param encoding the encoding of listings
   * @param maxBytes the largest source read, from 1 to {@link #LARGEST_MAX_BYTES}
   */
  public SourceOptions {
    language = Objects.requireNonNull(language, "language").map(LanguageTags::canonical);
    Objects.requireNonNull(dateOrder, "dateOrder");
    Objects.requireNonNull(strictness, "strictness");
    Objects.requireNonNull(encoding, "encoding");
    if (maxBytes < 1 || maxBytes > LARGEST_MAX_BYTES) {
      throw new IllegalArgumentException(
          "maxBytes must be from 1 to " + LARGEST_MAX_BYTES + ", was " + maxBytes);
    }
  }

  /**
   * Options reading at most {@link #DEFAULT_MAX_BYTES} per source.
   *
   * @param language the language of every source, if forced
   * @param dateOrder the order of day and month in numeric dates
   * @param strictness whether the first error stops reading
   * @param encoding the encoding of listings
   */
  public SourceOptions(
      Optional<Locale> language, DateOrder dateOrder, Strictness strictness, Charset encoding) {
    this(language, dateOrder, strictness, encoding, DEFAULT_MAX_BYTES);
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
   * Languages from file names, day/month order inferred, strict, listings in UTF-8, at most {@link
   * #DEFAULT_MAX_BYTES} per source.
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
    return new SourceOptions(Optional.of(forced), dateOrder, strictness, encoding, maxBytes);
  }

  /**
   * A copy with another day/month order.
   *
   * @param order the order
   * @return the copy
   */
  public SourceOptions withDateOrder(DateOrder order) {
    return new SourceOptions(language, order, strictness, encoding, maxBytes);
  }

  /**
   * A copy with another strictness.
   *
   * @param newStrictness the strictness
   * @return the copy
   */
  public SourceOptions withStrictness(Strictness newStrictness) {
    return new SourceOptions(language, dateOrder, newStrictness, encoding, maxBytes);
  }

  /**
   * A copy that reads listings in another encoding.
   *
   * @param newEncoding the encoding listings were saved in
   * @return the copy
   */
  public SourceOptions withEncoding(Charset newEncoding) {
    return new SourceOptions(language, dateOrder, strictness, newEncoding, maxBytes);
  }

  /**
   * A copy reading sources of up to {@code max} bytes.
   *
   * @param max the largest source read, from 1 to {@link #LARGEST_MAX_BYTES}
   * @return the copy
   */
  public SourceOptions withMaxBytes(int max) {
    return new SourceOptions(language, dateOrder, strictness, encoding, max);
  }

  /**
   * Parses a byte count as configuration writes it: a number of bytes, optionally followed by
   * {@code B}, {@code KiB}, {@code MiB} or {@code GiB} (powers of 1024).
   *
   * <table class="striped">
   *   <caption>Examples</caption>
   *   <thead><tr><th>text</th><th>bytes</th></tr></thead>
   *   <tbody>
   *     <tr><td>{@code 16777216}</td><td>16,777,216</td></tr>
   *     <tr><td>{@code 64MiB}</td><td>67,108,864</td></tr>
   *     <tr><td>{@code 1GiB}</td><td>1,073,741,824</td></tr>
   *     <tr><td>{@code 64MB}, {@code 0}, {@code 2GiB}</td><td>rejected</td></tr>
   *   </tbody>
   * </table>
   *
   * @param text the text
   * @return the count, from 1 to {@link #LARGEST_MAX_BYTES}
   * @throws IllegalArgumentException if the text is not such a count, or is out of that range
   */
  public static int parseMaxBytes(CharSequence text) {
    Matcher count = BYTE_COUNT.matcher(Objects.requireNonNull(text, "text").toString().strip());
    if (count.matches()) {
      int shift = switch (count.group(2)) {
        case "KiB" -> 10;
        case "MiB" -> 20;
        case "GiB" -> 30;
        default -> 0;
      };
      long number = Long.parseLong(count.group(1));
      if (number >= 1 && number <= LARGEST_MAX_BYTES >> shift) {
        return (int) (number << shift);
      }
    }
    throw new IllegalArgumentException(
        "expected a size from 1 byte to 1GiB such as 64MiB or 67108864, found [" + text + "]");
  }
}
