// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.io.StringWriter;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EscapeTest {

  /** Input, then the expected output of forHtml, forHtmlAttribute and forXml. */
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("a < b & c > d", "a &lt; b &amp; c &gt; d", "a &lt; b &amp; c &gt; d", "a &lt; b &amp; c &gt; d"),
        Arguments.of("\"x\" 'y'", "&quot;x&quot; &#39;y&#39;", "&quot;x&quot; &#39;y&#39;", "&quot;x&quot; &apos;y&apos;"),
        Arguments.of("&amp;", "&amp;amp;", "&amp;amp;", "&amp;amp;"),
        Arguments.of(
            "<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&lt;script&gt;alert(1)&lt;/script&gt;"),
        Arguments.of(
            "\"><img src=x onerror=alert(1)>",
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        Arguments.of(
            "' onmouseover='alert(1)",
            "&#39; onmouseover=&#39;alert(1)",
            "&#39; onmouseover=&#39;alert(1)",
            "&apos; onmouseover=&apos;alert(1)"),
        Arguments.of("Genève « Maroc » São Paulo ñ Zürich", "Genève « Maroc » São Paulo ñ Zürich", "Genève « Maroc » São Paulo ñ Zürich", "Genève « Maroc » São Paulo ñ Zürich"),
        Arguments.of("a\u0000b\u0085c\u001Fd\u007Fe", "abcde", "abcde", "abcde"),
        Arguments.of("tab\tLF\nCR\r", "tab\tLF\nCR\r", "tab\tLF\nCR\r", "tab\tLF\nCR\r"),
        Arguments.of("a\uD800b\uDC00c", "abc", "abc", "abc"),
        Arguments.of("😀 👨‍👩‍👧 🇲🇦 👍🏽", "😀 👨‍👩‍👧 🇲🇦 👍🏽", "😀 👨‍👩‍👧 🇲🇦 👍🏽", "😀 👨‍👩‍👧 🇲🇦 👍🏽"),
        Arguments.of("\uFDD0x\uFFFEy\uFFFF", "xy", "xy", "xy"),
        Arguments.of("المغرب & فرنسا", "المغرب &amp; فرنسا", "المغرب &amp; فرنسا", "المغرب &amp; فرنسا"));
  }

  @ParameterizedTest
  @MethodSource("table")
  void escapesEachContextAsTheTableSays(String input, String html, String attribute, String xml) {
    assertThat(Escape.forHtml(input)).isEqualTo(html);
    assertThat(Escape.forHtmlAttribute(input)).isEqualTo(attribute);
    assertThat(Escape.forXml(input)).isEqualTo(xml);
  }

  @Test
  void accentedLettersAndGuillemetsAreNeverTurnedIntoEntities() {
    String french = "Élève à l’école, « déjà » — œuvre, ç, ÿ, 25 °C, 10 €";
    assertThat(Escape.forHtml(french)).isEqualTo(french).doesNotContain("&");
    assertThat(Escape.forXml(french)).isEqualTo(french);
  }

  @Test
  void rightToLeftTextAndBidiControlsAreKept() {
    String bidi =
        "\u200Fالرباط\u200E ABC \u202Bمرحبا\u202C \u2067عربي\u2069 \u2066x\u2069 \u2068y\u2069 \u061C\u202A\u202D\u202E";
    assertThat(Escape.forHtml(bidi)).isEqualTo(bidi);
    assertThat(Escape.forHtmlAttribute(bidi)).isEqualTo(bidi);
    assertThat(Escape.forXml(bidi)).isEqualTo(bidi);
  }

  @Test
  void surrogatePairsAreKeptWholeNextToEscapes() {
    assertThat(Escape.forHtml("😀&😀<\uD83C\uDDF2\uD83C\uDDE6>"))
        .isEqualTo("😀&amp;😀&lt;\uD83C\uDDF2\uD83C\uDDE6&gt;");
  }

  @Test
  void loneSurrogatesAreRemovedWhereverTheyAre() {
    assertThat(Escape.forHtml("\uDC00\uD800")).isEmpty();
    assertThat(Escape.forHtml("x\uD800")).isEqualTo("x");
    assertThat(Escape.forHtml("\uDC00x")).isEqualTo("x");
    // A high surrogate followed by another high surrogate and its low one: only the first goes.
    assertThat(Escape.forHtml("\uD800\uD83D\uDE00")).isEqualTo("😀");
  }

  @Test
  void aSupplementaryNoncharacterIsRemovedWithoutTheCharacterAfterIt() {
    String nonchar = new String(Character.toChars(0x1FFFE));
    assertThat(Escape.forHtml(nonchar + "ab")).isEqualTo("ab");
    assertThat(Escape.forXml(nonchar + "<b")).isEqualTo("&lt;b");
    assertThat(Escape.removeForbidden("a" + new String(Character.toChars(0x10FFFF)) + "bc"))
        .isEqualTo("abc");
  }

  @Test
  void everyCodePointIsKeptEscapedOrRemovedInEveryContext() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String c = new String(Character.toChars(cp));
      String input = "a" + c + "b";
      String kept = forbidden(cp) ? "ab" : input;
      assertThat(Escape.removeForbidden(input)).as("U+%04X removeForbidden", cp).isEqualTo(kept);
      assertThat(Escape.forHtml(input)).as("U+%04X forHtml", cp).isEqualTo(expected(cp, kept, "&#39;"));
      assertThat(Escape.forHtmlAttribute(input))
          .as("U+%04X forHtmlAttribute", cp)
          .isEqualTo(expected(cp, kept, "&#39;"));
      assertThat(Escape.forXml(input)).as("U+%04X forXml", cp).isEqualTo(expected(cp, kept, "&apos;"));
    }
  }

  @Test
  void removeForbiddenEscapesNothing() {
    assertThat(Escape.removeForbidden("<a href='x'>&amp;</a>\u0000"))
        .isEqualTo("<a href='x'>&amp;</a>");
  }

  @Test
  void cleanTextIsReturnedAsItIs() {
    String clean = "Rabat, 16-19 mai 2016 – الرباط";
    assertThat(Escape.forHtml(clean)).isSameAs(clean);
    assertThat(Escape.removeForbidden(clean)).isSameAs(clean);
  }

  @Test
  void theWriterFormWritesWhatTheStringFormReturns() throws IOException {
    String input = "<p title=\"x\">é\u0000😀</p>";
    StringWriter out = new StringWriter();
    Escape.forHtml(input, out);
    assertThat(out.toString()).isEqualTo(Escape.forHtml(input));
  }

  @Test
  void nullIsRejectedNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> Escape.forHtml(null)).withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> Escape.forHtmlAttribute(null))
        .withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> Escape.forXml(null)).withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> Escape.removeForbidden(null))
        .withMessage("text");
  }

  /** The rule, written independently of the implementation. */
  private static boolean forbidden(int cp) {
    boolean c0 = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r';
    boolean delAndC1 = cp >= 0x7F && cp <= 0x9F;
    boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    boolean nonchar = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFF) == 0xFFFE || (cp & 0xFFFF) == 0xFFFF;
    return c0 || delAndC1 || surrogate || nonchar;
  }

  private static String expected(int cp, String kept, String apostrophe) {
    UnaryOperator<String> wrap = s -> "a" + s + "b";
    return switch (cp) {
      case '&' -> wrap.apply("&amp;");
      case '<' -> wrap.apply("&lt;");
      case '>' -> wrap.apply("&gt;");
      case '"' -> wrap.apply("&quot;");
      case '\'' -> wrap.apply(apostrophe);
      default -> kept;
    };
  }
  @Test
  void aLogLineCannotBeEndedOrReorderedByTheText() {
    String forged = "Titre\r\n2026-12-01 INFO admin logged in\u2028\u202eevil\\";
    assertThat(Escape.forLog(forged))
        .isEqualTo("Titre\\r\\n2026-12-01 INFO admin logged in\\u2028\\u202eevil\\\\")
        .doesNotContain("\n", "\r", "\u2028", "\u202e");
    assertThat(Escape.forLog("a\u0000b\u0085c\td\uD800")).isEqualTo("a\\u0000b\\u0085c\\td\\ud800");
  }

  @Test
  void everyCodePointIsKeptOrEscapedByItsUnicodeProperties() {
    for (int cp = 0; cp <= 0x10FFFF; cp += cp < 0x3000 ? 1 : 97) {
      String input = "a" + Character.toString(cp) + "b";
      String logged = Escape.forLog(input);
      byte bidi = Character.getDirectionality(cp);
      // Bidi_Control (Unicode UAX #9): the embeddings, overrides and isolates by their bidi
      // class, and the three marks, which are strong characters of their class.
      boolean bidiControl = cp == 0x061C || cp == 0x200E || cp == 0x200F
          || bidi == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
          || bidi == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
          || bidi == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
          || bidi == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
          || bidi == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
          || bidi == Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
          || bidi == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
          || bidi == Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE
          || bidi == Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE;
      boolean line = Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029
          || bidiControl || cp >= 0xD800 && cp <= 0xDFFF;
      if (line) {
        assertThat(logged).as("U+%04X", cp).matches("a\\\\(u[0-9a-f]{4}|[nrt])b");
      } else if (cp != '\\') {
        assertThat(logged).as("U+%04X", cp).isSameAs(input);
      }
    }
    assertThat(Escape.forLog("Rabat – الرباط 😀")).isEqualTo("Rabat – الرباط 😀");
  }
}
