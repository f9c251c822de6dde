// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static dev.newsfeed.listing.ListingFixtures.FR;
import static dev.newsfeed.listing.ListingFixtures.firstError;
import static dev.newsfeed.listing.ListingFixtures.lenient;
import static dev.newsfeed.listing.ListingFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mistakes editors make by hand, each caught at its line with what was expected. */
class EditorMistakesTest {

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static List<String> titles(ParseResult result) {
    return result.feed().items().stream().map(NewsItem::original).map(t -> t.title()).toList();
  }

  private static List<String> diagnostics(ParseResult result) {
    return result.diagnostics().stream().map(Object::toString).toList();
  }

  // ---- a blank line left out

  private static final String FOLDED = lines(
      "Titre A", "", "07/30/2016", "", "Résumé A.",
      "Titre B", "07/29/2016", "Résumé B.", "",
      "Titre C", "", "07/28/2016", "", "Résumé C.");

  @Test
  void aNextItemFoldedIntoASummaryIsAnErrorAtItsDateLine() {
    assertThat(firstError(FR, FOLDED)).isEqualTo("news.txt:7:1: error: expected a blank line before the"
        + " title of the next item, found its title [Titre B] and its date [07/29/2016] inside a paragraph");
  }

  @Test
  void leniencySplitsTheFoldedItemsApart() {
    ParseResult result = lenient(FR, FOLDED);

    assertThat(titles(result)).containsExactly("Titre A", "Titre B", "Titre C");
    assertThat(result.feed().items().get(0).original().summary()).containsExactly("Résumé A.");
    assertThat(result.feed().items().get(1).original().summary()).containsExactly("Résumé B.");
    assertThat(diagnostics(result)).hasSize(1);
  }

  @Test
  void aTitleRightUnderTheSummaryAboveIsAnErrorAtTheTitleAndBothItemsAreKept() {
    String text = lines("Titre A", "", "07/30/2016", "", "Résumé A.", "Titre B", "", "07/29/2016", "", "Résumé B.");

    assertThat(firstError(FR, text)).isEqualTo("news.txt:6:1: error: expected a blank line before the title"
        + " of the next item, found its title [Titre B] right under the line above");
    ParseResult result = lenient(FR, text);
    assertThat(titles(result)).containsExactly("Titre A", "Titre B");
    assertThat(result.feed().items().get(0).original().summary()).containsExactly("Résumé A.");
  }

  @Test
  void aTitleRightUnderTheSummaryAboveStaysATitleWhenItsSummaryOpensLikeATitle() {
    // Not a date above its title: the line under the summary above is the title.
    String text = lines("Titre A", "", "07/30/2016", "", "Résumé A.", "Titre B", "", "07/29/2016", "",
        "Il a dit « oui »", "", "Suite B.");

    assertThat(firstError(FR, text)).isEqualTo("news.txt:6:1: error: expected a blank line before the title"
        + " of the next item, found its title [Titre B] right under the line above");
    ParseResult result = lenient(FR, text);
    assertThat(titles(result)).containsExactly("Titre A", "Titre B");
    assertThat(result.feed().items().get(0).original().summary()).containsExactly("Résumé A.");
    assertThat(result.feed().items().get(1).original().summary()).containsExactly("Il a dit « oui »", "Suite B.");
  }

  @Test
  void aMissingBlankLineAfterTheDateIsAnError() {
    String text = lines("Titre A", "", "07/30/2016", "Résumé A.");

    assertThat(firstError(FR, text)).isEqualTo(
        "news.txt:3:1: error: expected a blank line after the date [07/30/2016], found text on the next line");
    assertThat(lenient(FR, text).feed().items()).singleElement()
        .satisfies(item -> assertThat(item.original().summary()).containsExactly("Résumé A."));
  }

  // ---- the date above its title

  private static final String DATE_FIRST = lines(
      "Titre A", "", "07/30/2016", "", "Résumé A.", "",
      "07/29/2016", "", "Titre B", "", "Résumé B.", "",
      "Titre C", "", "07/28/2016", "", "Résumé C.");

  @Test
  void aDateAboveItsTitleIsAnErrorAtTheDateSayingTheTitleIsMissingAboveIt() {
    assertThat(firstError(FR, DATE_FIRST)).isEqualTo("news.txt:7:1: error: expected a title line above the"
        + " date [07/29/2016], found a paragraph that reads as a summary (line 5); write each title above its date");
  }

  @Test
  void leniencyMakesNoItemOfASummarySentence() {
    ParseResult result = lenient(FR, DATE_FIRST);

    assertThat(titles(result)).containsExactly("Titre A", "Titre C");
    assertThat(result.feed().items().get(0).original().summary()).containsExactly("Résumé A.");
  }

