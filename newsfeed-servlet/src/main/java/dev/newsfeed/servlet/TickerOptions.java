// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.util.Objects;

/**
 * The configuration of a {@link NewsfeedServlet}, in three groups: what shapes the {@linkplain
 * DisplayOptions display}, what shapes the {@linkplain SourceSettings sources} and what shapes
 * {@linkplain HttpOptions HTTP}. Usually read from the servlet's init parameters by {@link
 * InitParameters}, or built from {@link #defaults()} with the {@code withX} methods:
 *
 * <pre>{@code
 * TickerOptions options = TickerOptions.defaults()
 *     .withSources(SourceSettings.of(List.of("/srv/news")))
 *     .withDisplay(DisplayOptions.defaults().withMaxItems(5))
 *     .withHttp(HttpOptions.defaults().withDefaultLanguage(Locale.FRENCH));
 * }</pre>
 *
 * @param display what shapes the display: item count, dates, excerpts, asset links
 * @param sources what shapes the sources: where, how often checked, how read
 * @param http what shapes HTTP: languages, caching, cross-origin access, the site's URL
 */
public record TickerOptions(DisplayOptions display, SourceSettings sources, HttpOptions http) {

  private static final TickerOptions DEFAULTS =
      new TickerOptions(DisplayOptions.defaults(), SourceSettings.defaults(), HttpOptions.defaults());

  /**
   * Checks every group is present.
   *
   * @param display what shapes the display
   * @param sources what shapes the sources
   * @param http what shapes HTTP
   */
  public TickerOptions {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(http, "http");
  }

  /**
   * The defaults of each group: {@link DisplayOptions#defaults()}, {@link
   * SourceSettings#defaults()} (no sources) and {@link HttpOptions#defaults()}.
   *
   * @return the default options
   */
  public static TickerOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another display.
   *
   * @param newDisplay what shapes the display
   * @return the copy
   */
  public TickerOptions withDisplay(DisplayOptions newDisplay) {
    return new TickerOptions(newDisplay, sources, http);
  }

  /**
   * A copy with other sources.
   *
   * @param newSources what shapes the sources
   * @return the copy
   */
  public TickerOptions withSources(SourceSettings newSources) {
    return new TickerOptions(display, newSources, http);
  }

  /**
   * A copy with other HTTP options.
   *
   * @param newHttp what shapes HTTP
   * @return the copy
   */
  public TickerOptions withHttp(HttpOptions newHttp) {
    return new TickerOptions(display, sources, newHttp);
  }
}
