// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/** Canonical BCP 47 language tags. */
public final class LanguageTags {
  private LanguageTags() {}

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
   * @throws IllegalArgumentException if it names no language (the root locale, {@code und})
   */
  public static Locale canonical(Locale language) {
    Objects.requireNonNull(language, "language");
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
