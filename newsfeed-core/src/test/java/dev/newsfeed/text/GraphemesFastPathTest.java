// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The fast path of {@link Graphemes#boundaries} finds the clusters the JDK's {@code \X} finds. */
class GraphemesFastPathTest {
  private static final Pattern CLUSTER = Pattern.compile("\\X");

  @Test
  void everyPairOfCharactersThatStandAloneIsTwoClusters() {
    List<Character> alone = new ArrayList<>();
    for (char c = 0; c < 0xFFFF; c++) {
      if (Graphemes.isAlone(c)) {
        alone.add(c);
      }
    }
    assertThat(alone).hasSizeGreaterThan(0x300);
    for (char first : alone) {
      for (char second : alone) {
        Matcher matcher = CLUSTER.matcher(new String(new char[] {first, second}));
        assertThat(matcher.find() && matcher.end() == 1)
            .as("U+%04X U+%04X", (int) first, (int) second).isTrue();
      }
    }
  }

  private static final List<String> PIECES = List.of("a", "é", "e\u0301", " ", "\u00a0", "\u202f", "’", "«",
      "\r", "\n", "\r\n", "\u200D", "\u200C", "©", "\u00A9\u200D😀", "👍🏽", "🇲🇦", "\uD83C\uDDF2", "ا", "الرباط",
      "\u0651", "\u0600", "가", "\u1100", "\u1161", "\u0903", "क्ष", "\uD800", "\u0085", "\u2028", "—");

  @Property(tries = 2000)
  void boundariesAreTheRegexBoundaries(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 12) int max) {
    assertThat(Graphemes.boundaries(text, max)).containsExactly(regexBoundaries(text, max));
  }

  private static int[] regexBoundaries(String text, int max) {
    List<Integer> bounds = new ArrayList<>(List.of(0));
    Matcher matcher = CLUSTER.matcher(text);
    while (bounds.size() <= max && matcher.find()) {
      bounds.add(matcher.end());
    }
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(10).map(pieces -> String.join("", pieces));
  }
}
