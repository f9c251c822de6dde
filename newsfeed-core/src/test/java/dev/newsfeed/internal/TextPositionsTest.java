// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.internal.TextPositions.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextPositionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void lfCrLfAndCrEachEndOneLine(String end) {
    String text = "ab" + end + "cd" + end + end + "e";
    TextPositions positions = TextPositions.of(text);
    assertThat(positions.at(text.indexOf('b'))).isEqualTo(new Position(1, 2));
    assertThat(positions.at(text.indexOf('d'))).isEqualTo(new Position(2, 2));
    assertThat(positions.at(text.indexOf('e'))).isEqualTo(new Position(4, 1));
  }

  @Test
  void columnsCountCodePointsAndALoneSurrogateAsOne() {
    String text = "\uD83D\uDCF0x\uDCF0y\uD83Dz";
    TextPositions positions = TextPositions.of(text);
    assertThat(positions.at(text.indexOf('x'))).isEqualTo(new Position(1, 2));
    assertThat(positions.at(text.indexOf('y'))).isEqualTo(new Position(1, 4));
    assertThat(positions.at(text.indexOf('z'))).isEqualTo(new Position(1, 6));
  }

  @Test
  void anEarlierIndexIsFoundByStartingAgainAndIndexesOutsideTheTextAreClamped() {
    TextPositions positions = TextPositions.of("ab\ncd");
    assertThat(positions.at(4)).isEqualTo(new Position(2, 2));
    assertThat(positions.at(1)).isEqualTo(new Position(1, 2));
    assertThat(positions.at(-3)).isEqualTo(new Position(1, 1));
    assertThat(positions.at(99)).isEqualTo(new Position(2, 3));
  }
}
