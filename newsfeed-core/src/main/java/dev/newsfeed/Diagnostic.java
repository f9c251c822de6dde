// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import java.util.Locale;
import java.util.Objects;

/**
 * A problem found in a source: where it is and what was expected.
 *
 * <p>{@link #toString()} gives the conventional compiler form,
 * {@code news.fr.txt:12:1: error: expected a date such as 07/30/2016 after the title, found [Rabat]}.
 *
 * @param severity whether the input was rejected or only suspicious
 * @param source the file name or other label of the input
 * @param line the 1-based line, or 0 where the problem is not tied to a line
 * @param column the 1-based column in code points, or 0 where not tied to a position
 * @param message what was expected and what was found
 */
public record Diagnostic(Severity severity, String source, int line, int column, String message) {

  /** How serious a diagnostic is. */
  public enum Severity {
    /** The input is wrong; in strict mode reading stops, in lenient mode the item is skipped. */
    ERROR,
    /** The input was read, but a guess was made or something looks wrong. */
    WARNING;

    /** {@return the lower-case name used in messages} */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the parts.
   *
   * @param severity whether the input was rejected or only suspicious
   * @param source the file name or other label of the input
   * @param line the 1-based line, or 0 where the problem is not tied to a line
   * @param column the 1-based column in code points, or 0 where not tied to a position
   * @param message what was expected and what was found
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be 0 or more");
    }
  }

  /**
   * An error at a position.
   *
   * @param source the input's label
   * @param line the line
   * @param column the column
   * @param message what was expected and found
   * @return the diagnostic
   */
  public static Diagnostic error(String source, int line, int column, String message) {
    return new Diagnostic(Severity.ERROR, source, line, column, message);
  }

  /**
   * A warning at a position.
   *
   * @param source the input's label
   * @param line the line
   * @param column the column
   * @param message what was guessed or looks wrong
   * @return the diagnostic
   */
  public static Diagnostic warning(String source, int line, int column, String message) {
    return new Diagnostic(Severity.WARNING, source, line, column, message);
  }

  /**
   * Whether this is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * A copy attributed to another source label, for readers of unnamed streams.
   *
   * @param newSource the label
   * @return the copy
   */
  public Diagnostic withSource(String newSource) {
    return new Diagnostic(severity, newSource, line, column, message);
  }

  /** {@return {@code SOURCE:LINE:COL: error|warning: MESSAGE}, the position left out where unknown} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    return out.append(": ").append(severity.label()).append(": ").append(message).toString();
  }
}
