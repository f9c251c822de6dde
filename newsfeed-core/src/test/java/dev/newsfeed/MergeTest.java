// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MergeTest {
  private static final Locale AR = Locale.forLanguageTag("ar");

  private static NewsItem item(String id, LocalDate date, Locale language, String title) {
    return NewsItem.of(id, PublicationDate.of(date), ItemText.of(language, title));
  }

  private static final LocalDate JULY_30 = LocalDate.of(2016, 7, 30);
  private static final LocalDate MAY_10 = LocalDate.of(2016, 5, 10);

  @Test
  void itemsWithTheSameIdBecomeOneMultilingualItem() {
    NewsFeed fr = NewsFeed.of(Locale.FRENCH, "Actualités", List.of(item("x", JULY_30, Locale.FRENCH, "Titre")));
    NewsFeed en = NewsFeed.of(Locale.ENGLISH, "News", List.of(item("x", JULY_30, Locale.ENGLISH, "Title")));

    MergeResult result = NewsFeed.merge(List.of(fr, en));

    assertThat(result.unpaired()).isEmpty();
    assertThat(result.feed().items()).singleElement().satisfies(item -> {
      assertThat(item.id()).isEqualTo("x");
      assertThat(item.languages()).containsExactly(Locale.FRENCH, Locale.ENGLISH);
    });
    assertThat(result.feed().titles()).containsEntry(Locale.FRENCH, "Actualités").containsEntry(Locale.ENGLISH, "News");
  }

  @Test
  void itemsWithoutMatchingIdsArePairedByPositionAmongItemsOfTheirDate() {
    NewsFeed fr =
        NewsFeed.of(
            List.of(
                item("fr-1", JULY_30, Locale.FRENCH, "Un"),
                item("fr-2", MAY_10, Locale.FRENCH, "Deux"),
                item("fr-3", MAY_10, Locale.FRENCH, "Trois")));
    NewsFeed ar =
        NewsFeed.of(
            List.of(
                item("ar-1", JULY_30, AR, "واحد"),
                item("ar-2", MAY_10, AR, "اثنان"),
                item("ar-3", MAY_10, AR, "ثلاثة")));

    MergeResult result = NewsFeed.merge(List.of(fr, ar));

    assertThat(result.unpaired()).isEmpty();
    assertThat(result.feed().items())
        .extracting(NewsItem::id, i -> i.text(AR).orElseThrow().title())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("fr-1", "واحد"),
            org.assertj.core.groups.Tuple.tuple("fr-2", "اثنان"),
            org.assertj.core.groups.Tuple.tuple("fr-3", "ثلاثة"));
  }

  @Test
  void differentCountsOnADateAreReportedAndNothingIsDropped() {
    NewsFeed fr =
        NewsFeed.of(
            List.of(item("fr-2", MAY_10, Locale.FRENCH, "Deux"), item("fr-3", MAY_10, Locale.FRENCH, "Trois")));
    NewsFeed en = NewsFeed.of(List.of(item("en-2", MAY_10, Locale.ENGLISH, "Two")));

    MergeResult result = NewsFeed.merge(List.of(fr, en));

    assertThat(result.feed().items()).extracting(NewsItem::id).containsExactly("fr-2", "fr-3", "en-2");
    assertThat(result.unpaired()).singleElement().satisfies(u -> {
      assertThat(u.source()).isEqualTo(1);
      assertThat(u.item().id()).isEqualTo("en-2");
      assertThat(u.reason()).contains("2 items dated 2016-05-10").contains("this one has 1");
    });
  }

  @Test
  void anItemDatedWhereTheFirstFeedHasNothingIsKeptAndReported() {
    NewsFeed fr = NewsFeed.of(List.of(item("a", JULY_30, Locale.FRENCH, "Titre")));
    NewsFeed en = NewsFeed.of(List.of(item("a", MAY_10, Locale.ENGLISH, "Other news")));

    MergeResult result = NewsFeed.merge(List.of(fr, en));

    assertThat(result.feed().items()).extracting(NewsItem::id).containsExactly("a", "a-en");
    assertThat(result.unpaired()).singleElement().satisfies(u -> assertThat(u.reason()).contains("another date"));
  }

  @Test
  void aSecondTextInALanguageTheItemHasIsKeptAsItsOwnItem() {
    NewsFeed fr1 = NewsFeed.of(List.of(item("a", JULY_30, Locale.FRENCH, "Titre")));
    NewsFeed fr2 = NewsFeed.of(List.of(item("a", JULY_30, Locale.FRENCH, "Autre titre")));

    MergeResult result = NewsFeed.merge(List.of(fr1, fr2));

    assertThat(result.feed().items()).extracting(NewsItem::id).containsExactly("a", "a-fr");
    assertThat(result.unpaired()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo("item a already has a text in fr"));
  }

  @Test
  void mergingNothingGivesTheEmptyFeedAndOneFeedGivesItself() {
    NewsFeed fr = NewsFeed.of(List.of(item("a", JULY_30, Locale.FRENCH, "Titre")));

    assertThat(NewsFeed.merge(List.of()).feed()).isEqualTo(NewsFeed.empty());
    assertThat(NewsFeed.merge(List.of(fr)).feed()).isEqualTo(fr);
  }
}
