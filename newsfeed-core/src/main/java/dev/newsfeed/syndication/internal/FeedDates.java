// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The date forms feeds are written in; English names from fixed tables, whatever the locale. */
public final class FeedDates {
  private FeedDates() {}

  /** RFC 3339 §5.6 date-time: uppercase T, seconds always, fraction only when not zero, Z for UTC. */
  private static final DateTimeFormatter RFC_3339 =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .appendLiteral('T')
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .appendOffset("+HH:MM", "Z")
          .toFormatter(Locale.ROOT);

  /**
   * RFC 822 §5 as amended by RFC 1123 §5.2.14 (four-digit years): {@code Sat, 30 Jul 2016 00:00:00
   * +0000}. Names come from maps rather than a locale so no locale data can change them.
   */
  private static final DateTimeFormatter RFC_822 =
      new DateTimeFormatterBuilder()
          .appendText(ChronoField.DAY_OF_WEEK, englishNames(DayOfWeek.values()))
          .appendLiteral(", ")
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .appendLiteral(' ')
          .appendText(ChronoField.MONTH_OF_YEAR, englishNames(Month.values()))
          .appendLiteral(' ')
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral(' ')
          .appendPattern("HH:mm:ss")
          .appendLiteral(' ')
          .appendOffset("+HHMM", "+0000")
          .toFormatter(Locale.ROOT);

  private static Map<Long, String> englishNames(Enum<?>[] values) {
    Map<Long, String> names = new HashMap<>();
    for (Enum<?> value : values) {
      String name = value.name();
      names.put((long) value.ordinal() + 1, name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** {@code 2016-07-30T09:00:00+02:00}; an offset with seconds, which RFC 3339 lacks, as UTC. */
  public static String rfc3339(OffsetDateTime time) {
    OffsetDateTime t = representable(time);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return RFC_3339.format(t);
    }
    // The formatter's output written by hand (6.8 % of writing 1,000 Atom entries, JFR);
    // FeedDatesTest compares both.
    StringBuilder out = new StringBuilder(25);
    digits(out, t.getYear(), 4).append('-');
    digits(out, t.getMonthValue(), 2).append('-');
    digits(out, t.getDayOfMonth(), 2).append('T');
    time(out, t);
    int nano = t.getNano();
    if (nano != 0) {
      // appendFraction(0, 9, decimalPoint): the fewest digits that keep the value.
      String fraction = String.valueOf(1_000_000_000 + nano).substring(1);
      int end = fraction.length();
      while (fraction.charAt(end - 1) == '0') {
        end--;
      }
      out.append('.').append(fraction, 0, end);
    }
    int offset = t.getOffset().getTotalSeconds();
    if (offset == 0) {
      return out.append('Z').toString();
    }
    offset(out, offset, true);
    return out.toString();
  }

  /** {@code Sat, 30 Jul 2016 09:00:00 +0200}. */
  public static String rfc822(OffsetDateTime time) {
    OffsetDateTime t = representable(time);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return RFC_822.format(t);
    }
    StringBuilder out = new StringBuilder(31);
    String day = t.getDayOfWeek().name();
    out.append(day.charAt(0)).append(Character.toLowerCase(day.charAt(1)))
        .append(Character.toLowerCase(day.charAt(2))).append(", ");
    digits(out, t.getDayOfMonth(), 2).append(' ');
    String month = t.getMonth().name();
    out.append(month.charAt(0)).append(Character.toLowerCase(month.charAt(1)))
        .append(Character.toLowerCase(month.charAt(2))).append(' ');
    digits(out, t.getYear(), 4).append(' ');
    time(out, t).append(' ');
    offset(out, t.getOffset().getTotalSeconds(), false);
    return out.toString();
  }

  /** What {@link #rfc3339} writes, through the formatter. */
  static String rfc3339ByFormatter(OffsetDateTime time) {
    return RFC_3339.format(representable(time));
  }

  /** What {@link #rfc822} writes, through the formatter. */
  static String rfc822ByFormatter(OffsetDateTime time) {
    return RFC_822.format(representable(time));
  }

  private static StringBuilder time(StringBuilder out, OffsetDateTime t) {
    digits(out, t.getHour(), 2).append(':');
    digits(out, t.getMinute(), 2).append(':');
    return digits(out, t.getSecond(), 2);
  }

  /** {@code +HH:MM} or {@code +HHMM}; the offset's seconds are zero (see {@link #representable}). */
  private static void offset(StringBuilder out, int totalSeconds, boolean colon) {
    int minutes = Math.abs(totalSeconds) / 60;
    out.append(totalSeconds < 0 ? '-' : '+');
    digits(out, minutes / 60, 2);
    if (colon) {
      out.append(':');
    }
    digits(out, minutes % 60, 2);
  }

  /** {@code value} (0 or more) in at least {@code width} digits. */
  private static StringBuilder digits(StringBuilder out, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(s);
  }

  private static OffsetDateTime representable(OffsetDateTime time) {
    return time.getOffset().getTotalSeconds() % 60 == 0
        ? time
        : time.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
