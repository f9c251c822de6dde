// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes and reads news feeds as JSON, in the shape {@linkplain dev.newsfeed.json the package}
 * documents, through JSON-B (Yasson).
 *
 * <p>Each instance holds one {@link Jsonb}, which is costly to create (Yasson builds and caches a
 * model of every mapped class): create a {@code NewsJson} once, share it, and {@link #close()} it
 * when done, typically with try-with-resources or at application shutdown. Instances are
 * thread-safe.
 *
 * <pre>{@code
 * try (NewsJson json = NewsJson.create()) {
 *   String text = json.toJson(feed);
 *   NewsFeed back = json.fromJson("feed.json", text);   // equals feed
 * }
 * }</pre>
 *
 * <p>Reading is strict: the first error stops it with a {@link NewsParseException} whose
 * {@link Diagnostic} names the source, the line and column of the offending token and its JSON
 * path, such as {@code feed.json:12:17: error: items[3].texts[0].link: link must be an absolute
 * http or https URI, found [javascript:alert(1)]}. Syntax errors, wrong types, missing members,
 * invalid language tags, links and dates, duplicate ids, members or languages are all reported
 * that way; nothing else is thrown for bad input. Unknown members are skipped with a warning in
 * the {@link ParseResult}, so that JSON written by a later version stays readable.
 *
 * <p>Writing gives the same text for equal feeds built the same way: members in a fixed order,
 * titles in the feed's order, no insignificant white space in the {@linkplain Layout#COMPACT
 * compact} layout. Text goes through the JSON generator, which escapes quotes, backslashes and
 * control characters and leaves every other character as it is (UTF-8 when the writer encodes so);
 * the output is not meant to be pasted into an HTML {@code <script>} element. An unpaired
 * surrogate in the model is written as it is: it survives {@link #toJson} and {@link #fromJson},
 * but not an encoding to UTF-8 bytes, which has no form for it.
 */
public final class NewsJson implements AutoCloseable {

  /** How the JSON text is laid out. */
  public enum Layout {
    /** On one line, without white space between tokens: for serving. */
    COMPACT,
    /** Indented by four spaces, one member per line: for people and golden files. */
    INDENTED
  }

  private final Jsonb jsonb;
  /**
   * Writing goes straight to a JSON-P generator: through JSON-B, Yasson hashes the feed for its
   * cycle check, and a record's hash walks every item and text (18 % of writing 1,000 items, JFR).
   */
  private final JsonGeneratorFactory generators;
  private final AtomicBoolean closed = new AtomicBoolean();

  private NewsJson(Layout layout) {
    JsonbConfig config =
        new JsonbConfig()
            .withFormatting(layout == Layout.INDENTED)
            // Instances, not classes: Yasson then needs no reflective access to this module.
            .withSerializers(new FeedSerializer())
            .withDeserializers(new FeedDeserializer());
    this.jsonb = JsonbBuilder.create(config);
    this.generators = Json.createGeneratorFactory(
        layout == Layout.INDENTED ? Map.of(JsonGenerator.PRETTY_PRINTING, true) : Map.of());
  }

  /**
   * A compact writer and reader. Creating one is costly; share it.
   *
   * @return a new instance, to be closed
   */
  public static NewsJson create() {
    return new NewsJson(Layout.COMPACT);
  }

  /**
   * A writer and reader with the given layout. Creating one is costly; share it.
   *
   * @param layout how written JSON is laid out (reading accepts any layout)
   * @return a new instance, to be closed
   */
  public static NewsJson create(Layout layout) {
    return new NewsJson(Objects.requireNonNull(layout, "layout"));
  }

  /**
   * The JSON text of {@code feed}.
   *
   * @param feed the feed
   * @return the JSON
   */
  public String toJson(NewsFeed feed) {
    Objects.requireNonNull(feed, "feed");
    checkOpen();
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = generators.createGenerator(out)) {
      new FeedSerializer().serialize(feed, generator, null);
    }
    return out.toString();
  }

  /**
   * Writes the JSON text of {@code feed} to {@code out}, without closing it.
   *
   * @param feed the feed
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(NewsFeed feed, Writer out) throws IOException {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(out, "out");
    checkOpen();
    try {
      // The generator closes the writer it is given; the caller owns this one.
      try (JsonGenerator generator = generators.createGenerator(new FilterWriter(out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      })) {
        new FeedSerializer().serialize(feed, generator, null);
      }
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof IOException io) {
          throw io;
        }
      }
      throw e;
    }
  }

  /**
   * Reads a feed, failing on the first error; warnings are dropped ({@link #read(String, String)}
   * returns them).
   *
   * @param sourceName the name of the input in diagnostics, such as a file name
   * @param json the JSON text
   * @return the feed
   * @throws NewsParseException if the text is not a valid feed, naming where and why
   */
  public NewsFeed fromJson(String sourceName, String json) {
    return read(sourceName, json).feed();
  }

  /**
   * Reads a feed, with the warnings found on the way.
   *
   * @param sourceName the name of the input in diagnostics, such as a file name
   * @param json the JSON text; a leading byte order mark is ignored
   * @return the feed and the warnings (such as unknown members)
   * @throws NewsParseException if the text is not a valid feed, naming where and why
   */
  public ParseResult read(String sourceName, String json) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(json, "json");
    checkOpen();
    // RFC 8259 §8.1: a parser may ignore a byte order mark; JSON-P rejects it.
    SourceText source = new SourceText(sourceName, json.startsWith("\uFEFF") ? json.substring(1) : json);
    int first = source.skipWhitespace(0);
    if (first < 0 || source.text().charAt(first) != '{') {
      throw new NewsParseException(
          source.error(
              Math.max(first, 0),
              "expected a JSON object such as {\"items\": []}, found " + source.found(first)));
    }
    DecodedFeed decoded;
    try {
      decoded = jsonb.fromJson(source.text(), DecodedFeed.class);
    } catch (RuntimeException e) {
      throw source.failure(e);
    }
    List<Diagnostic> warnings = source.warnings(decoded.warnings, decoded.omittedWarnings);
    int trailing = source.skipWhitespace((int) decoded.end);
    if (trailing >= 0) {
      List<Diagnostic> all = new ArrayList<>(warnings);
      all.add(
          source.error(
              trailing,
              "expected the end of the input after the feed's object, found "
                  + source.found(trailing)));
      throw new NewsParseException(all);
    }
    return new ParseResult(decoded.feed, warnings);
  }

  /**
   * Reads a feed from UTF-8 bytes (RFC 8259 §8.1), with the warnings found on the way.
   *
   * @param sourceName the name of the input in diagnostics
   * @param utf8 the JSON text encoded in UTF-8; a leading byte order mark is ignored
   * @return the feed and the warnings
   * @throws NewsParseException if the bytes are not UTF-8 or not a valid feed
   */
  public ParseResult read(String sourceName, byte[] utf8) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(utf8, "utf8");
    return read(sourceName, decode(sourceName, utf8));
  }

  /**
   * Reads a feed from {@code in} to its end, with the warnings found on the way. The reader is not
   * closed.
   *
   * @param sourceName the name of the input in diagnostics
   * @param in the JSON text
   * @return the feed and the warnings
   * @throws IOException if reading fails
   * @throws NewsParseException if the text is not a valid feed
   */
  public ParseResult read(String sourceName, Reader in) throws IOException {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(in, "in");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
    }
    return read(sourceName, text.toString());
  }

  /**
   * Releases the JSON-B instance. Using this object afterwards throws {@link
   * IllegalStateException}; closing it again does nothing.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        jsonb.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close the JSON-B instance", e);
      }
    }
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this NewsJson is closed");
    }
  }

  /** Strict UTF-8: a malformed byte is an error at its line and column, not a U+FFFD. */
  private static String decode(String sourceName, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      String decoded = out.toString();
      SourceText prefix = new SourceText(sourceName, decoded);
      throw new NewsParseException(
          prefix.error(
              decoded.length(),
              String.format(
                  Locale.ROOT,
                  "expected UTF-8 text, found the byte 0x%02X, which is not valid UTF-8 here",
                  bytes[in.position()] & 0xFF)));
    }
    return out.toString();
  }
}
