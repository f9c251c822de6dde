// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What shapes HTTP: language negotiation, caching, cross-origin access and the site's public URL.
 * One of the three groups of {@link TickerOptions}.
 *
 * @param defaultLanguage the language when the request names none that is supported
 * @param languages the supported languages; empty means the languages of the feed
 * @param cacheMaxAge the {@code Cache-Control: max-age} of the fragment and feeds
 * @param allowedOrigins the origins allowed to fetch across origins, normalised, or {@code *}
 * @param siteUrl the public URL of the server's root, for the links inside feeds: a feed's site
 *     link is the web application's root below it ({@code https://www.example.org/app/} for the
 *     context path {@code /app}); empty to take the scheme, host and port of each request
 * @param staleWhileRevalidate how long after {@code cacheMaxAge} a shared cache may still serve a
 *     response while it revalidates it in the background ({@code stale-while-revalidate}, RFC 5861
 *     §3); zero to leave the directive out
 * @param staleIfError how long after {@code cacheMaxAge} a cache may serve a response when the
 *     server errs or cannot be reached ({@code stale-if-error}, RFC 5861 §4); zero to leave it out
 */
public record HttpOptions(
    Locale defaultLanguage,
    List<Locale> languages,
    Duration cacheMaxAge,
    List<String> allowedOrigins,
    Optional<URI> siteUrl,
    Duration staleWhileRevalidate,
    Duration staleIfError) {

  private static final HttpOptions DEFAULTS =
      new HttpOptions(Locale.ENGLISH, List.of(), Duration.ofSeconds(60), List.of(), Optional.empty());

  /**
   * Checks and normalises the options: languages without duplicates, origins as browsers send
   * them (RFC 6454 §6.1).
   *
   * @param defaultLanguage the language when the request names none that is supported
   * @param languages the supported languages; empty means the languages of the feed
   * @param cacheMaxAge the {@code Cache-Control: max-age} of the fragment and feeds
   * @param allowedOrigins the origins allowed to fetch across origins, or {@code *}
   * @param siteUrl the public URL of the site, if configured
   * @param staleWhileRevalidate the {@code stale-while-revalidate} period; zero for none
   * @param staleIfError the {@code stale-if-error} period; zero for none
   * @throws IllegalArgumentException if an origin or the site URL is not an http or https one, or
   *     a duration is negative
   */
  public HttpOptions {
    for (Duration period : new Duration[] {staleWhileRevalidate, staleIfError}) {
      if (Objects.requireNonNull(period, "stale period").isNegative()) {
        throw new IllegalArgumentException("stale periods must not be negative, was " + period);
      }
    }
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    languages = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(languages, "languages")));
    Objects.requireNonNull(cacheMaxAge, "cacheMaxAge");
    if (cacheMaxAge.isNegative()) {
      throw new IllegalArgumentException("cacheMaxAge must not be negative, was " + cacheMaxAge);
    }
    List<String> origins = new ArrayList<>();
    for (String origin : Objects.requireNonNull(allowedOrigins, "allowedOrigins")) {
      origins.add(normaliseOrigin(origin));
    }
    allowedOrigins = List.copyOf(new LinkedHashSet<>(origins));
    Objects.requireNonNull(siteUrl, "siteUrl").ifPresent(HttpOptions::checkSiteUrl);
  }

  /**
   * Options without stale periods.
   *
   * @param defaultLanguage the language when the request names none that is supported
   * @param languages the supported languages; empty means the languages of the feed
   * @param cacheMaxAge the {@code Cache-Control: max-age} of the fragment and feeds
   * @param allowedOrigins the origins allowed to fetch across origins, or {@code *}
   * @param siteUrl the public URL of the site, if configured
   */
  public HttpOptions(Locale defaultLanguage, List<Locale> languages, Duration cacheMaxAge,
      List<String> allowedOrigins, Optional<URI> siteUrl) {
    this(defaultLanguage, languages, cacheMaxAge, allowedOrigins, siteUrl, Duration.ZERO, Duration.ZERO);
  }

  /**
   * A copy whose responses let caches serve them stale for a while: during {@code
   * whileRevalidate} while they fetch a fresh one in the background, during {@code ifError} when
   * the server fails. Behind a shared cache (several instances behind nginx), {@code 30s} and
   * {@code 24h} keep every reader on a cached copy while a reload or a broken instance is dealt
   * with (README, "Several instances behind a cache").
   *
   * @param whileRevalidate the {@code stale-while-revalidate} period; zero for none
   * @param ifError the {@code stale-if-error} period; zero for none
   * @return the copy
   */
  public HttpOptions withStale(Duration whileRevalidate, Duration ifError) {
    return new HttpOptions(defaultLanguage, languages, cacheMaxAge, allowedOrigins, siteUrl,
        whileRevalidate, ifError);
  }

  /**
   * The {@code Cache-Control} value of the fragment and feeds, such as {@code public, max-age=60,
   * stale-while-revalidate=30, stale-if-error=86400}.
   *
   * @return the value
   */
  public String cacheControl() {
    StringBuilder value = new StringBuilder("public, max-age=").append(cacheMaxAge.toSeconds());
    if (!staleWhileRevalidate.isZero()) {
      value.append(", stale-while-revalidate=").append(staleWhileRevalidate.toSeconds());
    }
    if (!staleIfError.isZero()) {
      value.append(", stale-if-error=").append(staleIfError.toSeconds());
    }
    return value.toString();
  }

  /**
   * English by default, the feed's languages, 60 s cache lifetime, no cross-origin access, feed
   * links from each request.
   *
   * @return the defaults
   */
  public static HttpOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether {@code origin} (the value of an {@code Origin} request header) may fetch across
   * origins.
   *
   * @param origin the origin, such as {@code https://www.example.org}
   * @return true if it is listed, or if any origin is allowed
   */
  public boolean allowsOrigin(String origin) {
    Objects.requireNonNull(origin, "origin");
    return allowedOrigins.contains("*") || allowedOrigins.contains(origin.toLowerCase(Locale.ROOT));
  }

  /**
   * A copy with another default language.
   *
   * @param language the language
   * @return the copy
   */
  public HttpOptions withDefaultLanguage(Locale language) {
    return new HttpOptions(language, languages, cacheMaxAge, allowedOrigins, siteUrl,
        staleWhileRevalidate, staleIfError);
  }

  /**
   * A copy with other supported languages.
   *
   * @param newLanguages the languages; empty for the languages of the feed
   * @return the copy
   */
  public HttpOptions withLanguages(List<Locale> newLanguages) {
    return new HttpOptions(defaultLanguage, newLanguages, cacheMaxAge, allowedOrigins, siteUrl,
        staleWhileRevalidate, staleIfError);
  }

  /**
   * A copy with another cache lifetime.
   *
   * @param maxAge the lifetime
   * @return the copy
   */
  public HttpOptions withCacheMaxAge(Duration maxAge) {
    return new HttpOptions(defaultLanguage, languages, maxAge, allowedOrigins, siteUrl,
        staleWhileRevalidate, staleIfError);
  }

  /**
   * A copy with other allowed origins.
   *
   * @param origins origins such as {@code https://www.example.org}, or {@code *}
   * @return the copy
   * @throws IllegalArgumentException if one is not an http or https origin
   */
  public HttpOptions withAllowedOrigins(List<String> origins) {
    return new HttpOptions(defaultLanguage, languages, cacheMaxAge, origins, siteUrl,
        staleWhileRevalidate, staleIfError);
  }

  /**
   * A copy with the site's public URL.
   *
   * @param url an absolute http or https URL such as {@code https://www.example.org/}; empty to
   *     take the scheme, host and port of each request
   * @return the copy
   * @throws IllegalArgumentException if the URL is not absolute http or https
   */
  public HttpOptions withSiteUrl(Optional<URI> url) {
    return new HttpOptions(defaultLanguage, languages, cacheMaxAge, allowedOrigins, url,
        staleWhileRevalidate, staleIfError);
  }

  private static void checkSiteUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
        || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "siteUrl must be an absolute http or https URL without query, found [" + url + "]");
    }
  }

  /**
   * An origin as browsers send it (RFC 6454 §6.1): lower-case scheme and host, the port only
   * when it is not the scheme's default, nothing else.
   */
  private static String normaliseOrigin(String origin) {
    Objects.requireNonNull(origin, "allowedOrigins element");
    if (origin.equals("*")) {
      return origin;
    }
    try {
      URI uri = new URI(origin.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean bare =
          (uri.getRawPath() == null || uri.getRawPath().isEmpty())
              && uri.getRawQuery() == null
              && uri.getRawFragment() == null
              && uri.getRawUserInfo() == null;
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && bare) {
        int port = uri.getPort();
        boolean defaultPort =
            port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "expected an origin such as https://www.example.org, found [" + origin + "]");
  }
}
