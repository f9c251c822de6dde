// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Canonical BCP 47 language tags. */
public final class LanguageTags {
  private LanguageTags() {}

  /**
   * {@code und}, BCP 47's "undetermined" (RFC 5646 §4.1): the language of text whose source names
   * none and whose reader was told none. Java maps the tag to the root locale, which names no
   * language at all; this locale keeps the tag.
   */
  @SuppressWarnings("deprecation") // Locale.of is Java 19+; this constructor keeps "und" as it is.
  public static final Locale UNDETERMINED = new Locale("und");

  /** Enough for the languages of any site; a feed naming more costs a parse each past that. */
  private static final int MAX_REMEMBERED = 256;

  private static final Map<Locale, Locale> CANONICAL = new ConcurrentHashMap<>();

  /**
   * Parses a well-formed BCP 47 tag ({@code fr}, {@code ar-MA}, {@code en_US} is accepted as
   * {@code en-US}) into its canonical locale.
   *
   * @throws IllegalArgumentException if the tag is ill-formed or names no language
   */
  public static Locale parse(String tag) {
    Objects.requireNonNull(tag, "tag");
    String trimmed = Texts.trim(tag).replace('_', '-');
    try {
      if (trimmed.equalsIgnoreCase("und")) {
        return UNDETERMINED;
      }
      Locale locale = new Locale.Builder().setLanguageTag(trimmed).build();
      return canonical(locale);
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "expected a BCP 47 language tag such as fr or ar-MA, found " + Texts.quote(tag), e);
    }
  }

  /**
   * The canonical form of {@code language}.
   *
   * @return the canonical locale; {@link #UNDETERMINED} for {@code und} itself
   * @throws IllegalArgumentException if it names no language (the root locale, or {@code und}
   *     with a region or script)
   */
  public static Locale canonical(Locale language) {
    Objects.requireNonNull(language, "language");
    // Every item of a feed names its language again: the tag is parsed once per language, not
    // per item (5 % of reading a 100,000-item listing, JFR). Equal locales have one canonical form.
    Locale known = CANONICAL.get(language);
    if (known != null) {
      return known;
    }
    Locale canonical = canonicalOf(language);
    if (CANONICAL.size() < MAX_REMEMBERED) {
      CANONICAL.putIfAbsent(language, canonical);
      CANONICAL.putIfAbsent(canonical, canonical);
    }
    return canonical;
  }

  private static Locale canonicalOf(Locale language) {
    if (language.getLanguage().equals("und") && language.toLanguageTag().equals("und")) {
      return UNDETERMINED;
    }
    Locale canonical = Locale.forLanguageTag(language.toLanguageTag());
    if (canonical.getLanguage().isEmpty()) {
      throw new IllegalArgumentException(
          "expected a language such as fr or ar-MA, found " + Texts.quote(language.toLanguageTag()));
    }
    return canonical;
  }

  /**
   * Whether text in {@code language} is written right to left by default (Arabic, Hebrew, Persian,
   * Urdu and the other languages whose default script is right-to-left, or an explicit RTL script).
   */
  public static boolean isRightToLeft(Locale language) {
    String script = language.getScript();
    if (!script.isEmpty()) {
      return switch (script) {
        case "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr" -> true;
        default -> false;
      };
    }
    return switch (language.getLanguage()) {
      case "ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ks", "syr" -> true;
      default -> false;
    };
  }
}
