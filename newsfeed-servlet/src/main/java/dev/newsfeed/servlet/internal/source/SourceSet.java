// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.NewsProvider;
import dev.newsfeed.source.NewsSources;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The configured sources, each with its last good version, and the news they make together.
 *
 * <p>{@link #start} reads every source once: polled sources (files, directories, resources,
 * providers) in this thread, waiting one settle period (at most three times) for files seen
 * changing; URL sources all at once, waiting for them at most {@link #STARTUP_WAIT}, after which
 * each keeps fetching on its own schedule. A source that cannot be read at start-up is reported
 * and tried again later; it never stops the others. {@link #merged()} merges the versions that
 * are there, in configured order, through core's {@link NewsSources#merge}; with none yet, it is
 * the empty feed and a diagnostic that says so.
 */
public final class SourceSet implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(SourceSet.class.getName());

  /** The longest start-up waits for URL sources; one slower is served once it answers. */
  public static final Duration STARTUP_WAIT = Duration.ofSeconds(5);

  /** How many times start-up waits for files seen changing. */
  private static final int STARTUP_SETTLES = 3;

  private final List<Source> sources;
  private final Duration settle;
  private final ExecutorService clientExecutor;
  private ScheduledExecutorService scheduler;

  SourceSet(List<Source> sources, Duration settle, ExecutorService clientExecutor) {
    this.sources = List.copyOf(sources);
    this.settle = Objects.requireNonNull(settle, "settle");
    this.clientExecutor = clientExecutor;
  }

  /**
   * The news of one provider, polled every reload interval.
   *
   * @param provider the provider
   * @param label what diagnostics and {@code /status} call it
   * @param clock the clock
   * @param interval the reload interval, zero for never
   * @return the set
   */
  public static SourceSet of(NewsProvider provider, String label, Clock clock, Duration interval) {
    return new SourceSet(
        List.of(new ProviderSource(provider, label, clock, interval)), Duration.ZERO, null);
  }

  /**
   * Reads every source a first time, then starts the URL sources' schedules.
   *
   * @param onChange runs after each fetch of a URL source, on the HTTP client's threads
   * @throws InterruptedException if interrupted while waiting for a file to settle
   */
  public void start(Runnable onChange) throws InterruptedException {
    Objects.requireNonNull(onChange, "onChange");
    List<CompletableFuture<Void>> fetches = new ArrayList<>();
    for (Source source : sources) {
      if (source instanceof HttpSource http) {
        fetches.add(http.start(scheduler(), onChange));
      }
    }
    long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
    poll();
    for (int i = 0; i < STARTUP_SETTLES && !settle.isZero() && settling(); i++) {
      Thread.sleep(Math.max(1, settle.toMillis()));
      poll();
    }
    try {
      CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new))
          .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      LOG.log(Level.INFO, "newsfeed: starting before every URL source answered");
    } catch (ExecutionException e) {
      LOG.log(Level.ERROR, "newsfeed: a first fetch failed unexpectedly", e.getCause());
    }
  }

  /** Checks the polled sources for changes (URL sources keep their own schedules). */
  public void poll() {
    for (Source source : sources) {
      try {
        source.poll();
      } catch (RuntimeException e) {
        // A bug in one source must not stop the others being polled.
        LOG.log(Level.ERROR, "newsfeed: cannot poll a source", e);
      }
    }
  }

  /** Fetches every URL source now, off its schedule; done once every outcome is recorded. */
  CompletableFuture<Void> fetchNow() {
    List<CompletableFuture<Void>> fetches = new ArrayList<>();
    for (Source source : sources) {
      if (source instanceof HttpSource http) {
        fetches.add(http.fetch());
      }
    }
    return CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new));
  }

  /** Reads the polled sources again, whatever their change checks say. */
  public void reload() {
    sources.forEach(Source::reload);
  }

  /**
   * What identifies the current versions and outcomes: when it is equal, so are {@link
   * #merged()} and the statuses but for their times.
   *
   * @return the stamp
   */
  public Object stamp() {
    List<Object> stamp = new ArrayList<>();
    for (Source source : sources) {
      source.versions().forEach(version -> stamp.add(version.serial()));
      source.statuses().forEach(status -> stamp.add(status.outcome()));
    }
    return stamp;
  }

  /**
   * The news of every source that has a version, merged, with the diagnostics of each source
   * (its warnings, or the errors that keep its new version out) and of the merge.
   *
   * @return the news
   */
  public ParseResult merged() {
    List<String> names = new ArrayList<>();
    List<ParseResult> parts = new ArrayList<>();
    List<Diagnostic> failures = new ArrayList<>();
    for (Source source : sources) {
      for (Version version : source.versions()) {
        names.add(version.name());
        parts.add(version.result());
      }
      for (SourceStatus status : source.statuses()) {
        if (status.health() == SourceStatus.Health.FAILING) {
          failures.addAll(status.diagnostics());
        }
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    NewsFeed feed;
    if (parts.isEmpty()) {
      diagnostics.add(Diagnostic.error("newsfeed", 0, 0,
          "no source has been read yet, so the news is empty; each source's state is below"));
      feed = NewsFeed.empty();
    } else {
      ParseResult result = parts.size() == 1 ? parts.get(0) : NewsSources.merge(names, parts);
      diagnostics.addAll(result.diagnostics());
      feed = result.feed();
    }
    diagnostics.addAll(failures);
    return new ParseResult(feed, diagnostics);
  }

  /**
   * Whether every source's last attempt succeeded (or is still settling).
   *
   * @return true if none is failing
   */
  public boolean healthy() {
    return statuses().stream().noneMatch(s -> s.health() == SourceStatus.Health.FAILING);
  }

  /**
   * Whether any source has a version.
   *
   * @return true once one has been read
   */
  public boolean anyRead() {
    return sources.stream().anyMatch(source -> !source.versions().isEmpty());
  }

  /**
   * Each source's status, in configured order (a directory's files after it).
   *
   * @return the statuses
   */
  public List<SourceStatus> statuses() {
    List<SourceStatus> statuses = new ArrayList<>();
    sources.forEach(source -> statuses.addAll(source.statuses()));
    return statuses;
  }

  /** Stops the URL sources' schedules and the HTTP client's threads. */
  @Override
  public synchronized void close() {
    for (Source source : sources) {
      if (source instanceof HttpSource http) {
        http.close();
      }
    }
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    if (clientExecutor != null) {
      clientExecutor.shutdownNow();
    }
  }

  private boolean settling() {
    for (Source source : sources) {
      if (source instanceof FileSource file && file.settling()
          || source instanceof DirectorySource directory && directory.settling()) {
        return true;
      }
    }
    return false;
  }

  private synchronized ScheduledExecutorService scheduler() {
    if (scheduler == null) {
      scheduler = Executors.newSingleThreadScheduledExecutor(daemon("newsfeed-fetch"));
    }
    return scheduler;
  }

  /** Daemon threads: the servlet's sources must never keep a JVM alive. */
  static java.util.concurrent.ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
