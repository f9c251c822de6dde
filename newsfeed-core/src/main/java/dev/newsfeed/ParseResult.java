// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import java.util.List;
import java.util.Objects;

/**
 * What a reader produced: the feed, and every diagnostic (warnings, and in lenient mode the errors
 * of the items it skipped).
 *
 * @param feed the items that were read
 * @param diagnostics the problems found, in input order
 */
public record ParseResult(NewsFeed feed, List<Diagnostic> diagnostics) {

  /**
   * Copies the diagnostics.
   *
   * @param feed the items that were read
   * @param diagnostics the problems found, in input order
   */
  public ParseResult {
    Objects.requireNonNull(feed, "feed");
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
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
