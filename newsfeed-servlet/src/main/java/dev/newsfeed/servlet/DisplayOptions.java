// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.time.format.FormatStyle;
import java.util.Objects;

/**
 * What shapes the ticker's display: how many items, how dates and excerpts are written, whether
 * the fragment links its own assets. One of the three groups of {@link TickerOptions}.
 *
 * @param maxItems the most items a response holds, at least 1; a larger {@code limit} is clamped
 * @param dateStyle the CLDR style of item dates
 * @param excerptLength the length of the summary excerpt shown after each title, in
 *     user-perceived characters; 0 for none
 * @param assets whether the fragment references its stylesheet and script
 */
public record DisplayOptions(int maxItems, FormatStyle dateStyle, int excerptLength, AssetLinks assets) {

  private static final DisplayOptions DEFAULTS =
      new DisplayOptions(20, FormatStyle.LONG, 0, AssetLinks.LINK);

  /**
   * Checks the options.
   *
   * @param maxItems the most items a response holds, at least 1
   * @param dateStyle the CLDR style of item dates
   * @param excerptLength the length of the summary excerpt; 0 for none
   * @param assets whether the fragment references its stylesheet and script
   */
  public DisplayOptions {
    if (maxItems < 1) {
      throw new IllegalArgumentException("maxItems must be at least 1, was " + maxItems);
    }
    Objects.requireNonNull(dateStyle, "dateStyle");
    if (excerptLength < 0) {
      throw new IllegalArgumentException("excerptLength must not be negative, was " + excerptLength);
    }
    Objects.requireNonNull(assets, "assets");
  }

  /**
   * At most 20 items, long dates, no excerpts, asset links in the fragment.
   *
   * @return the defaults
   */
  public static DisplayOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another maximum number of items.
   *
   * @param max the maximum, at least 1
   * @return the copy
   */
  public DisplayOptions withMaxItems(int max) {
    return new DisplayOptions(max, dateStyle, excerptLength, assets);
  }

  /**
   * A copy with another date style.
   *
   * @param style the CLDR style
   * @return the copy
   */
  public DisplayOptions withDateStyle(FormatStyle style) {
    return new DisplayOptions(maxItems, style, excerptLength, assets);
  }

  /**
   * A copy showing summary excerpts.
   *
   * @param length the excerpt's length in user-perceived characters; 0 for none
   * @return the copy
   */
  public DisplayOptions withExcerptLength(int length) {
    return new DisplayOptions(maxItems, dateStyle, length, assets);
  }

  /**
   * A copy with other asset links.
   *
   * @param newAssets whether the fragment references its stylesheet and script
   * @return the copy
   */
  public DisplayOptions withAssets(AssetLinks newAssets) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, newAssets);
  }
}
