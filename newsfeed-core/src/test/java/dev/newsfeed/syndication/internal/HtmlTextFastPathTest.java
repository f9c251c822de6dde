// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A description without markup, or with only the few tags and references the fast path reads,
 * gives the paragraphs jsoup's parse of it gives.
 */
class HtmlTextFastPathTest {

  private static final List<String> PIECES = List.of("Rabat", "l’OIM", " ", "  ", "\t", "\n", "\n\n", "\n \n",
      "\f", "\u00a0", "\u202f", "\u0085", "\u2028", "\u0001", "\u007f", "\uFDD0", "\uD800", "😀", "«", "é",
      "الرباط", ">", "\"", "'", "=", "/", "-->", "]]>", "<", "&", "\r", "\r\n", "\u0000", "<p>", "&amp;");

  @Property(tries = 2000)
  void paragraphsAreWhatJsoupsParseGives(@ForAll("descriptions") String description) {
    assertThat(HtmlText.paragraphs(description)).isEqualTo(HtmlText.parsedParagraphs(description));
  }

  /** Tags and references the fast path reads, mixed with some it leaves to jsoup. */
  private static final List<String> MARKUP = List.of("<p>", "</p>", "<br>", "<br/>", "<br />", "<a href=\"https://e.org/?a=1&amp;b\">",
      "<a>", "</a>", "<em>", "</em>", "<strong>", "</strong>", "<b>", "</b>", "<i>", "</i>", "<span class=\"x\">", "</span>",
      "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x27;", "&nbsp;", "&eacute;", "&amp", "<div>", "</div>", "<P>", "</br>",
      "<p/>", "<a href='x'>", "<em class=\"a>b\">", "<script>", "</script>", "<!-- c -->", "< p>", "</ p>", "<li>");

  private static final List<String> TEXT = List.of("Rabat", "l’OIM", "Genève « Maroc »", "الرباط", " ", "  ", "\t", "\n",
      "\n\n", "\n \n", "\f", "\u00a0", "\u202f", "\u0085", "\u2028", "\u0001", "\uFDD0", "\uD800", "😀", ">", "\"",
      "'", "=", "/", "-->", "]]>", "\r", "\u0000", "&", "<");

  @Property(tries = 3000)
  void simpleMarkupGivesWhatJsoupsParseGives(@ForAll("html") String html) {
    List<String> fast = HtmlText.simpleParagraphs(html);
    if (fast != null) {
      assertThat(fast).isEqualTo(HtmlText.parsedParagraphs(html));
    }
    assertThat(HtmlText.paragraphs(html)).isEqualTo(HtmlText.parsedParagraphs(html));
  }

  @Property(tries = 1000)
  void whatNewsfeedWritesTakesTheFastPath(@ForAll("written") String html) {
    assertThat(HtmlText.simpleParagraphs(html)).isNotNull().isEqualTo(HtmlText.parsedParagraphs(html));
  }

  @Property(tries = 2000)
  void plainParagraphsAreWhatTheRegularExpressionCuts(@ForAll("descriptions") String text) {
    assertThat(HtmlText.plainParagraphs(text)).isEqualTo(HtmlText.plainParagraphsBySplit(text));
  }

  @Provide
  Arbitrary<String> html() {
    return Arbitraries.oneOf(Arbitraries.of(MARKUP), Arbitraries.of(TEXT), Arbitraries.of(PIECES))
        .list().ofMaxSize(14).map(pieces -> String.join("", pieces));
  }

  /** RSS descriptions as RssWriter writes them: paragraphs of escaped text with line breaks. */
  @Provide
  Arbitrary<String> written() {
    Arbitrary<String> line = Arbitraries.of(TEXT).filter(t -> !t.equals("\r") && !t.equals("\u0000"))
        .list().ofMaxSize(6).map(pieces -> dev.newsfeed.text.Escape.forHtml(String.join("", pieces)));
    Arbitrary<String> paragraph = line.list().ofMinSize(1).ofMaxSize(3).map(lines -> "<p>" + String.join("<br>", lines) + "</p>");
    return paragraph.list().ofMaxSize(4).map(paragraphs -> String.join("", paragraphs));
  }

  @Provide
  Arbitrary<String> descriptions() {
    return Arbitraries.of(PIECES).list().ofMaxSize(10).map(pieces -> String.join("", pieces));
  }
}