  private static final String DATE_FIRST_UNDER_A_QUOTE = lines(
      "Titre A", "", "07/30/2016", "", "Le ministre a déclaré « nous viendrons »", "",
      "07/29/2016", "", "Titre B", "", "Résumé B.", "",
      "Titre C", "", "07/28/2016", "", "Résumé C.");

  @Test
  void aDateAboveItsTitleUnderASummaryWithoutAFullStopIsStillAnErrorAtTheDate() {
    // The summary above ends like a title; read as one, it would be the title of an invented item.
    assertThat(firstError(FR, DATE_FIRST_UNDER_A_QUOTE)).isEqualTo("news.txt:7:1: error: expected a title"
        + " line above the date [07/29/2016], found a paragraph that reads as a summary (line 5); write each"
        + " title above its date");
  }

  @Test
  void leniencyMakesNoItemOfASummaryWithoutAFullStop() {
    ParseResult result = lenient(FR, DATE_FIRST_UNDER_A_QUOTE);

    assertThat(titles(result)).containsExactly("Titre A", "Titre C");
    assertThat(result.feed().items().get(0).original().summary())
        .containsExactly("Le ministre a déclaré « nous viendrons »");
    assertThat(diagnostics(result)).hasSize(1);
  }

  @Test
  void aFirstDateAboveItsTitleUnderTheHeadingIsAWarningAtTheDate() {
    // Also what a listing without heading whose first summary opens like a title looks like: only a warning.
    String text = lines("Actualités", "", "07/30/2016", "", "Titre A", "", "Résumé A.", "",
        "Titre B", "", "07/29/2016", "", "Résumé B.");

    ParseResult result = parse(FR, text);

    assertThat(diagnostics(result)).containsExactly("news.txt:3:1: warning: the paragraph below the date"
        + " [07/30/2016] reads as a title (line 5), and [Actualités] above it is read as the first item's"
        + " title, not as the listing's heading; if the title is below its date, write it above");
    assertThat(titles(result)).containsExactly("Actualités", "Titre B");
  }

  @Test
  void aTitleWhoseSummaryIsMissingIsStillReportedAsAMissingSummary() {
    String text = lines("A", "", "07/30/2016", "", "B", "", "07/04/2016", "", "Résumé.");

    assertThat(firstError(FR, text)).isEqualTo(
        "news.txt:5:1: error: expected a summary after the date on line 3, found the title of the next item [B]");
  }

  // ---- control characters

  @Test
  void controlCharactersAreRemovedWithOneWarningSayingWhereTheFirstWas() {
    ParseResult result = parse(FR, lines("Ti\u0000tre", "", "07/30/2016", "", "Ré\u0007su\u001Bmé.\u007F"));

    assertThat(result.feed().items()).singleElement().satisfies(item -> {
      assertThat(item.original().title()).isEqualTo("Titre");
      assertThat(item.original().summary()).containsExactly("Résumé.");
    });
    assertThat(diagnostics(result)).containsExactly("news.txt:1:3: warning: removed 4 control characters,"
        + " the first U+0000 here, which text cannot hold; save the listing without them");
  }

  @Test
  void aLineOfControlCharactersOnlyIsABlankLine() {
    ParseResult result = parse(FR, lines("Titre", "\u0000\u0000", "07/30/2016", "", "Résumé."));

    assertThat(titles(result)).containsExactly("Titre");
    assertThat(diagnostics(result)).containsExactly("news.txt:2:1: warning: removed 2 control characters,"
        + " the first U+0000 here, which text cannot hold; save the listing without them");
  }

  @Test
  void oneControlCharacterIsNamed() {
    assertThat(diagnostics(parse(FR, lines("Titre", "", "07/30/2016", "", "Résumé\u000C."))))
        .containsExactly("news.txt:5:7: warning: removed a control character, U+000C here, which text"
            + " cannot hold; save the listing without them");
  }

  // ---- implausible dates and dates with a time

  private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  private static ListingOptions options(Locale language) {
    return ListingOptions.of(language).withClock(IN_2026);
  }

  private static String oneItem(String date) {
    return lines("Titre", "", date, "", "Résumé.");
  }

  @Test
  void aDateFarInTheFutureIsAnErrorSuggestingAMistypedYear() {
    assertThat(firstError(options(FR), oneItem("07/30/2106"))).isEqualTo("news.txt:3:1: error: expected a"
        + " date from 1900 to 2027, found 2106-07-30 in [07/30/2106]; is the year mistyped?");
  }

  @Test
  void aDateBefore1900IsAnError() {
    assertThat(firstError(options(FR), oneItem("30 juillet 1016"))).isEqualTo("news.txt:3:1: error: expected"
        + " a date from 1900 to 2027, found 1016-07-30 in [30 juillet 1016]; is the year mistyped?");
  }

