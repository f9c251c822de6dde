// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.listing.DateOrder;
import dev.newsfeed.listing.internal.DateGrammar.DayMonth;
import dev.newsfeed.listing.internal.Paragraph.Located;
import dev.newsfeed.text.LocalizedDateFormat;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The day/month order of the numeric dates of one listing, and the dates it gives.
 *
 * <p>A configured order wins. Otherwise the whole listing decides: a first field above 12 can
 * only be a day, a second field above 12 only a day; the first such date fixes the order and any
 * date that disagrees is an error naming both lines. When no date decides, the order of the
 * language's CLDR short date pattern is used ({@code dd/MM/y} for {@code fr}, {@code M/d/yy} for
 * {@code en}) and a warning says so at the first date read that way.
 */
public final class DayMonthOrder {
  private final DateOrder order;
  private final boolean configured;
  private final Evidence evidence;
  private final Locale language;

  /**
   * A numeric date and the line it is on.
   *
   * @param line the line
   * @param date the date
   */
  public record NumericDate(int line, DayMonth date) {}

  /** The date that decided the order. */
  private record Evidence(int line, String text) {}

  private DayMonthOrder(DateOrder order, boolean configured, Evidence evidence, Locale language) {
    this.order = order;
    this.configured = configured;
    this.evidence = evidence;
    this.language = language;
  }

  /**
   * Decides the order of a listing's numeric dates.
   *
   * @param dates the listing's numeric dates with the year last, in input order
   * @param configured the configured order
   * @param language the listing's language
   * @return the order
   */
  public static DayMonthOrder decide(List<NumericDate> dates, DateOrder configured, Locale language) {
    if (configured != DateOrder.AUTO) {
      return new DayMonthOrder(configured, true, null, language);
    }
    for (NumericDate each : dates) {
      if (each.date.first() > 12) {
        return new DayMonthOrder(DateOrder.DMY, false, new Evidence(each.line, each.date.text()), language);
      }
      if (each.date.second() > 12) {
        return new DayMonthOrder(DateOrder.MDY, false, new Evidence(each.line, each.date.text()), language);
      }
    }
    return new DayMonthOrder(languageOrder(language), false, null, language);
  }

  /**
   * The day/month order of {@code language}'s CLDR short date pattern.
   *
   * @param language the language
   * @return {@link DateOrder#DMY} or {@link DateOrder#MDY}
   */
  public static DateOrder languageOrder(Locale language) {
    String pattern = LocalizedDateFormat.patternOf(FormatStyle.SHORT, language);
    int day = -1;
    int month = -1;
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == 'd' && day < 0) {
        day = i;
      } else if (!quoted && (c == 'M' || c == 'L') && month < 0) {
        month = i;
      }
    }
    return month >= 0 && day >= 0 && month < day ? DateOrder.MDY : DateOrder.DMY;
  }

  /**
   * The warning for the first date read in the language's order because nothing decided, if
   * that is how the order was chosen.
   *
   * @param first the first numeric date with the year last
   * @return the warning, or empty
   */
  public Optional<Located> undecidedWarning(NumericDate first) {
    if (configured || evidence != null) {
      return Optional.empty();
    }
    DayMonth date = first.date;
    String read = order == DateOrder.MDY ? "month/day/year" : "day/month/year";
    String iso = resolve(first.line, date).date().map(LocalDate::toString).orElse("yyyy-MM-dd");
    return Optional.of(new Located(first.line, date.column(),
        "the day/month order of [" + date.text() + "] is ambiguous: read as " + read
            + ", the short date order of " + language.toLanguageTag()
            + "; set the date order to DMY or MDY, or write the date as " + iso
            + ", to be explicit"));
  }

  /**
   * The order in which numeric dates were read.
   *
   * @return MDY, DMY or YMD
   */
  public DateOrder order() {
    return order;
  }

  /**
   * An example of a numeric date in this order, for messages.
   *
   * @return {@code 07/30/2016}, {@code 30/07/2016} or {@code 2016-07-30}
   */
  public String example() {
    return switch (order) {
      case MDY -> "07/30/2016";
      case YMD -> "2016-07-30";
      default -> "30/07/2016";
    };
  }

  /**
   * The date a numeric date gives in this order, or why it gives none.
   *
   * @param line the date's line
   * @param date the date
   * @return the outcome
   */
  public Outcome resolve(int line, DayMonth date) {
    if (order == DateOrder.YMD) {
      return Outcome.error(line, date.column(), "expected a year-first date such as 2016-07-30 (the date order is YMD), found ["
          + date.text() + "] with the year last");
    }
    boolean monthFirst = order == DateOrder.MDY;
    int month = monthFirst ? date.first() : date.second();
    if (month > 12) {
      if (configured) {
        return Outcome.error(line, date.column(), "expected " + (monthFirst ? "month/day/year" : "day/month/year")
            + " as the date order is " + order + ", found [" + date.text() + "] whose "
            + (monthFirst ? "first" : "second") + " field " + month + " cannot be a month");
      }
      return Outcome.error(line, date.column(), "dates disagree on day/month order: line " + evidence.line
          + " (" + evidence.text + ") puts the " + (monthFirst ? "month" : "day") + " first, line "
          + line + " (" + date.text() + ") puts the " + (monthFirst ? "day" : "month") + " first");
    }
    int day = monthFirst ? date.second() : date.first();
    Optional<String> problem = DateGrammar.problemWith(date.year(), month, day);
    if (problem.isPresent()) {
      return Outcome.error(line, date.column(), problem.get());
    }
    return new Outcome(Optional.of(LocalDate.of(date.year(), month, day)), Optional.empty());
  }

  /**
   * A date, or the error that prevents it.
   *
   * @param date the date
   * @param error the error at its column
   */
  public record Outcome(Optional<LocalDate> date, Optional<Located> error) {
    static Outcome error(int line, int column, String message) {
      return new Outcome(Optional.empty(), Optional.of(new Located(line, column, message)));
    }
  }
}
