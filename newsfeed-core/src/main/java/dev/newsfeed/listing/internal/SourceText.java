// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a listing, decoded, with the places where its encoding was broken.
 *
 * <p>Decoding never fails: every ill-formed UTF-8 sequence and every unpaired surrogate becomes
 * U+FFFD REPLACEMENT CHARACTER and is remembered, so that the reader can report it at its line and
 * column and, in lenient mode, skip only the item it falls in. Ill-formed sequences are replaced
 * by their maximal subparts (Unicode 15, §3.9, "U+FFFD Substitution of Maximal Subparts"), as the
 * JDK's decoder does except for an encoded surrogate (three bytes, one U+FFFD in the JDK's).
 */
public final class SourceText {
  private final String text;
  private final List<EncodingProblem> problems;
  private final Optional<Paragraph.Located> unreadable;
  /** Whether some character beyond ASCII was well-formed UTF-8; set while decoding. */
  private boolean validMultibyte;

  /**
   * A place where the input was not well-formed.
   *
   * @param index the index in {@link #text()} of the U+FFFD that replaced it
   * @param message what was expected and found, such as {@code invalid UTF-8 byte 0xFF}
   */
  public record EncodingProblem(int index, String message) {}

  private SourceText(String text, List<EncodingProblem> problems, Optional<Paragraph.Located> unreadable) {
    this.text = text;
    this.problems = problems;
    this.unreadable = unreadable;
  }

  /**
   * Decodes UTF-8 {@code bytes}, without its byte order mark if it has one.
   *
   * @param bytes the input
   * @return the text; {@link #unreadable()} is set for UTF-16 input
   */
  public static SourceText decode(byte[] bytes) {
    return decode(bytes, StandardCharsets.UTF_8, Locale.ENGLISH);
  }

  /**
   * Decodes {@code bytes} in {@code encoding}. For UTF-8, a file that decodes as a whole in an
   * encoding Windows tools save in, and reads as text of {@code language} there, is unreadable
   * with an error that names that encoding.
   *
   * @param bytes the input
   * @param encoding its encoding
   * @param language the listing's language, which tells the likely encoding of bytes not UTF-8
   * @return the text
   */
  public static SourceText decode(byte[] bytes, Charset encoding, Locale language) {
    if (!encoding.equals(StandardCharsets.UTF_8)) {
      return decodeAs(bytes, encoding);
    }
    SourceText utf8 = decodeUtf8(bytes);
    // A well-formed sequence anywhere says the file is UTF-8 with a few bad bytes.
    if (utf8.problems.isEmpty() || utf8.unreadable.isPresent() || utf8.validMultibyte) {
      return utf8;
    }
    Optional<Charset> likely = EncodingGuess.likely(bytes, language);
    if (likely.isEmpty()) {
      return utf8;
    }
    EncodingProblem first = utf8.problems.get(0);
    String name = likely.get().name();
    int[] at = position(utf8.text, first.index());
    String bad = first.message().substring("invalid UTF-8 ".length(), "invalid UTF-8 byte 0xFF".length());
    String message = "expected UTF-8 text, found the " + bad + ", which is not UTF-8: the file looks like " + name + "; save it as UTF-8, or read it as " + name
        + " (--encoding " + name + " on the command line, the source-encoding init parameter of the servlet)";
    return new SourceText("", List.of(), Optional.of(new Paragraph.Located(at[0], at[1], message)));
  }

