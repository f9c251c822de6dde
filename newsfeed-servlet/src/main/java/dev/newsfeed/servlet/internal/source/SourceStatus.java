// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The state of one source, as {@code /status} shows it.
 *
 * @param name the path, URL or label the operator configured
 * @param kind what sort of source it is
 * @param health how its last attempt went
 * @param served whether a version of it is part of the news served
 * @param items how many items the served version holds (0 if none is served)
 * @param lastAttempt when it was last checked or fetched
 * @param lastSuccess when it was last found readable and valid
 * @param lastChange when the version served from it was published
 * @param nextAttempt when it will be checked or fetched next, if that is scheduled
 * @param httpStatus the status code of the last HTTP response, for URL sources
 * @param failures how many attempts in a row have failed
 * @param diagnostics the errors of the last attempt when it failed, else the warnings of the
 *     served version
 */
public record SourceStatus(
    String name,
    Kind kind,
    Health health,
    boolean served,
    int items,
    Optional<Instant> lastAttempt,
    Optional<Instant> lastSuccess,
    Optional<Instant> lastChange,
    Optional<Instant> nextAttempt,
    OptionalInt httpStatus,
    int failures,
    List<Diagnostic> diagnostics) {

  /** What sort of source. */
  public enum Kind {
    /** A file. */
    FILE,
    /** A directory of files, each also a source of its own. */
    DIRECTORY,
    /** A class-path resource, read once. */
    RESOURCE,
    /** A document fetched over HTTP or HTTPS. */
    URL,
    /** A {@link dev.newsfeed.servlet.NewsProvider}. */
    PROVIDER;

    /**
     * The lower-case name {@code /status} shows.
     *
     * @return the name
     */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How the last attempt went. */
  public enum Health {
    /** Read; its served version is current. */
    OK,
    /** Seen changing: published once it stops, the previous version served meanwhile. */
    CHANGING,
    /** Not read yet (a first fetch under way). */
    PENDING,
    /** The last attempt failed; the last good version, if any, keeps serving. */
    FAILING;

    /**
     * The lower-case name {@code /status} shows.
     *
     * @return the name
     */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Checks every part is present and copies the diagnostics.
   *
   * @param name the path, URL or label
   * @param kind what sort of source it is
   * @param health how its last attempt went
   * @param served whether a version of it is served
   * @param items how many items the served version holds
   * @param lastAttempt when it was last checked
   * @param lastSuccess when it was last found valid
   * @param lastChange when its served version was published
   * @param nextAttempt when it will be checked next
   * @param httpStatus the last HTTP status code
   * @param failures how many attempts in a row have failed
   * @param diagnostics the errors or warnings
   */
  public SourceStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(lastAttempt, "lastAttempt");
    Objects.requireNonNull(lastSuccess, "lastSuccess");
    Objects.requireNonNull(lastChange, "lastChange");
    Objects.requireNonNull(nextAttempt, "nextAttempt");
    Objects.requireNonNull(httpStatus, "httpStatus");
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
  }

  /**
   * What changes when the outcome changes, leaving out the times: equal outcomes need no new
   * report.
   *
   * @return the name, health, whether served, and the diagnostics
   */
  Object outcome() {
    return List.of(name, health, served, diagnostics);
  }
}