  @Test
  void nextYearIsStillPlausible() {
    assertThat(ListingFixtures.parse(options(FR), oneItem("30/07/2027")).diagnostics()).isEmpty();
  }

  @ParameterizedTest(name = "{1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | 30/07/2016 10:00 +01:00 | 2016-07-30T10:00+01:00",
        "fr | 30 juillet 2016 à 10h30 UTC | 2016-07-30T10:30Z",
        "fr | 2016-07-30T10:00Z | 2016-07-30T10:00Z",
        "fr | 30.07.2016, 09:05:30 GMT+2 | 2016-07-30T09:05:30+02:00",
        "en | July 30, 2016 at 10:00 PM -0400 | 2016-07-30T22:00-04:00",
        "en | July 30, 2016, 12:15 AM UTC | 2016-07-30T00:15Z",
        "es | 30 de julio de 2016 a las 10:00 +02:00 | 2016-07-30T10:00+02:00",
        "ar | 30 يوليوز 2016 على الساعة 10:00 +01:00 | 2016-07-30T10:00+01:00",
      })
  void aTimeWithItsUtcOffsetIsKept(String tag, String date, String expected) {
    ParseResult result = ListingFixtures.parse(options(Locale.forLanguageTag(tag)), oneItem(date));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(ListingFixtures.only(result).published())
        .isEqualTo(PublicationDate.of(OffsetDateTime.parse(expected)));
  }

  @Test
  void aTimeWithoutAnOffsetIsLeftOutWithAWarningThatSaysWhy() {
    ParseResult result = ListingFixtures.parse(options(FR), oneItem("30/07/2016 10:00"));

    assertThat(ListingFixtures.only(result).published()).isEqualTo(PublicationDate.of(LocalDate.of(2016, 7, 30)));
    assertThat(diagnostics(result)).containsExactly("news.txt:3:12: warning: the time [10:00] is left out:"
        + " a time needs its UTC offset, such as 10:00 +01:00 or 10:00 UTC; the item is dated 2016-07-30");
  }

  @Test
  void aTimeOutOfRangeIsAnErrorAtTheTime() {
    assertThat(firstError(options(FR), oneItem("30/07/2016 25:00 UTC")))
        .isEqualTo("news.txt:3:12: error: expected a time from 00:00 to 23:59, found [25:00 UTC]");
  }

  @Test
  void aTitleEndingWithATimeIsStillATitle() {
    ParseResult result = ListingFixtures.parse(options(FR), lines("Réunion à 10:00", "", "30/07/2016", "", "Résumé."));

    assertThat(titles(result)).containsExactly("Réunion à 10:00");
  }

  // ---- files in another encoding

  @Test
  void aListingSavedInWindows1252IsReadWhenItsEncodingIsGiven() throws Exception {
    byte[] bytes = ListingFixtures.resource("invalid/windows-1252.fr.txt").toFile().toPath()
        .getFileSystem().provider().newInputStream(ListingFixtures.resource("invalid/windows-1252.fr.txt"))
        .readAllBytes();
    ListingParser parser = ListingParser.create(ListingOptions.of(FR).withEncoding(java.nio.charset.Charset.forName("windows-1252")));

    ParseResult result = parser.parse("news.fr.txt", bytes);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.feed().titles()).containsValue("Actualités");
    assertThat(ListingFixtures.only(result).original().summary()).containsExactly("Les États membres ont adopté la résolution.");
    assertThat(ListingFixtures.only(result).original().dateline()).contains("New York");
  }

  @Test
  void aByteTheGivenEncodingDoesNotMapIsAnErrorAtItsPlace() {
    ListingParser parser = ListingParser.create(ListingOptions.of(FR).withEncoding(java.nio.charset.Charset.forName("windows-1252")));

    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(dev.newsfeed.NewsParseException.class,
            () -> parser.parse("news.fr.txt", "Titre\n\n07/30/2016\n\nR\u00e9sum\u00e9\n".replace("\u00e9", "\u0081")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).error().toString())
        .isEqualTo("news.fr.txt:5:2: error: invalid windows-1252 byte 0x81");
  }

  @Test
  void aUtf16ListingIsReadWhenItsEncodingIsGiven() {
    byte[] bytes = lines("Titre", "", "07/30/2016", "", "Résumé.").getBytes(java.nio.charset.StandardCharsets.UTF_16);
    ListingParser parser = ListingParser.create(ListingOptions.of(FR).withEncoding(java.nio.charset.StandardCharsets.UTF_16));

    assertThat(ListingFixtures.only(parser.parse("news.fr.txt", bytes)).original().summary()).containsExactly("Résumé.");
  }
}
