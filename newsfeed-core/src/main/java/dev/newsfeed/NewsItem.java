// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import dev.newsfeed.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A dated news item with its text in one or more languages.
 *
 * <p>The first text is the item's original language; the others are translations, in the order
 * they were added. Two items are equal when their ids, dates and texts are.
 *
 * @param id a stable identifier, unique within a feed
 * @param published when it was published
 * @param texts its texts, at most one per language, the original first
 */
public record NewsItem(String id, PublicationDate published, List<ItemText> texts) {

  /**
   * Checks the item.
   *
   * @param id a stable identifier, unique within a feed
   * @param published when it was published
   * @param texts its texts, at most one per language, the original first
   */
  public NewsItem {
    id = Texts.trim(Objects.requireNonNull(id, "id"));
    if (id.isEmpty() || Texts.hasLineBreak(id)) {
      throw new IllegalArgumentException("id must be one non-blank line, found " + Texts.quote(id));
    }
    Objects.requireNonNull(published, "published");
    texts = List.copyOf(Objects.requireNonNull(texts, "texts"));
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("item " + id + " must have a text in at least one language");
    }
    Set<Locale> seen = new HashSet<>();
    for (ItemText text : texts) {
      if (!seen.add(text.language())) {
        throw new IllegalArgumentException(
            "item " + id + " has two texts in " + text.languageTag());
      }
    }
  }

  /**
   * An item with its original text and any translations.
   *
   * @param id the id
   * @param published the publication date
   * @param original the text in the original language
   * @param translations texts in other languages
   * @return the item
   */
  public static NewsItem of(
      String id, PublicationDate published, ItemText original, ItemText... translations) {
    List<ItemText> all = new ArrayList<>(translations.length + 1);
    all.add(original);
    all.addAll(List.of(translations));
    return new NewsItem(id, published, all);
  }

  /**
   * The text in the item's original language.
   *
   * @return the first text
   */
  public ItemText original() {
    return texts.get(0);
  }

  /**
   * The languages of this item's texts, the original first.
   *
   * @return the languages
   */
  public List<Locale> languages() {
    return texts.stream().map(ItemText::language).toList();
  }

  /**
   * The text in exactly {@code language}, if the item has one.
   *
   * @param language the language
   * @return the text, or empty
   */
  public Optional<ItemText> text(Locale language) {
    Objects.requireNonNull(language, "language");
    for (ItemText text : texts) {
      if (text.language().equals(language)) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /**
   * The best text for a reader who prefers the languages of {@code chain}, falling back to the
   * item's original language.
   *
   * @param chain the preferred languages
   * @return the chosen text and the language that was asked for
   */
  public ResolvedText textFor(LanguageChain chain) {
    return chain.resolve(this);
  }

  /**
   * A copy with {@code text} added, or replacing the text in its language.
   *
   * @param text the text
   * @return the copy
   */
  public NewsItem withText(ItemText text) {
    Objects.requireNonNull(text, "text");
    List<ItemText> all = new ArrayList<>(texts);
    int existing = languages().indexOf(text.language());
    if (existing >= 0) {
      all.set(existing, text);
    } else {
      all.add(text);
    }
    return new NewsItem(id, published, all);
  }

  /**
   * A copy with another id.
   *
   * @param newId the id
   * @return the copy
   */
  public NewsItem withId(String newId) {
    return new NewsItem(newId, published, texts);
  }
}
