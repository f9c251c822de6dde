// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.newsfeed.ItemText;
import dev.newsfeed.PublicationDate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ItemTextFormsTest {
  private static final PublicationDate JULY_30 = PublicationDate.of(LocalDate.of(2016, 7, 30));
  private static final Locale AR_MA = Locale.forLanguageTag("ar-MA");

  private static final ItemText FRENCH =
      ItemText.of(Locale.FRENCH, "Le <Maroc> & « la France »", "Premier\tparagraphe.", "Second \"paragraphe\".")
          .withDateline("Rabat, 16-19\u00A0mai 2016")
          .withLink("https://example.org/actualités?a=1&b=2")
          .withTags(List.of("<diplomatie>", "Maroc"));

  private static ItemTextForms forms(PublicationDate date, ItemText text) {
    return ItemTextForms.of(date, text, LocalizedDateFormat.of(FormatStyle.LONG, text.language()));
  }

  @Test
  void plainFormsAreCleanUnescapedText() {
    ItemTextForms f = forms(JULY_30, FRENCH);
    assertThat(f.title(TextForm.PLAIN)).isEqualTo("Le <Maroc> & « la France »");
    assertThat(f.summary(TextForm.PLAIN)).containsExactly("Premier paragraphe.", "Second \"paragraphe\".");
    assertThat(f.dateline(TextForm.PLAIN)).contains("Rabat, 16-19\u00A0mai 2016");
    assertThat(f.tags(TextForm.PLAIN)).containsExactly("<diplomatie>", "Maroc");
    assertThat(f.date(TextForm.PLAIN)).isEqualTo("30 juillet 2016");
  }

  @Test
  void htmlFormsAreEscapedForTextNodes() {
    ItemTextForms f = forms(JULY_30, FRENCH);
    assertThat(f.title(TextForm.HTML)).isEqualTo("Le &lt;Maroc&gt; &amp; « la France »");
    assertThat(f.summary(TextForm.HTML))
        .containsExactly("Premier paragraphe.", "Second &quot;paragraphe&quot;.");
    assertThat(f.tags(TextForm.HTML)).containsExactly("&lt;diplomatie&gt;", "Maroc");
  }

  @Test
  void theLinkIsItsAsciiFormEscapedForAnAttribute() {
    ItemTextForms f = forms(JULY_30, FRENCH);
    assertThat(f.link(TextForm.PLAIN)).contains("https://example.org/actualit%C3%A9s?a=1&b=2");
    assertThat(f.link(TextForm.HTML_ATTRIBUTE))
        .contains("https://example.org/actualit%C3%A9s?a=1&amp;b=2");
  }

  @Test
  void absentFieldsStayAbsent() {
    ItemTextForms f = forms(JULY_30, ItemText.of(Locale.ENGLISH, "Title"));
    assertThat(f.dateline(TextForm.HTML)).isEmpty();
    assertThat(f.link(TextForm.HTML_ATTRIBUTE)).isEmpty();
    assertThat(f.tags(TextForm.HTML)).isEmpty();
    assertThat(f.summary(TextForm.HTML)).isEmpty();
  }

  @Test
  void paragraphsAndTagsLeftEmptyByCleaningAreDropped() {
    ItemText text =
        ItemText.of(Locale.ENGLISH, "Title", "\u0001\u0002", "Kept").withTags(List.of("\u0000", "tag"));
    ItemTextForms f = forms(JULY_30, text);
    assertThat(f.summary(TextForm.PLAIN)).containsExactly("Kept");
    assertThat(f.tags(TextForm.PLAIN)).containsExactly("tag");
  }

  @Test
  void arabicTextIsRightToLeftWithTheLocalesDate() {
    ItemText arabic = ItemText.of(AR_MA, "المغرب وفرنسا", "فقرة أولى.");
    ItemTextForms f = forms(JULY_30, arabic);
    assertThat(f.language()).isEqualTo("ar-MA");
    assertThat(f.direction()).isEqualTo("rtl");
    assertThat(f.date(TextForm.HTML)).isEqualTo("30 يوليوز 2016");
    assertThat(f.title(TextForm.HTML)).isEqualTo("المغرب وفرنسا");
    assertThat(forms(JULY_30, FRENCH).direction()).isEqualTo("ltr");
  }

  @Test
  void theIsoDateIsADayOrATimestampWithOffset() {
    assertThat(forms(JULY_30, FRENCH).isoDate()).isEqualTo("2016-07-30");
    PublicationDate moment =
        PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 9, 15, 30, 0, ZoneOffset.ofHours(1)));
    assertThat(forms(moment, FRENCH).isoDate()).isEqualTo("2016-07-30T09:15:30+01:00");
  }

  @Test
  void theDateFollowsTheGivenFormat() {
    ItemTextForms f =
        ItemTextForms.of(JULY_30, FRENCH, LocalizedDateFormat.of(FormatStyle.FULL, Locale.ENGLISH));
    assertThat(f.date(TextForm.PLAIN)).isEqualTo("Saturday, July 30, 2016");
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    LocalizedDateFormat dates = LocalizedDateFormat.of(FormatStyle.LONG, Locale.FRENCH);
    assertThatNullPointerException()
        .isThrownBy(() -> ItemTextForms.of(null, FRENCH, dates))
        .withMessage("published");
    assertThatNullPointerException()
        .isThrownBy(() -> ItemTextForms.of(JULY_30, null, dates))
        .withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> ItemTextForms.of(JULY_30, FRENCH, null))
        .withMessage("dates");
  }
}
