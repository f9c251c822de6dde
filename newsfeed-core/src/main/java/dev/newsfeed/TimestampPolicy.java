// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How a publication date without a time becomes a timestamp, for the formats that require one
 * (JSON Feed, Atom, RSS). Every writer takes the same policy so that the three agree.
 *
 * <p>The default, {@link #startOfDayUtc()}, maps {@code 2016-07-30} to
 * {@code 2016-07-30T00:00:00Z}.
 *
 * @param zone the zone in which the date is read
 * @param timeOfDay the time of day given to the date
 */
public record TimestampPolicy(ZoneId zone, LocalTime timeOfDay) {

  private static final TimestampPolicy START_OF_DAY_UTC =
      new TimestampPolicy(ZoneOffset.UTC, LocalTime.MIDNIGHT);

  /**
   * Checks both parts are present.
   *
   * @param zone the zone in which the date is read
   * @param timeOfDay the time of day given to the date
   */
  public TimestampPolicy {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(timeOfDay, "timeOfDay");
  }

  /**
   * The default policy: midnight UTC.
   *
   * @return the policy
   */
  public static TimestampPolicy startOfDayUtc() {
    return START_OF_DAY_UTC;
  }

  /**
   * Midnight in {@code zone} (or the first valid time that day, where midnight is skipped by a
   * daylight-saving transition).
   *
   * @param zone the zone
   * @return the policy
   */
  public static TimestampPolicy startOfDay(ZoneId zone) {
    return new TimestampPolicy(zone, LocalTime.MIDNIGHT);
  }

  /**
   * A copy reading dates at {@code time} instead.
   *
   * @param time the time of day
   * @return the policy
   */
  public TimestampPolicy withTimeOfDay(LocalTime time) {
    return new TimestampPolicy(zone, time);
  }

  /**
   * The timestamp for {@code date}.
   *
   * @param date the date
   * @return the date at this policy's time in this policy's zone
   */
  public OffsetDateTime toTimestamp(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (timeOfDay.equals(LocalTime.MIDNIGHT)) {
      return date.atStartOfDay(zone).toOffsetDateTime();
    }
    return date.atTime(timeOfDay).atZone(zone).toOffsetDateTime();
  }
}
