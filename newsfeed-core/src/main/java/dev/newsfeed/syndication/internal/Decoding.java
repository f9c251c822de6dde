// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.internal.TextPositions;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Bytes to text, as XML 1.0 Appendix F and RFC 8259 §8.1 say, refusing bytes the encoding cannot
 * decode (with their line and column) instead of replacing them.
 *
 * <p>XML is decoded here rather than by the StAX parser so that an undecodable byte gets a located
 * error (the JDK parser also prints such errors to standard error).
 */
public final class Decoding {
  private Decoding() {}

  /** How far into the document the XML declaration must end (it is short; this bounds the scan). */
  private static final int DECLARATION_LIMIT = 512;

  /** The text of an XML document, honouring its byte order mark and encoding declaration. */
  public static String xml(byte[] bytes, ReadContext context) {
    Charset bom = null;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      bom = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      bom = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      bom = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      bom = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      bom = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0x00, 0x3C, 0x00, 0x3F)) {
      // Appendix F.1: "<?" in UTF-16 without a byte order mark.
      bom = StandardCharsets.UTF_16BE;
    } else if (startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00)) {
      bom = StandardCharsets.UTF_16LE;
    }
    Charset charset = bom != null ? bom : declaredEncoding(bytes, context);
    return decode(bytes, skip, charset, context, "");
  }

  /** The text of a JSON document: UTF-8 only (RFC 8259 §8.1), a byte order mark ignored. */
  public static String utf8(byte[] bytes, ReadContext context) {
    int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    return decode(bytes, skip, StandardCharsets.UTF_8, context, " (JSON Feed must be UTF-8)");
  }

  /** The offset of the first byte that is not ASCII white space, after a UTF-8 byte order mark. */
  public static int firstSignificantByte(byte[] bytes) {
    int i = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
      i++;
    }
    return i;
  }

  /**
   * The {@code encoding} of an ASCII-compatible document's XML declaration, else UTF-8 (XML 1.0
   * §4.3.3). The declaration is scanned by hand: it is a fixed little grammar (§2.8, §4.3.3).
   */
  private static Charset declaredEncoding(byte[] bytes, ReadContext context) {
    if (!startsWith(bytes, '<', '?', 'x', 'm', 'l')) {
      return StandardCharsets.UTF_8;
    }
    int end = Math.min(bytes.length, DECLARATION_LIMIT);
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < end && bytes[i] != '>'; i++) {
      head.append((char) (bytes[i] & 0xFF));
    }
    String declaration = head.toString();
    int at = declaration.indexOf("encoding");
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    int i = skipSpaces(declaration, at + "encoding".length());
    if (i >= declaration.length() || declaration.charAt(i) != '=') {
      return StandardCharsets.UTF_8;
    }
    i = skipSpaces(declaration, i + 1);
    if (i >= declaration.length() || (declaration.charAt(i) != '"' && declaration.charAt(i) != '\'')) {
      return StandardCharsets.UTF_8;
    }
    char quote = declaration.charAt(i);
    int close = declaration.indexOf(quote, i + 1);
    String name = close < 0 ? declaration.substring(i + 1) : declaration.substring(i + 1, close);
    try {
      Charset charset = Charset.forName(name);
      if (charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")
          || charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-32")) {
        throw context.fatal(1, i + 2,
            "the XML declaration says " + name + " but the document has no byte order mark and"
                + " starts in an ASCII-compatible encoding", null);
      }
      return charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw context.fatal(1, i + 2,
          "unsupported encoding [" + shorten(name) + "] in the XML declaration; expected UTF-8,"
              + " ISO-8859-1 or another encoding Java supports", e);
    }
  }

  private static String decode(
      byte[] bytes, int skip, Charset charset, ReadContext context, String hint) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The JDK's String decoding of UTF-8 is intrinsified, several times faster than a
      // CharsetDecoder into a CharBuffer (9 % of reading 1,000 Atom entries, JFR). It replaces
      // each malformed sequence by U+FFFD where the decoder below reports it: text without one
      // is what the decoder gives; text with one (malformed, or a real U+FFFD) is decoded again
      // by it, for its located error. DecodingTest compares both.
      String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
    }
    return decodeStrictly(bytes, skip, charset, context, hint);
  }

  /** The text of {@code bytes}, or a located error at the first byte {@code charset} cannot decode. */
  static String decodeStrictly(
      byte[] bytes, int skip, Charset charset, ReadContext context, String hint) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out =
        CharBuffer.allocate((int) Math.ceil((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      out.flip();
      TextPositions.Position position = TextPositions.of(out).at(out.length());
      StringBuilder found = new StringBuilder();
      for (int i = bad; i < Math.min(bytes.length, bad + Math.max(1, result.length())); i++) {
        found.append(String.format(Locale.ROOT, "%s0x%02X", found.length() == 0 ? "" : " ", bytes[i] & 0xFF));
      }
      throw context.fatal(position.line(), position.column(),
          "bytes that are not valid " + charset.name() + ": found " + found + hint, null);
    }
    out.flip();
    return out.toString();
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t'
        || s.charAt(i) == '\r' || s.charAt(i) == '\n')) {
      i++;
    }
    return i;
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
