// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import dev.newsfeed.ItemText;
import dev.newsfeed.MergeResult;
import dev.newsfeed.MergeResult.Unpaired;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pairs the items of several feeds that hold the same news in different languages. See {@link
 * NewsFeed#merge} for the rules.
 *
 * <p>Each later source is paired with the first: by id first (an id pinned with {@code {#id}} in
 * both listings, or a feed's own ids), then, date by date, by position among the items the ids
 * left, only where both sources have as many of them. Counts that differ mean an item is missing
 * or extra in one language and position would pair the wrong stories, so every item of that date
 * left unpaired in either source is reported instead.
 */
public final class TranslationPairing {
  private TranslationPairing() {}

  /**
   * One input: its name for messages, its feed, and the line of each item where known.
   *
   * @param name what messages call it, such as {@code news.fr.txt}
   * @param feed its items
   * @param itemLines the line where each item starts, by id; may be empty
   */
  public record Source(String name, NewsFeed feed, Map<String, Integer> itemLines) {
    /**
     * Checks the parts.
     *
     * @param name what messages call it
     * @param feed its items
     * @param itemLines the line of each item, by id
     */
    public Source {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(feed, "feed");
      itemLines = Map.copyOf(Objects.requireNonNull(itemLines, "itemLines"));
    }

    int lineOf(NewsItem item) {
      return itemLines.getOrDefault(item.id(), 0);
    }
  }

  /**
   * Merges {@code feeds} into the first; messages call them "feed 1", "feed 2"….
   *
   * @param feeds the feeds, the leading one first
   * @return the merged feed and what could not be paired
   */
  public static MergeResult merge(List<NewsFeed> feeds) {
    List<Source> sources = new ArrayList<>(feeds.size());
    for (int i = 0; i < feeds.size(); i++) {
      sources.add(new Source("feed " + (i + 1), feeds.get(i), Map.of()));
    }
    return mergeSources(sources);
  }

  /**
   * Merges the sources into the first.
   *
   * @param sources the sources, the leading one first
   * @return the merged feed and what could not be paired, with lines where the sources know them
   */
  public static MergeResult mergeSources(List<Source> sources) {
    if (sources.isEmpty()) {
      return new MergeResult(NewsFeed.empty(), List.of());
    }
    Source first = sources.get(0);
    Map<String, NewsItem> merged = new LinkedHashMap<>();
    first.feed().items().forEach(item -> merged.put(item.id(), item));
    Map<LocalDate, List<NewsItem>> firstByDate = byDate(first.feed().items());
    Map<Locale, String> titles = new LinkedHashMap<>(first.feed().titles());
    List<Unpaired> unpaired = new ArrayList<>();

    for (int index = 1; index < sources.size(); index++) {
      Source source = sources.get(index);
      source.feed().titles().forEach(titles::putIfAbsent);
      for (var group : byDate(source.feed().items()).entrySet()) {
        LocalDate date = group.getKey();
        Set<String> pairedById = new HashSet<>();
        List<NewsItem> left = new ArrayList<>();
        for (NewsItem item : group.getValue()) {
          NewsItem existing = merged.get(item.id());
          if (existing == null) {
            left.add(item);
            continue;
          }
          String problem = pairingProblem(existing, item);
          if (problem == null) {
            merged.put(existing.id(), combine(existing, item));
            pairedById.add(existing.id());
          } else {
            keepApart(merged, unpaired, index, source, item, problem);
          }
        }
        if (left.isEmpty()) {
          continue;
        }
        List<NewsItem> candidates = new ArrayList<>();
        for (NewsItem item : firstByDate.getOrDefault(date, List.of())) {
          if (!pairedById.contains(item.id())) {
            candidates.add(item);
          }
        }
        if (candidates.isEmpty()) {
          String reason = firstByDate.containsKey(date)
              ? first.name() + " has no item dated " + date + " left to pair with"
              : first.name() + " has no item dated " + date;
          for (NewsItem item : left) {
            keepApart(merged, unpaired, index, source, item, reason);
          }
        } else if (candidates.size() == left.size()) {
          for (int i = 0; i < left.size(); i++) {
            NewsItem target = merged.get(candidates.get(i).id());
            NewsItem item = left.get(i);
            String problem = pairingProblem(target, item);
            if (problem == null) {
              merged.put(target.id(), combine(target, item));
            } else {
              keepApart(merged, unpaired, index, source, item, problem);
            }
          }
        } else {
          String reason = countsDiffer(date, first, candidates, source, left, !pairedById.isEmpty());
          for (NewsItem candidate : candidates) {
            unpaired.add(new Unpaired(0, merged.get(candidate.id()), first.lineOf(candidate), reason));
          }
          for (NewsItem item : left) {
            keepApart(merged, unpaired, index, source, item, reason);
          }
        }
      }
    }
    return new MergeResult(new NewsFeed(titles, List.copyOf(merged.values())), unpaired);
  }

  private static String countsDiffer(
      LocalDate date, Source first, List<NewsItem> firstItems, Source other, List<NewsItem> otherItems,
      boolean someById) {
    String qualifier = someById ? " not paired by id" : "";
    return first.name() + " has " + count(firstItems.size()) + " dated " + date + qualifier
        + lines(first, firstItems) + " and " + other.name() + " has " + otherItems.size()
        + lines(other, otherItems) + ", so they cannot be paired by position; pin the same id with"
        + " {#…} at the end of the titles in both files to pair them";
  }

  private static String count(int n) {
    return n == 1 ? "1 item" : n + " items";
  }

  private static String lines(Source source, List<NewsItem> items) {
    List<Integer> known = new ArrayList<>();
    for (NewsItem item : items) {
      int line = source.lineOf(item);
      if (line > 0) {
        known.add(line);
      }
    }
    if (known.isEmpty()) {
      return "";
    }
    return (known.size() == 1 ? " (line " : " (lines ")
        + known.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
  }

  /** Why {@code item} cannot be added to {@code target}, or null if it can. */
  private static String pairingProblem(NewsItem target, NewsItem item) {
    for (Locale language : item.languages()) {
      if (target.text(language).isPresent()) {
        return "item " + target.id() + " already has a text in " + language.toLanguageTag();
      }
    }
    if (!target.published().date().equals(item.published().date())) {
      return "item " + target.id() + " has the same id but another date ("
          + target.published().date() + ")";
    }
    return null;
  }

  private static NewsItem combine(NewsItem target, NewsItem item) {
    NewsItem combined = target;
    for (ItemText text : item.texts()) {
      combined = combined.withText(text);
    }
    return combined;
  }

  /** Keeps an item that could not be paired as an item of its own, never dropping it. */
  private static void keepApart(
      Map<String, NewsItem> merged, List<Unpaired> unpaired, int index, Source source, NewsItem item,
      String reason) {
    NewsItem kept = item.withId(uniqueId(merged, item));
    merged.put(kept.id(), kept);
    unpaired.add(new Unpaired(index, kept, source.lineOf(item), reason));
  }

  private static String uniqueId(Map<String, NewsItem> taken, NewsItem item) {
    if (!taken.containsKey(item.id())) {
      return item.id();
    }
    String base = item.id() + "-" + item.original().languageTag();
    String candidate = base;
    for (int n = 2; taken.containsKey(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  private static Map<LocalDate, List<NewsItem>> byDate(List<NewsItem> items) {
    Map<LocalDate, List<NewsItem>> byDate = new LinkedHashMap<>();
    for (NewsItem item : items) {
      byDate.computeIfAbsent(item.published().date(), d -> new ArrayList<>()).add(item);
    }
    return byDate;
  }
}
