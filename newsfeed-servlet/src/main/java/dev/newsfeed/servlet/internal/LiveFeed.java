// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.LanguageNegotiator;
import dev.newsfeed.servlet.NewsProvider;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The news currently served, reloaded from a {@link NewsProvider} when it changes.
 *
 * <p>The current {@link Snapshot} and the report of the last load live together in one {@link
 * AtomicReference}: a reader takes one {@link State} and renders from it, a reload swaps in a new
 * state whole. A load that fails leaves the snapshot as it was and only replaces the report, so
 * the last good version keeps serving. Loads run one at a time.
 */
public final class LiveFeed implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(LiveFeed.class.getName());

  /**
   * The snapshot being served and the report of the last load.
   *
   * @param snapshot the current version
   * @param lastLoad what the last load found
   */
  public record State(Snapshot snapshot, ReloadReport lastLoad) {
    /**
     * Checks both parts are present.
     *
     * @param snapshot the current version
     * @param lastLoad what the last load found
     */
    public State {
      Objects.requireNonNull(snapshot, "snapshot");
      Objects.requireNonNull(lastLoad, "lastLoad");
    }
  }

  private final NewsProvider provider;
  private final Function<NewsFeed, LanguageNegotiator> negotiatorFor;
  private final Clock clock;
  private final String label;
  private final AtomicReference<State> state;
  private Object lastStamp;
  private ScheduledExecutorService poller;

  private LiveFeed(
      NewsProvider provider,
      Function<NewsFeed, LanguageNegotiator> negotiatorFor,
      Clock clock,
      String label,
      State initial,
      Object stamp) {
    this.provider = provider;
    this.negotiatorFor = negotiatorFor;
    this.clock = clock;
    this.label = label;
    this.state = new AtomicReference<>(initial);
    this.lastStamp = stamp;
  }

  /**
   * Loads the news for the first time.
   *
   * @param provider where the news comes from
   * @param negotiatorFor the language negotiator for a version of the news
   * @param clock the clock giving load times
   * @param label names the provider in diagnostics that have no source of their own
   * @return the live feed, not yet polling
   * @throws NewsParseException if the news is invalid
   * @throws IOException if it cannot be read
   */
  public static LiveFeed load(
      NewsProvider provider,
      Function<NewsFeed, LanguageNegotiator> negotiatorFor,
      Clock clock,
      String label)
      throws IOException {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(negotiatorFor, "negotiatorFor");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(label, "label");
    Object stamp = stampOrNull(provider);
    ParseResult result = Objects.requireNonNull(provider.load(), "loaded news");
    logDiagnostics(result.diagnostics());
    Snapshot first =
        new Snapshot(1, result.feed(), clock.instant(), negotiatorFor.apply(result.feed()));
    State initial = new State(first, new ReloadReport(clock.instant(), true, result.diagnostics()));
    return new LiveFeed(provider, negotiatorFor, clock, label, initial, stamp);
  }

  /**
   * The current state; take it once per response.
   *
   * @return the snapshot and the last load's report
   */
  public State state() {
    return state.get();
  }

  /**
   * The current snapshot.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return state.get().snapshot();
  }

  /**
   * Loads the news again if the provider's change stamp moved; swaps in a new snapshot if the news
   * changed, keeps the current one (and reports why) if the load failed.
   *
   * @return the state after the check
   */
  public synchronized State reloadIfChanged() {
    Object stamp;
    try {
      stamp = provider.changeStamp();
    } catch (IOException | RuntimeException e) {
      stamp = null; // cannot tell: load, and let the load report the problem
    }
    if (stamp != null && stamp.equals(lastStamp)) {
      return state.get();
    }
    lastStamp = stamp;
    return reload();
  }

  /**
   * Loads the news again, whatever the change stamp says.
   *
   * @return the state after the load
   */
  public synchronized State reload() {
    State before = state.get();
    ParseResult result;
    try {
      result = Objects.requireNonNull(provider.load(), "loaded news");
    } catch (NewsParseException e) {
      return failed(before, e.diagnostics());
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      return failed(before, List.of(Diagnostic.error(label, 0, 0, "cannot load the news: " + message)));
    }
    logDiagnostics(result.diagnostics());
    ReloadReport report = new ReloadReport(clock.instant(), true, result.diagnostics());
    Snapshot current = before.snapshot();
    Snapshot next;
    if (result.feed().equals(current.feed())) {
      next = current;
    } else {
      next = new Snapshot(
          current.generation() + 1, result.feed(), clock.instant(), negotiatorFor.apply(result.feed()));
      LOG.log(Level.INFO, "newsfeed: loaded version {0} ({1} items)", next.version(), next.feed().size());
    }
    State after = new State(next, report);
    state.set(after);
    return after;
  }

  /**
   * Checks for changes every {@code interval} on a daemon thread, until {@link #close()}.
   *
   * @param interval the interval, positive
   */
  public synchronized void startPolling(Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("interval must be positive, was " + interval);
    }
    if (poller != null) {
      throw new IllegalStateException("already polling");
    }
    poller = Executors.newSingleThreadScheduledExecutor(
        task -> {
          Thread thread = new Thread(task, "newsfeed-reload");
          thread.setDaemon(true);
          return thread;
        });
    long millis = Math.max(1, interval.toMillis());
    poller.scheduleWithFixedDelay(this::pollQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  private void pollQuietly() {
    try {
      reloadIfChanged();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again; log and keep polling.
      LOG.log(Level.ERROR, "newsfeed: reload failed", e);
    }
  }

  /** Stops polling; the current snapshot stays readable. */
  @Override
  public synchronized void close() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  private State failed(State before, List<Diagnostic> diagnostics) {
    List<Diagnostic> reported =
        diagnostics.isEmpty()
            ? List.of(Diagnostic.error(label, 0, 0, "the news could not be read"))
            : diagnostics;
    StringBuilder lines = new StringBuilder();
    reported.forEach(d -> lines.append(System.lineSeparator()).append(d));
    LOG.log(
        Level.WARNING,
        "newsfeed: reload failed, still serving version {0}:{1}",
        before.snapshot().version(),
        lines);
    State after = new State(before.snapshot(), new ReloadReport(clock.instant(), false, reported));
    state.set(after);
    return after;
  }

  private static void logDiagnostics(List<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      LOG.log(diagnostic.isError() ? Level.WARNING : Level.INFO, "newsfeed: {0}", diagnostic);
    }
  }

  private static Object stampOrNull(NewsProvider provider) {
    try {
      return provider.changeStamp();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
