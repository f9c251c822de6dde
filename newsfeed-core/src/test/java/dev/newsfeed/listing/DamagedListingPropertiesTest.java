// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsItem;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A valid generated listing (in French, English, Moroccan Arabic, Spanish or German, long dates as
 * the JDK writes them; summaries with and without datelines, some ending like titles) with one
 * item damaged in one of the ways editors damage them: lenient mode still returns every other
 * item unchanged and invents none, the damage is reported at its line (every error there), and
 * strict mode rejects the listing where the damage is an error.
 */
class DamagedListingPropertiesTest {
  private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
  /** Listings in these languages; their long dates as the JDK's CLDR data writes them. */
  private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH,
      Locale.forLanguageTag("ar-MA"), Locale.forLanguageTag("es"), Locale.GERMAN);

  /** The damages; each says whether it is an error (else a warning at most). */
  enum Damage {
    /** The blank line between the previous summary and the title left out. */
    FOLDED_INTO_THE_PREVIOUS_SUMMARY(true),
    /** No blank line around the title and the date: the whole item in the previous summary. */
    WHOLE_ITEM_IN_THE_PREVIOUS_SUMMARY(true),
    /** The blank line between the title and the date left out. */
    TITLE_AND_DATE_IN_ONE_PARAGRAPH(true),
    /** The blank line between the date and the summary left out. */
    DATE_AND_SUMMARY_IN_ONE_PARAGRAPH(true),
    /** The date written above the title. */
    DATE_ABOVE_THE_TITLE(true),
    /** A day the month does not have. */
    IMPOSSIBLE_DATE(true),
    /** A year a century off. */
    IMPLAUSIBLE_YEAR(true),
    /** A month name misspelt. */
    MISSPELT_MONTH(true),
    /** An id pinned with a space in it. */
    MALFORMED_ID(true),
    /** A byte that is not UTF-8 in the summary. */
    INVALID_BYTE(true),
    /** The same item twice. */
    DUPLICATED(false),
    /** A NUL in the summary. */
    CONTROL_CHARACTER(false),
    /** A time without its UTC offset after the date. */
    TIME_WITHOUT_OFFSET(false);

    final boolean error;

    Damage(boolean error) {
      this.error = error;
    }

    /** Damages that need an item above the damaged one. */
    boolean needsAPreviousItem() {
      return this == FOLDED_INTO_THE_PREVIOUS_SUMMARY || this == WHOLE_ITEM_IN_THE_PREVIOUS_SUMMARY
          || this == DATE_ABOVE_THE_TITLE;
    }
  }

  record Item(String title, LocalDate date, boolean longDate, List<String> summary) {
    String dateLine(Locale language) {
      return longDate ? longForm(language).format(date) : date.toString();
    }
  }

  /** A written listing and the line its damage is to be reported at (0 if undamaged). */
  record Written(byte[] bytes, int damageLine) {}

  @Property(tries = 400)
  void lenientReadingOfADamagedListingKeepsEveryOtherItemAndInventsNone(
      @ForAll("items") List<Item> items, @ForAll Damage damage, @ForAll("indexes") int which,
      @ForAll("languages") Locale language) {
    int damaged = damage.needsAPreviousItem() ? 1 + which % (items.size() - 1) : which % items.size();
    Written written = write(items, damaged, damage, language);
    byte[] listing = written.bytes();
    ParseResult clean = parser(Strictness.LENIENT, language)
        .parse("clean.txt", write(items, -1, damage, language).bytes());
    assertThat(clean.diagnostics()).as("the undamaged listing").isEmpty();
    List<NewsItem> originals = clean.feed().items();
    NewsItem original = originals.stream()
        .filter(item -> item.original().title().equals(items.get(damaged).title())).findFirst().orElseThrow();

    ParseResult result = parser(Strictness.LENIENT, language).parse("damaged.txt", listing);

    List<NewsItem> others = new ArrayList<>(originals);
    others.remove(original);
    assertThat(result.feed().items()).as("every other item, unchanged").containsAll(others);
    Set<NewsItem> extra = new LinkedHashSet<>(result.feed().items());
    others.forEach(extra::remove);
    for (NewsItem item : extra) {
      // The damaged item may be kept, as it was written; a duplicate, once more under its -2 id.
      assertThat(item.withId(original.id())).as("no invented item").isEqualTo(original);
    }
    assertThat(result.hasErrors()).as("an error for %s", damage).isEqualTo(damage.error);
    assertThat(result.diagnostics()).as("a diagnostic for %s", damage).isNotEmpty();
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.line()).isPositive());
    // Reported at the damage: every error there, and a warning there where it is no error.
    assertThat(result.diagnostics()).as("a diagnostic of %s at line %d", damage, written.damageLine())
        .anySatisfy(d -> assertThat(d.line()).isEqualTo(written.damageLine()));
    assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Diagnostic.Severity.ERROR)
        .allSatisfy(d -> assertThat(d.line()).as("the line of an error for %s", damage)
            .isEqualTo(written.damageLine()));
    if (damage == Damage.DUPLICATED) {
      assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
          .isEqualTo("expected each item once, found the same date and title as the item on line "
              + result.lineOf(original.id())));
    }
    if (damage.error) {
      NewsParseException e = catchThrowableOfType(NewsParseException.class,
          () -> parser(Strictness.STRICT, language).parse("damaged.txt", listing));
      assertThat(e).as("strict reading of %s", damage).isNotNull();
    }
  }

  private static DateTimeFormatter longForm(Locale language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
  }

  private static ListingParser parser(Strictness strictness, Locale language) {
    return ListingParser.create(ListingOptions.of(language).withStrictness(strictness).withClock(IN_2026));
  }

  /** The listing as bytes, item {@code damaged} damaged (none if -1). */
  private static Written write(List<Item> items, int damaged, Damage damage, Locale language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder text = new StringBuilder("Actualités de l’été\n");
    int damageLine = 0;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String title = item.title();
      String date = item.dateLine(language);
      List<String> summary = new ArrayList<>(item.summary());
      String beforeTitle = "\n";
      String afterTitle = "\n\n";
      String afterDate = "\n\n";
      boolean dateFirst = false;
      if (i == damaged) {
        switch (damage) {
          case FOLDED_INTO_THE_PREVIOUS_SUMMARY -> beforeTitle = "";
          case WHOLE_ITEM_IN_THE_PREVIOUS_SUMMARY -> {
            beforeTitle = "";
            afterTitle = "\n";
            afterDate = "\n";
          }
          case TITLE_AND_DATE_IN_ONE_PARAGRAPH -> afterTitle = "\n";
          case DATE_AND_SUMMARY_IN_ONE_PARAGRAPH -> afterDate = "\n";
          case DATE_ABOVE_THE_TITLE -> dateFirst = true;
          case IMPOSSIBLE_DATE -> date = item.date().getYear() + "-02-30";
          case IMPLAUSIBLE_YEAR -> date = item.date().plusYears(100).toString();
          case MISSPELT_MONTH -> date = misspelt(item.date(), language);
          case MALFORMED_ID -> title = title + " {#mal formé}";
          case INVALID_BYTE -> summary.set(0, summary.get(0).replaceFirst(" ", " \uFFFF "));
          case CONTROL_CHARACTER -> summary.set(0, summary.get(0).replaceFirst(" ", " \u0000"));
          case TIME_WITHOUT_OFFSET -> date = date + " 10:00";
          default -> { }
        }
      }
      text.append(beforeTitle);
      int titleLine = lineAt(text);
      int dateLine;
      if (dateFirst) {
        dateLine = titleLine;
        text.append(date).append("\n\n").append(title).append("\n\n");
      } else {
        text.append(title).append(afterTitle);
        dateLine = lineAt(text);
        text.append(date).append(afterDate);
      }
      int summaryLine = lineAt(text);
      text.append(String.join("\n\n", summary)).append('\n');
      if (i == damaged && damage == Damage.DUPLICATED) {
        text.append('\n');
        damageLine = lineAt(text);
        text.append(title).append("\n\n").append(date).append("\n\n")
            .append(String.join("\n\n", summary)).append('\n');
      } else if (i == damaged) {
        damageLine = switch (damage) {
          case FOLDED_INTO_THE_PREVIOUS_SUMMARY, MALFORMED_ID -> titleLine;
          case INVALID_BYTE, CONTROL_CHARACTER -> summaryLine;
          default -> dateLine;
        };
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    // U+FFFF stands for the byte 0xFF, which no UTF-8 text holds.
    for (byte b : bytes) {
      out.write(b);
    }
    return new Written(replace(out.toByteArray(), "\uFFFF".getBytes(StandardCharsets.UTF_8), (byte) 0xFF),
        damageLine);
  }

  /** The long date with its month name garbled: two letters put in its middle. */
  private static String misspelt(LocalDate date, Locale language) {
    String month = DateTimeFormatter.ofPattern("MMMM", language).format(date);
    String line = longForm(language).format(date);
    int middle = month.length() / 2;
    return line.replace(month, month.substring(0, middle) + "qx" + month.substring(middle));
  }

  /** The number of the line that text appended to {@code text} starts on. */
  private static int lineAt(StringBuilder text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static byte[] replace(byte[] bytes, byte[] marker, byte with) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i++) {
      boolean match = i + marker.length <= bytes.length;
      for (int j = 0; match && j < marker.length; j++) {
        match = bytes[i + j] == marker[j];
      }
      if (match) {
        out.write(with);
        i += marker.length - 1;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toByteArray();
  }

  @Provide
  Arbitrary<Locale> languages() {
    return Arbitraries.of(LANGUAGES);
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 1000);
  }

  private static final List<String> WORDS = List.of("accord", "réunion", "migrants", "formation",
      "été", "partenariat", "Maroc", "projet", "étude", "séminaire", "jeunes", "société", "ateliers");

  /** No dateline, or one of the forms a summary opens with. */
  private static final List<String> DATELINES = List.of("", "", "Rabat - ", "PARIS (AFP) - ",
      "Genève, le 30 juin – ", "Casablanca, 3 juin 2016 — ", "RABAT (MAP) - ");

  private static Arbitrary<String> words(int min, int max) {
    return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(list -> String.join(" ", list));
  }

  @Provide
  Arbitrary<List<Item>> items() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3000)
        .map(days -> LocalDate.of(2016, 1, 1).plusDays(days));
    // A summary's first paragraph ends with a full stop or, like a title, with a closing quotation
    // mark; the others with a full stop. (A title-like last paragraph of a longer summary above a
    // date written before its title reads exactly as a valid listing whose next summary opens with
    // a title-like paragraph: no reader can tell them apart.)
    Arbitrary<String> sentence = words(3, 8).map(s -> "Le " + s + ".");
    Arbitrary<String> opening = Arbitraries.oneOf(sentence, words(3, 8).map(s -> "Il a dit « " + s + " »"));
    Arbitrary<List<String>> summary = Combinators.combine(Arbitraries.of(DATELINES), opening,
            sentence.list().ofMaxSize(1))
        .as((dateline, first, more) -> {
          List<String> paragraphs = new ArrayList<>(List.of(dateline + first));
          paragraphs.addAll(more);
          return paragraphs;
        });
    Arbitrary<Item> item = Combinators.combine(words(2, 5), dates, Arbitraries.of(true, false), summary)
        .as((title, date, longDate, paragraphs) -> new Item(title, date, longDate, paragraphs));
    return item.list().ofMinSize(2).ofMaxSize(6)
        // Titles differ in their words, so that no two items are one by accident; newest first.
        .map(list -> {
          List<Item> numbered = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            Item each = list.get(i);
            numbered.add(new Item("Nouvelle " + (char) ('A' + i) + " " + each.title(), each.date(),
                each.longDate(), each.summary()));
          }
          numbered.sort((a, b) -> b.date().compareTo(a.date()));
          return numbered;
        });
  }
}
