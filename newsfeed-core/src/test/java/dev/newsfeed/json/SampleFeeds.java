// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small feeds for the JSON tests. */
final class SampleFeeds {
  private SampleFeeds() {}

  static final Locale AR_MA = Locale.forLanguageTag("ar-MA");

  /** French, Moroccan Arabic and English; a day and a moment; every optional field somewhere. */
  static NewsFeed multilingual() {
    Map<Locale, String> titles = new LinkedHashMap<>();
    titles.put(Locale.FRENCH, "Actualités");
    titles.put(AR_MA, "أخبار");
    titles.put(Locale.ENGLISH, "News");
    NewsItem visit =
        NewsItem.of(
            "2016-07-30-1",
            PublicationDate.of(LocalDate.of(2016, 7, 30)),
            ItemText.of(
                    Locale.FRENCH,
                    "Le Maroc et la France « partenaires »",
                    "Premier paragraphe, avec des \"guillemets\" et une barre \\ oblique.",
                    "Second paragraphe\u00A0!")
                .withDateline("Rabat, 16-19\u00A0mai 2016")
                .withLink("https://example.org/fr/actualites/1?a=1&b=2")
                .withTags(List.of("diplomatie", "Maroc")),
            ItemText.of(AR_MA, "المغرب وفرنسا «شريكان»", "الفقرة الأولى.", "الفقرة الثانية 🇲🇦.")
                .withDateline("الرباط، 16-19 ماي 2016"),
            ItemText.of(Locale.ENGLISH, "Morocco and France 🤝", "First paragraph."));
    NewsItem moment =
        NewsItem.of(
            "2016-07-29-1",
            PublicationDate.of(
                OffsetDateTime.of(2016, 7, 29, 9, 30, 0, 500_000_000, ZoneOffset.ofHours(2))),
            ItemText.of(Locale.ENGLISH, "A moment, with <markup> & a tab\tinside"));
    return new NewsFeed(titles, List.of(visit, moment));
  }
}
