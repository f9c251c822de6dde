// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ticker's own words (the name of its region, the labels of its buttons, the text shown when
 * there is no news), from {@code ResourceBundle} properties files: this module's {@code
 * labels.properties} (English), {@code labels_fr.properties} and {@code labels_ar.properties},
 * and optionally a site's own bundle that adds languages and changes the wording.
 *
 * <p>A word for {@code ar-MA} is looked up in the site's {@code _ar_MA} file, then this module's,
 * then the site's {@code _ar}, this module's {@code _ar}, and last the root files (the candidate
 * locales of {@link ResourceBundle.Control#getCandidateLocales}). The default locale of the JVM is
 * never consulted. The files are read here rather than by {@code ResourceBundle.getBundle}, whose
 * {@code Control} (needed to leave the default locale out) is not available in named modules;
 * they are read as UTF-8.
 *
 * <p>Immutable and thread-safe.
 */
public final class InterfaceText {

  /** The keys every bundle may define, with the meaning of each. */
  public static final List<String> KEYS = List.of(
      "region", "pause", "play", "empty", "previous", "next", "slide", "pause-updates",
      "resume-updates", "all-news");

  private static final String OWN = "dev/newsfeed/servlet/internal/labels";

  private static final ResourceBundle.Control PROPERTIES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Optional<String> siteBase;
  private final ClassLoader siteLoader;
  private final Map<Locale, Optional<ResourceBundle>> siteBundles = new ConcurrentHashMap<>();
  private final Map<Locale, Optional<ResourceBundle>> ownBundles = new ConcurrentHashMap<>();
  private final Map<Locale, Words> words = new ConcurrentHashMap<>();

  private InterfaceText(Optional<String> siteBase, ClassLoader siteLoader) {
    this.siteBase = siteBase;
    this.siteLoader = siteLoader;
  }

  /**
   * The words this module ships (English, French, Arabic).
   *
   * @return the words
   */
  public static InterfaceText shipped() {
    return new InterfaceText(Optional.empty(), InterfaceText.class.getClassLoader());
  }

  /**
   * The words of a site's bundle, falling back to those this module ships for every key and
   * language the site's files do not have.
   *
   * @param baseName the bundle's base name, such as {@code com.example.news-labels}: files
   *     {@code com/example/news-labels_fr.properties} … on {@code loader}'s class path
   * @param loader where the site's files are
   * @return the words
   * @throws IllegalArgumentException if no file of that bundle exists
   */
  public static InterfaceText withSiteBundle(String baseName, ClassLoader loader) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(loader, "loader");
    String path = baseName.replace('.', '/');
    boolean any = false;
    try (InputStream root = loader.getResourceAsStream(path + ".properties")) {
      any = root != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!any) {
      for (Locale shipped : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"))) {
        any |= loader.getResource(path + "_" + shipped.getLanguage() + ".properties") != null;
      }
    }
    if (!any) {
      throw new IllegalArgumentException(
          "no file of the bundle [" + baseName + "]: expected " + path + ".properties or "
              + path + "_fr.properties … on the class path");
    }
    return new InterfaceText(Optional.of(path), loader);
  }

  /**
   * The words for {@code locale}.
   *
   * @param locale the reader's formatting locale, such as {@code ar-MA}
   * @return the words
   */
  public Words forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return words.computeIfAbsent(locale, this::lookUp);
  }

  private Words lookUp(Locale locale) {
    List<Locale> candidates = PROPERTIES.getCandidateLocales("", locale);
    List<ResourceBundle> chain = new ArrayList<>();
    for (Locale candidate : candidates) {
      siteBase.ifPresent(base -> siteBundles
          .computeIfAbsent(candidate, c -> read(siteLoader, base, c)).ifPresent(chain::add));
      ownBundles.computeIfAbsent(candidate, c -> read(null, OWN, c)).ifPresent(chain::add);
    }
    Map<String, String> found = new HashMap<>();
    for (String key : KEYS) {
      for (ResourceBundle bundle : chain) {
        if (bundle.containsKey(key)) {
          found.put(key, bundle.getString(key));
          break;
        }
      }
      if (!found.containsKey(key)) {
        throw new MissingResourceException("no label " + key, OWN, key);
      }
    }
    return new Words(found.get("region"), found.get("pause"), found.get("play"), found.get("empty"),
        found.get("previous"), found.get("next"), found.get("slide"), found.get("pause-updates"),
        found.get("resume-updates"), found.get("all-news"));
  }

  /** One properties file of a bundle, if it exists; this module's own when {@code loader} is null. */
  private static Optional<ResourceBundle> read(ClassLoader loader, String base, Locale locale) {
    String name = PROPERTIES.toBundleName(base, locale) + ".properties";
    // This module's files through its own class: in a named module, a class loader would not
    // see resources of an unopened package.
    InputStream in = loader == null
        ? InterfaceText.class.getResourceAsStream("/" + name)
        : loader.getResourceAsStream(name);
    if (in == null) {
      return Optional.empty();
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return Optional.of(new PropertyResourceBundle(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * The words in one locale.
   *
   * @param regionLabel the accessible name of the ticker's region ({@code region})
   * @param pause the button's label while the ticker moves ({@code pause})
   * @param play the button's label while it is paused ({@code play})
   * @param empty the text shown when there are no items ({@code empty})
   * @param previous the label of the slides' previous button ({@code previous})
   * @param next the label of the slides' next button ({@code next})
   * @param slide the slides' counter, {@code {0} of {1}} ({@code slide})
   * @param pauseUpdates the button's label in a list that updates itself ({@code pause-updates})
   * @param resumeUpdates the same once paused ({@code resume-updates})
   * @param allNews the text of the link to the site's page of all news ({@code all-news})
   */
  public record Words(
      String regionLabel, String pause, String play, String empty, String previous, String next,
      String slide, String pauseUpdates, String resumeUpdates, String allNews) {
    /**
     * Checks every word is present.
     *
     * @param regionLabel the accessible name of the ticker's region
     * @param pause the button's label while the ticker moves
     * @param play the button's label while it is paused
     * @param empty the text shown when there are no items
     * @param previous the label of the previous button
     * @param next the label of the next button
     * @param slide the slides' counter
     * @param pauseUpdates the button's label in a list that updates itself
     * @param resumeUpdates the same once paused
     * @param allNews the text of the "all news" link
     */
    public Words {
      Objects.requireNonNull(regionLabel, "regionLabel");
      Objects.requireNonNull(pause, "pause");
      Objects.requireNonNull(play, "play");
      Objects.requireNonNull(empty, "empty");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(next, "next");
      Objects.requireNonNull(slide, "slide");
      Objects.requireNonNull(pauseUpdates, "pauseUpdates");
      Objects.requireNonNull(resumeUpdates, "resumeUpdates");
      Objects.requireNonNull(allNews, "allNews");
    }
  }
}
