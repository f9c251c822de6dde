// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A description without markup gives the paragraphs jsoup's parse of it gives. */
class HtmlTextFastPathTest {

  private static final List<String> PIECES = List.of("Rabat", "l’OIM", " ", "  ", "\t", "\n", "\n\n", "\n \n",
      "\f", "\u00a0", "\u202f", "\u0085", "\u2028", "\u0001", "\u007f", "\uFDD0", "\uD800", "😀", "«", "é",
      "الرباط", ">", "\"", "'", "=", "/", "-->", "]]>", "<", "&", "\r", "\r\n", "\u0000", "<p>", "&amp;");

  @Property(tries = 2000)
  void paragraphsAreWhatJsoupsParseGives(@ForAll("descriptions") String description) {
    assertThat(HtmlText.paragraphs(description)).isEqualTo(HtmlText.parsedParagraphs(description));
  }

  @Provide
  Arbitrary<String> descriptions() {
    return Arbitraries.of(PIECES).list().ofMaxSize(10).map(pieces -> String.join("", pieces));
  }
}
