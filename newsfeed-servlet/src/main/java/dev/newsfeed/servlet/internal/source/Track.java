// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The changing side of a {@link SourceStatus} and the version a source serves. Changed under its
 * source's lock; every change publishes an immutable snapshot that requests read without locking,
 * so that {@code /status} never waits for a slow file system or database.
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
  private volatile SourceStatus snapshot;
  private volatile List<Version> versions = List.of();

  Track(String name, SourceStatus.Kind kind) {
    this.name = name;
    this.kind = kind;
    publish();
  }

  /** The last published status, read without a lock. */
  SourceStatus snapshot() {
    return snapshot;
  }

  /** The served version as a list of at most one, read without a lock. */
  List<Version> versions() {
    return versions;
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
    publish();
  }

  void nextAttempt(Instant at) {
    nextAttempt = at;
    publish();
  }

  void httpStatus(int status) {
    httpStatus = status;
    publish();
  }

  /** The served version is current (read again, or unchanged). */
  void succeeded(Instant at) {
    health = SourceStatus.Health.OK;
    lastSuccess = at;
    failures = 0;
    diagnostics = current == null ? List.of() : current.result().diagnostics();
    publish();
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
    publish();
  }

  /** The served version, if any, stays; the errors say why the attempt failed. */
  void failed(List<Diagnostic> errors) {
    health = SourceStatus.Health.FAILING;
    failures++;
    diagnostics = List.copyOf(errors);
    publish();
  }

  /** The served version is withdrawn (a file that left its directory). */
  void withdrawn() {
    current = null;
    publish();
  }

  SourceStatus status() {
    return snapshot;
  }

  private void publish() {
    versions = current == null ? List.of() : List.of(current);
    snapshot = new SourceStatus(
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
