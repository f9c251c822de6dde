// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void isSpaceIsWhiteSpaceOrASpaceSeparatorOrTheBomForEveryCodePoint() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
      if (Texts.isSpace(c) != expected) {
        assertThat(Texts.isSpace(c)).as("U+%04X", c).isEqualTo(expected);
      }
    }
    assertThat(Texts.isSpace('\u00A0')).isTrue();
    assertThat(Texts.isSpace('\u202F')).isTrue();
    assertThat(Texts.isSpace('\t')).isTrue();
    assertThat(Texts.isSpace('a')).isFalse();
  }
}
