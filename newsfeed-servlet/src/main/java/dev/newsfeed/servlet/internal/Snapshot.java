// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.servlet.LanguageNegotiator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One version of the news and everything derived from it: the language negotiator over its
 * languages and the representations rendered from it so far.
 *
 * <p>A response is produced from exactly one snapshot, so it can never mix two versions; a reload
 * builds a new snapshot, with an empty cache, and swaps it in whole. The cache holds at most {@link
 * #MAX_CACHED} representations (its keys are bounded by the options anyway: languages × limits ×
 * routes); past that, representations are rendered for each request and not kept. So are the
 * representations per request route ({@link #keep}) and the negotiated languages per request languages ({@link #negotiate}, at most {@value
 * #MAX_NEGOTIATIONS}).
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
  private final ConcurrentHashMap<Object, Representation> routes = new ConcurrentHashMap<>();
  private final BoundedCache<LanguageRequest, Negotiation> negotiations =
      new BoundedCache<>(MAX_NEGOTIATIONS);

  /** The most negotiation results kept per snapshot (one per distinct request languages). */
  public static final int MAX_NEGOTIATIONS = 256;

  /** The most characters of request languages whose negotiation is kept: longer ones are redone. */
  private static final int MAX_NEGOTIATION_KEY = 2 * LanguageNegotiator.MAX_HEADER_LENGTH;

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
   * The representation a request's route was answered with, if one was kept ({@link #keep}).
   *
   * @param route what the request asks for, as it gives it (route, parameters, languages…)
   * @return the representation, or empty
   */
  public Optional<Representation> find(Object route) {
    return Optional.ofNullable(routes.get(route));
  }

  /**
   * Keeps the representation a request's route was answered with (while fewer than {@link
   * #MAX_CACHED} are kept): a representation {@link #cached} under what it is made from, found
   * again from what the request gave without working that out.
   *
   * @param route what the request asks for, as it gives it
   * @param representation the representation it was answered with
   */
  public void keep(Object route, Representation representation) {
    if (routes.size() < MAX_CACHED) {
      routes.putIfAbsent(route, representation);
    }
  }

  /**
   * The negotiated language for a request's languages, and the chain of languages its items
   * are shown in, worked out once per distinct request (the same {@code Accept-Language} value
   * comes from every reader of one browser and language): {@link LanguageNegotiator} parses
   * ranges and looks them up, which took a fifth of a fragment request's time.
   *
   * @param tags the languages named by the request itself, first first ({@code lang}, the page's)
   * @param acceptLanguage the {@code Accept-Language} value, if any
   * @return the negotiation
   */
  public Negotiation negotiate(List<String> tags, Optional<String> acceptLanguage) {
    LanguageRequest key = new LanguageRequest(tags, acceptLanguage);
    return negotiations.get(key, k -> {
      LanguageNegotiator.Negotiated negotiated = negotiator.negotiateFully(tags, acceptLanguage);
      return new Negotiation(negotiated,
          LanguageChain.of(negotiated.language(), negotiator.defaultLanguage()));
    }, key.length() <= MAX_NEGOTIATION_KEY);
  }

  /**
   * A request's negotiated languages.
   *
   * @param negotiated the language and the formatting locale
   * @param chain the language, then the default language: what the items are shown in
   */
  public record Negotiation(LanguageNegotiator.Negotiated negotiated, LanguageChain chain) {
    /**
     * Checks both parts are present.
     *
     * @param negotiated the language and the formatting locale
     * @param chain the languages items are shown in
     */
    public Negotiation {
      Objects.requireNonNull(negotiated, "negotiated");
      Objects.requireNonNull(chain, "chain");
    }
  }

  /** What negotiation depends on in a request. */
  private record LanguageRequest(List<String> tags, Optional<String> acceptLanguage) {
    LanguageRequest {
      tags = List.copyOf(tags);
    }

    int length() {
      int length = acceptLanguage.map(String::length).orElse(0);
      for (String tag : tags) {
        length += tag.length();
      }
      return length;
    }
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
