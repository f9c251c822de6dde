// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.internal.TextPositions;
import dev.newsfeed.internal.TextPositions.Position;
import java.util.Arrays;

/**
 * Where the elements of a parsed document start, found only when a diagnostic asks: reading a
 * feed without problems computes none. (JFR of reading 1,000 Atom entries: computing every
 * element's position as it was parsed took 14 % of the read.)
 *
 * <p>Positions are those of {@link TextPositions} (lines end at LF, CR LF or CR, XML 1.0 §2.11;
 * columns count code points from 1), found in any order in bounded time: the first question
 * makes one pass over the text that notes where each line starts and, every {@link #STRIDE}
 * characters, how many characters so far count for no column (the CR of CR LF, the second half
 * of a surrogate pair); each answer then looks at fewer than {@code STRIDE} characters.
 */
final class XmlPositions {
  private static final int STRIDE = 1024;

  private final String text;
  /** Where each line starts; built on the first question. */
  private int[] lineStarts;
  /** {@code uncounted[k]}: the characters before {@code k * STRIDE} that count for no column. */
  private int[] uncounted;

  XmlPositions(String text) {
    this.text = text;
  }

  /**
   * Where an element starts, from the parser's line and column (in chars) just after its start
   * tag: the parser's position after text runs ahead of it, the end of a start tag is exact, and
   * its start is the last {@code <} before it (attribute values cannot hold one). (The parser's
   * character offsets are not reliable; its line and column are.)
   *
   * @return the position, or null if the parser's position is not in the text
   */
  Position elementAt(int parserLine, int parserColumn) {
    index();
    int end = indexOf(parserLine, parserColumn);
    int start = end > 0 ? text.lastIndexOf('<', end - 1) : -1;
    return start >= 0 ? at(start) : null;
  }

  /** The position of the character at {@code target}, as {@link TextPositions#at} gives it. */
  Position at(int target) {
    index();
    int end = Math.max(0, Math.min(target, text.length()));
    int found = Arrays.binarySearch(lineStarts, end);
    // Line starts strictly increase (each line end is one character).
    int line = found >= 0 ? found : -found - 2;
    int lineStart = lineStarts[line];
    return new Position(line + 1, 1 + (end - lineStart) - (uncountedBefore(end) - uncountedBefore(lineStart)));
  }

  /** The index of a 1-based line and column as the parser counts them (in chars), or -1. */
  private int indexOf(int line, int column) {
    if (line < 1 || line > lineStarts.length || column < 1) {
      return -1;
    }
    return Math.min(text.length(), lineStarts[line - 1] + column - 1);
  }

  private int uncountedBefore(int index) {
    int chunk = index / STRIDE;
    int count = uncounted[chunk];
    for (int i = chunk * STRIDE; i < index; i++) {
      if (isUncounted(i)) {
        count++;
      }
    }
    return count;
  }

  /** A character that ends no line and adds no column: the CR of CR LF, a pair's second half. */
  private boolean isUncounted(int i) {
    char c = text.charAt(i);
    if (c == '\r') {
      return !TextPositions.isLineEnd(text, i);
    }
    return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private void index() {
    if (lineStarts != null) {
      return;
    }
    int n = text.length();
    int[] starts = new int[16];
    int lines = 1;
    int[] counts = new int[n / STRIDE + 1];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (i % STRIDE == 0) {
        counts[i / STRIDE] = count;
      }
      if (TextPositions.isLineEnd(text, i)) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = i + 1;
      } else if (isUncounted(i)) {
        count++;
      }
    }
    if (n % STRIDE == 0) {
      counts[n / STRIDE] = count;
    }
    lineStarts = Arrays.copyOf(starts, lines);
    uncounted = counts;
  }
}
