// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link ItemIds#derived} hashes the same bytes as the UTF-8 of {@link ItemIds#titleKey}. */
class ItemIdsFastPathTest {
  /** French, Arabic, compatibility forms, the two context-cased capitals, astral letters. */
  private static final List<String> PIECES = List.of("a", "Z", "É", "é", "ß", "Ⅻ", "①", "ＩＯＭ", "ﬁ", " ", "\u00a0",
      "’", "'", "«", "»", "-", ".", "7", "٣", "ا", "الرباط", "\u0651", "Σ", "ΟΔΟΣ", "İ", "I", "ǅ", "𝐀", "𐐀", "😀",
      "\ud800", "e\u0301", "Ω", "K", "Å", "ẞ");

  @Property(tries = 3000)
  void theKeysBytesAreTheKeyInUtf8(@ForAll("titles") String title) {
    assertThat(ItemIds.titleKeyUtf8(title)).isEqualTo(ItemIds.titleKey(title).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyBmpCharacterFoldsAsInTheKey() {
    for (char c = 0; c < 0xFFFF; c++) {
      String title = "x" + c + "y" + c;
      assertThat(ItemIds.titleKeyUtf8(title)).as("U+%04X", (int) c)
          .isEqualTo(ItemIds.titleKey(title).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of(PIECES).list().ofMaxSize(10).map(pieces -> String.join("", pieces));
  }
}
