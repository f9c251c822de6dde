// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ExcerptPropertyTest {
  private static final String ELLIPSIS = "…";

  /** Pieces that are easy to split wrongly, and ordinary words, spaces and punctuation. */
  private static final List<String> PIECES =
      List.of(
          "le", "roi", "Anticonstitutionnellement", " ", " ", "  ", "\u00A0", ", ", ". ", "« ", " »",
          "e\u0301", "o\u0300\u0323", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "\uD83C\uDDF2\uD83C\uDDE6", "\uD83C\uDDEB\uD83C\uDDF7", "\uD83C\uDDF2",
          "\uD83D\uDC4D\uD83C\uDFFD", "😀", "1\uFE0F\u20E3", "\u2764\uFE0F",
          "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "المغرب", "السَّلامُ", "،", "\r\n", "\n",
          "\u1100\u1161\u11A8", "สวัสดี", "-", "—");

  private static final List<Locale> LANGUAGES =
      List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"), Locale.forLanguageTag("th"));

  @Provide
  Arbitrary<String> trickyTexts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> anyTexts() {
    return Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(60);
  }

  @Provide
  Arbitrary<Locale> languages() {
    return Arbitraries.of(LANGUAGES);
  }

  @Property(tries = 2000)
  void anExcerptOfTrickyTextIsAShortPrefixThatSplitsNoCluster(
      @ForAll("trickyTexts") String text,
      @ForAll @IntRange(min = 1, max = 30) int max,
      @ForAll("languages") Locale language) {
    String excerpt = Excerpt.of(max, language).cut(text);
    checkPrefixAndLength(text, excerpt, max);
    int cut = excerpt.endsWith(ELLIPSIS) && !text.equals(excerpt) ? excerpt.length() - 1 : text.length();
    assertThat(splitsCluster(text, cut)).as("cut at %d of [%s]", cut, text).isFalse();
  }

  @Property(tries = 2000)
  void anExcerptOfAnyCharsIsAShortPrefixEndingOnAClusterBoundary(
      @ForAll("anyTexts") String text,
      @ForAll @IntRange(min = 1, max = 30) int max,
      @ForAll("languages") Locale language) {
    String excerpt = Excerpt.of(max, language).cut(text);
    checkPrefixAndLength(text, excerpt, max);
    if (!excerpt.equals(text)) {
      assertThat(clusterBoundaries(text)).contains(excerpt.length() - 1);
    }
  }

  private static void checkPrefixAndLength(String text, String excerpt, int max) {
    assertThat(clusterCount(excerpt)).isLessThanOrEqualTo(max);
    if (clusterCount(text) <= max) {
      assertThat(excerpt).isEqualTo(text);
    } else {
      assertThat(excerpt).endsWith(ELLIPSIS);
      assertThat(text).startsWith(excerpt.substring(0, excerpt.length() - 1));
    }
  }

  private static int clusterCount(String s) {
    return clusterBoundaries(s).size() - 1;
  }

  private static List<Integer> clusterBoundaries(String s) {
    List<Integer> bounds = new ArrayList<>(List.of(0));
    Matcher m = Pattern.compile("\\X").matcher(s);
    while (m.find()) {
      bounds.add(m.end());
    }
    return bounds;
  }

  /**
   * An oracle written from UAX #29's rules, independent of {@code \X}, good for the pieces above:
   * whether cutting {@code s} at {@code i} separates chars that belong to one cluster.
   */
  private static boolean splitsCluster(String s, int i) {
    if (i <= 0 || i >= s.length()) {
      return false;
    }
    char before = s.charAt(i - 1);
    char after = s.charAt(i);
    if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
      return true; // one code point
    }
    if (before == '\r' && after == '\n') {
      return true; // GB3
    }
    int prev = s.codePointBefore(i);
    int next = s.codePointAt(i);
    if (Character.getType(prev) == Character.CONTROL) {
      return false; // GB4
    }
    int type = Character.getType(next);
    boolean extend =
        type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || next == 0x200D
            || (next >= 0xFE00 && next <= 0xFE0F)
            || (next >= 0x1F3FB && next <= 0x1F3FF);
    if (extend) {
      return true; // GB9
    }
    if (prev == 0x200D) {
      return true; // GB11: only emoji follow a ZWJ among the pieces
    }
    if (isRegionalIndicator(prev) && isRegionalIndicator(next)) {
      int run = 0;
      for (int j = i; j > 0 && isRegionalIndicator(s.codePointBefore(j)); j -= 2) {
        run++;
      }
      return run % 2 == 1; // GB12/13
    }
    boolean hangulV = next >= 0x1161 && next <= 0x11A7;
    boolean hangulT = next >= 0x11A8 && next <= 0x11FF;
    return (prev >= 0x1100 && prev <= 0x115F && hangulV) || ((hangulV || hangulT) && prev >= 0x1161 && prev <= 0x11FF);
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }
}
