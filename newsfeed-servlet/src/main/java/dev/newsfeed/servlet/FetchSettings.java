// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import dev.newsfeed.source.NewsSources;
import java.time.Duration;
import java.util.Objects;

/**
 * How sources given as {@code http://} or {@code https://} URLs are fetched.
 *
 * <p>Each URL is fetched every {@link #interval()}, give or take 10 % (so that several servers
 * polling one feed drift apart), with {@code If-None-Match} and {@code If-Modified-Since} so that
 * an unchanged feed costs a 304. After a failure (no connection, no complete answer within {@link
 * #readTimeout()}, a status other than 200 or 304, a body over {@link #maxBytes()}, a document
 * that cannot be read) the last good version keeps serving and the next attempt waits {@link
 * #firstRetry()}, then twice as long after each further failure, up to {@link #maxRetry()}. At
 * most {@link #MAX_REDIRECTS} redirects are followed, never from {@code https} to {@code http}.
 *
 * @param interval the time between fetches of a URL that answers
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long a whole response may take, headers and body
 * @param maxBytes the largest body read; a larger one fails the fetch, and reading stops there
 * @param firstRetry the wait after a first failure (never more than {@code interval})
 * @param maxRetry the longest wait after failures in a row (never less than {@code interval})
 */
public record FetchSettings(
    Duration interval,
    Duration connectTimeout,
    Duration readTimeout,
    int maxBytes,
    Duration firstRetry,
    Duration maxRetry) {

  /** The most redirects followed for one fetch. */
  public static final int MAX_REDIRECTS = 5;

  private static final FetchSettings DEFAULTS =
      new FetchSettings(
          Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
          NewsSources.MAX_BYTES, Duration.ofSeconds(30), Duration.ofHours(1));

  /**
   * Checks every duration is positive and the size within what the readers accept.
   *
   * @param interval the time between fetches
   * @param connectTimeout how long to wait for a connection
   * @param readTimeout how long a whole response may take
   * @param maxBytes the largest body read, at most {@link NewsSources#MAX_BYTES}
   * @param firstRetry the wait after a first failure
   * @param maxRetry the longest wait after failures in a row
   */
  public FetchSettings {
    requirePositive(interval, "interval");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requirePositive(firstRetry, "firstRetry");
    requirePositive(maxRetry, "maxRetry");
    if (maxBytes < 1 || maxBytes > NewsSources.MAX_BYTES) {
      throw new IllegalArgumentException(
          "maxBytes must be from 1 to " + NewsSources.MAX_BYTES + ", was " + maxBytes);
    }
  }

  /**
   * Every 5 minutes; 10 s to connect, 30 s for the response; 16 MiB at most; retries after 30 s,
   * doubling up to an hour.
   *
   * @return the defaults
   */
  public static FetchSettings defaults() {
    return DEFAULTS;
  }

  /**
   * A copy fetching at another interval.
   *
   * @param newInterval the time between fetches
   * @return the copy
   */
  public FetchSettings withInterval(Duration newInterval) {
    return new FetchSettings(newInterval, connectTimeout, readTimeout, maxBytes, firstRetry, maxRetry);
  }

  /**
   * A copy with other timeouts.
   *
   * @param connect how long to wait for a connection
   * @param read how long a whole response may take
   * @return the copy
   */
  public FetchSettings withTimeouts(Duration connect, Duration read) {
    return new FetchSettings(interval, connect, read, maxBytes, firstRetry, maxRetry);
  }

  /**
   * A copy reading bodies up to another size.
   *
   * @param max the largest body read
   * @return the copy
   */
  public FetchSettings withMaxBytes(int max) {
    return new FetchSettings(interval, connectTimeout, readTimeout, max, firstRetry, maxRetry);
  }

  /**
   * A copy retrying otherwise after failures.
   *
   * @param first the wait after a first failure
   * @param max the longest wait
   * @return the copy
   */
  public FetchSettings withRetries(Duration first, Duration max) {
    return new FetchSettings(interval, connectTimeout, readTimeout, maxBytes, first, max);
  }

  /**
   * The wait before the next fetch, before jitter.
   *
   * @param failures how many attempts in a row have failed, 0 after a success
   * @return the wait
   */
  public Duration delayAfter(int failures) {
    if (failures <= 0) {
      return interval;
    }
    Duration first = firstRetry.compareTo(interval) < 0 ? firstRetry : interval;
    Duration cap = maxRetry.compareTo(interval) > 0 ? maxRetry : interval;
    Duration delay = first;
    for (int i = 1; i < failures && delay.compareTo(cap) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(cap) < 0 ? delay : cap;
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
