// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageChainTest {

  @Test
  void eachLanguageIsFollowedByItsTruncationsWithoutDuplicates() {
    LanguageChain chain = LanguageChain.ofTags("ar-MA", "fr-FR", "ar", "fr");

    assertThat(chain.languages())
        .extracting(Locale::toLanguageTag)
        .containsExactly("ar-MA", "ar", "fr-FR", "fr");
    assertThat(chain.preferred()).isEqualTo(Locale.forLanguageTag("ar-MA"));
  }

  @Test
  void scriptSubtagsTruncateOneAtATime() {
    assertThat(LanguageChain.ofTags("zh-Hant-TW").languages())
        .extracting(Locale::toLanguageTag)
        .containsExactly("zh-Hant-TW", "zh-Hant", "zh");
  }

  @Test
  void underscoresAreAcceptedAsTheyAppearInJavaLocaleNames() {
    assertThat(LanguageChain.ofTags("en_GB").preferred()).isEqualTo(Locale.forLanguageTag("en-GB"));
  }

  @Test
  void illFormedTagsAndEmptyChainsAreRejected() {
    assertThatThrownBy(() -> LanguageChain.ofTags("not a tag!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a BCP 47 language tag");
    assertThatThrownBy(() -> new LanguageChain(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one language");
  }
}
