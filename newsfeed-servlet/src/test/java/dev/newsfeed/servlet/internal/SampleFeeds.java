// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Feeds for the internal tests: {@code items} English items whose titles all name one version. */
final class SampleFeeds {
  private SampleFeeds() {}

  static NewsFeed version(String name, int items) {
    List<NewsItem> all = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      all.add(NewsItem.of(
          "item-" + i,
          PublicationDate.of(LocalDate.of(2016, 7, 30).minusDays(i)),
          ItemText.of(Locale.ENGLISH, "Version " + name + " item " + i),
          ItemText.of(Locale.FRENCH, "Version " + name + " article " + i)));
    }
    return NewsFeed.of(all);
  }
}
