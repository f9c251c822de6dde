// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.FetchSettings;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/**
 * A feed (or listing) fetched over HTTP from a URL the operator configured, on its own schedule
 * (see {@link FetchSettings}): conditional requests, a deadline and a size cap on every response,
 * redirects followed by hand (at most {@link FetchSettings#MAX_REDIRECTS}, never from https to
 * http, never to another scheme), the body's format and charset from its {@code Content-Type}
 * ({@link HttpDocument}). A failure keeps the last good version and retries with backoff.
 *
 * <p>Fetches are asynchronous, so that a slow server holds no thread; a completed fetch calls
 * the change listener, outside this source's lock.
 */
final class HttpSource implements Source {

  private static final System.Logger LOG = System.getLogger(HttpSource.class.getName());

  /** Feeds first, listings last: what this source can read. */
  static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
          + " text/xml;q=0.9, application/json;q=0.8, text/plain;q=0.5, */*;q=0.1";

  static final String USER_AGENT = "newsfeed (+https://newsfeed.dev)";

  /** Enough of an error page or redirect body to keep the connection usable, no more. */
  private static final int DISCARDED_BODY = 64 * 1024;

  /** How far apart several servers' fetches of one feed drift: ±10 %. */
  private static final double JITTER = 0.1;

  /** A failure with a message of its own, such as a refused redirect. */
  private static final class FetchFailure extends IOException {
    private static final long serialVersionUID = 1L;

    FetchFailure(String message) {
      super(message);
    }
  }

  /** What is needed to abandon one request at its deadline. */
  private static final class Exchange {
    final AtomicReference<CappedBody> body = new AtomicReference<>();
    volatile boolean timedOut;
  }

  private final URI uri;
  private final String name;
  private final HttpClient client;
  private final FetchSettings settings;
  private final SourceParser parser;
  private final Clock clock;
  private final RandomGenerator random;
  private final Track track;

  // Guarded by this.
  private String servedHash;
  private String etag;
  private String lastModified;
  private CompletableFuture<Void> inFlight;
  private ScheduledExecutorService scheduler;
  private Runnable onChange = () -> {};
  private ScheduledFuture<?> next;
  private boolean closed;

  HttpSource(
      URI uri,
      HttpClient client,
      FetchSettings settings,
      SourceParser parser,
      Clock clock,
      RandomGenerator random) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.name = uri.toString();
    this.client = Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.track = new Track(name, SourceStatus.Kind.URL);
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
   * Fetches now, then keeps fetching on the schedule; {@code onChange} runs after every fetch.
   *
   * @return the first fetch, done once its outcome is recorded
   */
  CompletableFuture<Void> start(ScheduledExecutorService on, Runnable listener) {
    synchronized (this) {
      scheduler = Objects.requireNonNull(on, "on");
      onChange = Objects.requireNonNull(listener, "listener");
    }
    return fetch();
  }

  /**
   * Fetches now unless a fetch is under way. Never call it holding a lock: the change listener
   * runs on completion, possibly in this thread.
   *
   * @return the fetch, done once its outcome is recorded
   */
  CompletableFuture<Void> fetch() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    String ifNoneMatch;
    String ifModifiedSince;
    synchronized (this) {
      if (closed) {
        return CompletableFuture.completedFuture(null);
      }
      if (inFlight != null && !inFlight.isDone()) {
        return inFlight;
      }
      if (next != null) {
        next.cancel(false);
        next = null;
      }
      track.attempted(clock.instant());
      boolean conditional = track.current() != null;
      ifNoneMatch = conditional ? etag : null;
      ifModifiedSince = conditional ? lastModified : null;
      inFlight = done;
    }
    try {
      exchange(uri, ifNoneMatch, ifModifiedSince, new ArrayList<>())
          .whenComplete((response, error) -> {
            try {
              completed(response, error);
            } finally {
              done.complete(null);
            }
          });
    } catch (RuntimeException e) {
      try {
        completed(null, e);
      } finally {
        done.complete(null);
      }
    }
    return done;
  }

  /** Stops fetching; what was read stays. */
  synchronized void close() {
    closed = true;
    if (next != null) {
      next.cancel(false);
    }
    if (inFlight != null) {
      inFlight.cancel(true);
    }
  }

  private CompletableFuture<HttpResponse<byte[]>> exchange(
      URI target, String ifNoneMatch, String ifModifiedSince, List<URI> visited) {
    visited.add(target);
    HttpRequest.Builder request = HttpRequest.newBuilder(target)
        .GET()
        .timeout(settings.readTimeout())
        .header("Accept", ACCEPT)
        .header("User-Agent", USER_AGENT);
    if (target.getScheme().equalsIgnoreCase("http")) {
      // No h2c upgrade over plain HTTP: some servers answer the Upgrade header badly.
      request.version(HttpClient.Version.HTTP_1_1);
    }
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    if (ifModifiedSince != null) {
      request.header("If-Modified-Since", ifModifiedSince);
    }
    Exchange exchange = new Exchange();
    int max = settings.maxBytes();
    CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(request.build(), info -> {
      CappedBody body;
      if (info.statusCode() != 200) {
        body = new CappedBody(DISCARDED_BODY, false);
      } else if (info.headers().firstValueAsLong("Content-Length").orElse(-1) > max) {
        body = CappedBody.refused(max);
      } else {
        body = new CappedBody(max, true);
      }
      exchange.body.set(body);
      return body;
    });
    // The request timeout ends the wait for headers only; this ends a body that trickles.
    later(settings.readTimeout(), () -> {
      if (!sent.isDone()) {
        exchange.timedOut = true;
        CappedBody body = exchange.body.get();
        if (body != null) {
          body.cancel();
        }
        sent.cancel(true);
      }
    });
    return sent
        .handle((response, error) -> {
          if (error != null) {
            Throwable cause = unwrap(error);
            if (exchange.timedOut || cause instanceof HttpTimeoutException
                && !(cause instanceof HttpConnectTimeoutException)) {
              return CompletableFuture.<HttpResponse<byte[]>>failedFuture(new FetchFailure(
                  "no complete answer within " + describe(settings.readTimeout())
                      + " from " + target));
            }
            return CompletableFuture.<HttpResponse<byte[]>>failedFuture(cause);
          }
          if (!isRedirect(response.statusCode())) {
            return CompletableFuture.completedFuture(response);
          }
          URI location;
          try {
            location = redirect(target, response, visited);
          } catch (FetchFailure e) {
            return CompletableFuture.<HttpResponse<byte[]>>failedFuture(e);
          }
          return exchange(location, ifNoneMatch, ifModifiedSince, visited);
        })
        .thenCompose(f -> f);
  }

  /** Runs {@code task} after {@code delay}, on the schedule's thread once started. */
  private void later(Duration delay, Runnable task) {
    ScheduledExecutorService on;
    synchronized (this) {
      on = scheduler;
    }
    if (on != null && !on.isShutdown()) {
      on.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    } else {
      CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(task);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** Where a redirect leads, if this source may follow it. */
  private static URI redirect(URI from, HttpResponse<?> response, List<URI> visited)
      throws FetchFailure {
    String location = response.headers().firstValue("Location").orElseThrow(() ->
        new FetchFailure("HTTP " + response.statusCode() + " without a Location from " + from));
    URI to;
    try {
      to = from.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchFailure("a redirect from " + from + " to an invalid URL [" + location + "]");
    }
    String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || to.getHost() == null) {
      throw new FetchFailure("refused a redirect from " + from + " to " + to + ": only http and https");
    }
    if (from.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
      throw new FetchFailure("refused a redirect from " + from + " to " + to + ": from https to http");
    }
    if (visited.contains(to)) {
      throw new FetchFailure("a redirect loop: " + join(visited) + " → " + to);
    }
    if (visited.size() > FetchSettings.MAX_REDIRECTS) {
      throw new FetchFailure("more than " + FetchSettings.MAX_REDIRECTS + " redirects: "
          + join(visited) + " → " + to);
    }
    return to;
  }

  private void completed(HttpResponse<byte[]> response, Throwable error) {
    Runnable listener;
    synchronized (this) {
      if (closed) {
        return;
      }
      Instant now = clock.instant();
      if (error != null) {
        fail(failureMessage(unwrap(error)));
      } else {
        track.httpStatus(response.statusCode());
        switch (response.statusCode()) {
          case 200 -> accept(response, now);
          case 304 -> {
            if (track.current() != null) {
              track.succeeded(now);
            } else {
              fail("HTTP 304 (not modified) to a request without validators, from " + response.uri());
            }
          }
          default -> fail("HTTP " + response.statusCode() + " from " + response.uri()
              + (response.statusCode() >= 500 ? " (a server error)" : ""));
        }
      }
      Duration delay = jittered(settings.delayAfter(track.status().failures()));
      track.nextAttempt(now.plus(delay));
      if (scheduler != null && !scheduler.isShutdown()) {
        next = scheduler.schedule(this::fetchQuietly, delay.toMillis(), TimeUnit.MILLISECONDS);
      }
      listener = onChange;
    }
    listener.run();
  }

  private void accept(HttpResponse<byte[]> response, Instant now) {
    HttpDocument.Decoded document;
    ParseResult result;
    String hash;
    try {
      document = HttpDocument.of(
          name, Optional.ofNullable(uri.getPath()).orElse(""), response.body(),
          response.headers().firstValue("Content-Type"));
      hash = ContentHash.of(document.content());
      if (hash.equals(servedHash)) {
        validators(response);
        track.succeeded(now); // same bytes, though the server sent them again
        return;
      }
      result = parser.parse(name, document.content(), document.format());
    } catch (NewsParseException e) {
      fail(e.diagnostics());
      return;
    } catch (RuntimeException e) {
      // A reader bug must not stop this source's schedule.
      fail("the document could not be read: " + e);
      return;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(document.warnings());
    diagnostics.addAll(result.diagnostics());
    validators(response);
    servedHash = hash;
    track.published(Version.of(name, new ParseResult(result.feed(), diagnostics)), now);
  }

  /** The validators of the version served, sent with the next request. */
  private void validators(HttpResponse<?> response) {
    etag = response.headers().firstValue("ETag").orElse(null);
    lastModified = response.headers().firstValue("Last-Modified").orElse(null);
  }

  private void fail(String message) {
    fail(List.of(Diagnostic.error(name, 0, 0, message)));
  }

  private void fail(List<Diagnostic> errors) {
    track.failed(errors.isEmpty()
        ? List.of(Diagnostic.error(name, 0, 0, "the document could not be read"))
        : errors);
  }

  private void fetchQuietly() {
    try {
      fetch();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again; log, and the next start will retry.
      LOG.log(Level.ERROR, "newsfeed: cannot fetch " + name, e);
    }
  }

  private Duration jittered(Duration delay) {
    double factor = 1 + JITTER * (2 * random.nextDouble() - 1);
    return Duration.ofMillis(Math.max(1, Math.round(delay.toMillis() * factor)));
  }

  private String failureMessage(Throwable error) {
    if (error instanceof FetchFailure || error instanceof CappedBody.TooLarge) {
      return error.getMessage();
    }
    if (error instanceof HttpConnectTimeoutException) {
      return "no connection within " + describe(settings.connectTimeout()) + " to " + uri;
    }
    if (error instanceof ConnectException) {
      return "cannot connect to " + uri
          + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }
    if (error instanceof CancellationException) {
      return "the fetch was cancelled";
    }
    if (error instanceof IOException) {
      return "the fetch of " + uri + " failed: " + error;
    }
    return "the fetch of " + uri + " failed: " + error;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    // The client wraps a body subscriber's failure in an IOException of its own.
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof CappedBody.TooLarge || c instanceof FetchFailure) {
        return c;
      }
    }
    return t;
  }

  private static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String join(List<URI> uris) {
    StringBuilder out = new StringBuilder();
    for (URI u : uris) {
      out.append(out.length() == 0 ? "" : " → ").append(u);
    }
    return out.toString();
  }
}
