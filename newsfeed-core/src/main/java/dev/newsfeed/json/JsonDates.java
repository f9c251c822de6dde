// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import dev.newsfeed.PublicationDate;
import dev.newsfeed.internal.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Publication dates in JSON: {@code 2016-07-30} for a day (ISO 8601 calendar date), RFC 3339 for a
 * moment ({@code 2016-07-30T09:00:00+02:00}, seconds always written, the fraction only as long
 * as needed, {@code Z} for UTC).
 */
final class JsonDates {
  private JsonDates() {}

  /**
   * RFC 3339 §5.6 {@code date-time}. An offset with seconds, which RFC 3339 cannot express but
   * {@link java.time.ZoneOffset} can (historical local mean times), is written as {@code +HH:MM:SS}
   * so that the round trip stays exact.
   */
  private static final DateTimeFormatter WRITER =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendValue(HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .appendFraction(NANO_OF_SECOND, 0, 9, true)
          .appendOffsetId()
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);

  /** Also accepts lower-case {@code t} and {@code z} (RFC 3339 §5.6 note) and missing seconds. */
  private static final DateTimeFormatter READER =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);

  static String format(PublicationDate date) {
    if (date instanceof PublicationDate.Moment moment) {
      return WRITER.format(moment.dateTime());
    }
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date.date());
  }

  /**
   * Parses what {@link #format} writes.
   *
   * @throws IllegalArgumentException saying what was expected and what was found
   */
  static PublicationDate parse(String text) {
    try {
      if (isPlainDay(text)) {
        // yyyy-MM-dd, what format writes for a day: read without the formatter (7 % of reading
        // 1,000 items went to DateTimeFormatter); LocalDate.of checks the day as strictly.
        return PublicationDate.of(LocalDate.of(
            Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10)));
      }
      if (text.indexOf('T') < 0 && text.indexOf('t') < 0) {
        return PublicationDate.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
      }
      return PublicationDate.of(OffsetDateTime.parse(text, READER));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "expected a date such as 2016-07-30 or a timestamp such as 2016-07-30T09:00:00+02:00, found "
              + Texts.quote(text),
          e);
    }
  }

  private static boolean isPlainDay(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
