// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import jakarta.json.stream.JsonParser;

/**
 * A problem found while mapping JSON to the model, before its line and column are known: where the
 * offending token ends in the input (as JSON-P reports it) and what kind of token it is, from which
 * {@link SourceText} finds where it starts.
 */
final class JsonProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The offset just after the offending token. */
  final long end;

  /** The kind of the offending token. */
  final JsonParser.Event token;

  JsonProblem(long end, JsonParser.Event token, String message, Throwable cause) {
    // No stack trace: this is an expected outcome, reported to the caller as a diagnostic.
    super(message, cause, false, false);
    this.end = end;
    this.token = token;
  }
}
