// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** News used across the servlet tests: French, English and Arabic, with gaps that force fallbacks. */
final class SampleNews {
  private SampleNews() {}

  static final Locale FR = Locale.FRENCH;
  static final Locale EN = Locale.ENGLISH;
  static final Locale AR = Locale.forLanguageTag("ar");

  /**
   * Three items: the first in fr, en and ar with links and datelines; the second in fr and en (an
   * Arabic reader falls back); the third in French only, without a link.
   */
  static NewsFeed trilingual() {
    NewsItem first =
        NewsItem.of(
            "oim-onu",
            PublicationDate.of(LocalDate.of(2016, 7, 30)),
            ItemText.of(FR, "L’OIM devient une organisation affiliée aux Nations Unies")
                .withDateline("New York")
                .withLink("https://example.org/fr/oim-onu"),
            ItemText.of(EN, "IOM becomes a related organization of the United Nations")
                .withDateline("New York")
                .withLink("https://example.org/en/iom-un"),
            ItemText.of(AR, "المنظمة الدولية للهجرة تنضم إلى منظومة الأمم المتحدة")
                .withDateline("نيويورك")
                .withLink("https://example.org/ar/iom-un"));
    NewsItem second =
        NewsItem.of(
            "conseil-special",
            PublicationDate.of(LocalDate.of(2016, 7, 4)),
            ItemText.of(FR, "Les États membres de l’OIM approuvent leur adhésion aux Nations Unies")
                .withLink("https://example.org/fr/conseil"),
            ItemText.of(EN, "IOM member states approve joining the United Nations")
                .withLink("https://example.org/en/council"));
    NewsItem third =
        NewsItem.of(
            "traite",
            PublicationDate.of(LocalDate.of(2016, 6, 20)),
            ItemText.of(FR, "Lutte contre la traite des êtres humains : deux formations")
                .withDateline("Rabat, 18-19 mai 2016"));
    return NewsFeed.of(List.of(first, second, third));
  }

  /** One English item with the given title, for reload tests that tell versions apart. */
  static NewsFeed single(String title) {
    return NewsFeed.of(
        List.of(NewsItem.of("only", PublicationDate.of(LocalDate.of(2016, 7, 30)), ItemText.of(EN, title))));
  }
}
