// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When an item was published: either a calendar date without a time ({@link Day}), as plain-text
 * listings give it, or an instant with its UTC offset ({@link Moment}), as feeds give it.
 *
 * <p>A {@code Day} is never given a time zone implicitly: formats that need a timestamp convert it
 * through an explicit {@link TimestampPolicy}.
 */
public sealed interface PublicationDate permits PublicationDate.Day, PublicationDate.Moment {

  /**
   * A publication date without a time.
   *
   * @param day the calendar date
   * @return the date
   */
  static Day of(LocalDate day) {
    return new Day(day);
  }

  /**
   * A publication instant with its offset.
   *
   * @param dateTime the date, time and offset
   * @return the instant
   */
  static Moment of(OffsetDateTime dateTime) {
    return new Moment(dateTime);
  }

  /**
   * Parses the ISO 8601 forms {@link #toIsoString()} writes: {@code 2016-07-30} or an RFC 3339
   * timestamp such as {@code 2016-07-30T09:00:00+02:00}.
   *
   * @param iso the text
   * @return the publication date
   * @throws IllegalArgumentException if the text is neither form
   */
  static PublicationDate parse(CharSequence iso) {
    Objects.requireNonNull(iso, "iso");
    try {
      return iso.length() <= 10
          ? of(LocalDate.parse(iso))
          : of(OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected an ISO date such as 2016-07-30 or 2016-07-30T09:00:00Z, found ["
              + (iso.length() > 40 ? iso.subSequence(0, 40) + "…" : iso) + "]",
          e);
    }
  }

  /**
   * The calendar date as written at the source (for a {@code Moment}, its date at its own offset).
   *
   * @return the date
   */
  LocalDate date();

  /**
   * This date as a timestamp: a {@code Moment} as it is, a {@code Day} through {@code policy}.
   *
   * @param policy how a date without a time becomes a timestamp
   * @return the timestamp
   */
  OffsetDateTime toTimestamp(TimestampPolicy policy);

  /**
   * The ISO 8601 form: {@code 2016-07-30} for a day, RFC 3339 for a moment, seconds always
   * written ({@code 2016-07-30T09:00:00+02:00}, {@code 2016-07-30T09:00:00Z}).
   *
   * @return the text
   */
  String toIsoString();

  /**
   * A date without a time of day.
   *
   * @param date the calendar date
   */
  record Day(LocalDate date) implements PublicationDate {
    /**
     * Checks the date is present.
     *
     * @param date the calendar date
     */
    public Day {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public OffsetDateTime toTimestamp(TimestampPolicy policy) {
      return policy.toTimestamp(date);
    }

    @Override
    public String toIsoString() {
      return date.toString();
    }
  }

  /**
   * An instant, with the UTC offset the source gave.
   *
   * @param dateTime the date, time and offset
   */
  record Moment(OffsetDateTime dateTime) implements PublicationDate {
    /**
     * Checks the timestamp is present.
     *
     * @param dateTime the date, time and offset
     */
    public Moment {
      Objects.requireNonNull(dateTime, "dateTime");
    }

    @Override
    public LocalDate date() {
      return dateTime.toLocalDate();
    }

    @Override
    public OffsetDateTime toTimestamp(TimestampPolicy policy) {
      return dateTime;
    }

    /** RFC 3339 §5.6: seconds always written (ISO_OFFSET_DATE_TIME drops them when zero). */
    private static final DateTimeFormatter RFC_3339 =
        new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE);

    @Override
    public String toIsoString() {
      return RFC_3339.format(dateTime);
    }
  }
}
