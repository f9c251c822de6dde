// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The changing side of a {@link SourceStatus} and the version a source serves; not thread-safe,
 * guarded by its source's lock.
 */
final class Track {
  private final String name;
  private final SourceStatus.Kind kind;
  private SourceStatus.Health health = SourceStatus.Health.PENDING;
  private Version current;
  private Instant lastAttempt;
  private Instant lastSuccess;
  private Instant lastChange;
  private Instant nextAttempt;
  private Integer httpStatus;
  private int failures;
  private List<Diagnostic> diagnostics = List.of();

  Track(String name, SourceStatus.Kind kind) {
    this.name = name;
    this.kind = kind;
  }

  String name() {
    return name;
  }

  Version current() {
    return current;
  }

  SourceStatus.Health health() {
    return health;
  }

  void attempted(Instant at) {
    lastAttempt = at;
  }

  void nextAttempt(Instant at) {
    nextAttempt = at;
  }

  void httpStatus(int status) {
    httpStatus = status;
  }

  /** The served version is current (read again, or unchanged). */
  void succeeded(Instant at) {
    health = SourceStatus.Health.OK;
    lastSuccess = at;
    failures = 0;
    diagnostics = current == null ? List.of() : current.result().diagnostics();
  }

  /** A new version is served. */
  void published(Version version, Instant at) {
    current = version;
    lastChange = at;
    succeeded(at);
  }

  /** A change was seen; it is published once it stops. */
  void changing() {
    if (health != SourceStatus.Health.FAILING) {
      health = SourceStatus.Health.CHANGING;
    }
  }

  /** The served version, if any, stays; the errors say why the attempt failed. */
  void failed(List<Diagnostic> errors) {
    health = SourceStatus.Health.FAILING;
    failures++;
    diagnostics = List.copyOf(errors);
  }

  /** The served version is withdrawn (a file that left its directory). */
  void withdrawn() {
    current = null;
  }

  SourceStatus status() {
    return new SourceStatus(
        name,
        kind,
        health,
        current != null,
        current == null ? 0 : current.result().feed().size(),
        Optional.ofNullable(lastAttempt),
        Optional.ofNullable(lastSuccess),
        Optional.ofNullable(lastChange),
        Optional.ofNullable(nextAttempt),
        httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus),
        failures,
        diagnostics);
  }
}
