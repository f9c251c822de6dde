// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.servlet.LanguageNegotiator;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One version of the news and everything derived from it: the language negotiator over its
 * languages and the representations rendered from it so far.
 *
 * <p>A response is produced from exactly one snapshot, so it can never mix two versions; a reload
 * builds a new snapshot, with an empty cache, and swaps it in whole. The cache holds at most {@link
 * #MAX_CACHED} representations (its keys are bounded by the options anyway: languages × limits ×
 * routes); past that, representations are rendered for each request and not kept.
 */
public final class Snapshot {

  /** The most representations kept per snapshot. */
  public static final int MAX_CACHED = 512;

  private final long generation;
  private final String version;
  private final NewsFeed feed;
  private final Instant lastModified;
  private final LanguageNegotiator negotiator;
  private final ConcurrentHashMap<Object, Representation> cache = new ConcurrentHashMap<>();

  /**
   * A snapshot.
   *
   * @param generation 1 for the first version loaded, one more for each change
   * @param feed the news
   * @param lastModified when this version was loaded
   * @param negotiator the language negotiator for this version's languages
   */
  public Snapshot(long generation, NewsFeed feed, Instant lastModified, LanguageNegotiator negotiator) {
    this.generation = generation;
    this.feed = Objects.requireNonNull(feed, "feed");
    this.version = FeedFingerprint.of(feed);
    this.lastModified = Objects.requireNonNull(lastModified, "lastModified");
    this.negotiator = Objects.requireNonNull(negotiator, "negotiator");
  }

  /**
   * The number of versions loaded so far, this one included.
   *
   * @return the generation
   */
  public long generation() {
    return generation;
  }

  /**
   * The content digest of the feed, equal on every instance serving equal news.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The news.
   *
   * @return the feed
   */
  public NewsFeed feed() {
    return feed;
  }

  /**
   * When this version was loaded.
   *
   * @return the instant
   */
  public Instant lastModified() {
    return lastModified;
  }

  /**
   * The negotiator over this version's languages.
   *
   * @return the negotiator
   */
  public LanguageNegotiator negotiator() {
    return negotiator;
  }

  /**
   * The representation for {@code key}, rendered by {@code render} the first time.
   *
   * @param key what identifies the representation (route, language, limit…), with value equality
   * @param render renders it from this snapshot
   * @return the representation
   */
  public Representation cached(Object key, Supplier<Representation> render) {
    Representation found = cache.get(key);
    if (found != null) {
      return found;
    }
    Representation made = render.get();
    if (cache.size() < MAX_CACHED) {
      Representation raced = cache.putIfAbsent(key, made);
      return raced != null ? raced : made;
    }
    return made;
  }

  /**
   * How many representations are cached.
   *
   * @return the count
   */
  public int cachedCount() {
    return cache.size();
  }
}
