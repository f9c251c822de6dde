// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFormTest {

  @Test
  void theJavadocExampleHolds() {
    String input = "Prix\t« Maroc »\n& <b>\u0007";
    assertThat(TextForm.PLAIN.apply(input)).isEqualTo("Prix « Maroc » & <b>");
    assertThat(TextForm.HTML.apply(input)).isEqualTo("Prix « Maroc » &amp; &lt;b&gt;");
    assertThat(TextForm.HTML_ATTRIBUTE.apply(input)).isEqualTo("Prix « Maroc » &amp; &lt;b&gt;");
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`  a  b  `                 | a b",
        "`a\r\nb\rc\nd`             | a b c d",
        "`a\u2028b\u2029c\u0085d`   | a b c d",
        "`a \u0000 b`               | a b",
        "`a\u0000b`                 | ab",
        "`\u00A0Rabat\u00A0–\u00A0Le roi\u00A0! `  | Rabat\u00A0–\u00A0Le roi\u00A0!",
        "`x\u3000y\u2003z`          | x y z"
      })
  void plainTextIsOneCleanLine(String input, String expected) {
    assertThat(TextForm.PLAIN.apply(input)).isEqualTo(expected);
  }

  @Test
  void htmlFormsEscapeAfterCleaning() {
    String attack = "\"><script>alert('x')</script>\n";
    assertThat(TextForm.HTML_ATTRIBUTE.apply(attack))
        .isEqualTo("&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(TextForm.HTML.apply("a\u0000&\u0001b")).isEqualTo("a&amp;b");
  }

  @Test
  void arabicEmojiAndBidiMarksSurviveEveryForm() {
    String text = "\u200Fالرباط ٣٠ يوليو 😀 🇲🇦";
    for (TextForm form : TextForm.values()) {
      assertThat(form.apply(text)).as(form.name()).isEqualTo(text);
    }
  }
}
