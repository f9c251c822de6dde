// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static dev.newsfeed.listing.ListingFixtures.EN;
import static dev.newsfeed.listing.ListingFixtures.FR;
import static dev.newsfeed.listing.ListingFixtures.firstError;
import static dev.newsfeed.listing.ListingFixtures.lenient;
import static dev.newsfeed.listing.ListingFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Listings whose structure is wrong: each problem at its exact line and column. */
class StructureDiagnosticsTest {

  private static String lines(String... lines) {
    return String.join("\n", lines);
  }

  private static final String MISSING_DATE =
      lines(
          "A",
          "",
          "07/30/2016",
          "",
          "Résumé de A.",
          "",
          "Suite de A.",
          "",
          "",
          "Titre de B, sans date",
          "",
          "Rabat, 16-19 mai 2016 - Dans le cadre du projet.",
          "",
          "C",
          "",
          "07/01/2016",
          "",
          "Résumé de C.");

  @Test
  void titleWithoutADateIsFoundByTheDatelineThatFollowsIt() {
    try {
      ListingParser.create(ListingOptions.of(FR)).parse("news-fr.txt", MISSING_DATE);
      throw new AssertionError("expected an error");
    } catch (NewsParseException e) {
      assertThat(e.getMessage())
          .isEqualTo("news-fr.txt:12:1: error: expected a date such as 07/30/2016 after the title,"
              + " found [Rabat]");
    }
  }

  @Test
  void inLenientModeTheItemWithoutADateIsSkippedAndTheItemBeforeItKeepsItsSummary() {
    ParseResult result = lenient(FR, MISSING_DATE);

    assertThat(result.feed().items()).extracting(item -> item.original().title())
        .containsExactly("A", "C");
    assertThat(result.feed().items().get(0).original().summary())
        .containsExactly("Résumé de A.", "Suite de A.");
    assertThat(result.errors()).hasSize(1);
  }

  @Test
  void dateFollowedByTheNextTitleHasNoSummary() {
    assertThat(firstError(FR, lines("A", "", "07/30/2016", "", "B", "", "07/04/2016", "", "Résumé.")))
        .isEqualTo("news.txt:5:1: error: expected a summary after the date on line 3, found the title"
            + " of the next item [B]");
  }

  @Test
  void dateAtTheEndHasNoSummary() {
    assertThat(firstError(FR, "A\n\n07/30/2016\n\n"))
        .isEqualTo("news.txt:3:11: error: expected a summary after the date on line 3, found the end"
            + " of the input");
  }

  @Test
  void secondDateAfterADateIsAnError() {
    assertThat(firstError(FR, lines("A", "", "07/30/2016", "", "07/31/2016", "", "Résumé.")))
        .isEqualTo("news.txt:5:1: error: expected a summary after the date on line 3, found another"
            + " date [07/31/2016]");
  }

  @Test
  void dateAtTheStartHasNoTitle() {
    assertThat(firstError(FR, lines("07/30/2016", "", "Résumé.")))
        .isEqualTo("news.txt:1:1: error: expected a title line before the date, found the date"
            + " [07/30/2016] at the start of the listing");
  }

  @Test
  void secondParagraphBeforeTheFirstItemIsNeitherHeadingNorItem() {
    String text = lines("News", "", "Une introduction.", "", "A", "", "07/30/2016", "", "Résumé.");

    assertThat(firstError(FR, text))
        .isEqualTo("news.txt:3:1: error: expected a single heading paragraph, then a title and a date"
            + " such as 07/30/2016, found another paragraph before the first item [Une]");
    ParseResult result = lenient(FR, text);
    assertThat(result.feed().titles()).isEqualTo(Map.of(FR, "News"));
    assertThat(result.feed().items()).hasSize(1);
  }

  @Test
  void emptyListingIsAClearError() {
    String expected = "news.txt:1:1: error: expected a title line followed by a date line such as"
        + " 30/07/2016, found an empty listing";
    assertThat(firstError(FR, "")).isEqualTo(expected);
    assertThat(firstError(FR, "\n \n\u00a0\t\r\n")).isEqualTo(expected);
    assertThat(firstError(EN, "")).contains("such as 07/30/2016");
  }

  @Test
  void headingAloneHasNoItem() {
    assertThat(firstError(FR, "News\n"))
        .isEqualTo("news.txt:1:5: error: expected a title line and a date line such as 30/07/2016"
            + " after the heading, found the end of the input");
  }

  @Test
  void listingWithoutAnyDateReportsWhereTheFirstDateWasExpected() {
    assertThat(firstError(FR, lines("News", "", "Titre", "", "Résumé sans date.")))
        .isEqualTo("news.txt:5:1: error: expected a date such as 30/07/2016 after the title, found"
            + " [Résumé]");
    assertThat(firstError(FR, lines("Titre", "", "Résumé.")))
        .isEqualTo("news.txt:3:8: error: expected a date such as 30/07/2016 after the title, found"
            + " the end of the input");
  }

  @Test
  void longFormListingsGiveALongFormExample() {
    String text = lines("News", "", "Intro.", "", "A", "", "July 30, 2016", "", "Summary.");
    assertThat(firstError(EN, text)).contains("a title and a date such as July 30, 2016,");
  }

  @Test
  void columnOfAnIndentedDateIsItsFirstCharacter() {
    assertThat(firstError(EN, lines("A", "", " \t02/30/2016", "", "Summary.")))
        .isEqualTo("news.txt:3:3: error: February 2016 has no day 30");
  }

  @Test
  void aDateUnderItsTitleWithoutABlankLineIsAnErrorAndLenientStillReadsTheItem() {
    String text =
        lines("A", "", "07/30/2016", "", "Résumé A.", "", "B", "07/04/2016", "", "Résumé B.");

    assertThat(firstError(FR, text)).isEqualTo("news.txt:8:1: error: expected a blank line between the"
        + " title and the date [07/04/2016], found them in one paragraph");
    ParseResult result = lenient(FR, text);
    assertThat(result.feed().items()).extracting(item -> item.original().title()).containsExactly("A", "B");
  }

  @Test
  void aDateAfterASentenceInsideAParagraphStaysTextWithAWarning() {
    String text = lines("A", "", "07/30/2016", "", "Le programme s’ouvre.", "07/04/2016", "Suite.");

    ParseResult result = parse(FR, text);

    assertThat(result.feed().items()).hasSize(1);
    assertThat(result.diagnostics()).extracting(Object::toString)
        .containsExactly("news.txt:6:1: warning: expected a blank line before and after the date"
            + " [07/04/2016], found it inside a paragraph, where it is read as text");
  }


  @Test
  void itemsOutOfDateOrderAreAWarningAndTheFeedIsSorted() {
    String text = lines("A", "", "07/04/2016", "", "R.", "", "B", "", "07/30/2016", "", "R.");

    ParseResult result = parse(FR, text);

    assertThat(result.feed().items()).extracting(item -> item.original().title())
        .containsExactly("B", "A");
    assertThat(result.diagnostics()).extracting(Object::toString)
        .containsExactly("news.txt:9:1: warning: expected items newest first, found 2016-07-30 after"
            + " 2016-07-04 (line 3); the feed lists items by date, not in the listing's order");
  }

  @Test
  void titlesMayStartLowerCaseAndSpanLines() {
    String text = lines("l'OIM Maroc a organisé", "deux ateliers", "", "07/30/2016", "", "Résumé.");
    assertThat(ListingFixtures.only(parse(FR, text)).original().title())
        .isEqualTo("l'OIM Maroc a organisé deux ateliers");
  }
}
