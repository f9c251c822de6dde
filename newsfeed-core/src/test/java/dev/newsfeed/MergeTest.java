// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
  void differentCountsOnADateReportEveryItemOfThatDateAndDropNothing() {
    NewsFeed fr =
        NewsFeed.of(
            List.of(item("fr-2", MAY_10, Locale.FRENCH, "Deux"), item("fr-3", MAY_10, Locale.FRENCH, "Trois")));
    NewsFeed en = NewsFeed.of(List.of(item("en-2", MAY_10, Locale.ENGLISH, "Two")));

    MergeResult result = NewsFeed.merge(List.of(fr, en));

    assertThat(result.feed().items()).extracting(NewsItem::id).containsExactly("fr-2", "fr-3", "en-2");
    assertThat(result.feed().items()).allSatisfy(item -> assertThat(item.texts()).hasSize(1));
    assertThat(result.unpaired())
        .extracting(u -> u.source(), u -> u.item().id(), u -> u.line())
        .containsExactly(tuple(0, "fr-2", 0), tuple(0, "fr-3", 0), tuple(1, "en-2", 0));
    assertThat(result.unpaired()).extracting(MergeResult.Unpaired::reason).containsOnly(
        "feed 1 has 2 items dated 2016-05-10 and feed 2 has 1, so they cannot be paired by position;"
            + " pin the same id with {#…} at the end of the titles in both files to pair them");
  }

  @Test
  void aStoryMissingInOneLanguageNeverPairsTheWrongStories() {
    // The case: en lacks "Nouvelle A", so position would put "News B" under it.
    NewsFeed fr = NewsFeed.of(List.of(
        item("a", MAY_10, Locale.FRENCH, "Nouvelle A"), item("b", MAY_10, Locale.FRENCH, "Nouvelle B"),
        item("c", JULY_30, Locale.FRENCH, "Nouvelle C")));
    NewsFeed en = NewsFeed.of(List.of(
        item("b-en", MAY_10, Locale.ENGLISH, "News B"), item("c-en", JULY_30, Locale.ENGLISH, "News C")));

    MergeResult result = NewsFeed.merge(List.of(fr, en));

    assertThat(result.feed().item("a").orElseThrow().text(Locale.ENGLISH)).isEmpty();
    assertThat(result.feed().item("b").orElseThrow().text(Locale.ENGLISH)).isEmpty();
    assertThat(result.feed().item("c").orElseThrow().text(Locale.ENGLISH).orElseThrow().title()).isEqualTo("News C");
    assertThat(result.unpaired()).extracting(u -> u.item().id()).containsExactly("a", "b", "b-en");
  }

  @Test
  void sharedIdsPairWhateverTheCountsAndPositionPairsWhatTheyLeave() {
    NewsFeed fr = NewsFeed.of(List.of(
        item("a", MAY_10, Locale.FRENCH, "Nouvelle A"), item("b", MAY_10, Locale.FRENCH, "Nouvelle B"),
        item("fr-c", MAY_10, Locale.FRENCH, "Nouvelle C")));
    NewsFeed en = NewsFeed.of(List.of(
        item("b", MAY_10, Locale.ENGLISH, "News B"), item("en-c", MAY_10, Locale.ENGLISH, "News C")));

    MergeResult result = NewsFeed.merge(List.of(fr, en));

    // "b" pairs by id; then fr has "a" and "fr-c" left and en only "en-c": counts differ.
    assertThat(result.feed().item("b").orElseThrow().text(Locale.ENGLISH).orElseThrow().title()).isEqualTo("News B");
    assertThat(result.unpaired()).extracting(u -> u.item().id()).containsExactly("a", "fr-c", "en-c");
    assertThat(result.unpaired().get(0).reason()).startsWith("feed 1 has 2 items dated 2016-05-10 not paired by id and feed 2 has 1,");

    NewsFeed enComplete = NewsFeed.of(List.of(
        item("en-a", MAY_10, Locale.ENGLISH, "News A"), item("b", MAY_10, Locale.ENGLISH, "News B"),
        item("en-c", MAY_10, Locale.ENGLISH, "News C")));
    MergeResult complete = NewsFeed.merge(List.of(fr, enComplete));
    assertThat(complete.unpaired()).isEmpty();
    assertThat(complete.feed().items()).extracting(i -> i.text(Locale.ENGLISH).orElseThrow().title())
        .containsExactly("News A", "News B", "News C");
  }

  @Test
  void eachLaterFeedIsPairedWithTheFirstOnItsOwn() {
    NewsFeed fr = NewsFeed.of(List.of(item("a", MAY_10, Locale.FRENCH, "A"), item("b", MAY_10, Locale.FRENCH, "B")));
    NewsFeed en = NewsFeed.of(List.of(item("x", MAY_10, Locale.ENGLISH, "A"), item("y", MAY_10, Locale.ENGLISH, "B")));
    NewsFeed ar = NewsFeed.of(List.of(item("z", MAY_10, AR, "ب")));

    MergeResult result = NewsFeed.merge(List.of(fr, en, ar));

    assertThat(result.feed().item("a").orElseThrow().languages()).containsExactly(Locale.FRENCH, Locale.ENGLISH);
    assertThat(result.feed().item("b").orElseThrow().languages()).containsExactly(Locale.FRENCH, Locale.ENGLISH);
    assertThat(result.unpaired()).extracting(u -> u.source(), u -> u.item().id())
        .containsExactly(tuple(0, "a"), tuple(0, "b"), tuple(2, "z"));
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
