// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import dev.newsfeed.servlet.jdbc.NewsTable;
import dev.newsfeed.source.SourceOptions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What shapes the sources: where the news is read from, how often it is checked for changes, and
 * how each source is read. One of the three groups of {@link TickerOptions}.
 *
 * <p>(Named settings rather than options because core's {@link SourceOptions}, how one source is
 * parsed, is a part of it.)
 *
 * <p>A location is one of:
 *
 * <ul>
 *   <li>a file or directory path (relative paths are looked up in the web application first);
 *   <li>{@code classpath:news/news.fr.txt}, a resource packaged with the application;
 *   <li>an {@code http://} or {@code https://} URL of an Atom, RSS or JSON Feed document (or a
 *       listing), fetched as {@link #fetch()} says;
 *   <li>{@code jndi:java:comp/env/jdbc/news}, the {@code DataSource} bound to that JNDI name, read
 *       from the {@link #database()} table by a {@link dev.newsfeed.servlet.jdbc.JdbcNewsProvider}.
 * </ul>
 *
 * <p>Only these locations are ever read: nothing a request says is fetched.
 *
 * @param locations the news sources, the leading one first
 * @param reloadInterval how often files, directories and databases are checked for changes; zero
 *     for never
 * @param reading how each source is read: strictness, day/month order, forced language
 * @param fetch how URL sources are fetched: their own interval, timeouts, size cap, retries
 * @param database where {@code jndi:} sources keep their news
 */
public record SourceSettings(
    List<String> locations,
    Duration reloadInterval,
    SourceOptions reading,
    FetchSettings fetch,
    NewsTable database) {

  private static final SourceSettings DEFAULTS =
      new SourceSettings(List.of(), Duration.ofSeconds(2), SourceOptions.defaults(),
          FetchSettings.defaults(), NewsTable.defaults());

  /**
   * Checks the settings and copies the list.
   *
   * @param locations the news sources
   * @param reloadInterval how often sources are checked for changes; zero for never
   * @param reading how each source is read
   * @param fetch how URL sources are fetched
   * @param database where {@code jndi:} sources keep their news
   */
  public SourceSettings {
    locations = List.copyOf(Objects.requireNonNull(locations, "locations"));
    Objects.requireNonNull(reloadInterval, "reloadInterval");
    if (reloadInterval.isNegative()) {
      throw new IllegalArgumentException("reloadInterval must not be negative, was " + reloadInterval);
    }
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(database, "database");
  }

  /**
   * No sources, checked every 2 s, read as {@link SourceOptions#defaults()} (strict, languages
   * from file names), URLs fetched as {@link FetchSettings#defaults()}, databases read from the
   * documented {@code news_items} table.
   *
   * @return the defaults
   */
  public static SourceSettings defaults() {
    return DEFAULTS;
  }

  /**
   * The defaults with these sources.
   *
   * @param locations paths, {@code classpath:} resources, URLs or {@code jndi:} data sources
   * @return the settings
   */
  public static SourceSettings of(List<String> locations) {
    return DEFAULTS.withLocations(locations);
  }

  /**
   * A copy with other sources.
   *
   * @param newLocations paths, {@code classpath:} resources, URLs or {@code jndi:} data sources
   * @return the copy
   */
  public SourceSettings withLocations(List<String> newLocations) {
    return new SourceSettings(newLocations, reloadInterval, reading, fetch, database);
  }

  /**
   * A copy with another reload interval.
   *
   * @param interval the interval; zero for never
   * @return the copy
   */
  public SourceSettings withReloadInterval(Duration interval) {
    return new SourceSettings(locations, interval, reading, fetch, database);
  }

  /**
   * A copy reading sources otherwise.
   *
   * @param options the strictness, day/month order of listings and forced language
   * @return the copy
   */
  public SourceSettings withReading(SourceOptions options) {
    return new SourceSettings(locations, reloadInterval, options, fetch, database);
  }

  /**
   * A copy fetching URL sources otherwise.
   *
   * @param settings the interval, timeouts, size cap and retries
   * @return the copy
   */
  public SourceSettings withFetch(FetchSettings settings) {
    return new SourceSettings(locations, reloadInterval, reading, settings, database);
  }

  /**
   * A copy reading {@code jndi:} sources from another table or query.
   *
   * @param table the mapping
   * @return the copy
   */
  public SourceSettings withDatabase(NewsTable table) {
    return new SourceSettings(locations, reloadInterval, reading, fetch, table);
  }
}
