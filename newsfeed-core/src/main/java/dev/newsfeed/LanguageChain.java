// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import dev.newsfeed.internal.LanguageTags;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A reader's languages in order of preference, used to pick the text of an item.
 *
 * <p>Each language is followed by its less specific forms, as in RFC 4647 lookup: {@code ar-MA}
 * then {@code ar}. {@link #resolve} takes, for each language in turn, a text in exactly that
 * language, else a text in a more specific form of it ({@code fr-CA} for {@code fr}); failing all
 * of them, the item's original text.
 *
 * <p>Example: {@code LanguageChain.of(Locale.forLanguageTag("ar-MA"), Locale.FRENCH)} tries
 * {@code ar-MA}, {@code ar}, {@code fr}, then the original.
 *
 * @param languages the languages to try, most preferred first, without duplicates
 */
public record LanguageChain(List<Locale> languages) {

  /**
   * Expands every language with its truncations and removes duplicates.
   *
   * @param languages the languages to try, most preferred first, without duplicates
   */
  public LanguageChain {
    Objects.requireNonNull(languages, "languages");
    Set<Locale> expanded = new LinkedHashSet<>();
    for (Locale language : languages) {
      expanded.addAll(truncations(LanguageTags.canonical(language)));
    }
    if (expanded.isEmpty()) {
      throw new IllegalArgumentException("languages must name at least one language");
    }
    languages = List.copyOf(expanded);
  }

  /**
   * A chain from the most preferred language to the least.
   *
   * @param preferred the first choice
   * @param fallbacks the next choices, in order
   * @return the chain
   */
  public static LanguageChain of(Locale preferred, Locale... fallbacks) {
    List<Locale> all = new ArrayList<>(fallbacks.length + 1);
    all.add(preferred);
    all.addAll(List.of(fallbacks));
    return new LanguageChain(all);
  }

  /**
   * A chain from BCP 47 tags, such as {@code "ar-MA", "fr"}.
   *
   * @param tags the tags, most preferred first
   * @return the chain
   * @throws IllegalArgumentException if a tag is ill-formed
   */
  public static LanguageChain ofTags(String... tags) {
    return new LanguageChain(List.of(tags).stream().map(LanguageTags::parse).toList());
  }

  /**
   * The most preferred language.
   *
   * @return the first language
   */
  public Locale preferred() {
    return languages.get(0);
  }

  /**
   * The text of {@code item} this chain selects.
   *
   * @param item the item
   * @return the text and the language asked for
   */
  public ResolvedText resolve(NewsItem item) {
    Objects.requireNonNull(item, "item");
    for (Locale language : languages) {
      var exact = item.text(language);
      if (exact.isPresent()) {
        return new ResolvedText(exact.get(), preferred());
      }
      String prefix = language.toLanguageTag() + "-";
      for (ItemText text : item.texts()) {
        if (text.languageTag().startsWith(prefix)) {
          return new ResolvedText(text, preferred());
        }
      }
    }
    return new ResolvedText(item.original(), preferred());
  }

  /** {@code language} and its less specific forms: {@code zh-Hant-TW}, {@code zh-Hant}, {@code zh}. */
  static List<Locale> truncations(Locale language) {
    List<Locale> result = new ArrayList<>();
    String tag = language.toLanguageTag();
    while (true) {
      result.add(Locale.forLanguageTag(tag));
      int dash = tag.lastIndexOf('-');
      if (dash < 0) {
        return result;
      }
      tag = tag.substring(0, dash);
      // RFC 4647 §3.4: a single-letter subtag (an extension or private-use singleton) goes with
      // the subtag after it.
      int prev = tag.lastIndexOf('-');
      if (tag.length() - prev - 1 == 1 && prev >= 0) {
        tag = tag.substring(0, prev);
      }
    }
  }
}
