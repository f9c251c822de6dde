// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.Strictness;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Long Atom and RSS feeds read back whole: limits meant for entities must not count the document's text. */
class FeedReaderVolumeTest {

  @ParameterizedTest
  @EnumSource(names = {"ATOM", "RSS"})
  void aThousandItemsWithEscapedMarkupReadBackWhole(FeedFormat format) {
    List<NewsItem> items = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      items.add(NewsItem.of(
          "item-" + i,
          PublicationDate.of(LocalDate.of(2016, 7, 30).minusDays(i)),
          ItemText.of(Locale.FRENCH, "Titre " + i, "Premier « paragraphe » & <suite>", "Second")));
    }
    NewsFeed feed = NewsFeed.of(Locale.FRENCH, "Actualités", items);
    byte[] document = FeedWriter.of(format).toBytes(feed, FeedOptions.of(
        URI.create("https://www.example.org/news/feed"), URI.create("https://www.example.org/")));
    // Every description holds several escaped characters: thousands in the document.
    assertThat(new String(document, StandardCharsets.UTF_8).split("&lt;|&amp;", -1).length)
        .isGreaterThan(2000);

    NewsFeed back = FeedReader.create(Strictness.STRICT).read("feed", document).feed();

    assertThat(back.items()).hasSize(1000);
    assertThat(back.items().get(999).original().summary())
        .containsExactly("Premier « paragraphe » & <suite>", "Second");
  }
}
