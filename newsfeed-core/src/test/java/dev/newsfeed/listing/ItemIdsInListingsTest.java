// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static dev.newsfeed.listing.ListingFixtures.FR;
import static dev.newsfeed.listing.ListingFixtures.firstError;
import static dev.newsfeed.listing.ListingFixtures.lenient;
import static dev.newsfeed.listing.ListingFixtures.only;
import static dev.newsfeed.listing.ListingFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ids pinned with {@code {#id}} at the end of a title, and ids derived from date and title. */
class ItemIdsInListingsTest {

  private static String item(String title, String date, String summary) {
    return title + "\n\n" + date + "\n\n" + summary + "\n\n";
  }

  private static List<String> ids(ParseResult result) {
    return result.feed().items().stream().map(NewsItem::id).toList();
  }

  @Test
  void anIdAtTheEndOfTheTitleLineIsTheItemsIdAndNotPartOfItsTitle() {
    NewsItem item = only(parse(FR, item("L’OIM devient une organisation affiliée {#oim-onu-2016}",
        "07/30/2016", "Résumé.")));

    assertThat(item.id()).isEqualTo("oim-onu-2016");
    assertThat(item.original().title()).isEqualTo("L’OIM devient une organisation affiliée");
  }

  @Test
  void anIdEndsTheLastLineOfATitleWrittenOnTwoLines() {
    NewsItem item = only(parse(FR, item("Un titre\nsur deux lignes\t{#deux-lignes}  ", "07/30/2016", "Résumé.")));

    assertThat(item.id()).isEqualTo("deux-lignes");
    assertThat(item.original().title()).isEqualTo("Un titre sur deux lignes");
  }

  @Test
  void withoutAnIdTheIdIsDerivedFromDateAndTitle() {
    // 2016-07-30-386f8dd6 computed with Python's hashlib, see ItemIdsTest.
    assertThat(only(parse(FR, item("Titre", "07/30/2016", "Résumé."))).id()).isEqualTo("2016-07-30-386f8dd6");
  }

  @Test
  void fixingCasePunctuationOrSpacingOfATitleKeepsItsId() {
    String before = ids(parse(FR, item("L’OIM, à Genève", "07/30/2016", "Résumé."))).get(0);
    String after = ids(parse(FR, item("l'OIM  à genève.", "07/30/2016", "Résumé."))).get(0);

    assertThat(after).isEqualTo(before).isEqualTo("2016-07-30-56cb76cb");
  }

  @Test
  void rewordingATitleChangesItsIdUnlessTheIdIsPinned() {
    String first = ids(parse(FR, item("Un", "07/30/2016", "Résumé."))).get(0);
    String reworded = ids(parse(FR, item("Deux", "07/30/2016", "Résumé."))).get(0);
    String pinned = ids(parse(FR, item("Deux {#" + first + "}", "07/30/2016", "Résumé."))).get(0);

    assertThat(reworded).isNotEqualTo(first);
    assertThat(pinned).isEqualTo(first);
  }

  @Test
  void deletingOrReorderingOtherItemsMovesNoId() {
    String a = item("Premier", "07/30/2016", "Un.");
    String b = item("Deuxième", "07/30/2016", "Deux.");
    String c = item("Troisième", "07/29/2016", "Trois.");
    ParseResult all = parse(FR, a + b + c);
    ParseResult withoutFirst = parse(FR, b + c);
    ParseResult reordered = parse(FR, b + a + c);

    assertThat(ids(withoutFirst)).isEqualTo(ids(all).subList(1, 3));
    assertThat(ids(reordered)).containsExactly(ids(all).get(1), ids(all).get(0), ids(all).get(2));
  }

  @Test
  void theSameItemTwiceIsAWarningNamingBothLinesAndTheSecondGetsASuffix() {
    ParseResult result =
        parse(FR, item("Titre", "07/30/2016", "Un.") + item("titre.", "07/30/2016", "Deux."));

    assertThat(ids(result)).containsExactly("2016-07-30-386f8dd6", "2016-07-30-386f8dd6-2");
    assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(
        "news.txt:7:1: warning: expected each item once, found the same date and title as the item on line 1");
  }

  @Test
  void theSameTitleOnAnotherDateIsNotADuplicate() {
    ParseResult result = parse(FR, item("Titre", "07/30/2016", "Un.") + item("Titre", "07/29/2016", "Deux."));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(ids(result)).containsExactly("2016-07-30-386f8dd6", "2016-07-29-386f8dd6");
  }

  @Test
  void aPinnedIdThatLooksDerivedPushesTheDerivedOneAside() {
    ParseResult result = parse(FR,
        item("Autre {#2016-07-30-386f8dd6}", "07/30/2016", "Un.") + item("Titre", "07/30/2016", "Deux."));

    assertThat(ids(result)).containsExactly("2016-07-30-386f8dd6", "2016-07-30-386f8dd6-2");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void theSameIdPinnedTwiceIsAnErrorNamingBothLines() {
    String listing = item("Un {#x}", "07/30/2016", "Un.") + item("Deux {#x}", "07/29/2016", "Deux.");

    assertThat(firstError(FR, listing)).isEqualTo(
        "news.txt:7:1: error: expected each id once in the listing, found {#x} again; the item on line 1 has it already");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Titre {#bad id} | 1:7: error: expected an id of letters A-Z and a-z, digits and . _ ~ - such as {#oim-onu-2016}, found [{#bad id}]",
        "Titre {#} | 1:7: error: expected an id of letters A-Z and a-z, digits and . _ ~ - such as {#oim-onu-2016}, found [{#}]",
        "Titre {#genève} | 1:7: error: expected an id of letters A-Z and a-z, digits and . _ ~ - such as {#oim-onu-2016}, found [{#genève}]",
        "L’été {#x | 1:7: error: expected } at the end of the id, found [{#x]",
        "Titre{#x} | 1:6: error: expected a space before the id {#x}, found [Titre{#x}]",
        "Titre {#x} suite | 1:7: error: expected the id {#x} at the end of the title line, found [suite] after it",
        "{#x} | 1:1: error: expected a title before the id {#x}, found only the id",
      })
  void somethingThatLooksLikeAnIdButIsNotOneIsAnErrorAtItsColumn(String title, String expected) {
    assertThat(firstError(FR, item(title, "07/30/2016", "Résumé."))).isEqualTo("news.txt:" + expected);
  }

  @Test
  void anIdOnAnEarlierLineOfATitleIsAnError() {
    assertThat(firstError(FR, item("Titre {#x}\nsuite", "07/30/2016", "Résumé."))).isEqualTo(
        "news.txt:1:7: error: expected an id such as {#oim-onu-2016} only at the end of the title's last"
            + " line, found [{#x}] on an earlier line");
  }

  @Test
  void leniencySkipsTheItemWithABadIdAndKeepsTheOthers() {
    ParseResult result = lenient(FR,
        item("Bon {#bon}", "07/30/2016", "Un.") + item("Mauvais {#mau vais}", "07/29/2016", "Deux.")
            + item("Autre", "07/28/2016", "Trois."));

    assertThat(ids(result)).containsExactly("bon", "2016-07-28-" + ids(parse(FR, item("Autre", "07/28/2016", "x."))).get(0).substring(11));
    assertThat(result.errors()).extracting(Object::toString).singleElement().asString().startsWith("news.txt:7:9: error:");
  }

  @Test
  void theResultGivesTheLineOfEachItem() {
    ParseResult result = parse(FR, "News\n\n" + item("Un {#un}", "07/30/2016", "Un.") + item("Deux", "07/29/2016", "Deux."));

    assertThat(result.itemLines()).isEqualTo(Map.of("un", 3, ids(result).get(1), 9));
    assertThat(result.lineOf("un")).isEqualTo(3);
    assertThat(result.lineOf("none")).isZero();
  }
}
