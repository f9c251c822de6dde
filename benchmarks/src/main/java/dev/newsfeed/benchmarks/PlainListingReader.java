// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The listing peer: the reader anyone would write for the format in an afternoon. It decodes with
 * the JDK's UTF-8 decoder, splits the text into paragraphs at blank lines, takes a paragraph
 * followed by a {@code MM/dd/yyyy} date as a title and the paragraphs after the date as the
 * summary. No diagnostics, no other date forms, no datelines, no ids, no normalisation.
 */
final class PlainListingReader {
  private PlainListingReader() {}

  /**
   * One item.
   *
   * @param title the title line
   * @param date the date
   * @param summary the summary paragraphs
   */
  record Item(String title, LocalDate date, List<String> summary) {}

  static List<Item> read(byte[] utf8) {
    String text = new String(utf8, StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>();
    int start = 0;
    for (int blank; (blank = text.indexOf("\n\n", start)) >= 0; start = blank + 2) {
      if (blank > start) {
        paragraphs.add(text.substring(start, blank).strip());
      }
    }
    if (start < text.length() && !text.substring(start).isBlank()) {
      paragraphs.add(text.substring(start).strip());
    }
    List<Item> items = new ArrayList<>();
    String title = null;
    LocalDate date = null;
    List<String> summary = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      LocalDate next = i + 1 < paragraphs.size() ? numericDate(paragraphs.get(i + 1)) : null;
      if (next != null) {
        if (title != null) {
          items.add(new Item(title, date, List.copyOf(summary)));
        }
        title = paragraph;
        date = next;
        summary.clear();
        i++;
      } else if (title != null) {
        summary.add(paragraph);
      }
    }
    if (title != null) {
      items.add(new Item(title, date, List.copyOf(summary)));
    }
    return items;
  }

  private static LocalDate numericDate(String line) {
    if (line.length() != 10 || line.charAt(2) != '/' || line.charAt(5) != '/') {
      return null;
    }
    for (int i : new int[] {0, 1, 3, 4, 6, 7, 8, 9}) {
      if (line.charAt(i) < '0' || line.charAt(i) > '9') {
        return null;
      }
    }
    return LocalDate.of(
        Integer.parseInt(line, 6, 10, 10), Integer.parseInt(line, 0, 2, 10), Integer.parseInt(line, 3, 5, 10));
  }
}
