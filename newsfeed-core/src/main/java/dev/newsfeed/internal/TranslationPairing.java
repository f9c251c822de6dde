// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import dev.newsfeed.ItemText;
import dev.newsfeed.MergeResult;
import dev.newsfeed.MergeResult.Unpaired;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairs the items of several feeds that hold the same news in different languages. See {@link
 * NewsFeed#merge} for the rules.
 */
public final class TranslationPairing {
  private TranslationPairing() {}

  /** Merges {@code feeds} into the first. */
  public static MergeResult merge(List<NewsFeed> feeds) {
    if (feeds.isEmpty()) {
      return new MergeResult(NewsFeed.empty(), List.of());
    }
    NewsFeed base = feeds.get(0);
    Map<String, NewsItem> merged = new LinkedHashMap<>();
    base.items().forEach(item -> merged.put(item.id(), item));
    Map<LocalDate, List<String>> baseByDate = idsByDate(base.items());
    Map<Locale, String> titles = new LinkedHashMap<>(base.titles());
    List<Unpaired> unpaired = new ArrayList<>();

    for (int source = 1; source < feeds.size(); source++) {
      NewsFeed other = feeds.get(source);
      other.titles().forEach(titles::putIfAbsent);
      Map<LocalDate, List<NewsItem>> otherByDate = itemsByDate(other.items());
      for (var group : otherByDate.entrySet()) {
        List<String> baseIds = baseByDate.getOrDefault(group.getKey(), List.of());
        List<NewsItem> items = group.getValue();
        for (int i = 0; i < items.size(); i++) {
          NewsItem item = items.get(i);
          String target;
          String reason;
          if (merged.containsKey(item.id())) {
            target = item.id();
            reason = null;
          } else if (baseIds.size() == items.size()) {
            target = baseIds.get(i);
            reason = null;
          } else {
            target = null;
            reason =
                baseIds.isEmpty()
                    ? "the first source has no item dated " + group.getKey()
                    : "the first source has "
                        + baseIds.size()
                        + " items dated "
                        + group.getKey()
                        + " and this one has "
                        + items.size()
                        + ", so they cannot be paired by position";
          }
          if (target != null) {
            NewsItem existing = merged.get(target);
            String clash = clash(existing, item);
            if (clash == null && existing.published().date().equals(item.published().date())) {
              NewsItem combined = existing;
              for (ItemText text : item.texts()) {
                combined = combined.withText(text);
              }
              merged.put(target, combined);
              continue;
            }
            reason =
                clash != null
                    ? "item " + target + " already has a text in " + clash
                    : "item " + target + " has the same id but another date ("
                        + existing.published().date() + ")";
          }
          NewsItem kept = item.withId(uniqueId(merged, item));
          merged.put(kept.id(), kept);
          unpaired.add(new Unpaired(source, kept, reason));
        }
      }
    }
    return new MergeResult(new NewsFeed(titles, List.copyOf(merged.values())), unpaired);
  }

  private static String clash(NewsItem existing, NewsItem incoming) {
    for (Locale language : incoming.languages()) {
      if (existing.text(language).isPresent()) {
        return language.toLanguageTag();
      }
    }
    return null;
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

  private static Map<LocalDate, List<String>> idsByDate(List<NewsItem> items) {
    Map<LocalDate, List<String>> byDate = new LinkedHashMap<>();
    for (NewsItem item : items) {
      byDate.computeIfAbsent(item.published().date(), d -> new ArrayList<>()).add(item.id());
    }
    return byDate;
  }

  private static Map<LocalDate, List<NewsItem>> itemsByDate(List<NewsItem> items) {
    Map<LocalDate, List<NewsItem>> byDate = new LinkedHashMap<>();
    for (NewsItem item : items) {
      byDate.computeIfAbsent(item.published().date(), d -> new ArrayList<>()).add(item);
    }
    return byDate;
  }
}
