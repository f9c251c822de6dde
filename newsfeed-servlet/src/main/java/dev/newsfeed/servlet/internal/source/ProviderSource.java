// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.NewsProvider;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A {@link NewsProvider}: every poll asks for its change stamp, and loads when the stamp differs
 * from the one taken before the previous load (or cannot be taken).
 */
final class ProviderSource implements Source {

  private final NewsProvider provider;
  private final Clock clock;
  private final Duration interval;
  private final Track track;

  // Guarded by this.
  private boolean loaded;
  private Object lastStamp;

  ProviderSource(NewsProvider provider, String label, Clock clock, Duration interval) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.track = new Track(Objects.requireNonNull(label, "label"), SourceStatus.Kind.PROVIDER);
  }

  @Override
  public List<Version> versions() {
    return track.versions();
  }

  @Override
  public List<SourceStatus> statuses() {
    return List.of(track.status());
  }

  /**
   * Checks the stamp and loads if it moved. The provider is called without this source's lock
   * (a query may take seconds, and requests read the status meanwhile); polls come from one
   * thread at a time.
   */
  @Override
  public void poll() {
    Instant now = clock.instant();
    synchronized (this) {
      track.attempted(now);
      if (!interval.isZero()) {
        track.nextAttempt(now.plus(interval));
      }
    }
    Object stamp;
    try {
      stamp = provider.changeStamp();
    } catch (IOException | RuntimeException e) {
      stamp = null; // cannot tell: load, and let the load report the problem
    }
    synchronized (this) {
      if (loaded && stamp != null && stamp.equals(lastStamp)) {
        if (track.health() != SourceStatus.Health.FAILING) {
          track.succeeded(now);
        }
        return;
      }
      lastStamp = stamp;
    }
    load(now);
  }

  @Override
  public void reload() {
    Instant now = clock.instant();
    synchronized (this) {
      track.attempted(now);
    }
    load(now);
  }

  private void load(Instant now) {
    ParseResult result = null;
    List<Diagnostic> errors = null;
    boolean retry = false;
    try {
      result = Objects.requireNonNull(provider.load(), "loaded news");
    } catch (NewsParseException e) {
      errors = e.diagnostics().isEmpty()
          ? List.of(Diagnostic.error(track.name(), 0, 0, "the news could not be read"))
          : e.diagnostics();
    } catch (IOException | RuntimeException e) {
      // Unlike invalid news, which stays invalid until the stamp moves, this may pass: try again.
      retry = true;
      String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      errors = List.of(Diagnostic.error(track.name(), 0, 0, "cannot load the news: " + message));
    }
    synchronized (this) {
      loaded = true;
      if (errors != null) {
        if (retry) {
          lastStamp = null;
        }
        track.failed(errors);
        return;
      }
      Version current = track.current();
      if (current != null && current.result().equals(result)) {
        track.succeeded(now);
      } else {
        track.published(Version.of(track.name(), result), now);
      }
    }
  }
}
