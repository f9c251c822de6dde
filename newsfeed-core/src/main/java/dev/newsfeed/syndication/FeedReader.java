// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.internal.LanguageTags;
import dev.newsfeed.syndication.internal.FeedDocuments;
import dev.newsfeed.syndication.internal.ReadContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads syndication feeds into the model: Atom 1.0 and 0.3, RSS 2.0, 0.91 and 0.92, RSS 1.0 and
 * 0.90 (RDF), JSON Feed 1.0 and 1.1, told apart by their content. Immutable and thread-safe.
 *
 * <p>Each entry becomes an item with one text, in the entry's language ({@code xml:lang},
 * inherited; {@code dc:language}; JSON Feed {@code language}), else the feed's ({@code xml:lang},
 * RSS {@code <language>}), else {@linkplain #withDefaultLanguage the default language}, else
 * {@code und} (undetermined) with one warning: a feed with no language never silently becomes
 * English.
 *
 * <p>The story is the fullest text the entry has: Atom {@code content} before {@code summary}, RSS
 * {@code content:encoded} before {@code description}, JSON Feed {@code content_text} or {@code
 * content_html} before {@code summary}, then Dublin Core's {@code dc:description} and Media RSS's
 * {@code media:description} (YouTube). HTML becomes plain-text paragraphs (jsoup, WHATWG rules);
 * datelines and dates without a time come back from newsfeed's extension (see the {@linkplain
 * dev.newsfeed.syndication package documentation}). An entry with no title (JSON Feed and RSS allow
 * it) gets a short excerpt of its story as its title, marked {@link
 * dev.newsfeed.ItemText.TitleSource#EXCERPT}. An entry with no date takes the feed's own ({@code
 * lastBuildDate}, {@code pubDate}, {@code dc:date}, Atom {@code updated}), with one warning per
 * feed; only where the document has no date at all is it an error (never the time of reading, so
 * that every reader agrees). Dates are read leniently, each liberty a warning. What the model does
 * not hold (enclosures, media, attachments, images) is named in one warning per feed.
 *
 * <p>Every problem is a {@link Diagnostic} with the source, line and column. In {@link
 * Strictness#STRICT} mode the first error throws; in {@link Strictness#LENIENT} mode an item with an
 * error (neither title nor text, no readable date, a repeated id) is skipped and the others are
 * kept. An Atom entry that breaks a rule of RFC 4287 but can still be read whole (no {@code
 * content} and no alternate link, §4.1.1.1) is an error too, so that checking a feed fails, but
 * lenient reading keeps it. A problem with the document itself (not well-formed, a {@code DOCTYPE}
 * other than RSS 0.91's, bytes the encoding cannot decode, an unknown root element, more than
 * {@linkplain #withMaxBytes the size limit}) throws in both modes. For any input whatsoever, reading returns or
 * throws {@link NewsParseException}, in time linear in the input.
 *
 * <p>XML is parsed with the JDK's StAX parser with DTDs refused and external entities, entity
 * expansion and external resolution all off: nothing outside the document is ever read. HTML named
 * entities ({@code &eacute;}), which WordPress and many CMSs write into XML, are read as HTML
 * defines them, with a warning that the document is not well-formed XML.
 */
public final class FeedReader {

  /**
   * The largest document read by default: 16 MiB, far more than any feed, so memory stays
   * bounded; {@link #withMaxBytes} changes it.
   */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private final Strictness strictness;
  private final Optional<Locale> defaultLanguage;
  private final int maxBytes;

  private FeedReader(Strictness strictness, Optional<Locale> defaultLanguage, int maxBytes) {
    this.strictness = strictness;
    this.defaultLanguage = defaultLanguage;
    this.maxBytes = maxBytes;
  }

  /**
   * A reader with the given strictness and no default language: text whose feed names no
   * language is marked {@code und} (undetermined), with a warning.
   *
   * @param strictness how to react to bad items
   * @return the reader
   */
  public static FeedReader create(Strictness strictness) {
    return new FeedReader(Objects.requireNonNull(strictness, "strictness"), Optional.empty(), MAX_BYTES);
  }

  /**
   * A copy assuming {@code language} for text whose feed and entry give none (the source's
   * configured language, or one known from the file's name); no warning is given then.
   *
   * @param language the language
   * @return the copy
   */
  public FeedReader withDefaultLanguage(Locale language) {
    return new FeedReader(strictness, Optional.of(LanguageTags.canonical(language)), maxBytes);
  }

  /**
   * A copy reading documents of up to {@code max} bytes, such as a whole archive on purpose.
   *
   * @param max the largest document read, from 1 to 1 GiB
   * @return the copy
   * @throws IllegalArgumentException if {@code max} is out of that range
   */
  public FeedReader withMaxBytes(int max) {
    if (max < 1 || max > 1 << 30) {
      throw new IllegalArgumentException("max must be from 1 to " + (1 << 30) + ", was " + max);
    }
    return new FeedReader(strictness, defaultLanguage, max);
  }

  /**
   * Reads a document.
   *
   * @param sourceName the name diagnostics give the document, such as its file name
   * @param content the document's bytes, in the encoding its byte order mark or XML declaration
   *     says (UTF-8 by default; JSON Feed always UTF-8)
   * @return the feed and the diagnostics
   * @throws NewsParseException if the document cannot be read, or in strict mode at its first error
   */
  public ParseResult read(String sourceName, byte[] content) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    ReadContext context = new ReadContext(sourceName, strictness, defaultLanguage);
    if (content.length > maxBytes) {
      throw tooLarge(sourceName);
    }
    NewsFeed feed = FeedDocuments.read(content, context);
    return new ParseResult(feed, context.diagnostics());
  }

  /**
   * Reads a file; diagnostics name it as {@code path} is written.
   *
   * @param path the file
   * @return the feed and the diagnostics
   * @throws IOException if the file cannot be read
   * @throws NewsParseException if the document cannot be read, or in strict mode at its first error
   */
  public ParseResult read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      // Read one byte past the limit rather than trust the file's size, which may change.
      byte[] content = in.readNBytes(maxBytes + 1);
      if (content.length > maxBytes) {
        throw tooLarge(path.toString());
      }
      return read(path.toString(), content);
    }
  }

  private NewsParseException tooLarge(String source) {
    return new NewsParseException(Diagnostic.error(source, 0, 0,
        "the document is larger than " + maxBytes + " bytes; feeds are much smaller"));
  }
}
