// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcerptTest {
  private static final Locale AR = Locale.forLanguageTag("ar");

  private static String cut(int max, String text) {
    return Excerpt.of(max, Locale.FRENCH).cut(text);
  }

  @ParameterizedTest(name = "[{1}] at {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "20 | Le roi a présidé la cérémonie     | Le roi a présidé la…",
        "20 | Rabat, 16 mai. Ouverture du salon | Rabat, 16 mai…",
        "20 | Anticonstitutionnellement         | Anticonstitutionnel…",
        "10 | « Maroc » et la France            | « Maroc »…",
        "9  | « Maroc » et la France            | « Maroc…",
        "12 | Il a dit : « oui » hier           | Il a dit…",
        "5  | un deux trois                     | un…",
        "3  | un deux trois                     | un…",
        "2  | un deux trois                     | u…",
        "1  | un deux trois                     | …"
      })
  void cutsAfterTheLastWholeWordThatFitsWithTheEllipsis(int max, String text, String expected) {
    assertThat(cut(max, text)).isEqualTo(expected);
  }

  @Test
  void aTextThatFitsIsReturnedAsItIsWithoutEllipsis() {
    String text = "Quatorze mots";
    assertThat(cut(13, text)).isSameAs(text);
    assertThat(cut(100, text)).isSameAs(text);
    assertThat(cut(12, text)).isEqualTo("Quatorze…");
  }

  @Test
  void lengthsCountUserPerceivedCharactersNotCharsOrCodePoints() {
    String combining = "e\u0301te\u0301 ou\u0300";
    // 6 clusters (é t é space o ù) in 8 chars: it fits in 6.
    assertThat(cut(6, combining)).isSameAs(combining);
    assertThat(cut(5, combining)).isEqualTo("e\u0301te\u0301…");
  }

  @Test
  void aCombiningSequenceIsNeverSplit() {
    String accents = "e\u0301".repeat(10);
    assertThat(cut(5, accents)).isEqualTo("e\u0301".repeat(4) + "…");
  }

  @Test
  void anEmojiZwjSequenceIsOneCharacterAndIsNeverSplit() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    assertThat(cut(3, family.repeat(3))).isEqualTo(family.repeat(3));
    assertThat(cut(2, family.repeat(3))).isEqualTo(family + "…");
    assertThat(cut(3, family.repeat(3) + "x")).isEqualTo(family.repeat(2) + "…");
  }

  @Test
  void aFlagIsOneCharacterAndIsNeverSplit() {
    String morocco = "\uD83C\uDDF2\uD83C\uDDE6";
    String france = "\uD83C\uDDEB\uD83C\uDDF7";
    assertThat(cut(2, morocco + france + morocco)).isEqualTo(morocco + "…");
    assertThat(cut(3, morocco + france + morocco)).isEqualTo(morocco + france + morocco);
  }

  @Test
  void aSkinToneModifierStaysWithItsEmoji() {
    String thumbsUp = "\uD83D\uDC4D\uD83C\uDFFD";
    assertThat(cut(3, thumbsUp.repeat(4))).isEqualTo(thumbsUp.repeat(2) + "…");
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    assertThat(cut(3, "😀😀😀😀")).isEqualTo("😀😀…");
    assertThat(cut(3, "ab😀😀😀")).isEqualTo("ab…");
  }

  @Test
  void keycapsAndEmojiPresentationSequencesAreOneCharacter() {
    String keycap = "1\uFE0F\u20E3";
    String heart = "\u2764\uFE0F";
    assertThat(cut(3, keycap + heart + keycap + heart)).isEqualTo(keycap + heart + "…");
  }

  @Test
  void arabicIsCutAtAWordBoundary() {
    Excerpt arabic = Excerpt.of(15, AR);
    assertThat(arabic.cut("أعلن المغرب عن افتتاح الدورة الجديدة")).isEqualTo("أعلن المغرب عن…");
  }

  @Test
  void arabicDiacriticsStayOnTheirLetters() {
    // السَّلامُ is 9 code points but 7 user-perceived characters.
    assertThat(Excerpt.of(8, AR).cut("السَّلامُ عَلَيْكُمْ")).isEqualTo("السَّلامُ…");
    assertThat(Excerpt.of(4, AR).cut("السَّلامُ عَلَيْكُمْ")).isEqualTo("السَّ…");
  }

  @Test
  void anArabicCommaBeforeTheCutIsDropped() {
    assertThat(Excerpt.of(10, AR).cut("الرباط، المغرب")).isEqualTo("الرباط…");
  }

  @Test
  void thaiWordsAreFoundWithoutSpaces() {
    // สวัสดี ("hello") then ครับ: no space between them, the word iterator knows where they part.
    assertThat(Excerpt.of(6, Locale.forLanguageTag("th")).cut("สวัสดีครับผม")).isEqualTo("สวัสดี…");
  }

  @Test
  void theLimitMustBePositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Excerpt.of(0, Locale.FRENCH))
        .withMessage("maxLength must be at least 1, was 0");
    assertThatNullPointerException().isThrownBy(() -> Excerpt.of(5, null)).withMessage("language");
    assertThatNullPointerException()
        .isThrownBy(() -> Excerpt.of(5, Locale.FRENCH).cut(null))
        .withMessage("text");
  }

  @Test
  void theSettingsAreKept() {
    Excerpt excerpt = Excerpt.of(140, AR);
    assertThat(excerpt.maxLength()).isEqualTo(140);
    assertThat(excerpt.language()).isEqualTo(AR);
  }
}
