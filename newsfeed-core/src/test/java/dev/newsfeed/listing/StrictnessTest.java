// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static dev.newsfeed.listing.ListingFixtures.FR;
import static dev.newsfeed.listing.ListingFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict mode stops at the first error; lenient mode skips bad items and caps what it reports. */
class StrictnessTest {
  /** Line 3: a warning (two-digit year); line 9: an error; line 15: another error. */
  private static final String TWO_BAD_ITEMS =
      String.join("\n",
          "A", "", "30/07/16", "", "Résumé A.", "",
          "B", "", "31/02/2016", "", "Résumé B.", "",
          "C", "", "31 juin 2016", "", "Résumé C.", "",
          "D", "", "01/06/2016", "", "Résumé D.");

  private static final ListingOptions LENIENT = ListingOptions.of(FR).withStrictness(Strictness.LENIENT);

  @Test
  void strictIsTheDefault() {
    assertThat(ListingOptions.of(FR).strictness()).isEqualTo(Strictness.STRICT);
  }

  @Test
  void strictModeThrowsAtTheFirstErrorWithEveryDiagnosticBeforeIt() {
    NewsParseException e =
        catchThrowableOfType(NewsParseException.class, () -> parse(FR, TWO_BAD_ITEMS));

    assertThat(e.getMessage()).isEqualTo("news.txt:9:1: error: February 2016 has no day 31");
    assertThat(e.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly(
            "news.txt:3:7: warning: two-digit year 16 read as 2016; write the year with four digits",
            "news.txt:9:1: error: February 2016 has no day 31");
  }

  @Test
  void lenientModeKeepsEveryGoodItemAndReportsEachBadOneWhereItIs() {
    ParseResult result = parse(LENIENT, TWO_BAD_ITEMS);

    assertThat(result.feed().items()).extracting(item -> item.original().title())
        .containsExactly("A", "D");
    assertThat(result.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly(
            "news.txt:3:7: warning: two-digit year 16 read as 2016; write the year with four digits",
            "news.txt:9:1: error: February 2016 has no day 31",
            "news.txt:15:1: error: June 2016 has no day 31");
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void warningsNeverStopStrictParsing() {
    ParseResult result = parse(FR, "A\n\n30/07/16\n\nRésumé.");

    assertThat(result.feed().items()).hasSize(1);
    assertThat(result.warnings()).hasSize(1);
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void lenientDiagnosticsAreCappedWithAFinalCount() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      text.append("T").append(i).append("\n\n31/02/2016\n\nRésumé.\n\n");
    }
    text.append("Bon\n\n01/02/2016\n\nRésumé.\n");

    ParseResult result = parse(LENIENT.withMaxDiagnostics(5), text.toString());

    assertThat(result.feed().items()).hasSize(1);
    List<Diagnostic> diagnostics = result.diagnostics();
    assertThat(diagnostics).hasSize(6);
    assertThat(diagnostics.subList(0, 5)).extracting(Diagnostic::line)
        .containsExactly(3, 9, 15, 21, 27);
    assertThat(diagnostics.get(5).toString()).isEqualTo("news.txt: error: 25 more problems not shown");
  }

  @Test
  void capOnlyOfWarningsEndsWithAWarningCount() {
    String text = "A\n\n30/07/16\n\nR.\n\nB\n\n29/07/16\n\nR.\n\nC\n\n28/07/16\n\nR.";

    ParseResult result = parse(LENIENT.withMaxDiagnostics(1), text);

    assertThat(result.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly(
            "news.txt:3:7: warning: two-digit year 16 read as 2016; write the year with four digits",
            "news.txt: warning: 2 more problems not shown");
  }

  @Test
  void strictModeReportsTheFirstErrorEvenWhenWarningsFillTheCap() {
    NewsParseException e = catchThrowableOfType(NewsParseException.class,
        () -> parse(ListingOptions.of(FR).withMaxDiagnostics(1), TWO_BAD_ITEMS));

    assertThat(e.error().toString()).isEqualTo("news.txt:9:1: error: February 2016 has no day 31");
  }
}
