// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.Strictness;
import dev.newsfeed.internal.TextPositions;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shortcuts of XML reading give what the general code gives: positions found on demand are
 * those of a forward scan, and a document {@link LegacyMarkup#mayNeedPreparing} lets through is
 * one its full pass leaves unchanged.
 */
class XmlFastPathsTest {

  private static final List<String> PIECES = List.of("a", "é", "الرباط", "😀", "\uD800", "\uDC00", "\n", "\r", "\r\n",
      "\n\r", "<", "<item>", "&", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&eacute;", "&nbsp;", "&#233;", "&#xE9;",
      "&amp", "&lt", "&foo;", "&ampx;", "&Amp;", "&CounterClockwiseContourIntegral;", "<!DOCTYPE rss>", "<!-- &eacute; -->",
      "<![CDATA[&nbsp;]]>", "<?pi &rsquo; ?>", " ", "\t", ";", "x".repeat(40), "y".repeat(700));

  @Property(tries = 1000)
  void positionsOnDemandAreThoseOfAForwardScan(@ForAll("texts") String text, @ForAll("fractions") List<Double> targets) {
    XmlPositions positions = new XmlPositions(text);
    for (double fraction : targets) {
      int target = (int) Math.round(fraction * text.length());
      // A fresh scanner per index: TextPositions' answer does not depend on what was asked before.
      assertThat(positions.at(target)).as("index %d", target).isEqualTo(TextPositions.of(text).at(target));
    }
  }

  @Property(tries = 2000)
  void aDocumentLetThroughIsOneTheFullPassLeavesUnchanged(@ForAll("texts") String text) {
    ReadContext context = new ReadContext("test", Strictness.LENIENT, Optional.empty());
    String full = LegacyMarkup.prepareFully(text, context);
    if (!LegacyMarkup.mayNeedPreparing(text)) {
      assertThat(full).isSameAs(text);
      assertThat(context.diagnostics()).isEmpty();
    }
    assertThat(LegacyMarkup.prepare(text, new ReadContext("test", Strictness.LENIENT, Optional.empty())))
        .isEqualTo(full);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<List<Double>> fractions() {
    return Arbitraries.doubles().between(0, 1.1).list().ofMinSize(1).ofMaxSize(8);
  }
}
