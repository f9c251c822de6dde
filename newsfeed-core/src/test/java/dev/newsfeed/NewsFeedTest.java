// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsFeedTest {

  private static NewsItem item(String id, LocalDate date) {
    return NewsItem.of(id, PublicationDate.of(date), ItemText.of(Locale.FRENCH, "Titre " + id));
  }

  @Test
  void itemsAreNewestFirstAndSameDateItemsKeepSourceOrder() {
    NewsFeed feed =
        NewsFeed.of(
            List.of(
                item("old", LocalDate.of(2016, 5, 4)),
                item("b", LocalDate.of(2016, 5, 10)),
                item("a", LocalDate.of(2016, 5, 10)),
                item("new", LocalDate.of(2016, 7, 30))));

    assertThat(feed.items()).extracting(NewsItem::id).containsExactly("new", "b", "a", "old");
  }

  @Test
  void momentsAreOrderedByTheirOwnDate() {
    NewsItem moment =
        NewsItem.of(
            "m",
            PublicationDate.of(OffsetDateTime.of(2016, 6, 1, 23, 0, 0, 0, ZoneOffset.ofHours(-5))),
            ItemText.of(Locale.ENGLISH, "Late on June 1st in New York"));

    NewsFeed feed = NewsFeed.of(List.of(item("may", LocalDate.of(2016, 5, 31)), moment));

    assertThat(feed.items()).extracting(NewsItem::id).containsExactly("m", "may");
  }

  @Test
  void duplicateIdsAreRejected() {
    assertThatThrownBy(
            () ->
                NewsFeed.of(
                    List.of(item("x", LocalDate.of(2016, 1, 1)), item("x", LocalDate.of(2016, 1, 2)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two items have the id x");
  }

  @Test
  void latestTakesTheNewestItems() {
    NewsFeed feed =
        NewsFeed.of(
            List.of(
                item("1", LocalDate.of(2016, 1, 1)),
                item("2", LocalDate.of(2016, 1, 2)),
                item("3", LocalDate.of(2016, 1, 3))));

    assertThat(feed.latest(2).items()).extracting(NewsItem::id).containsExactly("3", "2");
    assertThat(feed.latest(10)).isSameAs(feed);
    assertThat(feed.latest(0).items()).isEmpty();
    assertThatThrownBy(() -> feed.latest(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void betweenIncludesBothEnds() {
    NewsFeed feed =
        NewsFeed.of(
            List.of(
                item("1", LocalDate.of(2016, 1, 1)),
                item("2", LocalDate.of(2016, 1, 2)),
                item("3", LocalDate.of(2016, 1, 3)),
                item("4", LocalDate.of(2016, 1, 4))));

    assertThat(feed.between(LocalDate.of(2016, 1, 2), LocalDate.of(2016, 1, 3)).items())
        .extracting(NewsItem::id)
        .containsExactly("3", "2");
    assertThatThrownBy(() -> feed.between(LocalDate.of(2016, 1, 3), LocalDate.of(2016, 1, 2)))
        .hasMessageContaining("is before");
  }

  @Test
  void titleFollowsTheLanguageChainThenTheFirstTitle() {
    NewsFeed feed =
        new NewsFeed(Map.of(Locale.FRENCH, "Actualités"), List.of())
            .withTitle(Locale.forLanguageTag("ar"), "أخبار");

    assertThat(feed.title(LanguageChain.ofTags("ar-MA"))).contains("أخبار");
    assertThat(feed.title(LanguageChain.ofTags("de"))).contains("Actualités");
    assertThat(NewsFeed.empty().title(LanguageChain.ofTags("fr"))).isEmpty();
  }

  @Test
  void languagesListsTitlesThenItemLanguagesInOrderOfAppearance() {
    NewsFeed feed =
        NewsFeed.of(
            Locale.ENGLISH,
            "News",
            List.of(
                NewsItem.of(
                    "a",
                    PublicationDate.of(LocalDate.of(2016, 1, 1)),
                    ItemText.of(Locale.FRENCH, "Titre"),
                    ItemText.of(Locale.ENGLISH, "Title"))));

    assertThat(feed.languages()).containsExactly(Locale.ENGLISH, Locale.FRENCH);
  }
}
