// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.internal.ItemIds;
import dev.newsfeed.internal.Texts;
import dev.newsfeed.listing.internal.Paragraph.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A title paragraph split into the title and the id an editor pins at the end of its line with
 * {@code {#id}}, the Pandoc and Markdown Extra heading-attribute convention:
 * {@code L’OIM devient une organisation affiliée {#oim-onu-2016}}.
 *
 * <p>The id is {@code {#}, one or more of {@code A-Z a-z 0-9 . _ ~ -} and {@code }}, at the end of
 * the title's last line, after a space. Any other {@code {#} in a title is an error at its column,
 * so that a mistyped id is never read as part of the title.
 *
 * @param title the title without the id, trimmed, as the model holds it
 * @param id the pinned id, if the title has a valid one
 * @param error what is wrong with something that looks like an id, if anything
 */
record TitleLine(Paragraph title, Optional<String> id, Optional<Located> error) {

  private static final String EXAMPLE = "{#oim-onu-2016}";

  /**
   * Reads the id at the end of {@code paragraph}, a title.
   *
   * @param paragraph the title paragraph as written
   * @return the title without its id, and the id or the error
   */
  static TitleLine read(Paragraph paragraph) {
    List<String> lines = paragraph.lines();
    int last = lines.size() - 1;
    for (int i = 0; i < last; i++) {
      int open = lines.get(i).indexOf("{#");
      if (open >= 0) {
        return failed(paragraph, paragraph.line() + i, lines.get(i), open,
            "expected an id such as " + EXAMPLE + " only at the end of the title's last line, found "
                + Texts.quote(attempt(lines.get(i), open)) + " on an earlier line");
      }
    }
    String line = lines.get(last);
    int lineNumber = paragraph.line() + last;
    int open = line.indexOf("{#");
    if (open < 0) {
      return new TitleLine(paragraph, Optional.empty(), Optional.empty());
    }
    int close = line.indexOf('}', open + 2);
    if (close < 0) {
      return failed(paragraph, lineNumber, line, open,
          "expected } at the end of the id, found " + Texts.quote(Texts.trim(line.substring(open))));
    }
    String id = line.substring(open + 2, close);
    String attempt = line.substring(open, close + 1);
    if (!ItemIds.isValidExplicitId(id)) {
      return failed(paragraph, lineNumber, line, open,
          "expected an id of letters A-Z and a-z, digits and . _ ~ - such as " + EXAMPLE + ", found "
              + Texts.quote(attempt));
    }
    String after = line.substring(close + 1);
    if (!Texts.isBlank(after)) {
      return failed(paragraph, lineNumber, line, open,
          "expected the id " + attempt + " at the end of the title line, found "
              + Texts.quote(Texts.trim(after)) + " after it");
    }
    String before = line.substring(0, open);
    if (!before.isEmpty() && !Texts.isSpace(before.charAt(before.length() - 1))) {
      return failed(paragraph, lineNumber, line, open,
          "expected a space before the id " + attempt + ", found " + Texts.quote(lastWord(before) + attempt));
    }
    List<String> withoutId = new ArrayList<>(lines);
    withoutId.set(last, before);
    if (withoutId.stream().allMatch(Texts::isBlank)) {
      return failed(paragraph, lineNumber, line, open,
          "expected a title before the id " + attempt + ", found only the id");
    }
    Paragraph title = new Paragraph(paragraph.line(), paragraph.column(), List.copyOf(withoutId),
        paragraph.problems());
    return new TitleLine(title, Optional.of(id), Optional.empty());
  }

  private static TitleLine failed(Paragraph paragraph, int line, String text, int index, String message) {
    Located error = new Located(line, text.codePointCount(0, index) + 1, message);
    return new TitleLine(paragraph, Optional.empty(), Optional.of(error));
  }

  /** {@code {#…} as written, up to its } or the end of the line. */
  private static String attempt(String line, int open) {
    int close = line.indexOf('}', open + 2);
    return close < 0 ? Texts.trim(line.substring(open)) : line.substring(open, close + 1);
  }

  private static String lastWord(String before) {
    int start = before.length();
    while (start > 0 && !Texts.isSpace(before.charAt(start - 1))) {
      start--;
    }
    return before.substring(start);
  }
}
