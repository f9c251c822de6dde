// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader produced: the feed, and every diagnostic (warnings, and in lenient mode the errors
 * of the items it skipped).
 *
 * @param feed the items that were read
 * @param diagnostics the problems found, in input order
 * @param itemLines the 1-based line where each item of the feed starts in its source, by item id,
 *     for sources that have lines (listings); empty where the reader does not say, so that merging
 *     can name the line of an item it cannot pair
 */
public record ParseResult(NewsFeed feed, List<Diagnostic> diagnostics, Map<String, Integer> itemLines) {

  /**
   * Copies the diagnostics and lines.
   *
   * @param feed the items that were read
   * @param diagnostics the problems found, in input order
   * @param itemLines the line where each item starts, by id; may name only some items
   */
  public ParseResult {
    Objects.requireNonNull(feed, "feed");
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    itemLines = Map.copyOf(Objects.requireNonNull(itemLines, "itemLines"));
  }

  /**
   * A result that names no item lines.
   *
   * @param feed the items that were read
   * @param diagnostics the problems found, in input order
   */
  public ParseResult(NewsFeed feed, List<Diagnostic> diagnostics) {
    this(feed, diagnostics, Map.of());
  }

  /**
   * The line where an item starts in its source.
   *
   * @param id the item's id
   * @return the 1-based line, or 0 if unknown
   */
  public int lineOf(String id) {
    return itemLines.getOrDefault(Objects.requireNonNull(id, "id"), 0);
  }

  /**
   * Whether any diagnostic is an error (only possible in lenient mode).
   *
   * @return true if some item was skipped
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * The errors.
   *
   * @return the error diagnostics
   */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /**
   * The warnings.
   *
   * @return the warning diagnostics
   */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }
}
