// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast paths of a paragraph's normalisation give what the JDK's full NFC gives. */
class ParagraphNfcTest {

  private static final List<String> PIECES = List.of("a", "e", "é", "e\u0301", "\u0301", "\u00a0", "«", "ÿ",
      "\u02ff", "\u0300", "A\u030a", "\u212b", "\u1100\u1161", "가", "الرباط", "\u0627\u0653", "\u0622",
      "\u0958", "😀", "ﬁ", " ", "Rabat");

  @Property(tries = 500)
  void nfcIsTheJdksNfc(@ForAll("texts") String text) {
    assertThat(Paragraph.nfc(text)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }
}
