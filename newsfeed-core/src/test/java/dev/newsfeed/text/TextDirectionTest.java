// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDirectionTest {

  @ParameterizedTest
  @CsvSource({
    "ar, rtl", "ar-MA, rtl", "he, rtl", "fa, rtl", "ur, rtl", "az-Arab, rtl",
    "fr, ltr", "en, ltr", "ar-Latn, ltr", "tr, ltr"
  })
  void directionFollowsTheScriptElseTheLanguage(String tag, String dir) {
    assertThat(TextDirection.of(Locale.forLanguageTag(tag)).htmlValue()).isEqualTo(dir);
  }
}
