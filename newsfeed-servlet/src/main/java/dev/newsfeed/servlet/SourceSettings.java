// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

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
 * @param locations the news sources: file or directory paths, or {@code classpath:} resources
 * @param reloadInterval how often sources are checked for changes; zero for never
 * @param reading how each source is read: strictness, day/month order, forced language
 */
public record SourceSettings(List<String> locations, Duration reloadInterval, SourceOptions reading) {

  private static final SourceSettings DEFAULTS =
      new SourceSettings(List.of(), Duration.ofSeconds(2), SourceOptions.defaults());

  /**
   * Checks the settings and copies the list.
   *
   * @param locations the news sources
   * @param reloadInterval how often sources are checked for changes; zero for never
   * @param reading how each source is read
   */
  public SourceSettings {
    locations = List.copyOf(Objects.requireNonNull(locations, "locations"));
    Objects.requireNonNull(reloadInterval, "reloadInterval");
    if (reloadInterval.isNegative()) {
      throw new IllegalArgumentException("reloadInterval must not be negative, was " + reloadInterval);
    }
    Objects.requireNonNull(reading, "reading");
  }

  /**
   * No sources, checked every 2 s, read as {@link SourceOptions#defaults()} (strict, languages
   * from file names).
   *
   * @return the defaults
   */
  public static SourceSettings defaults() {
    return DEFAULTS;
  }

  /**
   * The defaults with these sources.
   *
   * @param locations file or directory paths, or {@code classpath:} resources
   * @return the settings
   */
  public static SourceSettings of(List<String> locations) {
    return DEFAULTS.withLocations(locations);
  }

  /**
   * A copy with other sources.
   *
   * @param newLocations file or directory paths, or {@code classpath:} resources
   * @return the copy
   */
  public SourceSettings withLocations(List<String> newLocations) {
    return new SourceSettings(newLocations, reloadInterval, reading);
  }

  /**
   * A copy with another reload interval.
   *
   * @param interval the interval; zero for never
   * @return the copy
   */
  public SourceSettings withReloadInterval(Duration interval) {
    return new SourceSettings(locations, interval, reading);
  }

  /**
   * A copy reading sources otherwise.
   *
   * @param options the strictness, day/month order of listings and forced language
   * @return the copy
   */
  public SourceSettings withReading(SourceOptions options) {
    return new SourceSettings(locations, reloadInterval, options);
  }
}
