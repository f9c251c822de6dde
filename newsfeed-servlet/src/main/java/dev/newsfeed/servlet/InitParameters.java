// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import dev.newsfeed.Strictness;
import dev.newsfeed.listing.DateOrder;
import dev.newsfeed.servlet.jdbc.NewsTable;
import dev.newsfeed.source.SourceOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads {@link TickerOptions} from a servlet's init parameters ({@code web.xml}), every absent
 * one taking its default. Values are trimmed; a wrong one is an {@link IllegalArgumentException}
 * naming the parameter and what was expected.
 *
 * <table class="striped">
 *   <caption>Init parameters</caption>
 *   <thead><tr><th>name</th><th>default</th><th>meaning</th></tr></thead>
 *   <tbody>
 *     <tr><th colspan="3">Display ({@link DisplayOptions})</th></tr>
 *     <tr><td>{@code max-items}</td><td>{@code 20}</td><td>the most items a response holds; a
 *         larger {@code limit} is clamped</td></tr>
 *     <tr><td>{@code date-style}</td><td>{@code long}</td><td>{@code short}, {@code medium},
 *         {@code long} or {@code full}: the CLDR style of item dates</td></tr>
 *     <tr><td>{@code excerpt-length}</td><td>{@code 0}</td><td>an excerpt of at most this many
 *         characters after each title; {@code 0} for none</td></tr>
 *     <tr><td>{@code assets}</td><td>{@code link}</td><td>{@code link}: the fragment references
 *         its stylesheet and script; {@code none}: the host page does</td></tr>
 *     <tr><td>{@code label}</td><td>the bundle's {@code region}</td><td>the accessible name of
 *         the ticker's region in every language; a request's {@code label} parameter (or {@code
 *         <jsp:param name="label">}) overrides it. Two tickers on one page need two names</td></tr>
 *     <tr><td>{@code labels-bundle}</td><td>none</td><td>the base name of a site's bundle of the
 *         ticker's words ({@code com.example.news-labels}: files {@code
 *         com/example/news-labels_de.properties} … on the class path, UTF-8, keys {@code region},
 *         {@code pause}, {@code play}, {@code empty}, {@code previous}, {@code next}, {@code
 *         slide}, {@code pause-updates}, {@code resume-updates}, {@code all-news}); it adds languages and changes wording, every
 *         key it lacks is taken from the words shipped (English, French, Arabic)</td></tr>
 *     <tr><td>{@code display}</td><td>{@code scroll}</td><td>{@code scroll}, {@code list} or
 *         {@code slides} ({@link DisplayMode}); a request's {@code display} parameter overrides
 *         it</td></tr>
 *     <tr><td>{@code speed}</td><td>{@code 50}</td><td>the scroll's speed in pixels per
 *         second, 1 to 1000 ({@link Motion})</td></tr>
 *     <tr><td>{@code slide-interval}</td><td>{@code 5s}</td><td>how long each slide is shown, at
 *         least 1s</td></tr>
 *     <tr><td>{@code update-interval}</td><td>{@code 60s}</td><td>how often the open page asks
 *         for new news (a conditional request); {@code 0} never</td></tr>
 *     <tr><td>{@code all-news-url}</td><td>none</td><td>the site's page of all news, a path
 *         such as {@code /news/} or an http or https URL: an "all news" link after the
 *         items</td></tr>
 *     <tr><td>{@code tag}</td><td>none</td><td>show only items carrying this tag; a request's
 *         {@code tag} parameter overrides it</td></tr>
 *     <tr><td>{@code theme}</td><td>{@code auto}</td><td>{@code auto} (dark when the reader's
 *         system prefers it), {@code light} or {@code dark}</td></tr>
 *     <tr><th colspan="3">Sources ({@link SourceSettings})</th></tr>
 *     <tr><td>{@code sources}</td><td>none</td><td>files, directories, {@code classpath:}
 *         resources, {@code http(s)://} URLs of feeds and {@code jndi:} data sources, separated by
 *         commas or new lines; several sources are merged into multilingual items, each file's
 *         language taken from its name ({@code news.fr.txt})</td></tr>
 *     <tr><td>{@code reload-interval}</td><td>{@code 2s}</td><td>how often files and databases
 *         are checked for changes (a changed file is published once two checks see it the same);
 *         {@code 0} never</td></tr>
 *     <tr><td>{@code fetch-interval}</td><td>{@code 5m}</td><td>how often each URL is fetched,
 *         ±10 %</td></tr>
 *     <tr><td>{@code fetch-connect-timeout}</td><td>{@code 10s}</td><td>how long to wait for a
 *         connection</td></tr>
 *     <tr><td>{@code fetch-timeout}</td><td>{@code 30s}</td><td>how long a whole response may
 *         take</td></tr>
 *     <tr><td>{@code fetch-max-size}</td><td>{@code 16m}</td><td>the largest body read, in bytes,
 *         or with {@code k} or {@code m} (KiB, MiB)</td></tr>
 *     <tr><td>{@code jdbc-table}</td><td>{@code news_items}</td><td>the table {@code jndi:}
 *         sources are read from</td></tr>
 *     <tr><td>{@code jdbc-columns}</td><td>the documented names</td><td>that table's own column
 *         names, such as {@code title=headline, summary=body, dateline=}; an empty name leaves an
 *         optional column out</td></tr>
 *     <tr><td>{@code jdbc-query}</td><td>none</td><td>a query returning the documented columns,
 *         instead of a table</td></tr>
 *     <tr><td>{@code jdbc-change-query}</td><td>{@code SELECT COUNT(*), MAX(updated_at)}</td>
 *         <td>a query whose one row changes whenever the news does</td></tr>
 *     <tr><td>{@code strictness}</td><td>{@code strict}</td><td>{@code strict}: a source with an
 *         error is rejected whole (the last good version keeps serving); {@code lenient}: bad
 *         items are skipped with a diagnostic</td></tr>
 *     <tr><td>{@code date-order}</td><td>{@code auto}</td><td>{@code auto}, {@code mdy},
 *         {@code dmy} or {@code ymd}: the order of numeric dates in listings</td></tr>
 *     <tr><td>{@code source-language}</td><td>from each file name</td><td>the language of every
 *         source, overriding what file names such as {@code news.fr.txt} say</td></tr>
 *     <tr><td>{@code source-encoding}</td><td>{@code UTF-8}</td><td>the encoding listings were
 *         saved in, such as {@code windows-1252}; feeds and JSON declare their own</td></tr>
 *     <tr><td>{@code max-source-bytes}</td><td>{@code 16MiB}</td><td>the largest source file
 *         read, in bytes or with {@code KiB}, {@code MiB}, {@code GiB}; a larger one is refused
 *         and the last good version keeps serving. Raise it on purpose for an archive</td></tr>
 *     <tr><th colspan="3">HTTP ({@link HttpOptions})</th></tr>
 *     <tr><td>{@code default-language}</td><td>{@code en}</td><td>the language when the request
 *         names none that is supported</td></tr>
 *     <tr><td>{@code languages}</td><td>the feed's</td><td>the supported languages, such as
 *         {@code fr, en, ar}</td></tr>
 *     <tr><td>{@code cache-max-age}</td><td>{@code 60s}</td><td>{@code Cache-Control: max-age}
 *         of the fragment and feeds</td></tr>
 *     <tr><td>{@code cache-stale-while-revalidate}</td><td>{@code 0}</td><td>{@code
 *         stale-while-revalidate} of the fragment and feeds (RFC 5861); {@code 0} for none</td></tr>
 *     <tr><td>{@code cache-stale-if-error}</td><td>{@code 0}</td><td>{@code stale-if-error} of
 *         the fragment and feeds (RFC 5861); {@code 0} for none</td></tr>
 *     <tr><td>{@code allowed-origins}</td><td>none</td><td>origins allowed to fetch across
 *         origins, such as {@code https://www.example.org}, or {@code *}</td></tr>
 *     <tr><td>{@code site-url}</td><td>from each request</td><td>the public URL of the server's
 *         root, for the links inside feeds; the context path goes below it</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Durations are written {@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h} or in ISO 8601
 * ({@code PT2S}).
 */
public final class InitParameters {
  private InitParameters() {}

  /** Init parameter giving the maximum number of items. */
  public static final String MAX_ITEMS = "max-items";
  /** Init parameter giving the date style. */
  public static final String DATE_STYLE = "date-style";
  /** Init parameter giving the length of summary excerpts. */
  public static final String EXCERPT_LENGTH = "excerpt-length";
  /** Init parameter saying whether the fragment references its assets. */
  public static final String ASSETS = "assets";
  /** Init parameter naming the ticker's region. */
  public static final String LABEL = "label";
  /** Init parameter naming a site's bundle of the ticker's words. */
  public static final String LABELS_BUNDLE = "labels-bundle";
  /** Init parameter choosing the display mode. */
  public static final String DISPLAY = "display";
  /** Init parameter giving the scroll's speed. */
  public static final String SPEED = "speed";
  /** Init parameter giving how long each slide is shown. */
  public static final String SLIDE_INTERVAL = "slide-interval";
  /** Init parameter giving how often the open page asks for new news. */
  public static final String UPDATE_INTERVAL = "update-interval";
  /** Init parameter giving the address of the site's page of all news. */
  public static final String ALL_NEWS_URL = "all-news-url";
  /** Init parameter giving the tag the items shown must carry. */
  public static final String TAG = "tag";
  /** Init parameter choosing the colour scheme. */
  public static final String THEME = "theme";

  /** Init parameter naming the sources. */
  public static final String SOURCES = "sources";
  /** Init parameter giving how often URL sources are fetched. */
  public static final String FETCH_INTERVAL = "fetch-interval";
  /** Init parameter giving how long to wait for a connection to a URL source. */
  public static final String FETCH_CONNECT_TIMEOUT = "fetch-connect-timeout";
  /** Init parameter giving how long a URL source's whole response may take. */
  public static final String FETCH_TIMEOUT = "fetch-timeout";
  /** Init parameter giving the largest body read from a URL source. */
  public static final String FETCH_MAX_SIZE = "fetch-max-size";
  /** Init parameter naming the table {@code jndi:} sources are read from. */
  public static final String JDBC_TABLE = "jdbc-table";
  /** Init parameter mapping the documented columns to a table's own. */
  public static final String JDBC_COLUMNS = "jdbc-columns";
  /** Init parameter giving a query instead of a table. */
  public static final String JDBC_QUERY = "jdbc-query";
  /** Init parameter giving the database change check. */
  public static final String JDBC_CHANGE_QUERY = "jdbc-change-query";
  /** Init parameter giving the reload interval. */
  public static final String RELOAD_INTERVAL = "reload-interval";
  /** Init parameter giving the strictness of source reading. */
  public static final String STRICTNESS = "strictness";
  /** Init parameter giving the day/month order of numeric dates in listings. */
  public static final String DATE_ORDER = "date-order";
  /** Init parameter forcing the language of every source. */
  public static final String SOURCE_LANGUAGE = "source-language";
  /** Init parameter giving the encoding of listings. */
  public static final String SOURCE_ENCODING = "source-encoding";
  /** Init parameter giving the largest source file read. */
  public static final String MAX_SOURCE_BYTES = "max-source-bytes";

  /** Init parameter naming the default language. */
  public static final String DEFAULT_LANGUAGE = "default-language";
  /** Init parameter naming the supported languages. */
  public static final String LANGUAGES = "languages";
  /** Init parameter giving the cache lifetime. */
  public static final String CACHE_MAX_AGE = "cache-max-age";
  /** Init parameter giving the {@code stale-while-revalidate} period. */
  public static final String CACHE_STALE_WHILE_REVALIDATE = "cache-stale-while-revalidate";
  /** Init parameter giving the {@code stale-if-error} period. */
  public static final String CACHE_STALE_IF_ERROR = "cache-stale-if-error";
  /** Init parameter listing the allowed origins. */
  public static final String ALLOWED_ORIGINS = "allowed-origins";
  /** Init parameter giving the site's public URL. */
  public static final String SITE_URL = "site-url";

  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
  /** The date styles from the shortest, as the error lists them. */
  private static final List<FormatStyle> DATE_STYLES =
      List.of(FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG, FormatStyle.FULL);
  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

  /** How each parameter changes the options, by name, in the order they are applied. */
  private static final Map<String, BiFunction<TickerOptions, String, TickerOptions>> PARAMETERS =
      new LinkedHashMap<>();

  static {
    display(MAX_ITEMS, (d, v) -> d.withMaxItems(positive(MAX_ITEMS, v)));
    display(DATE_STYLE, (d, v) -> d.withDateStyle(named(DATE_STYLE, DATE_STYLES, v)));
    display(EXCERPT_LENGTH, (d, v) -> d.withExcerptLength(excerptLength(v)));
    display(ASSETS, (d, v) -> d.withAssets(
        AssetLinks.named(v).orElseThrow(() -> invalid(ASSETS, "link or none", v))));
    display(LABEL, (d, v) -> d.withLabel(Optional.of(label(v))));
    display(LABELS_BUNDLE, (d, v) -> d.withLabelsBundle(Optional.of(bundleName(v))));
    display(DISPLAY, (d, v) -> d.withMode(
        DisplayMode.named(v).orElseThrow(() -> invalid(DISPLAY, "scroll, list or slides", v))));
    motion(SPEED, (m, v) -> m.withSpeed(speed(v)));
    motion(SLIDE_INTERVAL, (m, v) -> m.withSlideInterval(atLeastASecond(SLIDE_INTERVAL, v, false)));
    motion(UPDATE_INTERVAL, (m, v) -> m.withUpdateInterval(atLeastASecond(UPDATE_INTERVAL, v, true)));
    display(ALL_NEWS_URL, (d, v) -> d.withAllNews(Optional.of(allNews(v))));
    display(TAG, (d, v) -> d.withTag(Optional.of(tag(v))));
    display(THEME, (d, v) -> d.withTheme(
        Theme.named(v).orElseThrow(() -> invalid(THEME, "auto, light or dark", v))));

    sources(SOURCES, (s, v) -> s.withLocations(locations(v)));
    sources(RELOAD_INTERVAL, (s, v) -> s.withReloadInterval(duration(RELOAD_INTERVAL, v)));
    reading(STRICTNESS, (r, v) -> r.withStrictness(named(STRICTNESS, List.of(Strictness.values()), v)));
    reading(DATE_ORDER, (r, v) -> r.withDateOrder(named(DATE_ORDER, List.of(DateOrder.values()), v)));
    reading(SOURCE_LANGUAGE, (r, v) -> r.withLanguage(language(SOURCE_LANGUAGE, v)));
    reading(SOURCE_ENCODING, (r, v) -> r.withEncoding(encoding(v)));
    fetch(FETCH_INTERVAL, (f, v) -> f.withInterval(positiveDuration(FETCH_INTERVAL, v)));
    fetch(FETCH_CONNECT_TIMEOUT, (f, v) ->
        f.withTimeouts(positiveDuration(FETCH_CONNECT_TIMEOUT, v), f.readTimeout()));
    fetch(FETCH_TIMEOUT, (f, v) -> f.withTimeouts(f.connectTimeout(), positiveDuration(FETCH_TIMEOUT, v)));
    fetch(FETCH_MAX_SIZE, (f, v) -> f.withMaxBytes(size(v)));
    // A query replaces the table; the columns then apply to the table only.
    database(JDBC_TABLE, (t, v) -> table(JDBC_TABLE, "a table name such as news_items or cms.news_items",
        () -> NewsTable.named(v), v));
    database(JDBC_COLUMNS, (t, v) -> columns(t, v));
    database(JDBC_QUERY, (t, v) -> {
      if (!t.equals(NewsTable.defaults())) {
        throw new IllegalArgumentException("init parameter " + JDBC_QUERY + ": give " + JDBC_TABLE
            + " (and " + JDBC_COLUMNS + ") or " + JDBC_QUERY + ", not both");
      }
      return table(JDBC_QUERY, "a SELECT returning the documented columns", () -> NewsTable.query(v), v);
    });
    database(JDBC_CHANGE_QUERY, (t, v) -> table(JDBC_CHANGE_QUERY, "a SELECT returning one row",
        () -> t.withChangeQuery(v), v));
    reading(MAX_SOURCE_BYTES, (r, v) -> r.withMaxBytes(maxBytes(v)));

    http(DEFAULT_LANGUAGE, (h, v) -> h.withDefaultLanguage(language(DEFAULT_LANGUAGE, v)));
    http(LANGUAGES, (h, v) -> h.withLanguages(languages(v)));
    http(CACHE_MAX_AGE, (h, v) -> h.withCacheMaxAge(duration(CACHE_MAX_AGE, v)));
    http(CACHE_STALE_WHILE_REVALIDATE, (h, v) ->
        h.withStale(duration(CACHE_STALE_WHILE_REVALIDATE, v), h.staleIfError()));
    http(CACHE_STALE_IF_ERROR, (h, v) ->
        h.withStale(h.staleWhileRevalidate(), duration(CACHE_STALE_IF_ERROR, v)));
    http(ALLOWED_ORIGINS, (h, v) -> h.withAllowedOrigins(origins(v)));
    http(SITE_URL, (h, v) -> h.withSiteUrl(Optional.of(siteUrl(v))));
  }

  private static void display(String name, BiFunction<DisplayOptions, String, DisplayOptions> set) {
    PARAMETERS.put(name, (o, v) -> o.withDisplay(set.apply(o.display(), v)));
  }

  private static void motion(String name, BiFunction<Motion, String, Motion> set) {
    display(name, (d, v) -> d.withMotion(set.apply(d.motion(), v)));
  }

  private static void sources(String name, BiFunction<SourceSettings, String, SourceSettings> set) {
    PARAMETERS.put(name, (o, v) -> o.withSources(set.apply(o.sources(), v)));
  }

  private static void reading(String name, BiFunction<SourceOptions, String, SourceOptions> set) {
    sources(name, (s, v) -> s.withReading(set.apply(s.reading(), v)));
  }

  private static void fetch(String name, BiFunction<FetchSettings, String, FetchSettings> set) {
    sources(name, (s, v) -> s.withFetch(set.apply(s.fetch(), v)));
  }

  private static void database(String name, BiFunction<NewsTable, String, NewsTable> set) {
    sources(name, (s, v) -> s.withDatabase(set.apply(s.database(), v)));
  }

  private static void http(String name, BiFunction<HttpOptions, String, HttpOptions> set) {
    PARAMETERS.put(name, (o, v) -> o.withHttp(set.apply(o.http(), v)));
  }

  /**
   * The names of every init parameter.
   *
   * @return the names, sorted
   */
  public static Set<String> names() {
    return new TreeSet<>(PARAMETERS.keySet());
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
  public static TickerOptions read(Iterable<String> names, Function<String, String> values) {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(values, "values");
    for (String name : names) {
      if (!PARAMETERS.containsKey(name)) {
        throw new IllegalArgumentException(
            "unknown init parameter " + quote(name) + "; expected one of " + names());
      }
    }
    TickerOptions options = TickerOptions.defaults();
    for (var parameter : PARAMETERS.entrySet()) {
      String value = values.apply(parameter.getKey());
      if (value != null) {
        options = parameter.getValue().apply(options, value.strip());
      }
    }
    return options;
  }

  /**
   * Reads the options from a map of init parameters.
   *
   * @param parameters the parameters by name
   * @return the options
   * @throws IllegalArgumentException naming the first parameter that is unknown or wrong
   * @see #read(Iterable, Function)
   */
  public static TickerOptions read(Map<String, String> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    return read(parameters.keySet(), parameters::get);
  }

  /**
   * The error for a parameter's wrong value.
   *
   * @param parameter the parameter's name
   * @param expected what was expected, such as {@code a positive integer such as 20}
   * @param found the value
   * @return the exception, with the message {@code init parameter NAME: expected …, found [VALUE]}
   */
  static IllegalArgumentException invalid(String parameter, String expected, String found) {
    return new IllegalArgumentException(
        "init parameter " + parameter + ": expected " + expected + ", found " + quote(found));
  }

  private static int positive(String parameter, String value) {
    if (value.matches("[0-9]{1,9}") && Integer.parseInt(value) > 0) {
      return Integer.parseInt(value);
    }
    throw invalid(parameter, "a positive integer such as 20", value);
  }

  private static int maxBytes(String value) {
    try {
      return SourceOptions.parseMaxBytes(value);
    } catch (IllegalArgumentException e) {
      throw invalid(MAX_SOURCE_BYTES, "a size from 1 byte to 1GiB such as 64MiB or 67108864", value);
    }
  }

  private static int excerptLength(String value) {
    if (value.matches("[0-9]{1,6}")) {
      return Integer.parseInt(value);
    }
    throw invalid(EXCERPT_LENGTH, "a length such as 120, or 0 for no excerpt", value);
  }

  /** The constant of {@code values} named {@code value}, any case; the error lists them all. */
  private static <E extends Enum<E>> E named(String parameter, List<E> values, String value) {
    List<String> names = new ArrayList<>();
    for (E candidate : values) {
      if (candidate.name().equalsIgnoreCase(value)) {
        return candidate;
      }
      names.add(candidate.name().toLowerCase(Locale.ROOT));
    }
    String last = names.remove(names.size() - 1);
    throw invalid(parameter, String.join(", ", names) + " or " + last, value);
  }

  private static Duration positiveDuration(String parameter, String value) {
    Duration duration = duration(parameter, value);
    if (duration.isZero()) {
      throw invalid(parameter, "a positive duration such as 500ms, 30s or 5m", value);
    }
    return duration;
  }

  private static final Pattern SIZE = Pattern.compile("(\\d{1,9})([kKmM]?)");

  private static int size(String value) {
    var size = SIZE.matcher(value);
    if (size.matches()) {
      long bytes = Long.parseLong(size.group(1))
          * (size.group(2).isEmpty() ? 1 : size.group(2).equalsIgnoreCase("k") ? 1024 : 1024 * 1024);
      if (bytes >= 1 && bytes <= dev.newsfeed.source.NewsSources.MAX_BYTES) {
        return (int) bytes;
      }
    }
    throw invalid(FETCH_MAX_SIZE, "a size from 1 to 16m, such as 4m or 512k", value);
  }

  private static NewsTable table(
      String parameter, String expected, java.util.function.Supplier<NewsTable> make, String value) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      // The mapping's own "expected …" says what this message says; anything else adds to it.
      boolean adds = !e.getMessage().startsWith("expected");
      throw invalid(parameter, expected + (adds ? " (" + e.getMessage() + ")" : ""), value);
    }
  }

  /** {@code title=headline, summary=body, dateline=}: documented name = the table's, or nothing. */
  private static NewsTable columns(NewsTable table, String value) {
    NewsTable mapped = table;
    for (String pair : value.split("[,\\n]")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String expected = "pairs such as title=headline, summary=body (an empty name leaves an optional"
          + " column out); the documented columns are item_id, language, published, title, summary,"
          + " dateline, link, is_original, updated_at";
      NewsTable.Column column = equals < 0 ? null
          : NewsTable.Column.named(pair.substring(0, equals).strip()).orElse(null);
      if (column == null) {
        throw invalid(JDBC_COLUMNS, expected, pair.strip());
      }
      String name = pair.substring(equals + 1).strip();
      NewsTable before = mapped;
      mapped = table(JDBC_COLUMNS, expected,
          () -> name.isEmpty() ? before.withoutColumn(column) : before.withColumn(column, name), pair.strip());
    }
    return mapped;
  }

  private static String label(String value) {
    try {
      return DisplayOptions.checkLabel(value);
    } catch (IllegalArgumentException e) {
      throw invalid(LABEL, "a name of 1 to " + DisplayOptions.MAX_LABEL_LENGTH + " characters such as Événements", value);
    }
  }

  private static int speed(String value) {
    if (value.matches("[0-9]{1,4}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 1000) {
      return Integer.parseInt(value);
    }
    throw invalid(SPEED, "a speed in pixels per second from 1 to 1000, such as 50", value);
  }

  private static Duration atLeastASecond(String parameter, String value, boolean zeroAllowed) {
    Duration duration = duration(parameter, value);
    if ((zeroAllowed && duration.isZero()) || duration.compareTo(Duration.ofSeconds(1)) >= 0) {
      return duration;
    }
    throw invalid(parameter, zeroAllowed ? "0 or a duration of at least 1s, such as 60s" : "a duration of at least 1s, such as 5s", value);
  }

  private static URI allNews(String value) {
    try {
      URI link = new URI(value);
      DisplayOptions.defaults().withAllNews(Optional.of(link));
      return link;
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw invalid(ALL_NEWS_URL, "a path such as /news/ or an http or https URL", value);
    }
  }

  private static String tag(String value) {
    try {
      return DisplayOptions.checkTag(value);
    } catch (IllegalArgumentException e) {
      throw invalid(TAG, "a tag of 1 to " + DisplayOptions.MAX_LABEL_LENGTH + " characters such as migration", value);
    }
  }

  private static String bundleName(String value) {
    if (value.matches("[A-Za-z0-9_$-]+([./][A-Za-z0-9_$-]+)*")) {
      return value;
    }
    throw invalid(LABELS_BUNDLE, "a bundle base name such as com.example.news-labels", value);
  }

  private static URI siteUrl(String value) {
    try {
      URI url = new URI(value);
      HttpOptions.defaults().withSiteUrl(Optional.of(url));
      return url;
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw invalid(SITE_URL, "an absolute http or https URL such as https://www.example.org/", value);
    }
  }

  private static List<String> locations(String value) {
    List<String> locations = new ArrayList<>();
    for (String part : value.split("[,\\n]")) {
      if (!part.isBlank()) {
        locations.add(part.strip());
      }
    }
    if (locations.isEmpty()) {
      throw invalid(SOURCES, "a file, directory, URL, classpath: resource or jndi: data source", value);
    }
    return locations;
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

  private static Charset encoding(String value) {
    try {
      return Charset.forName(value);
    } catch (IllegalArgumentException e) {
      // IllegalCharsetNameException and UnsupportedCharsetException both
      throw invalid(SOURCE_ENCODING, "an encoding such as UTF-8 or windows-1252", value);
    }
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
          HttpOptions.defaults().withAllowedOrigins(List.of(origin));
        } catch (IllegalArgumentException e) {
          throw invalid(ALLOWED_ORIGINS, "origins such as https://www.example.org, or *", origin);
        }
        origins.add(origin);
      }
    }
    return origins;
  }

  private static String quote(String s) {
    return "[" + (s.length() <= 60 ? s : s.substring(0, 60) + "…") + "]";
  }
}
