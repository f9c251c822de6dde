// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.net.URI;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What shapes the ticker's display: its mode and motion, which items and how many, how dates and
 * excerpts are written, its words and colours, whether the fragment links its own assets. One of
 * the three groups of {@link TickerOptions}.
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
 * @param mode how the list is presented: scrolling, a static list or slides; a request's {@code
 *     display} parameter overrides it
 * @param motion the scroll's speed, the slides' interval, the live updates' interval
 * @param allNews where the site lists all its news, for an "all news" link after the items (a
 *     path such as {@code /news/} or an absolute http or https URL); empty for no link
 * @param tag show only the items carrying this tag; a request's {@code tag} parameter overrides
 *     it; empty for every item
 * @param theme the colour scheme: light, dark, or as the reader's system prefers
 */
public record DisplayOptions(
    int maxItems,
    FormatStyle dateStyle,
    int excerptLength,
    AssetLinks assets,
    Optional<String> label,
    Optional<String> labelsBundle,
    DisplayMode mode,
    Motion motion,
    Optional<URI> allNews,
    Optional<String> tag,
    Theme theme) {

  /** The longest region name or tag accepted, from options or a request. */
  public static final int MAX_LABEL_LENGTH = 100;

  private static final DisplayOptions DEFAULTS =
      new DisplayOptions(20, FormatStyle.LONG, 0, AssetLinks.LINK, Optional.empty(), Optional.empty(),
          DisplayMode.SCROLL, Motion.defaults(), Optional.empty(), Optional.empty(), Theme.AUTO);

  /**
   * Checks the options.
   *
   * @param maxItems the most items a response holds, at least 1
   * @param dateStyle the CLDR style of item dates
   * @param excerptLength the length of the summary excerpt; 0 for none
   * @param assets whether the fragment references its stylesheet and script
   * @param label the accessible name of the ticker's region, if not the bundle's
   * @param labelsBundle the base name of a site's bundle of the ticker's words, if any
   * @param mode how the list is presented
   * @param motion speed and intervals
   * @param allNews where the site lists all its news, if it has such a page
   * @param tag the tag items must carry, if any
   * @param theme the colour scheme
   * @throws IllegalArgumentException if the label or tag is blank or longer than {@value
   *     #MAX_LABEL_LENGTH} characters, or the link is neither a path nor an http or https URL
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
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(motion, "motion");
    Objects.requireNonNull(allNews, "allNews").ifPresent(DisplayOptions::checkLink);
    tag = Objects.requireNonNull(tag, "tag").map(DisplayOptions::checkTag);
    Objects.requireNonNull(theme, "theme");
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
   * A tag, stripped.
   *
   * @param tag the tag
   * @return the tag without surrounding white space
   * @throws IllegalArgumentException if it is blank or longer than {@value #MAX_LABEL_LENGTH}
   */
  static String checkTag(String tag) {
    String stripped = tag.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_LABEL_LENGTH) {
      throw new IllegalArgumentException(
          "tag must be 1 to " + MAX_LABEL_LENGTH + " characters, found " + stripped.length());
    }
    return stripped;
  }

  private static void checkLink(URI link) {
    String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
    boolean path = link.getScheme() == null && link.getRawAuthority() == null
        && link.getRawPath() != null && link.getRawPath().startsWith("/");
    boolean web = (scheme.equals("http") || scheme.equals("https")) && link.getHost() != null;
    if (!path && !web) {
      throw new IllegalArgumentException(
          "allNews must be a path such as /news/ or an http or https URL, found [" + link + "]");
    }
  }

  /**
   * At most 20 items, long dates, no excerpts, asset links in the fragment, the shipped words,
   * scrolling at the {@linkplain Motion#defaults() default motion}, every item, no "all news"
   * link, the reader's colour scheme.
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
    return new DisplayOptions(max, dateStyle, excerptLength, assets, label, labelsBundle, mode, motion,
        allNews, tag, theme);
  }

  /**
   * A copy with another date style.
   *
   * @param style the CLDR style
   * @return the copy
   */
  public DisplayOptions withDateStyle(FormatStyle style) {
    return new DisplayOptions(maxItems, style, excerptLength, assets, label, labelsBundle, mode, motion,
        allNews, tag, theme);
  }

  /**
   * A copy showing summary excerpts.
   *
   * @param length the excerpt's length in user-perceived characters; 0 for none
   * @return the copy
   */
  public DisplayOptions withExcerptLength(int length) {
    return new DisplayOptions(maxItems, dateStyle, length, assets, label, labelsBundle, mode, motion,
        allNews, tag, theme);
  }

  /**
   * A copy with other asset links.
   *
   * @param newAssets whether the fragment references its stylesheet and script
   * @return the copy
   */
  public DisplayOptions withAssets(AssetLinks newAssets) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, newAssets, label, labelsBundle, mode,
        motion, allNews, tag, theme);
  }

  /**
   * A copy naming the ticker's region otherwise.
   *
   * @param name the name in every language; empty for the bundle's {@code region} word
   * @return the copy
   */
  public DisplayOptions withLabel(Optional<String> name) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, assets, name, labelsBundle, mode, motion,
        allNews, tag, theme);
  }

  /**
   * A copy with a site's bundle of the ticker's words.
   *
   * @param baseName the bundle's base name; empty for the words shipped
   * @return the copy
   */
  public DisplayOptions withLabelsBundle(Optional<String> baseName) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, assets, label, baseName, mode, motion,
        allNews, tag, theme);
  }

  /**
   * A copy presenting the list otherwise.
   *
   * @param newMode scroll, list or slides
   * @return the copy
   */
  public DisplayOptions withMode(DisplayMode newMode) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, assets, label, labelsBundle, newMode,
        motion, allNews, tag, theme);
  }

  /**
   * A copy moving otherwise.
   *
   * @param newMotion the speed and intervals
   * @return the copy
   */
  public DisplayOptions withMotion(Motion newMotion) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, assets, label, labelsBundle, mode,
        newMotion, allNews, tag, theme);
  }

  /**
   * A copy with an "all news" link.
   *
   * @param link a path such as {@code /news/} or an http or https URL; empty for no link
   * @return the copy
   */
  public DisplayOptions withAllNews(Optional<URI> link) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, assets, label, labelsBundle, mode, motion,
        link, tag, theme);
  }

  /**
   * A copy showing only the items with a tag.
   *
   * @param newTag the tag; empty for every item
   * @return the copy
   */
  public DisplayOptions withTag(Optional<String> newTag) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, assets, label, labelsBundle, mode, motion,
        allNews, newTag, theme);
  }

  /**
   * A copy with another colour scheme.
   *
   * @param newTheme light, dark or auto
   * @return the copy
   */
  public DisplayOptions withTheme(Theme newTheme) {
    return new DisplayOptions(maxItems, dateStyle, excerptLength, assets, label, labelsBundle, mode, motion,
        allNews, tag, newTheme);
  }
}
