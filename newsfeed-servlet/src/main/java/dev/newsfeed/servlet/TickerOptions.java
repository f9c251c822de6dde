// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import dev.newsfeed.Strictness;
import dev.newsfeed.listing.DateOrder;
import dev.newsfeed.source.SourceOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The configuration of a {@link NewsfeedServlet}, usually read from its init parameters by {@link
 * #fromInitParameters}, or built from {@link #defaults()} with the {@code withX} methods.
 *
 * <table class="striped">
 *   <caption>Init parameters</caption>
 *   <thead><tr><th>name</th><th>default</th><th>meaning</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code sources}</td><td>none</td><td>files, directories and {@code classpath:}
 *         resources, separated by commas or new lines; several files are merged into
 *         multilingual items, each file's language taken from its name ({@code news.fr.txt})</td></tr>
 *     <tr><td>{@code default-language}</td><td>{@code en}</td><td>the language when the request
 *         names none that is supported</td></tr>
 *     <tr><td>{@code languages}</td><td>the feed's</td><td>the supported languages, such as
 *         {@code fr, en, ar}</td></tr>
 *     <tr><td>{@code max-items}</td><td>{@code 20}</td><td>the most items a response holds; a
 *         larger {@code limit} is clamped</td></tr>
 *     <tr><td>{@code cache-max-age}</td><td>{@code 60s}</td><td>{@code Cache-Control: max-age}
 *         of the fragment and feeds</td></tr>
 *     <tr><td>{@code reload-interval}</td><td>{@code 2s}</td><td>how often file sources are
 *         checked for changes; {@code 0} never</td></tr>
 *     <tr><td>{@code allowed-origins}</td><td>none</td><td>origins allowed to fetch across
 *         origins, such as {@code https://www.example.org}, or {@code *}</td></tr>
 *     <tr><td>{@code assets}</td><td>{@code link}</td><td>{@code link}: the fragment references
 *         its stylesheet and script; {@code none}: the host page does</td></tr>
 *     <tr><td>{@code date-style}</td><td>{@code long}</td><td>{@code short}, {@code medium},
 *         {@code long} or {@code full}: the CLDR style of item dates</td></tr>
 *     <tr><td>{@code strictness}</td><td>{@code strict}</td><td>{@code strict}: a source with an
 *         error is rejected whole (the last good version keeps serving); {@code lenient}: bad
 *         items are skipped with a diagnostic</td></tr>
 *     <tr><td>{@code date-order}</td><td>{@code auto}</td><td>{@code auto}, {@code mdy},
 *         {@code dmy} or {@code ymd}: the order of numeric dates in listings</td></tr>
 *     <tr><td>{@code source-language}</td><td>from each file name</td><td>the language of every
 *         source, overriding what file names such as {@code news.fr.txt} say</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Durations are written {@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h} or in ISO 8601
 * ({@code PT2S}).
 *
 * @param sources the news sources: file or directory paths, or {@code classpath:} resources
 * @param defaultLanguage the language when the request names none that is supported
 * @param languages the supported languages; empty means the languages of the feed
 * @param maxItems the most items a response holds, at least 1
 * @param cacheMaxAge the {@code Cache-Control: max-age} of the fragment and feeds
 * @param reloadInterval how often sources are checked for changes; zero for never
 * @param allowedOrigins the origins allowed to fetch across origins, normalised, or {@code *}
 * @param assets whether the fragment references its stylesheet and script
 * @param dateStyle the CLDR style of item dates
 * @param sourceOptions how sources are read: strictness, day/month order, forced language
 * @param siteUrl the public URL of the server's root, for the links inside feeds: a feed's site
 *     link is the web application's root below it ({@code https://www.example.org/app/} for the
 *     context path {@code /app}); empty to take the scheme, host and port of each request
 * @param excerptLength the length of the summary excerpt shown after each title, in
 *     user-perceived characters; 0 for none
 */
