// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

  @Test
  void aDayBecomesMidnightUtcUnderTheDefaultPolicy() {
    PublicationDate day = PublicationDate.of(LocalDate.of(2016, 7, 30));

    assertThat(day.toTimestamp(TimestampPolicy.startOfDayUtc()))
        .isEqualTo(OffsetDateTime.of(2016, 7, 30, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void aDayIsReadInTheConfiguredZoneAndTime() {
    PublicationDate day = PublicationDate.of(LocalDate.of(2016, 7, 30));
    TimestampPolicy casablanca =
        TimestampPolicy.startOfDay(ZoneId.of("Africa/Casablanca")).withTimeOfDay(LocalTime.of(9, 0));

    assertThat(day.toTimestamp(casablanca).toString()).isEqualTo("2016-07-30T09:00+01:00");
  }

  @Test
  void startOfDayIsTheFirstValidTimeWhereMidnightIsSkipped() {
    // Brazil skipped 2016-10-16T00:00 (clocks jumped to 01:00).
    PublicationDate day = PublicationDate.of(LocalDate.of(2016, 10, 16));

    assertThat(day.toTimestamp(TimestampPolicy.startOfDay(ZoneId.of("America/Sao_Paulo"))).toLocalTime())
        .isEqualTo(LocalTime.of(1, 0));
  }

  @Test
  void aMomentIsKeptWithItsOwnOffset() {
    OffsetDateTime time = OffsetDateTime.of(2016, 7, 30, 23, 30, 0, 0, ZoneOffset.ofHours(-4));
    PublicationDate moment = PublicationDate.of(time);

    assertThat(moment.toTimestamp(TimestampPolicy.startOfDayUtc())).isEqualTo(time);
    assertThat(moment.date()).isEqualTo(LocalDate.of(2016, 7, 30));
  }

  @Test
  void momentsAreWrittenInRfc3339WithSecondsAlwaysPresent() {
    assertThat(PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 9, 0, 0, 0, ZoneOffset.ofHours(2))).toIsoString())
        .isEqualTo("2016-07-30T09:00:00+02:00");
    assertThat(PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 9, 0, 0, 120_000_000, ZoneOffset.UTC)).toIsoString())
        .isEqualTo("2016-07-30T09:00:00.12Z");
  }

  @Test
  void isoFormsRoundTrip() {
    assertThat(PublicationDate.parse("2016-07-30")).isEqualTo(PublicationDate.of(LocalDate.of(2016, 7, 30)));
    PublicationDate moment = PublicationDate.parse("2016-07-30T09:05:00.123+02:00");
    assertThat(moment).isInstanceOf(PublicationDate.Moment.class);
    assertThat(PublicationDate.parse(moment.toIsoString())).isEqualTo(moment);
    assertThatThrownBy(() -> PublicationDate.parse("30/07/2016"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected an ISO date");
  }
}
