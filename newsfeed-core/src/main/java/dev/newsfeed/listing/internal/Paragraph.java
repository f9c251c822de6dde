// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.internal.NormalForms;
import dev.newsfeed.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * A run of non-blank lines of a listing, as it was written.
 *
 * @param line the 1-based number of its first line
 * @param column the 1-based column, in code points, of its first non-space character
 * @param lines its lines, untrimmed, without line ends
 * @param problems the first place on each of its lines where the bytes were not well-formed,
 *     in line order
 */
public record Paragraph(int line, int column, List<String> lines, List<Located> problems) {

  /**
   * Copies the lists.
   *
   * @param line the 1-based number of its first line
   * @param column the 1-based column of its first non-space character
   * @param lines its lines, untrimmed
   * @param problems where its bytes were not well-formed
   */
  public Paragraph {
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }

  /**
   * The first place where its bytes were not well-formed, if any.
   *
   * @return the problem, or empty
   */
  public Optional<Located> encodingProblem() {
    return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
  }

  /**
   * Some of its lines as a paragraph of their own, for a paragraph that holds the parts of
   * several items because blank lines were left out.
   *
   * @param from the index of the first line, from 0
   * @param to the index after the last line
   * @return the paragraph of those lines
   */
  public Paragraph slice(int from, int to) {
    int first = line + from;
    int last = line + to - 1;
    String start = lines.get(from);
    int indent = 0;
    while (indent < start.length() && Texts.isSpace(start.charAt(indent))) {
      indent++;
    }
    List<Located> inside = problems.stream().filter(p -> p.line() >= first && p.line() <= last).toList();
    return new Paragraph(first, start.codePointCount(0, indent) + 1, lines.subList(from, to), inside);
  }

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
      return nfc(Texts.trim(lines.get(0)));
    }
    StringBuilder joined = new StringBuilder();
    for (String each : lines) {
      if (joined.length() > 0) {
        joined.append(' ');
      }
      joined.append(Texts.trim(each));
    }
    return nfc(joined.toString());
  }

  /** {@code text} in NFC (nearly always itself: see {@link NormalForms}). */
  static String nfc(String text) {
    return NormalForms.nfc(text);
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
