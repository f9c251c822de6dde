// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceFormat;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fetched body made ready for core's readers: its format from the media type, and its bytes in
 * the encoding the readers expect, following the {@code charset} of {@code Content-Type}.
 *
 * <table class="striped">
 *   <caption>Format by media type</caption>
 *   <thead><tr><th>media type</th><th>format</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code application/rss+xml}, {@code application/atom+xml}, {@code application/xml},
 *         {@code text/xml}, any {@code +xml}</td><td>XML feed</td></tr>
 *     <tr><td>{@code application/feed+json}, {@code application/json}, any {@code +json}</td>
 *         <td>JSON (JSON Feed or newsfeed JSON)</td></tr>
 *     <tr><td>{@code text/html}</td><td>an error, unless the body is plainly a feed</td></tr>
 *     <tr><td>{@code text/plain}, {@code application/octet-stream}, none</td><td>the URL's
 *         extension if it has a known one, else the first character: {@code <} an XML feed,
 *         <code>{</code> JSON, anything else a listing</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Encodings (RFC 7303 §3.2 for XML): a byte order mark wins; then the {@code charset}
 * parameter, the body being re-encoded to UTF-8 (and an XML declaration's {@code encoding} made
 * to say so); without one, the document's own declaration as for files (UTF-8 for JSON and
 * listings). Bytes the declared charset cannot decode are a located error.
 */
final class HttpDocument {
  private HttpDocument() {}

  /**
   * A body ready to read.
   *
   * @param content the bytes, in the encoding the reader of {@code format} expects
   * @param format how to read them
   * @param warnings what the headers and the document disagreed on
   */
  record Decoded(byte[] content, SourceFormat format, List<Diagnostic> warnings) {}

  private static final Pattern XML_ENCODING =
      Pattern.compile("(encoding\\s*=\\s*)([\"'])([^\"']*)\\2");

  /**
   * Prepares a body.
   *
   * @param name what diagnostics cite (the URL)
   * @param path the URL's path, whose extension may tell the format
   * @param body the bytes received
   * @param contentType the {@code Content-Type} header, if any
   * @return the body to read
   * @throws NewsParseException if the body is an HTML page, or its charset is unknown or does not
   *     decode it
   */
  static Decoded of(String name, String path, byte[] body, Optional<String> contentType) {
    MediaType type = contentType.map(MediaType::parse).orElse(MediaType.NONE);
    List<Diagnostic> warnings = new ArrayList<>();
    SourceFormat format = format(name, path, body, type, warnings);
    Optional<String> charsetName = type.charset();
    if (charsetName.isEmpty() || hasByteOrderMark(body)) {
      return new Decoded(body, format, warnings);
    }
    Charset charset;
    try {
      charset = Charset.forName(charsetName.get());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new NewsParseException(Diagnostic.error(name, 0, 0,
          "unsupported charset [" + charsetName.get() + "] in the Content-Type; expected UTF-8,"
              + " ISO-8859-1 or another encoding Java supports"));
    }
    if (charset.equals(StandardCharsets.UTF_8) && format != SourceFormat.XML_FEED) {
      return new Decoded(body, format, warnings);
    }
    String text = decode(name, body, charset);
    if (format == SourceFormat.XML_FEED) {
      text = declareUtf8(name, text, charset, warnings);
    }
    return new Decoded(text.getBytes(StandardCharsets.UTF_8), format, warnings);
  }

  private static SourceFormat format(
      String name, String path, byte[] body, MediaType type, List<Diagnostic> warnings) {
    String essence = type.essence();
    if (essence.equals("application/xml") || essence.equals("text/xml") || essence.endsWith("+xml")) {
      return SourceFormat.XML_FEED;
    }
    if (essence.equals("application/json") || essence.endsWith("+json")) {
      return SourceFormat.JSON;
    }
    SourceFormat sniffed = sniff(body);
    if (essence.equals("text/html")) {
      if (sniffed == SourceFormat.XML_FEED && looksLikeFeed(body)) {
        warnings.add(Diagnostic.warning(name, 0, 0,
            "the server calls this feed text/html; it is read as XML"));
        return SourceFormat.XML_FEED;
      }
      throw new NewsParseException(Diagnostic.error(name, 0, 0,
          "the server sent an HTML page (text/html), not a feed: is this the feed's URL? (a"
              + " WordPress site serves its feed at /feed/)"));
    }
    if (NewsSources.hasKnownExtension(path)) {
      return SourceFormat.ofName(path);
    }
    return sniffed;
  }

