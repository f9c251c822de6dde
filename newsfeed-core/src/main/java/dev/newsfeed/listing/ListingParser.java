// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.listing.internal.ListingReader;
import dev.newsfeed.listing.internal.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads plain-text news listings into a {@link dev.newsfeed.NewsFeed}.
 *
 * <p>A listing is an optional heading paragraph (the feed's title), then items: a title line, a
 * date line and one or more summary paragraphs, separated by blank lines, newest item first:
 *
 * <pre>
 * News
 *
 * L’OIM devient une organisation affiliée aux Nations Unies
 *
 * 07/30/2016
 *
 * New York - Par l’entremise de l’Assemblée Générale, les Etats membres …
 * </pre>
 *
 * <ul>
 *   <li><b>Text.</b> UTF-8 with or without a byte order mark; LF, CRLF or CR line ends; a final
 *       line end or none. Lines of a paragraph are joined with one space; spaces, tabs and
 *       no-break spaces are trimmed at the ends of each field and kept inside it; text is put in
 *       Unicode Normalization Form C.
 *   <li><b>Dates.</b> Numeric ({@code 07/30/2016}, {@code 30.07.2016}, {@code 30-07-16}), ISO
 *       ({@code 2016-07-30}, always year-month-day), or long in the listing's language ({@code 30
 *       juillet 2016}, {@code 1er juillet 2016}, {@code samedi 30 juillet 2016}, {@code July 30,
 *       2016}, {@code 30 يوليوز 2016}, {@code ٣٠ يوليو ٢٠١٦}), month names from CLDR, matched
 *       without regard to case or accents; and the long and medium forms of any language CLDR
 *       has, from its own patterns ({@code 30 de julio de 2016}, {@code 30. Juli 2016}, {@code
 *       2016年7月30日}). The day/month order of numeric dates is {@link
 *       ListingOptions#dateOrder() configured} or inferred from the whole listing, see {@link
 *       DateOrder#AUTO}. Years before 1900 or after next year are errors; a time after the date is
 *       kept with its UTC offset, else left out with a warning.
 *   <li><b>Datelines.</b> A leading {@code PLACE - }, {@code PLACE, DATE - }, {@code PLACE, le
 *       DATE – }, {@code PLACE (AGENCY) - }, {@code PLACE, DATE (AGENCY) - } or {@code PLACE, DATE
 *       (AGENCY).- } before the start of a sentence, on the first summary paragraph, becomes the
 *       item's {@link dev.newsfeed.ItemText#dateline() dateline}; the paragraph keeps the rest. A
 *       word followed by a lower-case clause ({@code Well - this is not…}) is no dateline.
 *   <li><b>Mistakes.</b> A date line inside a paragraph (a blank line left out) is an error at the
 *       date, and the items are split where the blank lines belong; a date above its title is an
 *       error at the date, and no item is made of the summary above it; the same date and title twice is a warning; control characters are
 *       removed with one warning; bytes that are not UTF-8 are an error naming the encoding they
 *       look like ({@link ListingOptions#encoding()} reads other encodings).
 *   <li><b>Ids.</b> An editor pins an item's id by ending its title line with a space and
 *       {@code {#id}} (letters A-Z a-z, digits, {@code . _ ~ -}): {@code L’OIM devient une
 *       organisation affiliée {#oim-onu-2016}}; anything else that looks like {@code {#…}} is an
 *       error, and so is an id used twice. Without one, the id is {@code yyyy-MM-dd-} and the first
 *       8 hex digits of SHA-256 over the title's key (NFKC, lower case, letters and digits only),
 *       such as {@code 2016-07-30-9f7c733f}: deleting or reordering other items and fixing case,
 *       punctuation or spacing keep it, rewording the title changes it. The same date and title
 *       twice is a warning; the second gets {@code -2}. Pinned ids also pair translations (see
 *       {@link dev.newsfeed.NewsFeed#merge}).
 *   <li><b>Problems.</b> Every problem is a {@link dev.newsfeed.Diagnostic} with the source, line
 *       and column and what was expected:
 *       {@code news.fr.txt:12:1: error: expected a date such as 07/30/2016 after the title, found [Rabat]}.
 *       In {@link Strictness#STRICT} mode the first error throws; in {@link Strictness#LENIENT}
 *       mode the bad item is skipped and every good item kept.
 * </ul>
 *
 * <p>For any input whatsoever, a parse returns or throws {@link NewsParseException}, in time
 * linear in the input. The listing format has no links or tags; items have none.
 *
 * <p>Immutable and thread-safe: create one per set of options and reuse it.
 */
public final class ListingParser {
  private final ListingOptions options;
  private final ListingReader reader;

  private ListingParser(ListingOptions options) {
    this.options = options;
    this.reader = new ListingReader(options);
  }

  /**
   * A parser for listings read with {@code options}.
   *
   * @param options the language, date order, strictness and diagnostic cap
   * @return the parser
   */
  public static ListingParser create(ListingOptions options) {
    return new ListingParser(Objects.requireNonNull(options, "options"));
  }

  /**
   * The options of this parser.
   *
   * @return the options
   */
  public ListingOptions options() {
    return options;
  }

  /**
   * Reads a listing file; diagnostics name it by its file name.
   *
   * @param file the file, in the options' encoding (UTF-8 by default)
   * @return the feed and the warnings (and, in lenient mode, the errors)
   * @throws IOException if the file cannot be read
   * @throws NewsParseException in strict mode, if the listing has an error
   */
  public ParseResult parse(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return parse(name == null ? file.toString() : name.toString(), Files.readAllBytes(file));
  }

  /**
   * Reads a listing from bytes.
   *
   * @param sourceName the label diagnostics give the input, such as its file name
   * @param content in the options' encoding, UTF-8 by default, with or without a byte order mark
   * @return the feed and the warnings (and, in lenient mode, the errors)
   * @throws NewsParseException in strict mode, if the listing has an error
   */
  public ParseResult parse(String sourceName, byte[] content) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    if (options.encoding().equals(StandardCharsets.UTF_8)) {
      return reader.readUtf8(sourceName, content);
    }
    return reader.read(sourceName, SourceText.decode(content, options.encoding(), options.language()));
  }

  /**
   * Reads a listing from text.
   *
   * @param sourceName the label diagnostics give the input, such as its file name
   * @param text the listing; a leading U+FEFF is ignored
   * @return the feed and the warnings (and, in lenient mode, the errors)
   * @throws NewsParseException in strict mode, if the listing has an error
   */
  public ParseResult parse(String sourceName, String text) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(text, "text");
    return reader.read(sourceName, SourceText.of(text));
  }
}
