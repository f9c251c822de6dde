// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Versions of the news whose every text names the version, so a mix is visible in any output. */
final class SampleNewsVersions {
  private SampleNewsVersions() {}

  static NewsFeed version(String name) {
    List<NewsItem> items = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      items.add(NewsItem.of(
          "item-" + i,
          PublicationDate.of(LocalDate.of(2016, 7, 30).minusDays(i)),
          ItemText.of(SampleNews.EN, "Version " + name + " item " + i),
          ItemText.of(SampleNews.FR, "Version " + name + " article " + i),
          ItemText.of(SampleNews.AR, "Version " + name + " خبر " + i)));
    }
    return NewsFeed.of(items);
  }

  static Set<String> versionsIn(String text) {
    Set<String> versions = new HashSet<>();
    Matcher m = Pattern.compile("Version (\\w+) ").matcher(text);
    while (m.find()) {
      versions.add(m.group(1));
    }
    return versions;
  }
}