public record TickerOptions(
    List<String> sources,
    Locale defaultLanguage,
    List<Locale> languages,
    int maxItems,
    Duration cacheMaxAge,
    Duration reloadInterval,
    List<String> allowedOrigins,
    AssetLinks assets,
    FormatStyle dateStyle,
    SourceOptions sourceOptions,
    Optional<URI> siteUrl,
    int excerptLength) {

  /** Init parameter naming the sources. */
  public static final String SOURCES = "sources";
  /** Init parameter naming the default language. */
  public static final String DEFAULT_LANGUAGE = "default-language";
  /** Init parameter naming the supported languages. */
  public static final String LANGUAGES = "languages";
  /** Init parameter giving the maximum number of items. */
  public static final String MAX_ITEMS = "max-items";
  /** Init parameter giving the cache lifetime. */
  public static final String CACHE_MAX_AGE = "cache-max-age";
  /** Init parameter giving the reload interval. */
  public static final String RELOAD_INTERVAL = "reload-interval";
  /** Init parameter listing the allowed origins. */
  public static final String ALLOWED_ORIGINS = "allowed-origins";
  /** Init parameter saying whether the fragment references its assets. */
  public static final String ASSETS = "assets";
  /** Init parameter giving the date style. */
  public static final String DATE_STYLE = "date-style";
  /** Init parameter giving the strictness of source reading. */
  public static final String STRICTNESS = "strictness";
  /** Init parameter giving the day/month order of numeric dates in listings. */
  public static final String DATE_ORDER = "date-order";
  /** Init parameter forcing the language of every source. */
  public static final String SOURCE_LANGUAGE = "source-language";
  /** Init parameter giving the site's public URL. */
  public static final String SITE_URL = "site-url";
  /** Init parameter giving the length of summary excerpts. */
  public static final String EXCERPT_LENGTH = "excerpt-length";

  private static final Set<String> NAMES =
      Set.of(
          SOURCES, DEFAULT_LANGUAGE, LANGUAGES, MAX_ITEMS, CACHE_MAX_AGE, RELOAD_INTERVAL,
          ALLOWED_ORIGINS, ASSETS, DATE_STYLE, STRICTNESS, DATE_ORDER, SOURCE_LANGUAGE, SITE_URL,
          EXCERPT_LENGTH);

  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

  private static final TickerOptions DEFAULTS =
      new TickerOptions(
          List.of(), Locale.ENGLISH, List.of(), 20, Duration.ofSeconds(60), Duration.ofSeconds(2),
          List.of(), AssetLinks.LINK, FormatStyle.LONG, SourceOptions.defaults(), Optional.empty(), 0);

  /**
   * Checks and normalises the options.
   *
   * @param sources the news sources: file or directory paths, or {@code classpath:} resources
   * @param defaultLanguage the language when the request names none that is supported
   * @param languages the supported languages; empty means the languages of the feed
   * @param maxItems the most items a response holds, at least 1
   * @param cacheMaxAge the {@code Cache-Control: max-age} of the fragment and feeds
   * @param reloadInterval how often sources are checked for changes; zero for never
   * @param allowedOrigins the origins allowed to fetch across origins, normalised, or {@code *}
   * @param assets whether the fragment references its stylesheet and script
   * @param dateStyle the CLDR style of item dates
   * @param sourceOptions how sources are read: strictness, day/month order, forced language
   * @param siteUrl the public URL of the site, for the links inside feeds; empty to take the
   *     scheme, host and port of each request
   * @param excerptLength the length of the summary excerpt shown after each title; 0 for none
   */
  public TickerOptions {
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    languages = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(languages, "languages")));
    if (maxItems < 1) {
      throw new IllegalArgumentException("maxItems must be at least 1, was " + maxItems);
    }
    requireNotNegative(Objects.requireNonNull(cacheMaxAge, "cacheMaxAge"), "cacheMaxAge");
    requireNotNegative(Objects.requireNonNull(reloadInterval, "reloadInterval"), "reloadInterval");
    List<String> origins = new ArrayList<>();
    for (String origin : Objects.requireNonNull(allowedOrigins, "allowedOrigins")) {
      origins.add(normaliseOrigin(origin));
    }
    allowedOrigins = List.copyOf(new LinkedHashSet<>(origins));
    Objects.requireNonNull(assets, "assets");
    Objects.requireNonNull(dateStyle, "dateStyle");
    Objects.requireNonNull(sourceOptions, "sourceOptions");
    Objects.requireNonNull(siteUrl, "siteUrl").ifPresent(TickerOptions::checkSiteUrl);
    if (excerptLength < 0) {
      throw new IllegalArgumentException("excerptLength must not be negative, was " + excerptLength);
    }
  }

  /**
   * The defaults: no sources, English by default, the feed's languages, 20 items, 60 s cache
   * lifetime, 2 s reload interval, no cross-origin access, asset links in the fragment, long
   * dates, sources read as {@link SourceOptions#defaults()} (strict, languages from file names),
   * feed links from each request, no excerpts.
   *
   * @return the default options
   */
  public static TickerOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Reads the options from init parameters, every absent one taking its default.
   *
   * @param names the names of the parameters present
   * @param values the value of a parameter by name
   * @return the options
   * @throws IllegalArgumentException naming the first parameter that is unknown or wrong and
   *     what was expected, such as {@code init parameter max-items: expected a positive integer
   *     such as 20, found [ten]}
   */
  public static TickerOptions fromInitParameters(
      Iterable<String> names, Function<String, String> values) {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(values, "values");
    for (String name : names) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "unknown init parameter " + quote(name) + "; expected one of " + new TreeSet<>(NAMES));
      }
    }
    Function<String, Optional<String>> get =
        name -> Optional.ofNullable(values.apply(name)).map(String::strip);
    TickerOptions o = DEFAULTS;
    o = o.withSources(get.apply(SOURCES).map(TickerOptions::splitSources).orElse(List.of()));
    o = o.withDefaultLanguage(get.apply(DEFAULT_LANGUAGE).map(v -> language(DEFAULT_LANGUAGE, v))
        .orElse(o.defaultLanguage));
    o = o.withLanguages(get.apply(LANGUAGES).map(TickerOptions::languages).orElse(List.of()));
    o = o.withMaxItems(get.apply(MAX_ITEMS).map(TickerOptions::maxItems).orElse(o.maxItems));
    o = o.withCacheMaxAge(get.apply(CACHE_MAX_AGE).map(v -> duration(CACHE_MAX_AGE, v))
        .orElse(o.cacheMaxAge));
    o = o.withReloadInterval(get.apply(RELOAD_INTERVAL).map(v -> duration(RELOAD_INTERVAL, v))
        .orElse(o.reloadInterval));
    o = o.withAllowedOrigins(get.apply(ALLOWED_ORIGINS).map(TickerOptions::origins)
        .orElse(List.of()));
    o = o.withAssets(get.apply(ASSETS).map(TickerOptions::assets).orElse(o.assets));
    o = o.withDateStyle(get.apply(DATE_STYLE).map(TickerOptions::dateStyle).orElse(o.dateStyle));
    SourceOptions reading = o.sourceOptions;
    reading = reading.withStrictness(get.apply(STRICTNESS).map(TickerOptions::strictness)
        .orElse(reading.strictness()));
    reading = reading.withDateOrder(get.apply(DATE_ORDER).map(TickerOptions::dateOrder)
        .orElse(reading.dateOrder()));
    reading = get.apply(SOURCE_LANGUAGE).map(v -> language(SOURCE_LANGUAGE, v))
        .map(reading::withLanguage).orElse(reading);
    o = o.withSourceOptions(reading);
    o = o.withSiteUrl(get.apply(SITE_URL).map(TickerOptions::siteUrl));
    return o.withExcerptLength(get.apply(EXCERPT_LENGTH).map(TickerOptions::excerptLength)
        .orElse(o.excerptLength));
  }

  /**
   * Reads the options from a map of init parameters.
   *
   * @param parameters the parameters by name
   * @return the options
   * @throws IllegalArgumentException naming the first parameter that is unknown or wrong
   * @see #fromInitParameters(Iterable, Function)
   */
  public static TickerOptions fromInitParameters(Map<String, String> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    return fromInitParameters(parameters.keySet(), parameters::get);
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
   * A copy with other sources.
   *
   * @param newSources file or directory paths, or {@code classpath:} resources
   * @return the copy
   */
  public TickerOptions withSources(List<String> newSources) {
    return new TickerOptions(newSources, defaultLanguage, languages, maxItems, cacheMaxAge,
        reloadInterval, allowedOrigins, assets, dateStyle, sourceOptions, siteUrl, excerptLength);
  }

  /**
   * A copy with another default language.
   *
   * @param language the language
   * @return the copy
   */
  public TickerOptions withDefaultLanguage(Locale language) {
    return new TickerOptions(sources, language, languages, maxItems, cacheMaxAge,
        reloadInterval, allowedOrigins, assets, dateStyle, sourceOptions, siteUrl, excerptLength);
  }

  /**
   * A copy with other supported languages.
   *
   * @param newLanguages the languages; empty for the languages of the feed
   * @return the copy
   */
  public TickerOptions withLanguages(List<Locale> newLanguages) {
    return new TickerOptions(sources, defaultLanguage, newLanguages, maxItems, cacheMaxAge,
        reloadInterval, allowedOrigins, assets, dateStyle, sourceOptions, siteUrl, excerptLength);
  }

  /**
   * A copy with another maximum number of items.
   *
   * @param max the maximum, at least 1
   * @return the copy
   */
  public TickerOptions withMaxItems(int max) {
    return new TickerOptions(sources, defaultLanguage, languages, max, cacheMaxAge,
        reloadInterval, allowedOrigins, assets, dateStyle, sourceOptions, siteUrl, excerptLength);
  }

  /**
   * A copy with another cache lifetime.
   *
   * @param maxAge the lifetime
   * @return the copy
   */
  public TickerOptions withCacheMaxAge(Duration maxAge) {
    return new TickerOptions(sources, defaultLanguage, languages, maxItems, maxAge,
        reloadInterval, allowedOrigins, assets, dateStyle, sourceOptions, siteUrl, excerptLength);
  }

  /**
   * A copy with another reload interval.
   *
   * @param interval the interval; zero for never
   * @return the copy
   */
  public TickerOptions withReloadInterval(Duration interval) {
    return new TickerOptions(sources, defaultLanguage, languages, maxItems, cacheMaxAge,
        interval, allowedOrigins, assets, dateStyle, sourceOptions, siteUrl, excerptLength);
  }

  /**
   * A copy with other allowed origins.
   *
   * @param origins origins such as {@code https://www.example.org}, or {@code *}
   * @return the copy
   */
  public TickerOptions withAllowedOrigins(List<String> origins) {
    return new TickerOptions(sources, defaultLanguage, languages, maxItems, cacheMaxAge,
        reloadInterval, origins, assets, dateStyle, sourceOptions, siteUrl, excerptLength);
  }

  /**
   * A copy with other asset links.
   *
   * @param newAssets whether the fragment references its stylesheet and script
   * @return the copy
   */
  public TickerOptions withAssets(AssetLinks newAssets) {
    return new TickerOptions(sources, defaultLanguage, languages, maxItems, cacheMaxAge,
        reloadInterval, allowedOrigins, newAssets, dateStyle, sourceOptions, siteUrl, excerptLength);
  }

  /**
   * A copy with another date style.
   *
   * @param style the CLDR style
   * @return the copy
   */
  public TickerOptions withDateStyle(FormatStyle style) {
    return new TickerOptions(sources, defaultLanguage, languages, maxItems, cacheMaxAge,
        reloadInterval, allowedOrigins, assets, style, sourceOptions, siteUrl, excerptLength);
  }

  /**
   * A copy reading sources otherwise.
   *
   * @param options the strictness, day/month order of listings and forced language
   * @return the copy
   */
  public TickerOptions withSourceOptions(SourceOptions options) {
    return new TickerOptions(sources, defaultLanguage, languages, maxItems, cacheMaxAge,
        reloadInterval, allowedOrigins, assets, dateStyle, options, siteUrl, excerptLength);
  }

  /**
   * A copy with the site's public URL.
   *
   * @param url an absolute http or https URL such as {@code https://www.example.org/}; empty to
   *     take the scheme, host and port of each request
   * @return the copy
   * @throws IllegalArgumentException if the URL is not absolute http or https
   */
  public TickerOptions withSiteUrl(Optional<URI> url) {
    return new TickerOptions(sources, defaultLanguage, languages, maxItems, cacheMaxAge,
        reloadInterval, allowedOrigins, assets, dateStyle, sourceOptions, url, excerptLength);
  }

  /**
   * A copy showing summary excerpts.
   *
   * @param length the excerpt's length in user-perceived characters; 0 for none
   * @return the copy
   */
  public TickerOptions withExcerptLength(int length) {
    return new TickerOptions(sources, defaultLanguage, languages, maxItems, cacheMaxAge,
        reloadInterval, allowedOrigins, assets, dateStyle, sourceOptions, siteUrl, length);
  }

  private static int excerptLength(String value) {
    if (value.matches("[0-9]{1,6}")) {
      return Integer.parseInt(value);
    }
    throw invalid(EXCERPT_LENGTH, "a length such as 120, or 0 for no excerpt", value);
  }

  private static URI siteUrl(String value) {
    try {
      URI url = new URI(value);
      checkSiteUrl(url);
      return url;
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw invalid(SITE_URL, "an absolute http or https URL such as https://www.example.org/", value);
    }
  }

  private static void checkSiteUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
        || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "siteUrl must be an absolute http or https URL without query, found " + quote(url.toString()));
    }
  }

  private static List<String> splitSources(String value) {
    List<String> sources = new ArrayList<>();
    for (String part : value.split("[,\\n]")) {
      if (!part.isBlank()) {
        sources.add(part.strip());
      }
    }
    if (sources.isEmpty()) {
      throw invalid(SOURCES, "a file, directory or classpath: resource", value);
    }
    return sources;
  }

  private static Locale language(String parameter, String value) {
    try {
      Locale language = new Locale.Builder().setLanguageTag(value.replace('_', '-')).build();
      if (!language.getLanguage().isEmpty()) {
        return language;
      }
    } catch (IllformedLocaleException e) {
      // reported below
    }
    throw invalid(parameter, "a BCP 47 language tag such as fr or ar-MA", value);
  }

  private static List<Locale> languages(String value) {
    List<Locale> languages = new ArrayList<>();
    for (String tag : LIST_SEPARATOR.split(value)) {
      if (!tag.isEmpty()) {
        languages.add(language(LANGUAGES, tag));
      }
    }
    return languages;
  }

  private static int maxItems(String value) {
    if (value.matches("[0-9]{1,9}") && Integer.parseInt(value) > 0) {
      return Integer.parseInt(value);
    }
    throw invalid(MAX_ITEMS, "a positive integer such as 20", value);
  }

  private static Duration duration(String parameter, String value) {
    var simple = SIMPLE_DURATION.matcher(value);
    if (simple.matches()) {
      long amount = Long.parseLong(simple.group(1));
      String unit = simple.group(2);
      if (unit == null) {
        if (amount == 0) {
          return Duration.ZERO;
        }
      } else {
        return switch (unit) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
      }
    } else if (value.startsWith("P") || value.startsWith("p")) {
      try {
        Duration duration = Duration.parse(value);
        if (!duration.isNegative()) {
          return duration;
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw invalid(parameter, "a duration such as 500ms, 2s, 5m, 1h or PT2S", value);
  }

  private static List<String> origins(String value) {
    List<String> origins = new ArrayList<>();
    for (String origin : LIST_SEPARATOR.split(value)) {
      if (!origin.isEmpty()) {
        try {
          origins.add(normaliseOrigin(origin));
        } catch (IllegalArgumentException e) {
          throw invalid(ALLOWED_ORIGINS, "origins such as https://www.example.org, or *", origin);
        }
      }
    }
    return origins;
  }

  private static AssetLinks assets(String value) {
    return AssetLinks.named(value).orElseThrow(() -> invalid(ASSETS, "link or none", value));
  }

  private static FormatStyle dateStyle(String value) {
    for (FormatStyle style : FormatStyle.values()) {
      if (style.name().equalsIgnoreCase(value)) {
        return style;
      }
    }
    throw invalid(DATE_STYLE, "short, medium, long or full", value);
  }

  private static DateOrder dateOrder(String value) {
    for (DateOrder order : DateOrder.values()) {
      if (order.name().equalsIgnoreCase(value)) {
        return order;
      }
    }
    throw invalid(DATE_ORDER, "auto, mdy, dmy or ymd", value);
  }

  private static Strictness strictness(String value) {
    for (Strictness strictness : Strictness.values()) {
      if (strictness.name().equalsIgnoreCase(value)) {
        return strictness;
      }
    }
    throw invalid(STRICTNESS, "strict or lenient", value);
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
        "expected an origin such as https://www.example.org, found " + quote(origin));
  }

  private static void requireNotNegative(Duration duration, String name) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }
  }

  private static IllegalArgumentException invalid(String parameter, String expected, String found) {
    return new IllegalArgumentException(
        "init parameter " + parameter + ": expected " + expected + ", found " + quote(found));
  }

  private static String quote(String s) {
    return "[" + (s.length() <= 60 ? s : s.substring(0, 60) + "…") + "]";
  }
}
