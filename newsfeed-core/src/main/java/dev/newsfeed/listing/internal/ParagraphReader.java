// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.internal.Texts;
import dev.newsfeed.listing.internal.Paragraph.Located;
import dev.newsfeed.listing.internal.SourceText.EncodingProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cursor over the lines of a listing that hands out its paragraphs, knowing line and column.
 *
 * <p>Lines end at LF, CRLF, CR, and at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR (Unicode
 * Standard Annex #14, mandatory breaks), so that no field of the model can hold a line break. A
 * line of nothing but spaces, tabs and no-break spaces is blank. One pass, no backtracking.
 */
public final class ParagraphReader {
  /** The decoded listing, or null when reading {@link #bytes}. */
  private final String text;
  /** The listing's well-formed UTF-8, decoded a line at a time, or null when reading {@link #text}. */
  private final byte[] bytes;
  private final List<EncodingProblem> problems;
  private int position;
  private int lineNumber;
  private int problemIndex;
  private int lastTextLine = 1;
  /** The last line with text as written, its end column computed only when asked. */
  private String lastText = "";
  private int removedCount;
  private int firstRemoved;
  private int firstRemovedLine;
  private int firstRemovedColumn;
  /** Whether the line just read holds controls to remove; set by the line readers. */
  private boolean controls;
  /** Where the line just read starts in {@link #text}. */
  private int lineStart;

  /**
   * A reader at the start of {@code source}.
   *
   * @param source the decoded listing
   */
  public ParagraphReader(SourceText source) {
    this.text = source.text();
    this.bytes = null;
    this.problems = source.problems();
  }

  private ParagraphReader(byte[] utf8, int start) {
    this.text = null;
    this.bytes = utf8;
    this.problems = List.of();
    this.position = start;
  }

  /**
   * A reader of UTF-8 {@code bytes} that decodes each line as it reads it, so that a big listing is
   * never one {@code String} twice its size (a 60 MB listing made 120 MB of UTF-16, allocated
   * whole by G1, JFR). It reads well-formed UTF-8 only: at the first line with a U+FFFD, ill-formed
   * or written in the file, it throws {@link NotWellFormed}, and the listing is read again from a
   * {@link SourceText}, which locates every problem. {@code ParagraphReaderBytesTest} compares both.
   *
   * @param utf8 the listing's bytes, without a UTF-16 byte order mark
   * @return the reader
   */
  public static ParagraphReader ofUtf8(byte[] utf8) {
    boolean mark = utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB
        && (utf8[2] & 0xFF) == 0xBF;
    return new ParagraphReader(utf8, mark ? 3 : 0);
  }

  /** Bytes that {@link #ofUtf8} cannot read alone: they need the locating decoder. */
  public static final class NotWellFormed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotWellFormed() {
      super("a line has U+FFFD", null, false, false);
    }
  }

  /**
   * The next paragraph.
   *
   * @return the paragraph, or empty at the end of the input
   * @throws NotWellFormed reading bytes, at a line that is not well-formed UTF-8
   */
  public Optional<Paragraph> next() {
    List<String> lines = new ArrayList<>();
    List<Located> lineProblems = new ArrayList<>();
    int firstLine = 0;
    int column = 0;
    int length = bytes != null ? bytes.length : text.length();
    while (position < length) {
      String raw = bytes != null ? nextUtf8Line() : nextLine();
      lineNumber++;
      String line = controls ? withoutControls(raw) : raw;
      Located inLine = bytes != null ? null : problemIn(raw.length());
      if (Texts.isBlank(line)) {
        if (lines.isEmpty()) {
          continue;
        }
        break;
      }
      if (lines.isEmpty()) {
        firstLine = lineNumber;
        column = raw.codePointCount(0, indentOf(raw)) + 1;
      }
      lines.add(line);
      if (inLine != null) {
        lineProblems.add(inLine);
      }
      lastTextLine = lineNumber;
      lastText = raw;
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Paragraph(firstLine, column, lines, lineProblems));
  }

  /** The next line of {@link #text} as written; one pass finds its end and whether it has controls. */
  private String nextLine() {
    int start = position;
    int end = start;
    boolean found = false;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (isLineBreak(c)) {
        break;
      }
      found |= isControl(c);
      end++;
    }
    controls = found;
    lineStart = start;
    position = afterLineEnd(end);
    return text.substring(start, end);
  }

  /**
   * The next line of {@link #bytes}, decoded. Its end is found in the bytes: LF, CR, and NEL, LINE
   * SEPARATOR and PARAGRAPH SEPARATOR by their UTF-8 ({@code C2 85}, {@code E2 80 A8}, {@code E2 80
   * A9}), which no well-formed sequence holds inside it; C0 controls, DEL and C1 controls ({@code C2
   * 80} to {@code C2 9F}) are noticed on the way.
   */
  private String nextUtf8Line() {
    byte[] in = bytes;
    int start = position;
    int end = start;
    boolean found = false;
    int next;
    while (true) {
      if (end >= in.length) {
        next = end;
        break;
      }
      byte b = in[end];
      if (b >= 0x20) {
        found |= b == 0x7F;
        end++;
      } else if (b == '\n') {
        next = end + 1;
        break;
      } else if (b == '\r') {
        next = end + 1 < in.length && in[end + 1] == '\n' ? end + 2 : end + 1;
        break;
      } else if (b >= 0) {
        found |= b != '\t';
        end++;
      } else if (b == (byte) 0xC2 && end + 1 < in.length && (in[end + 1] & 0xE0) == 0x80) {
        if (in[end + 1] == (byte) 0x85) {
          next = end + 2;
          break;
        }
        found = true;
        end += 2;
      } else if (b == (byte) 0xE2 && end + 2 < in.length && in[end + 1] == (byte) 0x80
          && (in[end + 2] == (byte) 0xA8 || in[end + 2] == (byte) 0xA9)) {
        next = end + 3;
        break;
      } else {
        end++;
      }
    }
    String line = new String(in, start, end - start, StandardCharsets.UTF_8);
    if (line.indexOf('\uFFFD') >= 0) {
      throw new NotWellFormed();
    }
    controls = found;
    position = next;
    return line;
  }

  /**
   * The control characters removed so far, and where the first was: they have no place in text
   * (HTML and XML forbid most of them) and are removed, with one warning for the whole listing.
   *
   * @return the count and the first one's position, or empty if there were none
   */
  public Optional<Removed> removedControls() {
    return removedCount == 0
        ? Optional.empty()
        : Optional.of(new Removed(removedCount, firstRemoved, firstRemovedLine, firstRemovedColumn));
  }

  /**
   * Control characters removed from a listing.
   *
   * @param count how many
   * @param first the first one
   * @param line its line
   * @param column its column
   */
  public record Removed(int count, int first, int line, int column) {}

  /** {@code raw} without C0 controls other than tab, DEL and C1. */
  private String withoutControls(String raw) {
    StringBuilder out = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isControl(c)) {
        if (out == null) {
          out = new StringBuilder(raw.length()).append(raw, 0, i);
        }
        if (removedCount++ == 0) {
          firstRemoved = c;
          firstRemovedLine = lineNumber;
          firstRemovedColumn = raw.codePointCount(0, i) + 1;
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? raw : out.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F;
  }

  /**
   * The line of the end of the input as a reader sees it: the last line with text.
   *
   * @return the line, 1 if the input has no text
   */
  public int endLine() {
    return lastTextLine;
  }

  /**
   * The column just after the last character of text in the input, ignoring trailing spaces.
   *
   * @return the column
   */
  public int endColumn() {
    int last = lastText.length();
    while (last > 0 && Texts.isSpace(lastText.charAt(last - 1))) {
      last--;
    }
    return lastText.codePointCount(0, last) + 1;
  }

  private int afterLineEnd(int end) {
    if (end >= text.length()) {
      return end;
    }
    if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
      return end + 2;
    }
    return end + 1;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static int indentOf(String raw) {
    int i = 0;
    while (i < raw.length() && Texts.isSpace(raw.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first encoding problem in the line of {@code length} chars just read, if any. */
  private Located problemIn(int length) {
    int start = lineStart;
    int end = start + length;
    while (problemIndex < problems.size() && problems.get(problemIndex).index() < start) {
      problemIndex++;
    }
    if (problemIndex >= problems.size() || problems.get(problemIndex).index() >= end) {
      return null;
    }
    EncodingProblem first = problems.get(problemIndex);
    while (problemIndex < problems.size() && problems.get(problemIndex).index() < end) {
      problemIndex++;
    }
    return new Located(lineNumber, text.codePointCount(start, first.index()) + 1, first.message());
  }
}
