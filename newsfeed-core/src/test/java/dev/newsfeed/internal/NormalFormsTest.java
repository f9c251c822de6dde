// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast ranges of {@link NormalForms} hold what makes a string of their characters stable,
 * checked for every BMP character against the JDK's own normaliser, and the fast paths give what
 * the JDK's normaliser gives.
 */
class NormalFormsTest {

  /** Every BMP character that is the second of a canonical composition (Hangul V and T included). */
  private static BitSet compositionSeconds() {
    BitSet seconds = new BitSet(0x10000);
    for (char c = 0; c < 0xFFFF; c++) {
      String one = String.valueOf(c);
      String decomposed = Normalizer.normalize(one, Normalizer.Form.NFD);
      if (decomposed.length() > 1 && Normalizer.normalize(decomposed, Normalizer.Form.NFC).equals(one)) {
        for (int i = 1; i < decomposed.length(); i++) {
          seconds.set(decomposed.charAt(i));
        }
      }
    }
    return seconds;
  }

  /** Whether {@code c} has combining class 0: U+0345 (class 240) is not reordered after it. */
  private static boolean isStarter(char c) {
    String alone = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Normalizer.normalize("\u0345" + c, Normalizer.Form.NFD).equals("\u0345" + alone);
  }

  @Test
  void everyCharacterOfTheNfcRangesIsAStableStarterThatNothingComposesWith() {
    BitSet seconds = compositionSeconds();
    int checked = 0;
    for (char c = 0; c < 0xFFFF; c++) {
      if (NormalForms.isStableUnderNfc(c) && !Character.isSurrogate(c)) {
        String one = String.valueOf(c);
        assertThat(Normalizer.normalize(one, Normalizer.Form.NFC)).as("U+%04X", (int) c).isEqualTo(one);
        assertThat(isStarter(c)).as("U+%04X is a starter", (int) c).isTrue();
        assertThat(seconds.get(c)).as("U+%04X composes with a character before it", (int) c).isFalse();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(0x300);
  }

  @Test
  void everyCharacterOfTheNfkcRangesIsAStableStarterThatNothingComposesWith() {
    BitSet seconds = compositionSeconds();
    for (char c = 0; c < 0xFFFF; c++) {
      if (NormalForms.isStableUnderNfkc(c)) {
        String one = String.valueOf(c);
        assertThat(Normalizer.normalize(one, Normalizer.Form.NFKC)).as("U+%04X", (int) c).isEqualTo(one);
        assertThat(isStarter(c)).as("U+%04X is a starter", (int) c).isTrue();
        assertThat(seconds.get(c)).as("U+%04X composes with a character before it", (int) c).isFalse();
      }
    }
    assertThat(Normalizer.normalize("\u00A0\u202F", Normalizer.Form.NFKC)).isEqualTo("  ");
    assertThat(NormalForms.isNoBreakSpace('\u00A0')).isTrue();
  }

  private static final List<String> PIECES = List.of("a", "E", "é", "e\u0301", "\u0301", "\u00a0", "\u202f", "«",
      "ÿ", "\u02ff", "\u0300", "A\u030a", "\u212b", "\u1100\u1161", "가", "الرباط", "\u0627\u0653", "\u0622",
      "\u0651\u064e", "\u0958", "😀", "ﬁ", "½", "’", "–", "Ĳ", "ſ", " ", "Rabat", "Σ", "٣");

  @Property(tries = 1000)
  void nfcIsTheJdksNfc(@ForAll("texts") String text) {
    assertThat(NormalForms.nfc(text)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  @Property(tries = 1000)
  void nfkcUpToSpacesIsTheJdksNfkcOnceSpacesAreOne(@ForAll("texts") String text) {
    String expected = Normalizer.normalize(text, Normalizer.Form.NFKC);
    assertThat(NormalForms.nfkcUpToSpaces(text).replace('\u00A0', ' ').replace('\u202F', ' ')).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }
}
