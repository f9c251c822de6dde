// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.Diagnostic;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the last load of the news found.
 *
 * @param at when it happened
 * @param succeeded whether a version was loaded (possibly equal to the previous one)
 * @param diagnostics the warnings of a successful load, or the errors of a failed one
 */
public record ReloadReport(Instant at, boolean succeeded, List<Diagnostic> diagnostics) {

  /**
   * Copies the diagnostics.
   *
   * @param at when it happened
   * @param succeeded whether a version was loaded
   * @param diagnostics the warnings of a successful load, or the errors of a failed one
   */
  public ReloadReport {
    Objects.requireNonNull(at, "at");
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
  }
}
