// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.internal.Texts;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * A run of non-blank lines of a listing, as it was written.
 *
 * @param line the 1-based number of its first line
 * @param column the 1-based column, in code points, of its first non-space character
 * @param lines its lines, untrimmed, without line ends
 * @param encodingProblem the first place where its bytes were not well-formed, if any
 */
public record Paragraph(
    int line, int column, List<String> lines, Optional<Located> encodingProblem) {

  /**
   * A message at a position of a listing.
   *
   * @param line the 1-based line
   * @param column the 1-based column in code points
   * @param message what was expected and found
   */
  public record Located(int line, int column, String message) {}

  /**
   * Whether the paragraph is one line.
   *
   * @return true for a one-line paragraph
   */
  public boolean isSingleLine() {
    return lines.size() == 1;
  }

  /**
   * The number of its last line.
   *
   * @return the line number
   */
  public int lastLine() {
    return line + lines.size() - 1;
  }

  /**
   * The text as a field of the model: every line trimmed of spaces (no-break ones included), lines
   * joined by one space, in Unicode Normalization Form C.
   *
   * @return the text
   */
  public String text() {
    if (lines.size() == 1) {
      return Normalizer.normalize(Texts.trim(lines.get(0)), Normalizer.Form.NFC);
    }
    StringBuilder joined = new StringBuilder();
    for (String each : lines) {
      if (joined.length() > 0) {
        joined.append(' ');
      }
      joined.append(Texts.trim(each));
    }
    return Normalizer.normalize(joined, Normalizer.Form.NFC);
  }

  /**
   * The first word of the paragraph as it is written, for "found [...]" in messages: its first
   * run of characters up to a space or punctuation, at most 40 code points.
   *
   * @return the word in brackets, such as {@code [Rabat]}
   */
  public String firstWord() {
    String first = Texts.trim(lines.get(0));
    int end = 0;
    int count = 0;
    while (end < first.length() && count < 40) {
      int c = first.codePointAt(end);
      if (Texts.isSpace(c) || c == ',' || c == '\u060C' || c == ';' || c == ':') {
        break;
      }
      end += Character.charCount(c);
      count++;
    }
    String word = end == 0 ? first : first.substring(0, end);
    return Texts.quote(word.isEmpty() ? first : word);
  }
}
