// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void paragraphsAndLineBreaksBecomeParagraphsAndNewlines() {
    assertThat(HtmlText.paragraphs("<p>One <b>bold</b>\n word.</p><p>Two<br>lines</p>"))
        .containsExactly("One bold word.", "Two\nlines");
  }

  @Test
  void scriptsStylesAndCommentsAreDroppedWhole() {
    assertThat(HtmlText.paragraphs(
            "Before<script>alert('<p>x</p>')</script><style>p{}</style><!-- <p>c</p> -->after"))
        .containsExactly("Beforeafter");
  }

  @Test
  void anUnclosedScriptDropsTheRestAndAnUnclosedTagIsDropped() {
    assertThat(HtmlText.paragraphs("Kept<script>alert(1)")).containsExactly("Kept");
    assertThat(HtmlText.paragraphs("Kept <a href=\"x")).containsExactly("Kept");
  }

  @Test
  void characterReferencesAreDecodedOnceAsWhatwgSays() {
    // &#0; is U+FFFD (HTML §13.2.5.80); U+0007, which XML forbids, is removed.
    assertThat(HtmlText.paragraphs("AT&amp;T &amp;lt;b&amp;gt; caf&eacute; &#233;&#x1F600; &#0;&#7;x"))
        .containsExactly("AT&T &lt;b&gt; café é😀 \uFFFDx");
  }

  @Test
  void theWholeHtml5NamedReferenceSetIsDecoded() {
    // HTML 4 had none of these; WordPress and many CMSs write them.
    assertThat(HtmlText.paragraphs("It&apos;s &check; done&NewLine;&hellip; &rsquo;&Zopf;&nbsp;!"))
        .containsExactly("It's ✓ done … ’ℤ\u00A0!");
  }

  @Test
  void aLessThanSignThatStartsNoTagIsText() {
    assertThat(HtmlText.paragraphs("1 < 2 and 3 <= 4, a <3 b")).containsExactly("1 < 2 and 3 <= 4, a <3 b");
  }

  @Test
  void quotedAttributesMayHoldAGreaterThanSign() {
    assertThat(HtmlText.paragraphs("<a title=\"a > b\" href='x'>link</a> text"))
        .containsExactly("link text");
  }

  @Test
  void blankLinesInTheSourceAndDoubleBreaksEndAParagraph() {
    assertThat(HtmlText.paragraphs("First line\n\nSecond para<br><br>Third"))
        .containsExactly("First line", "Second para", "Third");
  }

  @Test
  void cdataInsideHtmlIsABogusCommentAsWhatwgSays() {
    // HTML §13.2.5.42: outside SVG and MathML, "<![CDATA[" opens a bogus comment ended by ">".
    assertThat(HtmlText.paragraphs("a <![CDATA[<b>x</b>]]> b")).containsExactly("a x]]> b");
  }

  @Test
  void noBreakSpacesAreKeptInsideText() {
    assertThat(HtmlText.paragraphs("« Maroc\u00A0»")).containsExactly("« Maroc\u00A0»");
  }

  @Test
  void plainTextSplitsOnBlankLinesAndKeepsSingleLineBreaks() {
    assertThat(HtmlText.plainParagraphs("One\r\nstill one\r\n \r\nTwo\n\n\n"))
        .containsExactly("One\nstill one", "Two");
  }

  @Test
  void oneLineJoinsLineBreaksAndKeepsOtherSpaces() {
    assertThat(HtmlText.oneLine("  A title\n  on two lines\u2028and\u00A0more ")).isEqualTo(
        "A title on two lines and\u00A0more");
  }

  @Test
  void manyUnclosedTagsAndQuotesTakeLinearTime() {
    // Each of these would be quadratic for a tokenizer that rescans from every '<'.
    String hostile = "<a \"".repeat(50_000) + "<script>".repeat(50_000) + "</scrip".repeat(50_000);
    assertThat(HtmlText.paragraphs(hostile)).isEmpty();
    assertThat(HtmlText.paragraphs("<script>" + "</s".repeat(100_000))).isEmpty();
  }
}
