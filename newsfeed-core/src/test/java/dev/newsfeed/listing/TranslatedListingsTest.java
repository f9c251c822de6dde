// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static dev.newsfeed.listing.ListingFixtures.AR;
import static dev.newsfeed.listing.ListingFixtures.EN;
import static dev.newsfeed.listing.ListingFixtures.FR;
import static dev.newsfeed.listing.ListingFixtures.parseResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.MergeResult;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The English and Arabic translations of the seed: long-form dates, and merging into one feed. */
class TranslatedListingsTest {
  private static final List<String> DATES =
      List.of("2016-07-30", "2016-07-04", "2016-06-20", "2016-06-16", "2016-06-08", "2016-06-02",
          "2016-05-26", "2016-05-10", "2016-05-10", "2016-05-04");

  private final ParseResult fr = parseResource("seed.fr.txt", FR);
  private final ParseResult en = parseResource("news.en.txt", EN);
  private final ParseResult ar = parseResource("news.ar.txt", AR);

  @Test
  void englishListingWithLongFormDatesParsesWithoutDiagnostics() {
    assertThat(en.diagnostics()).isEmpty();
    assertThat(en.feed().titles()).isEqualTo(Map.of(EN, "News"));
    assertThat(dates(en.feed())).isEqualTo(DATES);
    assertThat(datelines(en.feed()))
        .containsExactly("New York", "Switzerland", null, null, null, null,
            "Rabat, May 16-19, 2016", "Rabat, Wednesday, March 23", null, null);
    assertThat(en.feed().items().get(0).original().summary().get(0))
        .startsWith("Through the General Assembly");
    assertThat(en.feed().items().get(7).original().summary().get(0))
        .startsWith("The FORSATY program");
  }

  @Test
  void arabicListingWithMoroccanMonthNamesParsesWithoutDiagnostics() {
    assertThat(ar.diagnostics()).isEmpty();
    assertThat(ar.feed().titles()).isEqualTo(Map.of(AR, "أخبار"));
    assertThat(dates(ar.feed())).isEqualTo(DATES);
    assertThat(datelines(ar.feed()))
        .containsExactly("نيويورك", "سويسرا", null, null, null, null,
            "الرباط، 16-19 ماي 2016", "الرباط، الأربعاء 23 مارس", null, null);
    assertThat(ar.feed().items().get(6).original().summary().get(0)).startsWith("في إطار مشروع");
    assertThat(ar.feed().items().get(0).original().languageTag()).isEqualTo("ar");
  }

  @Test
  void eachTranslationDerivesItsIdsFromItsOwnTitles() {
    assertThat(ids(en.feed()))
        .containsExactly("2016-07-30-642ab41c", "2016-07-04-dbfe1d3c", "2016-06-20-5887e212",
            "2016-06-16-e38e697b", "2016-06-08-8719ea31", "2016-06-02-0813cd4a",
            "2016-05-26-62b3f5df", "2016-05-10-a0da5291", "2016-05-10-f0adab7e",
            "2016-05-04-0213e84e");
    assertThat(ids(ar.feed()))
        .containsExactly("2016-07-30-4926ee8c", "2016-07-04-f4c452c1", "2016-06-20-8e20110e",
            "2016-06-16-b6a03fb7", "2016-06-08-5340de82", "2016-06-02-13ce9058",
            "2016-05-26-e5bd7e0f", "2016-05-10-a692f14c", "2016-05-10-c081544e",
            "2016-05-04-667ee829");
  }

  @Test
  void seedAndTranslationsPairByPositionBecauseEveryDateHasAsManyItemsInEachFile() {
    MergeResult merged = NewsFeed.merge(List.of(fr.feed(), en.feed(), ar.feed()));

    assertThat(merged.unpaired()).isEmpty();
    NewsFeed feed = merged.feed();
    assertThat(feed.items()).hasSize(10);
    for (NewsItem item : feed.items()) {
      assertThat(item.languages()).as(item.id()).containsExactly(FR, EN, AR);
    }
    assertThat(feed.titles()).containsEntry(FR, "News").containsEntry(EN, "News")
        .containsEntry(AR, "أخبار");
    assertThat(ids(feed)).isEqualTo(ids(fr.feed()));
    NewsItem seminar = feed.item("2016-05-10-cfebd917").orElseThrow();
    assertThat(seminar.text(FR).flatMap(ItemText::dateline)).contains("Rabat, mercredi 23 mars");
    assertThat(seminar.text(EN).flatMap(ItemText::dateline)).contains("Rabat, Wednesday, March 23");
    assertThat(seminar.text(AR).flatMap(ItemText::dateline)).contains("الرباط، الأربعاء 23 مارس");
  }

  private static List<String> dates(NewsFeed feed) {
    return feed.items().stream().map(item -> item.published().date()).map(LocalDate::toString).toList();
  }

  private static List<String> ids(NewsFeed feed) {
    return feed.items().stream().map(NewsItem::id).toList();
  }

  private static List<String> datelines(NewsFeed feed) {
    return feed.items().stream()
        .map(item -> item.original().dateline())
        .map(dateline -> dateline.orElse(null))
        .toList();
  }

  @Test
  void englishSwitzerlandDatelineKeepsNoBreakSpacesOutOfBothParts() {
    ItemText text = en.feed().items().get(1).original();
    assertThat(text.dateline()).isEqualTo(Optional.of("Switzerland"));
    assertThat(text.summary().get(0)).startsWith("At a special Council");
  }
}
