// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.internal.Texts;
import dev.newsfeed.listing.internal.Paragraph.Located;
import dev.newsfeed.listing.internal.SourceText.EncodingProblem;
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
  private final String text;
  private final List<EncodingProblem> problems;
  private int position;
  private int lineNumber;
  private int problemIndex;
  private int lastTextLine = 1;
  /** Where the last line with text starts and ends, its end column computed only when asked. */
  private int lastTextStart;
  private int lastTextEnd;
  private int removedCount;
  private int firstRemoved;
  private int firstRemovedLine;
  private int firstRemovedColumn;

  /**
   * A reader at the start of {@code source}.
   *
   * @param source the decoded listing
   */
  public ParagraphReader(SourceText source) {
    this.text = source.text();
    this.problems = source.problems();
  }

  /**
   * The next paragraph.
   *
   * @return the paragraph, or empty at the end of the input
   */
  public Optional<Paragraph> next() {
    List<String> lines = new ArrayList<>();
    List<Located> lineProblems = new ArrayList<>();
    int firstLine = 0;
    int column = 0;
    while (position < text.length()) {
      int start = position;
      // One pass finds the line's end and whether it holds controls to remove.
      int end = start;
      boolean controls = false;
      while (end < text.length()) {
        char c = text.charAt(end);
        if (isLineBreak(c)) {
          break;
        }
        controls |= isControl(c);
        end++;
      }
      position = afterLineEnd(end);
      lineNumber++;
      String line = controls ? withoutControls(start, end) : text.substring(start, end);
      Located inLine = problemIn(start, end);
      if (Texts.isBlank(line)) {
        if (lines.isEmpty()) {
          continue;
        }
        break;
      }
      if (lines.isEmpty()) {
        firstLine = lineNumber;
        column = text.codePointCount(start, start + indentOf(start, end)) + 1;
      }
      lines.add(line);
      if (inLine != null) {
        lineProblems.add(inLine);
      }
      lastTextLine = lineNumber;
      lastTextStart = start;
      lastTextEnd = end;
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Paragraph(firstLine, column, lines, lineProblems));
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

  /** The line from {@code start} to {@code end} without C0 controls other than tab, DEL and C1. */
  private String withoutControls(int start, int end) {
    StringBuilder out = null;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        if (out == null) {
          out = new StringBuilder(end - start).append(text, start, i);
        }
        if (removedCount++ == 0) {
          firstRemoved = c;
          firstRemovedLine = lineNumber;
          firstRemovedColumn = text.codePointCount(start, i) + 1;
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text.substring(start, end) : out.toString();
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
    return endColumn(lastTextStart, lastTextEnd);
  }

  private int endColumn(int start, int end) {
    int last = end;
    while (last > start && Texts.isSpace(text.charAt(last - 1))) {
      last--;
    }
    return text.codePointCount(start, last) + 1;
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

  private int indentOf(int start, int end) {
    int i = start;
    while (i < end && Texts.isSpace(text.charAt(i))) {
      i++;
    }
    return i - start;
  }

  private Located problemIn(int start, int end) {
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
