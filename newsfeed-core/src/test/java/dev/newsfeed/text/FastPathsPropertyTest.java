// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.internal.Texts;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast paths of escaping and cleaning give exactly what the general paths give: escaping by
 * hand what Commons Text's translator writes, and a field left as it is only where cleaning it
 * would change nothing.
 */
class FastPathsPropertyTest {

  private static final List<String> PIECES = List.of("a", "Rabat", " ", "  ", "\t", "\n", "\r\n", "\u0085",
      "\u00a0", "\u202f", "\u2028", "\u3000", "\uFEFF", "&", "<", ">", "\"", "'", "’", "«", "é", "الرباط",
      "\u0001", "\u007f", "\u009f", "\uFDD0", "\uFFFE", "\uD800", "\uDC00", "😀", "\uD83F\uDFFE", "&amp;");

  @Property(tries = 2000)
  void escapingAStringWritesWhatTheTranslatorWrites(@ForAll("texts") String text) throws IOException {
    StringWriter out = new StringWriter();
    Escape.forHtml(text, out);
    assertThat(Escape.forHtml(text)).isEqualTo(out.toString());
    assertThat(Escape.forHtmlAttribute(text)).isEqualTo(out.toString());
    assertThat(Escape.forXml(text)).isEqualTo(out.toString().replace("&#39;", "&apos;"));
  }

  @Property(tries = 2000)
  void cleaningGivesWhatTheThreeStepCleaningGives(@ForAll("texts") String text) {
    assertThat(TextForm.PLAIN.apply(text)).isEqualTo(cleanedStepByStep(text));
  }

  /** What {@link TextForm#PLAIN} does, step by step, without the fast path. */
  private static String cleanedStepByStep(String text) {
    String clean = Escape.removeForbidden(text.replace('\u0085', ' '));
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return Texts.trim(out.toString());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }
}
