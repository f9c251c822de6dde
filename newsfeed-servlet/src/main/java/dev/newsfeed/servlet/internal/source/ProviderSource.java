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
  public synchronized List<Version> versions() {
    Version current = track.current();
    return current == null ? List.of() : List.of(current);
  }

  @Override
  public synchronized List<SourceStatus> statuses() {
    return List.of(track.status());
  }

  @Override
  public synchronized void poll() {
    Instant now = clock.instant();
    track.attempted(now);
    if (!interval.isZero()) {
      track.nextAttempt(now.plus(interval));
    }
    Object stamp;
    try {
      stamp = provider.changeStamp();
    } catch (IOException | RuntimeException e) {
      stamp = null; // cannot tell: load, and let the load report the problem
    }
    if (loaded && stamp != null && stamp.equals(lastStamp)) {
      if (track.health() != SourceStatus.Health.FAILING) {
        track.succeeded(now);
      }
      return;
    }
    lastStamp = stamp;
    load(now);
  }

  @Override
  public synchronized void reload() {
    Instant now = clock.instant();
    track.attempted(now);
    load(now);
  }

  private void load(Instant now) {
    loaded = true;
    ParseResult result;
    try {
      result = Objects.requireNonNull(provider.load(), "loaded news");
    } catch (NewsParseException e) {
      track.failed(e.diagnostics().isEmpty()
          ? List.of(Diagnostic.error(track.name(), 0, 0, "the news could not be read"))
          : e.diagnostics());
      return;
    } catch (IOException | RuntimeException e) {
      // Unlike invalid news, which stays invalid until the stamp moves, this may pass: try again.
      lastStamp = null;
      String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      track.failed(List.of(Diagnostic.error(track.name(), 0, 0, "cannot load the news: " + message)));
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
