// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NewsItemTest {
  private static final Locale AR_MA = Locale.forLanguageTag("ar-MA");
  private static final PublicationDate DAY = PublicationDate.of(LocalDate.of(2016, 7, 30));

  @Test
  void firstTextIsTheOriginal() {
    NewsItem item =
        NewsItem.of("a", DAY, ItemText.of(Locale.FRENCH, "Titre"), ItemText.of(Locale.ENGLISH, "Title"));

    assertThat(item.original().title()).isEqualTo("Titre");
    assertThat(item.languages()).containsExactly(Locale.FRENCH, Locale.ENGLISH);
  }

  @Test
  void twoTextsInOneLanguageAreRejected() {
    assertThatThrownBy(
            () -> NewsItem.of("a", DAY, ItemText.of(Locale.FRENCH, "Un"), ItemText.of(Locale.FRENCH, "Deux")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item a has two texts in fr");
  }

  @Test
  void anItemNeedsATextAndAnId() {
    assertThatThrownBy(() -> new NewsItem("a", DAY, List.of()))
        .hasMessageContaining("at least one language");
    assertThatThrownBy(() -> NewsItem.of(" ", DAY, ItemText.of(Locale.FRENCH, "Titre")))
        .hasMessageContaining("id must be one non-blank line");
  }

  @Test
  void withTextAddsANewLanguageAndReplacesAnExistingOne() {
    NewsItem item = NewsItem.of("a", DAY, ItemText.of(Locale.FRENCH, "Titre"));

    NewsItem both = item.withText(ItemText.of(Locale.ENGLISH, "Title"));
    NewsItem replaced = both.withText(ItemText.of(Locale.FRENCH, "Nouveau"));

    assertThat(both.languages()).containsExactly(Locale.FRENCH, Locale.ENGLISH);
    assertThat(replaced.original().title()).isEqualTo("Nouveau");
    assertThat(replaced.languages()).containsExactly(Locale.FRENCH, Locale.ENGLISH);
    assertThat(item.texts()).hasSize(1);
  }

  @Test
  void fallbackChainGoesFromRegionToLanguageToNextChoiceToOriginal() {
    NewsItem item =
        NewsItem.of(
            "a",
            DAY,
            ItemText.of(Locale.ENGLISH, "Title"),
            ItemText.of(Locale.FRENCH, "Titre"),
            ItemText.of(Locale.forLanguageTag("ar"), "عنوان"));
    LanguageChain chain = LanguageChain.of(AR_MA, Locale.FRENCH);

    ResolvedText arabic = item.textFor(chain);
    ResolvedText french = item.withId("b").textFor(LanguageChain.of(Locale.GERMAN, Locale.FRENCH));
    ResolvedText original = item.textFor(LanguageChain.ofTags("de"));

    assertThat(arabic.language()).isEqualTo(Locale.forLanguageTag("ar"));
    assertThat(arabic.isFallback()).isFalse();
    assertThat(french.language()).isEqualTo(Locale.FRENCH);
    assertThat(french.isFallback()).isTrue();
    assertThat(original.language()).isEqualTo(Locale.ENGLISH);
    assertThat(original.isFallback()).isTrue();
  }

  @Test
  void aMoreSpecificTextServesALessSpecificRequest() {
    NewsItem item =
        NewsItem.of("a", DAY, ItemText.of(Locale.ENGLISH, "Title"), ItemText.of(AR_MA, "عنوان"));

    ResolvedText chosen = item.textFor(LanguageChain.ofTags("ar"));

    assertThat(chosen.language()).isEqualTo(AR_MA);
    assertThat(chosen.isFallback()).isTrue();
  }

  @Test
  void exactLanguageIsPreferredOverAMoreSpecificOne() {
    NewsItem item =
        NewsItem.of(
            "a",
            DAY,
            ItemText.of(Locale.forLanguageTag("fr-CA"), "Titre canadien"),
            ItemText.of(Locale.FRENCH, "Titre"));

    assertThat(item.textFor(LanguageChain.ofTags("fr")).text().title()).isEqualTo("Titre");
  }
}
