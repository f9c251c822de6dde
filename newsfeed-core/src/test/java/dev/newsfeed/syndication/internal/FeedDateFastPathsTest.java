// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The dates read without the tokenizer or the formatter read as they would through them. */
class FeedDateFastPathsTest {

  @Property(tries = 3000)
  void theCanonicalRfc822FormReadsAsTheTokenizerReadsIt(@ForAll("rfc822") String text) {
    FeedDateParser.Result fast = FeedDateParser.canonicalRfc822(text);
    if (fast != null) {
      assertThat(fast).isEqualTo(FeedDateParser.rfc822Tokens(text, new ArrayList<>()));
    }
  }

  @Property(tries = 300)
  void whatNewsfeedWritesTakesTheFastPath(@ForAll("times") OffsetDateTime time) {
    String text = FeedDates.rfc822(time);
    assertThat(FeedDateParser.canonicalRfc822(text)).isNotNull()
        .isEqualTo(FeedDateParser.rfc822Tokens(text, new ArrayList<>()));
  }

  @Property(tries = 2000)
  void isoDatesReadAsLocalDateParseReadsThem(@ForAll("isoDates") String text) {
    LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> ItemDraft.isoDate(text)).isInstanceOf(DateTimeParseException.class)
          .hasMessage(e.getMessage());
      return;
    }
    assertThat(ItemDraft.isoDate(text)).isEqualTo(expected);
  }

  @Property(tries = 3000)
  void datesAreWrittenAsTheFormattersWroteThem(@ForAll("anyTimes") OffsetDateTime time) {
    assertThat(FeedDates.rfc3339(time)).isEqualTo(FeedDates.rfc3339ByFormatter(time));
    assertThat(FeedDates.rfc822(time)).isEqualTo(FeedDates.rfc822ByFormatter(time));
  }

  @Provide
  Arbitrary<OffsetDateTime> times() {
    return Combinators.combine(
            Arbitraries.longs().between(-2_000_000_000L, 8_000_000_000L),
            Arbitraries.integers().between(-18 * 60, 18 * 60))
        .as((seconds, minutes) -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds),
            ZoneOffset.ofTotalSeconds(minutes * 60)));
  }

  /** Years 0 to 9999, fractions of a second, offsets with seconds. */
  @Provide
  Arbitrary<OffsetDateTime> anyTimes() {
    return Combinators.combine(
            Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L),
            Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.of(1_000_000, 500_000_000, 120_000, 7)),
            Arbitraries.oneOf(Arbitraries.integers().between(-18 * 60, 18 * 60).map(m -> m * 60),
                Arbitraries.integers().between(-18 * 3600, 18 * 3600)))
        .as((seconds, nanos, offset) -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos),
            ZoneOffset.ofTotalSeconds(offset)))
        .filter(t -> t.getYear() >= 0 && t.getYear() <= 9999);
  }

  /** Written dates, then some of them changed: GMT, a wrong day name, a character replaced. */
  @Provide
  Arbitrary<String> rfc822() {
    List<String> replacements = List.of("GMT", "UT", "EST", "+2400", "-1801", "+0060", " ", "0", "9", "6", "60", "Sun",
        "sat", "Feb", "JUL", "x", ":", ",", "31", "29", "30", "00", "99", "24", "+", "-");
    return Combinators.combine(times(), Arbitraries.integers().between(0, 4), Arbitraries.of(replacements),
            Arbitraries.integers().between(0, 30))
        .as((time, change, replacement, at) -> {
          String text = FeedDates.rfc822(time);
          return switch (change) {
            case 0 -> text;
            case 1 -> text.endsWith("+0000") ? text.substring(0, 26) + "GMT" : text;
            case 2 -> text.substring(0, Math.min(at, text.length())) + replacement
                + text.substring(Math.min(text.length(), at + replacement.length()));
            case 3 -> text.substring(0, Math.min(at, text.length())) + replacement
                + text.substring(Math.min(at, text.length()));
            default -> replacement + text.substring(3);
          };
        });
  }

  @Provide
  Arbitrary<String> isoDates() {
    Arbitrary<String> written = Combinators.combine(Arbitraries.integers().between(-5, 10050),
            Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
        .as((y, m, d) -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d));
    Arbitrary<String> odd = Arbitraries.of("2016-7-30", "2016-07-3", "+2016-07-30", "2016/07/30", "２０１６-07-30",
        "2016-07-30 ", "", "2016-02-29", "2015-02-29", "0000-01-01", "2016-0a-01");
    return Arbitraries.oneOf(written, odd);
  }
}