  private static SourceFormat sniff(byte[] body) {
    int i = hasByteOrderMark(body) ? (body[0] == (byte) 0xEF ? 3 : 2) : 0;
    while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
      i++;
    }
    if (i < body.length && (body[i] == '<' || body[i] == 0)) {
      return SourceFormat.XML_FEED;
    }
    return i < body.length && body[i] == '{' ? SourceFormat.JSON : SourceFormat.LISTING;
  }

  private static boolean looksLikeFeed(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
  }

  private static boolean hasByteOrderMark(byte[] b) {
    return (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF)
        || (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
            || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)));
  }

  /** Decodes strictly: a byte the charset cannot decode is an error at its line and column. */
  private static String decode(String name, byte[] body, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) body.length * Math.max(1, (int) Math.ceil(decoder.maxCharsPerByte())) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw new NewsParseException(Diagnostic.error(name, line, column,
          String.format(Locale.ROOT, "byte 0x%02X is not %s, which the Content-Type declares",
              body[in.position()] & 0xFF, charset.name())));
    }
    out.flip();
    return out.toString();
  }

  /**
   * The charset parameter wins over the XML declaration (RFC 7303 §3.2): now that the text is
   * UTF-8, the declaration must say so for the reader to agree.
   */
  private static String declareUtf8(
      String name, String text, Charset charset, List<Diagnostic> warnings) {
    if (!text.startsWith("<?xml")) {
      return text;
    }
    int end = text.indexOf("?>");
    if (end < 0) {
      return text;
    }
    Matcher encoding = XML_ENCODING.matcher(text).region(0, end);
    if (!encoding.find()) {
      return text;
    }
    String declared = encoding.group(3);
    if (!sameCharset(declared, charset)) {
      warnings.add(Diagnostic.warning(name, 1, encoding.start(3) + 1,
          "the XML declaration says " + declared + " but the Content-Type says " + charset.name()
              + "; read as " + charset.name() + " (RFC 7303 §3.2)"));
    }
    return text.substring(0, encoding.start(3)) + "UTF-8" + text.substring(encoding.end(3));
  }

  private static boolean sameCharset(String declared, Charset charset) {
    try {
      return Charset.forName(declared).equals(charset);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The parts of a {@code Content-Type} value that matter here (RFC 9110 §8.3.1). */
  record MediaType(String essence, Optional<String> charset) {
    static final MediaType NONE = new MediaType("", Optional.empty());

    /** Parses {@code type/subtype; name=value; name="quoted value"}, leniently. */
    static MediaType parse(String value) {
      int semicolon = value.indexOf(';');
      String essence = (semicolon < 0 ? value : value.substring(0, semicolon))
          .strip().toLowerCase(Locale.ROOT);
      Optional<String> charset = Optional.empty();
      int i = semicolon;
      while (i >= 0 && i < value.length()) {
        int next = nextSeparator(value, i + 1);
        String parameter = value.substring(i + 1, next < 0 ? value.length() : next).strip();
        int equals = parameter.indexOf('=');
        if (equals > 0
            && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
          String v = parameter.substring(equals + 1).strip();
          if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
          }
          if (!v.isEmpty()) {
            charset = Optional.of(v);
          }
        }
        i = next;
      }
      return new MediaType(essence, charset);
    }

    /** The next {@code ;} outside a quoted string, or -1. */
    private static int nextSeparator(String value, int from) {
      boolean quoted = false;
      for (int i = from; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == '\\' && quoted) {
          i++;
        } else if (c == ';' && !quoted) {
          return i;
        }
      }
      return -1;
    }
  }
}
