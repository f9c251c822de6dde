// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import dev.newsfeed.internal.LanguageTags;
import dev.newsfeed.internal.Texts;
import dev.newsfeed.internal.TranslationPairing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered collection of news items with a title per language.
 *
 * <p>Items are kept newest first by {@link PublicationDate#date() date}; items of the same date
 * keep the order they were given in (a stable sort), which for a listing is the source order.
 * Ids are unique.
 *
 * @param titles the feed's title in each language it has one, in insertion order
 * @param items the items, newest first
 */
public record NewsFeed(Map<Locale, String> titles, List<NewsItem> items) {

  private static final Comparator<NewsItem> NEWEST_FIRST =
      Comparator.comparing((NewsItem item) -> item.published().date()).reversed();

  /**
   * Sorts the items, normalises the titles and checks ids are unique.
   *
   * @param titles the feed's title in each language it has one, in insertion order
   * @param items the items, newest first
   */
  public NewsFeed {
    Objects.requireNonNull(titles, "titles");
    Map<Locale, String> ordered = new LinkedHashMap<>();
    titles.forEach(
        (language, title) -> {
          String trimmed = Texts.trim(Objects.requireNonNull(title, "title"));
          if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("feed title must not be blank");
          }
          ordered.put(LanguageTags.canonical(language), trimmed);
        });
    titles = Collections.unmodifiableMap(ordered);
    List<NewsItem> sorted = new ArrayList<>(Objects.requireNonNull(items, "items"));
    sorted.sort(NEWEST_FIRST);
    Set<String> ids = new HashSet<>();
    for (NewsItem item : sorted) {
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException("two items have the id " + item.id());
      }
    }
    items = List.copyOf(sorted);
  }

  /**
   * A feed without a title.
   *
   * @param items the items, in source order
   * @return the feed
   */
  public static NewsFeed of(List<NewsItem> items) {
    return new NewsFeed(Map.of(), items);
  }

  /**
   * A feed with a title in one language.
   *
   * @param language the title's language
   * @param title the title
   * @param items the items, in source order
   * @return the feed
   */
  public static NewsFeed of(Locale language, String title, List<NewsItem> items) {
    return new NewsFeed(Map.of(language, title), items);
  }

  /**
   * The empty feed.
   *
   * @return a feed with no title and no items
   */
  public static NewsFeed empty() {
    return new NewsFeed(Map.of(), List.of());
  }

  /**
   * Merges feeds holding the same news in different languages into one feed of multilingual
   * items. The first feed leads: its items keep their ids, dates and order, and the texts of the
   * other feeds are added to them.
   *
   * <p>An item of a later feed is paired with the item of the first feed (or an unpaired item of
   * an earlier one) that has the same id, such as an id pinned with {@code {#id}} in both
   * listings. The items the ids leave are paired date by date, by position among the items of
   * that date, but only where both feeds have as many of them: when the counts differ, one
   * language lacks a story and position would pair the wrong ones, so every item of that date left
   * in either feed is reported instead. An item that cannot be paired (no such date, different
   * counts, another date under the same id, or a language the target already has) is never
   * dropped: an item of a later feed is kept as an item of its own (its id suffixed with its
   * language if taken), and every such item, and every first-feed item left without a
   * translation by differing counts, is reported in {@link MergeResult#unpaired()}. Titles are
   * combined, the first feed's winning per language.
   *
   * @param feeds the feeds, the leading one first
   * @return the merged feed and what could not be paired
   */
  public static MergeResult merge(List<NewsFeed> feeds) {
    Objects.requireNonNull(feeds, "feeds");
    return TranslationPairing.merge(List.copyOf(feeds));
  }

  /**
   * The number of items.
   *
   * @return the size
   */
  public int size() {
    return items.size();
  }

  /**
   * Every language of the titles and items, in order of first appearance.
   *
   * @return the languages
   */
  public List<Locale> languages() {
    Set<Locale> all = new LinkedHashSet<>(titles.keySet());
    for (NewsItem item : items) {
      all.addAll(item.languages());
    }
    return List.copyOf(all);
  }

  /**
   * The title for a reader preferring {@code chain}'s languages, else the first title.
   *
   * @param chain the preferred languages
   * @return the title, or empty if the feed has none
   */
  public Optional<String> title(LanguageChain chain) {
    for (Locale language : chain.languages()) {
      String title = titles.get(language);
      if (title != null) {
        return Optional.of(title);
      }
    }
    return titles.values().stream().findFirst();
  }

  /**
   * A copy with the title in {@code language} set.
   *
   * @param language the language
   * @param title the title
   * @return the copy
   */
  public NewsFeed withTitle(Locale language, String title) {
    Map<Locale, String> all = new LinkedHashMap<>(titles);
    all.put(LanguageTags.canonical(language), title);
    return new NewsFeed(all, items);
  }

  /**
   * The item with {@code id}.
   *
   * @param id the id
   * @return the item, or empty
   */
  public Optional<NewsItem> item(String id) {
    Objects.requireNonNull(id, "id");
    return items.stream().filter(item -> item.id().equals(id)).findFirst();
  }

  /**
   * The {@code n} newest items.
   *
   * @param n how many items at most
   * @return a feed with the same titles and the first {@code n} items
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public NewsFeed latest(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    return n >= items.size() ? this : new NewsFeed(titles, items.subList(0, n));
  }

  /**
   * The items published from {@code first} to {@code last}, both included.
   *
   * @param first the earliest date
   * @param last the latest date
   * @return a feed with the same titles and those items
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public NewsFeed between(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last (" + last + ") is before first (" + first + ")");
    }
    return new NewsFeed(
        titles,
        items.stream()
            .filter(item -> !item.published().date().isBefore(first))
            .filter(item -> !item.published().date().isAfter(last))
            .toList());
  }
}
