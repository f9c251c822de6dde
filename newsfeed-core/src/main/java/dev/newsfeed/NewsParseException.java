// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by every reader when the input is not valid in {@link Strictness#STRICT} mode (or cannot
 * be read at all). The message is the first error in {@code FILE:LINE:COL: error: MESSAGE} form.
 */
public final class NewsParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Kept as an unmodifiable list; records are serializable only when their parts are. */
  private final transient List<Diagnostic> diagnostics;

  /**
   * An exception reporting {@code diagnostics}, the first of which is an error.
   *
   * @param diagnostics what was found, at least one
   */
  public NewsParseException(List<Diagnostic> diagnostics) {
    this(diagnostics, null);
  }

  /**
   * An exception reporting {@code diagnostics}, caused by {@code cause}.
   *
   * @param diagnostics what was found, at least one
   * @param cause the underlying failure, or null
   */
  public NewsParseException(List<Diagnostic> diagnostics, Throwable cause) {
    super(firstError(diagnostics).toString(), cause);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * An exception reporting one error.
   *
   * @param error the error
   */
  public NewsParseException(Diagnostic error) {
    this(List.of(error));
  }

  /**
   * Every diagnostic found before reading stopped, in input order.
   *
   * @return the diagnostics
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics == null ? List.of() : diagnostics;
  }

  /**
   * The error that stopped reading.
   *
   * @return the first error
   */
  public Diagnostic error() {
    return firstError(diagnostics());
  }

  private static Diagnostic firstError(List<Diagnostic> diagnostics) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    return diagnostics.stream()
        .filter(Diagnostic::isError)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("diagnostics must hold an error"));
  }
}
