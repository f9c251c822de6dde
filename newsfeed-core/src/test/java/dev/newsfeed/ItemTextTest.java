// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemTextTest {

  @Test
  void fieldsAreTrimmedOfSpacesIncludingNoBreakSpacesAtTheEndsOnly() {
    ItemText text =
        ItemText.of(Locale.FRENCH, "\u00a0 Titre « cité »\u00a0\t", " Premier\u00a0: paragraphe ", "  ")
            .withDateline("\u00a0Suisse\u00a0");

    assertThat(text.title()).isEqualTo("Titre « cité »");
    assertThat(text.summary()).containsExactly("Premier\u00a0: paragraphe");
    assertThat(text.dateline()).contains("Suisse");
  }

  @Test
  void languageIsStoredInItsCanonicalBcp47Form() {
    ItemText text = ItemText.of(new Locale("AR", "ma"), "عنوان");

    assertThat(text.language()).isEqualTo(Locale.forLanguageTag("ar-MA"));
    assertThat(text.languageTag()).isEqualTo("ar-MA");
  }

  @Test
  void rootLocaleIsNotALanguage() {
    assertThatThrownBy(() -> ItemText.of(Locale.ROOT, "Title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a language");
  }

  @Test
  void blankOrMultiLineTitlesAreRejected() {
    assertThatThrownBy(() -> ItemText.of(Locale.ENGLISH, "\u00a0 "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title must not be blank");
    assertThatThrownBy(() -> ItemText.of(Locale.ENGLISH, "two\nlines"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one line");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>",
        "ftp://example.org/x",
        "//example.org/relative",
        "/news/1",
        "http:/no-host",
        "mailto:a@example.org",
        "http://exa mple.org/"
      })
  void linksOtherThanAbsoluteHttpOrHttpsAreRejectedWithTheOffendingValue(String link) {
    ItemText text = ItemText.of(Locale.ENGLISH, "Title");

    assertThatThrownBy(() -> text.withLink(link))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("link must be an absolute http or https URI");
  }

  @Test
  void httpAndHttpsLinksAreAccepted() {
    ItemText text = ItemText.of(Locale.ENGLISH, "Title");

    assertThat(text.withLink("https://example.org/news/1?x=1#y").link())
        .contains(URI.create("https://example.org/news/1?x=1#y"));
    assertThat(text.withLink(" HTTP://example.org/ ").link())
        .contains(URI.create("HTTP://example.org/"));
  }

  @Test
  void linkGivenAsUriIsCheckedToo() {
    assertThatThrownBy(
            () ->
                new ItemText(
                    Locale.ENGLISH,
                    "Title",
                    List.of(),
                    Optional.empty(),
                    Optional.of(URI.create("javascript:alert(1)")),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[javascript:alert(1)]");
  }

  @Test
  void textsWithEqualFieldsAreEqual() {
    assertThat(ItemText.of(Locale.FRENCH, "Titre", "a", "b").withTags(List.of("x")))
        .isEqualTo(ItemText.of(Locale.FRENCH, " Titre", "a ", "b").withTags(List.of(" x")))
        .isNotEqualTo(ItemText.of(Locale.FRENCH, "Titre", "a b"));
  }

  @Test
  void summaryTextJoinsParagraphsWithABlankLine() {
    assertThat(ItemText.of(Locale.ENGLISH, "T", "one", "two").summaryText()).isEqualTo("one\n\ntwo");
  }
}
