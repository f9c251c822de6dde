// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import java.util.Objects;

/**
 * The line and column of indexes in a text, for diagnostics of the readers that work on whole
 * documents (JSON, XML). Lines end at LF, CR LF or CR (XML 1.0 §2.11; RFC 8259 §2 allows the
 * same white space); columns count code points from 1, a lone surrogate as one.
 *
 * <p>Each position is found by scanning forward from the last one asked for, so that the
 * diagnostics of a document, which come in input order, cost one pass over the text in all; an
 * earlier index starts again from the top. Not thread-safe: one instance per reading.
 */
public final class TextPositions {
  private final CharSequence text;
  private int index;
  private int line = 1;
  private int column = 1;

  private TextPositions(CharSequence text) {
    this.text = text;
  }

  /**
   * Positions in {@code text}.
   *
   * @param text the whole document
   * @return a scanner at its start
   */
  public static TextPositions of(CharSequence text) {
    return new TextPositions(Objects.requireNonNull(text, "text"));
  }

  /**
   * A 1-based line and column.
   *
   * @param line the line, from 1
   * @param column the column in code points, from 1
   */
  public record Position(int line, int column) {}

  /**
   * Whether the character at {@code index} ends a line: a LF, or a CR not followed by a LF.
   *
   * @param text the text
   * @param index an index in it
   * @return true at the end of a line
   */
  public static boolean isLineEnd(CharSequence text, int index) {
    char c = text.charAt(index);
    return c == '\n' || (c == '\r' && (index + 1 >= text.length() || text.charAt(index + 1) != '\n'));
  }

  /**
   * Where {@code target} is: the position of the character at that index, or just after the text.
   *
   * @param target an index, clamped to the text
   * @return its line and column
   */
  public Position at(long target) {
    int end = (int) Math.max(0, Math.min(target, text.length()));
    if (end < index) {
      index = 0;
      line = 1;
      column = 1;
    }
    for (; index < end; index++) {
      char c = text.charAt(index);
      if (isLineEnd(text, index)) {
        line++;
        column = 1;
      } else if (c != '\r' && !isSecondHalfOfPair(index)) {
        // A CR that ends no line is the CR of CR LF: the LF ends the line.
        column++;
      }
    }
    return new Position(line, column);
  }

  private boolean isSecondHalfOfPair(int i) {
    return Character.isLowSurrogate(text.charAt(i))
        && i > 0
        && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
