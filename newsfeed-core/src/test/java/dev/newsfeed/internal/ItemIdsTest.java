// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Derived and explicit ids. Expected ids were computed apart from the library with Python's
 * {@code hashlib.sha256} over {@code unicodedata.normalize('NFKC', t).lower()} filtered to the
 * {@code L*} and {@code N*} categories.
 */
class ItemIdsTest {
  private static final LocalDate JULY_30 = LocalDate.of(2016, 7, 30);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Titre | 2016-07-30-386f8dd6",
        "Autre titre | 2016-07-30-601f253f",
        "L’OIM, à Genève | 2016-07-30-56cb76cb",
        "ＩＯＭ ① | 2016-07-30-4c4e46b3",
      })
  void derivedIdIsTheDateAndEightHexDigitsOfTheTitleKeysSha256(String title, String id) {
    assertThat(ItemIds.derived(JULY_30, title)).isEqualTo(id);
  }

  @Test
  void caseApostrophesPunctuationAndSpacingDoNotChangeTheKey() {
    assertThat(ItemIds.titleKey("L’OIM, à Genève")).isEqualTo("loimàgenève");
    assertThat(ItemIds.titleKey("l'OIM  à genève.")).isEqualTo("loimàgenève");
    assertThat(ItemIds.derived(JULY_30, "l'OIM à genève")).isEqualTo("2016-07-30-56cb76cb");
  }

  @Test
  void compatibilityFormsFoldToTheirPlainLettersAndDigits() {
    assertThat(ItemIds.titleKey("ＩＯＭ ①")).isEqualTo("iom1");
    assertThat(ItemIds.titleKey("Ⅻ")).isEqualTo("xii");
  }

  @Test
  void aTitleOfPunctuationOnlyHasTheEmptyKeyAndStillAnId() {
    assertThat(ItemIds.titleKey("… !")).isEmpty();
    assertThat(ItemIds.derived(JULY_30, "… !")).isEqualTo("2016-07-30-e3b0c442");
  }

  @Test
  void arabicLettersAreKeptAndTheirPunctuationIsNot() {
    assertThat(ItemIds.titleKey("محمد وعمر: من مهاجرين")).isEqualTo("محمدوعمرمنمهاجرين");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "oim-onu-2016", "A.b_c~d-9", "2016-07-30-1"})
  void unreservedCharactersMakeAValidExplicitId(String id) {
    assertThat(ItemIds.isValidExplicitId(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "é", "a/b", "a#b", "a{b", "a%20b", "a+b"})
  void anythingElseIsNotAnExplicitId(String id) {
    assertThat(ItemIds.isValidExplicitId(id)).isFalse();
  }
}