  /** The line and column of {@code index}, lines ending as {@link ParagraphReader} ends them. */
  private static int[] position(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, text.codePointCount(lineStart, index) + 1};
  }

  /** Decodes in another encoding; what it cannot map becomes U+FFFD and a problem. */
  private static SourceText decodeAs(byte[] bytes, Charset encoding) {
    CharsetDecoder decoder = encoding.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chunk = CharBuffer.allocate(Math.max(16, Math.min(bytes.length + 16, 1 << 16)));
    StringBuilder out = new StringBuilder(bytes.length);
    List<EncodingProblem> problems = new ArrayList<>();
    while (true) {
      CoderResult result = decoder.decode(in, chunk, true);
      chunk.flip();
      out.append(chunk);
      chunk.clear();
      if (result.isError()) {
        int bad = in.get(in.position()) & 0xFF;
        problems.add(new EncodingProblem(out.length(), "invalid " + encoding.name() + " byte " + hex(bad)));
        out.append('\uFFFD');
        in.position(in.position() + result.length());
      } else if (result.isUnderflow()) {
        break;
      }
    }
    while (decoder.flush(chunk).isOverflow()) {
      chunk.flip();
      out.append(chunk);
      chunk.clear();
    }
    chunk.flip();
    out.append(chunk);
    String text = out.length() > 0 && out.charAt(0) == '\uFEFF' ? out.substring(1) : out.toString();
    int shift = out.length() - text.length();
    if (shift > 0) {
      problems.replaceAll(p -> new EncodingProblem(p.index() - shift, p.message()));
    }
    return new SourceText(text, List.copyOf(problems), Optional.empty());
  }

  private static SourceText decodeUtf8(byte[] bytes) {
    int length = bytes.length;
    if (length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      String mark = String.format(Locale.ROOT, "%02X %02X", bytes[0] & 0xFF, bytes[1] & 0xFF);
      return new SourceText(
          "",
          List.of(),
          Optional.of(new Paragraph.Located(1, 1,
              "expected UTF-8 text, found a UTF-16 byte order mark ("
                  + mark
                  + "); save the listing as UTF-8, or read it as UTF-16 (--encoding UTF-16)")));
    }
    int start = 0;
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    // The JDK's decoder (intrinsified, ASCII and Latin-1 fast paths) decodes well-formed input
    // several times faster than the loop below: with no U+FFFD in what it gives, every sequence
    // was well-formed and the text is exact. Otherwise (ill-formed bytes, or a U+FFFD written in
    // the file), the loop below decodes again and locates every problem. JFR of a 1,000-item
    // listing: the loop alone took 43 % of the parse.
    String fast = new String(bytes, start, length - start, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      SourceText decoded = new SourceText(fast, List.of(), Optional.empty());
      // Well-formed UTF-8 has fewer chars than bytes exactly when some sequence is multibyte.
      decoded.validMultibyte = fast.length() != length - start;
      return decoded;
    }
    return decodeUtf8Located(bytes, start);
  }

  /** Decodes byte by byte from {@code start}, locating every ill-formed sequence. */
  private static SourceText decodeUtf8Located(byte[] bytes, int start) {
    int length = bytes.length;
    StringBuilder out = new StringBuilder(length - start);
    List<EncodingProblem> problems = new ArrayList<>();
    boolean validMultibyte = false;
    int i = start;
    while (i < length) {
      int b0 = bytes[i] & 0xFF;
      if (b0 < 0x80) {
        out.append((char) b0);
        i++;
        continue;
      }
      int needed;
      int codePoint;
      // Table 3-7 of the Unicode Standard: the range allowed for the second byte depends on the
      // first, which rules out overlong forms, surrogates and values above U+10FFFF.
      int low2 = 0x80;
      int high2 = 0xBF;
      if (b0 >= 0xC2 && b0 <= 0xDF) {
        needed = 1;
        codePoint = b0 & 0x1F;
      } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        needed = 2;
        codePoint = b0 & 0x0F;
        if (b0 == 0xE0) {
          low2 = 0xA0;
        } else if (b0 == 0xED) {
          high2 = 0x9F;
        }
      } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        needed = 3;
        codePoint = b0 & 0x07;
        if (b0 == 0xF0) {
          low2 = 0x90;
        } else if (b0 == 0xF4) {
          high2 = 0x8F;
        }
      } else {
        problems.add(new EncodingProblem(out.length(), "invalid UTF-8 byte " + hex(b0)));
        out.append('\uFFFD');
        i++;
        continue;
      }
      int j = i + 1;
      boolean complete = true;
      for (int k = 0; k < needed; k++, j++) {
        int low = k == 0 ? low2 : 0x80;
        int high = k == 0 ? high2 : 0xBF;
        if (j >= length) {
          problems.add(new EncodingProblem(out.length(), "invalid UTF-8 byte " + hex(b0)
              + ": expected " + (needed - k) + (needed - k == 1 ? " more byte" : " more bytes")
              + " in its sequence, found the end of the input"));
          complete = false;
          break;
        }
        int b = bytes[j] & 0xFF;
        if (b < low || b > high) {
          problems.add(new EncodingProblem(out.length(), "invalid UTF-8 byte " + hex(b0)
              + ": expected a byte from " + hex(low) + " to " + hex(high)
              + " next in its sequence, found " + hex(b)));
          complete = false;
          break;
        }
        codePoint = codePoint << 6 | b & 0x3F;
      }
      if (complete) {
        out.appendCodePoint(codePoint);
        validMultibyte = true;
      } else {
        out.append('\uFFFD');
      }
      i = j;
    }
    SourceText decoded = new SourceText(out.toString(), List.copyOf(problems), Optional.empty());
    decoded.validMultibyte = validMultibyte;
    return decoded;
  }

  /**
   * Text that was decoded already, without a leading U+FEFF, with unpaired surrogates replaced.
   *
   * @param text the input
   * @return the text
   */
  public static SourceText of(String text) {
    int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    StringBuilder out = null;
    List<EncodingProblem> problems = new ArrayList<>();
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
              : !Character.isLowSurrogate(c);
      if (Character.isHighSurrogate(c) && paired) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (!paired) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, start, i);
        }
        problems.add(new EncodingProblem(out.length(), String.format(Locale.ROOT,
            "invalid character U+%04X: an unpaired surrogate", (int) c)));
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    String decoded = out != null ? out.toString() : text.substring(start);
    return new SourceText(decoded, List.copyOf(problems), Optional.empty());
  }

  /**
   * The decoded text.
   *
   * @return the text, U+FFFD where the input was broken
   */
  public String text() {
    return text;
  }

  /**
   * Where the input was broken, in text order.
   *
   * @return the problems
   */
  public List<EncodingProblem> problems() {
    return problems;
  }

  /**
   * Why nothing could be decoded at all (a UTF-16 byte order mark), if that is the case.
   *
   * @return the reason, or empty if the text was decoded
   */
  public Optional<Paragraph.Located> unreadable() {
    return unreadable;
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "0x%02X", b);
  }
}
