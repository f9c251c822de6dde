// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FeedFingerprintTest {

  private static NewsFeed feed(String arabicTag) {
    return NewsFeed.of(Locale.FRENCH, "Actualités", List.of(
        NewsItem.of("a", PublicationDate.of(LocalDate.of(2016, 7, 30)),
            ItemText.of(Locale.FRENCH, "Titre « un »", "Résumé.").withDateline("Rabat")
                .withLink("https://example.org/a"),
            ItemText.of(Locale.forLanguageTag("ar"), "عنوان", "ملخص").withTags(List.of(arabicTag)))));
  }

  @Test
  void theVersionIsTheSameOnEveryInstanceAndAcrossReleases() {
    // Computed by the version that serialised the whole feed before hashing: instances of both
    // behind one cache must agree, so the bytes hashed must not change.
    assertThat(FeedFingerprint.of(feed("هجرة"))).isEqualTo("R0mH87sFObqcejKt");
  }

  @Test
  void anyChangeChangesTheVersion() {
    assertThat(FeedFingerprint.of(feed("هجرات"))).isNotEqualTo(FeedFingerprint.of(feed("هجرة")));
    assertThat(FeedFingerprint.of(feed("هجرة").withTitle(Locale.FRENCH, "Nouvelles")))
        .isNotEqualTo(FeedFingerprint.of(feed("هجرة")));
  }
}
