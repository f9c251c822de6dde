// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnJre;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins down the JDK behaviour {@link Graphemes} relies on: {@code \X} finds extended grapheme
 * clusters, emoji sequences included (JDK 17's character {@code BreakIterator} does not, which is
 * why it is not used).
 */
class GraphemesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "combining acute,             e\u0301",
    "emoji ZWJ family,            \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
    "rainbow flag,                \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
    "flag of Morocco,             \uD83C\uDDF2\uD83C\uDDE6",
    "skin tone,                   \uD83D\uDC4D\uD83C\uDFFD",
    "keycap,                      1\uFE0F\u20E3",
    "Hangul syllable from jamo,   \u1100\u1161\u11A8",
    "Arabic letter with shadda,   \u0633\u0651\u064E"
  })
  void eachOfTheseIsOneCluster(String name, String cluster) {
    assertThat(Graphemes.boundaries(cluster, 10)).as(name).containsExactly(0, cluster.length());
  }

  @Test
  void crLfIsOneClusterButLfCrIsTwo() {
    assertThat(Graphemes.boundaries("\r\n", 5)).containsExactly(0, 2);
    assertThat(Graphemes.boundaries("\n\r", 5)).containsExactly(0, 1, 2);
  }

  @Test
  void regionalIndicatorsPairFromTheStart() {
    // Three indicators: a flag, then a lone one.
    assertThat(Graphemes.boundaries("\uD83C\uDDF2\uD83C\uDDE6\uD83C\uDDEB", 5))
        .containsExactly(0, 4, 6);
  }

  @Test
  void readsNoFurtherThanAsked() {
    assertThat(Graphemes.boundaries("abcdef", 2)).containsExactly(0, 1, 2);
    assertThat(Graphemes.boundaries("", 2)).containsExactly(0);
  }

  @Test
  void aLoneSurrogateIsAClusterOfItsOwn() {
    assertThat(Graphemes.boundaries("a\uD800b", 5)).containsExactly(0, 1, 2, 3);
  }

  /**
   * Why {@link Graphemes} does not use {@link BreakIterator#getCharacterInstance}: on JDK 17 it
   * splits emoji sequences (JDK 20 moved it to extended grapheme clusters, JDK-8291660).
   */
  @Test
  @EnabledOnJre(JRE.JAVA_17)
  void jdk17CharacterBreakIteratorSplitsEmojiSequencesThatTheRegexKeepsWhole() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String flag = "\uD83C\uDDF2\uD83C\uDDE6";
    String thumbsUp = "\uD83D\uDC4D\uD83C\uDFFD";
    assertThat(breakIteratorPieces(family)).hasSize(5);
    assertThat(breakIteratorPieces(flag)).hasSize(2);
    assertThat(breakIteratorPieces(thumbsUp)).hasSize(2);
    assertThat(Graphemes.boundaries(family + flag + thumbsUp, 10))
        .containsExactly(0, family.length(), family.length() + 4, family.length() + 8);
  }

  private static List<String> breakIteratorPieces(String text) {
    BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
    characters.setText(text);
    List<String> pieces = new ArrayList<>();
    for (int start = characters.first(), end = characters.next();
        end != BreakIterator.DONE;
        start = end, end = characters.next()) {
      pieces.add(text.substring(start, end));
    }
    return pieces;
  }
}
