// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TagUriTest {

  @Test
  void theDateHasFourDigitsOfYearEvenBeforeTheYear1000() {
    assertThat(TagUri.of("example.org", LocalDate.of(999, 1, 2), "a-1"))
        .isEqualTo("tag:example.org,0999-01-02:a-1");
    assertThat(TagUri.of("example.org", LocalDate.of(0, 12, 31), "x")).isEqualTo("tag:example.org,0000-12-31:x");
    assertThat(TagUri.of("example.org", LocalDate.of(2016, 7, 30), "é"))
        .isEqualTo("tag:example.org,2016-07-30:%C3%A9");
  }

  @Test
  void aYearOfFiveDigitsIsRefused() {
    assertThatThrownBy(() -> TagUri.of("example.org", LocalDate.of(10000, 1, 1), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
