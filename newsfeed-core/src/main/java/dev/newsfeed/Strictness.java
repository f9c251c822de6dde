// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

/** How a reader reacts to bad input. */
public enum Strictness {
  /** The first error stops reading with a {@link NewsParseException}. The default. */
  STRICT,
  /**
   * Each bad item is skipped with an error diagnostic and reading goes on; every good item is
   * kept. The number of diagnostics kept is capped so that any input uses bounded memory.
   */
  LENIENT
}
