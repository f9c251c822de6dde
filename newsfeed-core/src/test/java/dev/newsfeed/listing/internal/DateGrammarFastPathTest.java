// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.internal.CalendarNames;
import dev.newsfeed.listing.internal.DateGrammar.DayMonth;
import dev.newsfeed.listing.internal.DateGrammar.Fixed;
import dev.newsfeed.listing.internal.DateGrammar.NotADate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link DateGrammar#parseLine}'s shortcuts (the plain numeric date, lines without digits, lines
 * with a character no date has) read every line as the tokenizer and grammar do.
 */
class DateGrammarFastPathTest {
  private static final List<DateGrammar> GRAMMARS = List.of(
      new DateGrammar(CalendarNames.forLanguage(Locale.FRENCH)),
      new DateGrammar(CalendarNames.forLanguage(Locale.ENGLISH)),
      new DateGrammar(CalendarNames.forLanguage(Locale.forLanguageTag("ar-MA"))));

  /** Digits, separators, spaces, marks and letters in the shapes of dates and near misses. */
  private static final List<String> PIECES = List.of("0", "1", "2", "3", "7", "9", "07", "12", "13", "29", "30",
      "31", "32", "00", "2016", "1899", "2106", "0000", "16", "123", "20160", "/", ".", "-", "–", ",", " ", "\u00a0",
      "\t", "\u200e", "\ufeff", "٣٠", "٢٠١٦", "juillet", "July", "samedi", "er", "h", "10h", "10:30", "+01:00", "UTC",
      "(", ")", "«", "a", "é", "يوليوز", "!", ":");

  @Property(tries = 2000)
  void everyLineReadsAsTheGrammarReadsIt(@ForAll("lines") String line) {
    for (DateGrammar grammar : GRAMMARS) {
      assertThat(grammar.parseLine(line, 7)).as("%s", line).isEqualTo(grammar.parseLineInFull(line, 7));
    }
  }

  @Property(tries = 1500)
  void everyNumericDateReadsAsTheGrammarReadsIt(@ForAll("numericDates") String line) {
    for (DateGrammar grammar : GRAMMARS) {
      assertThat(grammar.parseLine(line, 3)).as("%s", line).isEqualTo(grammar.parseLineInFull(line, 3));
    }
  }

  @Test
  void everyDayOfSomeYearsInEveryUsualWayReadsAsTheGrammarReadsIt() {
    DateGrammar grammar = GRAMMARS.get(0);
    int shortcuts = 0;
    for (int year : new int[] {1999, 2016, 2024}) {
      for (int first = 0; first <= 32; first++) {
        for (int second = 0; second <= 32; second++) {
          for (String separator : List.of("/", ".", "-")) {
            for (String line : List.of(first + separator + second + separator + year,
                String.format(Locale.ROOT, "%02d%s%02d%s%d", first, separator, second, separator, year),
                String.format(Locale.ROOT, " %d%s%02d%s%02d\u00a0", year, separator, first, separator, second))) {
              DateGrammar.DateParse expected = grammar.parseLineInFull(line, 1);
              assertThat(grammar.parseLine(line, 1)).as("%s", line).isEqualTo(expected);
              if (expected instanceof DayMonth || expected instanceof Fixed) {
                shortcuts++;
              }
            }
          }
        }
      }
    }
    // The comparison covered dates, not only lines that are none.
    assertThat(shortcuts).isGreaterThan(5000);
    assertThat(grammar.parseLine("Bilan du sommet (3)", 1)).isInstanceOf(NotADate.class);
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> numericDates() {
    Arbitrary<String> field = Arbitraries.integers().between(0, 40).map(String::valueOf);
    Arbitrary<String> padded = Arbitraries.integers().between(0, 40).map(n -> String.format(Locale.ROOT, "%02d", n));
    Arbitrary<String> year = Arbitraries.of("2016", "1900", "16", "2016 ", "20160", "0001", "9999");
    Arbitrary<String> separator = Arbitraries.of("/", ".", "-", "–", " ");
    Arbitrary<String> space = Arbitraries.of("", "", " ", "\u00a0", "\t", "\u200e");
    return net.jqwik.api.Combinators.combine(List.of(space, Arbitraries.oneOf(field, padded, year), separator,
            Arbitraries.oneOf(field, padded), separator, Arbitraries.oneOf(year, field, padded), space))
        .as(parts -> String.join("", parts));
  }
}
