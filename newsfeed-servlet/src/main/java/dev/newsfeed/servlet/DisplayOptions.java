// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.Optional;

/**
 * What shapes the ticker's display: how many items, how dates and excerpts are written, whether
 * the fragment links its own assets. One of the three groups of {@link TickerOptions}.
 *
 * @param maxItems the most items a response holds, at least 1; a larger {@code limit} is clamped
 * @param dateStyle the CLDR style of item dates
 * @param excerptLength the length of the summary excerpt shown after each title, in
 *     user-perceived characters; 0 for none
 * @param assets whether the fragment references its stylesheet and script
 * @param label the accessible name of the ticker's region in every language, such as {@code
 *     Événements}, instead of the bundle's {@code region} word; a request's {@code label}
 *     parameter overrides it. Two tickers on one page need two names (WCAG 1.3.1, 2.4.1)
 * @param labelsBundle the base name of a site's {@code ResourceBundle} properties files that add
 *     languages to the ticker's own words or change them, such as {@code com.example.news-labels}
 *     ({@code com/example/news-labels_de.properties} …); empty for the words shipped (English,
 *     French, Arabic)
 */
public record DisplayOptions(
    int maxItems,
    FormatStyle dateStyle,
    int excerptLength,
    AssetLinks assets,
    Optional<String> label,
    Optional<String> labelsBundle) {

  /** The longest region name accepted, from options or a request. */
  public static final int MAX_LABEL_LENGTH = 100;

  private static final DisplayOptions DEFAULTS =
      new DisplayOptions(20, FormatStyle.LONG, 0, AssetLinks.LINK, Optional.empty(), Optional.empty());

  /**
   * Checks the options.
   *
   * @param maxItems the most items a response holds, at least 1
   * @param dateStyle the CLDR style of item dates
   * @param excerptLength the length of the summary excerpt; 0 for none
   * @param assets whether the fragment references its stylesheet and script
   * @param label the accessible name of the ticker's region, if not the bundle's
   * @param labelsBundle the base name of a site's bundle of the ticker's words, if any
   * @throws IllegalArgumentException if the label is blank or longer than {@value
   *     #MAX_LABEL_LENGTH} characters
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
    label = Objects.requireNonNull(label, "label").map(DisplayOptions::checkLabel);
    labelsBundle = Objects.requireNonNull(labelsBundle, "labelsBundle").map(String::strip);
    labelsBundle.filter(String::isEmpty).ifPresent(b -> {
      throw new IllegalArgumentException("labelsBundle must not be blank");
    });
  }

  /**
   * A region name, stripped.
   *
   * @param label the name
   * @return the name without surrounding white space
   * @throws IllegalArgumentException if it is blank or longer than {@value #MAX_LABEL_LENGTH}
   */
  static String checkLabel(String label) {
    String stripped = label.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_LABEL_LENGTH) {
      throw new IllegalArgumentException(
          "label must be 1 to " + MAX_LABEL_LENGTH + " characters, found " + stripped.length());
    }
    return stripped;
  }

  /**
   * At most 20 items, long dates, no excerpts, asset links in the fragment, the shipped words.
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
    return new DisplayOptions(max, dateStyle, excerptLength, assets, label, labelsBundle);
  }

  /**
   * A copy with another date style.
   *
   * @param style the CLDR style
   * @return the copy
   */
  public DisplayOptions withDateStyle(FormatStyle style) {
    return new DisplayOptions(maxItems, style, excerptLength, assets, label, labelsBundle);
  }

  /**
   * A copy showing summary excerpts.
   *
   * @param length the excerpt's length in user-perceived characters; 0 for none
   * @return the copy
   */
  public DisplayOptions withExcerptLength(int length) {
    return new DisplayOptions(maxItems, dateStyle, length, assets, label, labelsBundle);
  }

  /**
   * A copy with other asset links.
   *
   * @param newAssets whether the fragment references its stylesheet and script
   * @return the copy
   */
  public DisplayOptions withAssets(AssetLinks newAssets) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, newAssets, label, labelsBundle);
  }

  /**
   * A copy naming the ticker's region otherwise.
   *
   * @param name the name in every language; empty for the bundle's {@code region} word
   * @return the copy
   */
  public DisplayOptions withLabel(Optional<String> name) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, assets, name, labelsBundle);
  }

  /**
   * A copy with a site's bundle of the ticker's words.
   *
   * @param baseName the bundle's base name; empty for the words shipped
   * @return the copy
   */
  public DisplayOptions withLabelsBundle(Optional<String> baseName) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, assets, label, baseName);
  }
}
