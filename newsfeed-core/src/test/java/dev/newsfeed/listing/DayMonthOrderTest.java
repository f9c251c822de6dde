// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static dev.newsfeed.listing.ListingFixtures.AR;
import static dev.newsfeed.listing.ListingFixtures.EN;
import static dev.newsfeed.listing.ListingFixtures.FR;
import static dev.newsfeed.listing.ListingFixtures.firstError;
import static dev.newsfeed.listing.ListingFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which field of {@code 05/04/2016} is the month: configured, inferred, or the language's. */
class DayMonthOrderTest {

  /** Items dated by the given date lines, one per item, with titles A, B, C… */
  private static String listing(String... dates) {
    StringBuilder out = new StringBuilder();
    char title = 'A';
    for (String date : dates) {
      out.append(title++).append("\n\n").append(date).append("\n\nRésumé.\n\n");
    }
    return out.toString();
  }

  private static List<LocalDate> dates(ParseResult result) {
    // Source order: titles are A, B, C…
    return result.feed().items().stream()
        .sorted(java.util.Comparator.comparing(item -> item.original().title()))
        .map(NewsItem::published)
        .map(date -> date.date())
        .toList();
  }

  @Test
  void monthFirstIsInferredFromA30InTheSecondField() {
    ParseResult result = parse(FR, listing("05/04/2016", "03/30/2016"));

    assertThat(dates(result)).containsExactly(LocalDate.of(2016, 5, 4), LocalDate.of(2016, 3, 30));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void dayFirstIsInferredFromA30InTheFirstField() {
    ParseResult result = parse(EN, listing("30/06/2016", "05/04/2016"));

    assertThat(dates(result)).containsExactly(LocalDate.of(2016, 6, 30), LocalDate.of(2016, 4, 5));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void seedDatesAreMonthFirstWithoutAWarning() {
    ParseResult seed = ListingFixtures.parseResource("seed.fr.txt", FR);
    assertThat(seed.feed().items().get(1).published().date()).isEqualTo(LocalDate.of(2016, 7, 4));
    assertThat(seed.diagnostics()).isEmpty();
  }

  @Test
  void contradictingDatesAreAnErrorNamingBothLines() {
    String text = listing("07/30/2016", "05/04/2016", "30/06/2016");

    assertThat(firstError(FR, text))
        .isEqualTo("news.txt:15:1: error: dates disagree on day/month order: line 3 (07/30/2016)"
            + " puts the month first, line 15 (30/06/2016) puts the day first");
  }

  @Test
  void inLenientModeOnlyTheContradictingItemIsSkipped() {
    String text = listing("07/30/2016", "05/04/2016", "30/06/2016");

    ParseResult result =
        parse(ListingOptions.of(FR).withStrictness(Strictness.LENIENT), text);

    assertThat(dates(result)).containsExactly(LocalDate.of(2016, 7, 30), LocalDate.of(2016, 5, 4));
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).line()).isEqualTo(15);
  }

  @ParameterizedTest
  @CsvSource({
    "fr,    2016-04-05, day/month/year",
    "en,    2016-05-04, month/day/year",
    "en-GB, 2016-04-05, day/month/year",
    "en-US, 2016-05-04, month/day/year",
    "ar,    2016-04-05, day/month/year",
    "ar-MA, 2016-04-05, day/month/year"
  })
  void undecidedListingUsesTheLanguagesShortDateOrderAndWarnsOnce(
      String tag, LocalDate expected, String order) {
    ParseResult result = parse(Locale.forLanguageTag(tag), listing("05/04/2016", "03/02/2016"));

    assertThat(dates(result).get(0)).isEqualTo(expected);
    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.diagnostics().get(0).toString())
        .isEqualTo("news.txt:3:1: warning: the day/month order of [05/04/2016] is ambiguous: read as "
            + order + ", the short date order of " + tag + "; set the date order to DMY or MDY, or"
            + " write the date as " + expected + ", to be explicit");
  }

  @Test
  void explicitOrderWinsWithoutAWarning() {
    ParseResult dmy = parse(ListingOptions.of(EN).withDateOrder(DateOrder.DMY), listing("05/04/2016"));
    ParseResult mdy = parse(ListingOptions.of(FR).withDateOrder(DateOrder.MDY), listing("05/04/2016"));

    assertThat(dates(dmy)).containsExactly(LocalDate.of(2016, 4, 5));
    assertThat(dates(mdy)).containsExactly(LocalDate.of(2016, 5, 4));
    assertThat(dmy.diagnostics()).isEmpty();
    assertThat(mdy.diagnostics()).isEmpty();
  }

  @Test
  void explicitOrderContradictedByADateIsAnError() {
    assertThat(firstError(ListingOptions.of(FR).withDateOrder(DateOrder.DMY), listing("07/30/2016")))
        .isEqualTo("news.txt:3:1: error: expected day/month/year as the date order is DMY, found"
            + " [07/30/2016] whose second field 30 cannot be a month");
    assertThat(firstError(ListingOptions.of(FR).withDateOrder(DateOrder.MDY), listing("30/07/2016")))
        .isEqualTo("news.txt:3:1: error: expected month/day/year as the date order is MDY, found"
            + " [30/07/2016] whose first field 30 cannot be a month");
  }

  @Test
  void yearFirstOrderRejectsDatesWithTheYearLast() {
    ListingOptions ymd = ListingOptions.of(FR).withDateOrder(DateOrder.YMD);

    assertThat(dates(parse(ymd, listing("2016-07-30")))).containsExactly(LocalDate.of(2016, 7, 30));
    assertThat(firstError(ymd, listing("30/07/2016")))
        .isEqualTo("news.txt:3:1: error: expected a year-first date such as 2016-07-30 (the date"
            + " order is YMD), found [30/07/2016] with the year last");
  }

  @Test
  void isoDatesAreYearMonthDayWhateverTheOrderAndDecideNothing() {
    ParseResult result =
        parse(ListingOptions.of(EN).withDateOrder(DateOrder.DMY), listing("2016-05-04", "2016/03/02"));
    assertThat(dates(result)).containsExactly(LocalDate.of(2016, 5, 4), LocalDate.of(2016, 3, 2));

    ParseResult auto = parse(FR, listing("2016-05-04", "05/04/2016"));
    assertThat(dates(auto)).containsExactly(LocalDate.of(2016, 5, 4), LocalDate.of(2016, 4, 5));
    assertThat(auto.warnings()).hasSize(1);
  }

  @Test
  void longFormDatesNeitherDecideNorNeedTheOrder() {
    ParseResult result = parse(AR, listing("30 يوليوز 2016", "5 ماي 2016"));
    assertThat(dates(result)).containsExactly(LocalDate.of(2016, 7, 30), LocalDate.of(2016, 5, 5));
    assertThat(result.diagnostics()).isEmpty();
  }
}
