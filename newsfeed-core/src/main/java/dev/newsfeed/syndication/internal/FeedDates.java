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
    return RFC_3339.format(representable(time));
  }

  /** {@code Sat, 30 Jul 2016 09:00:00 +0200}. */
  public static String rfc822(OffsetDateTime time) {
    return RFC_822.format(representable(time));
  }

  private static OffsetDateTime representable(OffsetDateTime time) {
    return time.getOffset().getTotalSeconds() % 60 == 0
        ? time
        : time.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
