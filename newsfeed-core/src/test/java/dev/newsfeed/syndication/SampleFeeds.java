// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The feeds the syndication tests write and read. */
final class SampleFeeds {
  private SampleFeeds() {}

  static final Locale FR = Locale.FRENCH;
  static final Locale EN = Locale.ENGLISH;
  static final Locale AR = Locale.forLanguageTag("ar");

  static final URI SELF = URI.create("https://news.example.org/feed.atom");
  static final URI SITE = URI.create("https://news.example.org/");

  /**
   * Four items in French, English and Arabic: dates with and without a time, links per language,
   * datelines, an English-only item full of markup, quotes, controls and an emoji, and an
   * Arabic-only item.
   */
  static NewsFeed multilingual() {
    Map<Locale, String> titles = new LinkedHashMap<>();
    titles.put(FR, "Actualités du réseau");
    titles.put(EN, "Network news");
    titles.put(AR, "أخبار الشبكة");
    NewsItem forum = NewsItem.of(
        "forum-2016",
        PublicationDate.of(LocalDate.of(2016, 7, 30)),
        ItemText.of(FR, "Forum « Jeunesse et emploi » à Rabat",
                "Le forum a réuni 300 participants.", "Les ateliers reprendront en septembre.")
            .withDateline("Rabat, 30 juillet 2016")
            .withLink("https://news.example.org/fr/forum")
            .withTags(List.of("emploi", "jeunesse")),
        ItemText.of(EN, "“Youth and jobs” forum in Rabat", "The forum gathered 300 people.")
            .withDateline("Rabat, July 30, 2016")
            .withLink("https://news.example.org/en/forum"),
        ItemText.of(AR, "منتدى «الشباب والتشغيل» بالرباط", "جمع المنتدى 300 مشارك.")
            .withLink("https://news.example.org/ar/forum"));
    NewsItem newYork = NewsItem.of(
        "new-york",
        PublicationDate.of(OffsetDateTime.parse("2016-07-29T18:30:00-04:00")),
        ItemText.of(FR, "Session à New York", "Une délégation a présenté le rapport.")
            .withDateline("New York"),
        ItemText.of(EN, "Session in New York", "A delegation presented the report.")
            .withDateline("New York"));
    NewsItem hostile = NewsItem.of(
        "hostile&<id>",
        PublicationDate.of(LocalDate.of(2016, 7, 28)),
        ItemText.of(EN, "<script>alert(\"x\")</script> & \"quotes\" 'single'",
                "Bell\u0007 and vertical tab\u000B removed; ]]> stays; 😀 stays.",
                "Line one\nline two & <b>bold</b>")
            .withLink("https://news.example.org/en/hostile?a=1&b=%222%22'"));
    NewsItem arabic = NewsItem.of(
        "ar-only",
        PublicationDate.of(OffsetDateTime.parse("2016-07-27T09:05:00.250Z")),
        ItemText.of(AR, "ورشة عمل حول التكوين المهني", "انعقدت الورشة يوم الأربعاء.")
            .withDateline("الدار البيضاء"));
    return new NewsFeed(titles, List.of(forum, newYork, hostile, arabic));
  }

  static FeedOptions frenchOptions() {
    return FeedOptions.of(SELF, SITE, FR);
  }
}
