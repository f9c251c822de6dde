// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.LanguageNegotiator;
import dev.newsfeed.servlet.NewsProvider;
import dev.newsfeed.servlet.internal.source.SourceSet;
import dev.newsfeed.servlet.internal.source.SourceStatus;
import dev.newsfeed.text.Escape;
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
 * The news currently served: the merge of what its {@link SourceSet} holds, made again when a
 * source's version or outcome changes.
 *
 * <p>The current {@link Snapshot} and the report of the last change live together in one {@link
 * AtomicReference}: a reader takes one {@link State} and renders from it, a reload swaps in a new
 * state whole. Each source keeps its own last good version, so a source that fails leaves its
 * news in the merge and only the report changes. Merges run one at a time.
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

  private final SourceSet sources;
  private final Function<NewsFeed, LanguageNegotiator> negotiatorFor;
  private final Clock clock;
  private final AtomicReference<State> state;
  private Object lastStamp;
  private ScheduledExecutorService poller;

  private LiveFeed(
      SourceSet sources, Function<NewsFeed, LanguageNegotiator> negotiatorFor, Clock clock) {
    this.sources = sources;
    this.negotiatorFor = negotiatorFor;
    this.clock = clock;
    NewsFeed none = NewsFeed.empty();
    this.state = new AtomicReference<>(new State(
        new Snapshot(0, none, clock.instant(), negotiatorFor.apply(none)),
        new ReloadReport(clock.instant(), false, List.of())));
  }

  /**
   * Reads every source a first time ({@link SourceSet#start}) and serves what they hold. Sources
   * that cannot be read are reported in the state; with none read, the news is empty
   * (generation 0) until one is.
   *
   * @param sources where the news comes from; closed with this
   * @param negotiatorFor the language negotiator for a version of the news
   * @param clock the clock giving load times
   * @return the live feed, not yet polling
   * @throws InterruptedException if interrupted while waiting for a file to settle
   */
  public static LiveFeed start(
      SourceSet sources, Function<NewsFeed, LanguageNegotiator> negotiatorFor, Clock clock)
      throws InterruptedException {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(negotiatorFor, "negotiatorFor");
    Objects.requireNonNull(clock, "clock");
    LiveFeed live = new LiveFeed(sources, negotiatorFor, clock);
    sources.start(live::refreshQuietly);
    live.refresh();
    return live;
  }

  /**
   * Loads the news of one provider for the first time, as {@link #start} does.
   *
   * @param provider where the news comes from
   * @param negotiatorFor the language negotiator for a version of the news
   * @param clock the clock giving load times
   * @param label names the provider in diagnostics that have no source of their own
   * @return the live feed, not yet polling
   */
  public static LiveFeed load(
      NewsProvider provider,
      Function<NewsFeed, LanguageNegotiator> negotiatorFor,
      Clock clock,
      String label) {
    try {
      return start(SourceSet.of(provider, label, clock, Duration.ZERO), negotiatorFor, clock);
    } catch (InterruptedException e) {
      // A provider source never waits.
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
   * The status of each source.
   *
   * @return the statuses, in configured order
   */
  public List<SourceStatus> sources() {
    return sources.statuses();
  }

  /**
   * Checks the polled sources for changes, then serves what changed: a new snapshot if the news
   * changed, a new report if a source's outcome did.
   *
   * @return the state after the check
   */
  public synchronized State reloadIfChanged() {
    sources.poll();
    return refresh();
  }

  /**
   * Reads the polled sources again, whatever their change checks say.
   *
   * @return the state after the load
   */
  public synchronized State reload() {
    sources.reload();
    lastStamp = null;
    return refresh();
  }

  /**
   * Merges the sources' versions again if any version or outcome changed since the last time.
   *
   * @return the state after the merge
   */
  public synchronized State refresh() {
    Object stamp = sources.stamp();
    State before = state.get();
    if (stamp.equals(lastStamp)) {
      return before;
    }
    lastStamp = stamp;
    ParseResult merged;
    try {
      merged = sources.merged();
    } catch (RuntimeException e) {
      // Sources that cannot be merged (a model rule the merge breaks): keep serving.
      merged = new ParseResult(before.snapshot().feed(),
          List.of(Diagnostic.error("newsfeed", 0, 0, "the sources could not be merged: " + e)));
      LOG.log(Level.ERROR, "newsfeed: the sources could not be merged", e);
    }
    ReloadReport report = new ReloadReport(
        clock.instant(), sources.healthy() && sources.anyRead(), merged.diagnostics());
    logReport(before.lastLoad(), report);
    Snapshot current = before.snapshot();
    Snapshot next = current;
    if (!merged.feed().equals(current.feed())) {
      next = new Snapshot(current.generation() + 1, merged.feed(), clock.instant(),
          negotiatorFor.apply(merged.feed()));
      if (current.generation() > 0) { // the first version is announced by whoever started this
        LOG.log(Level.INFO, "newsfeed: loaded version {0} ({1} items)", next.version(), next.feed().size());
      }
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

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "newsfeed: reload failed", e);
    }
  }

  /** Stops polling and the sources' own schedules; the current snapshot stays readable. */
  @Override
  public synchronized void close() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
    sources.close();
  }

  /** Logs what is new: each diagnostic once, not at every poll that finds it again. */
  private static void logReport(ReloadReport before, ReloadReport after) {
    for (Diagnostic diagnostic : after.diagnostics()) {
      if (!before.diagnostics().contains(diagnostic)) {
        // Escaped: a diagnostic quotes the source, whose text must not make a log line of its own.
        LOG.log(diagnostic.isError() ? Level.WARNING : Level.INFO, "newsfeed: {0}",
            Escape.forLog(diagnostic.toString()));
      }
    }
  }
}
