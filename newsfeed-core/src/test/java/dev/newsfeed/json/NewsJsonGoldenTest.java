// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.testing.DefaultLocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON of a small multilingual feed, pinned in golden files under {@code
 * src/test/resources/json}. Run with {@code -Dnewsfeed.updateGolden=true} to rewrite them after a
 * deliberate change, then review the diff.
 */
class NewsJsonGoldenTest {
  private static final NewsJson INDENTED = NewsJson.create(NewsJson.Layout.INDENTED);
  private static final NewsJson COMPACT = NewsJson.create();

  @AfterAll
  static void close() {
    INDENTED.close();
    COMPACT.close();
  }

  @Test
  void anIndentedMultilingualFeedMatchesItsGoldenFile() throws IOException {
    assertGolden("multilingual.json", INDENTED.toJson(SampleFeeds.multilingual()));
  }

  @Test
  void aCompactFeedIsOneLineMatchingItsGoldenFile() throws IOException {
    String json = COMPACT.toJson(SampleFeeds.multilingual());
    assertThat(json).doesNotContain("\n");
    assertGolden("multilingual.compact.json", json);
  }

  @Test
  void theGoldenFileReadsBackToTheSameFeed() throws IOException {
    try (InputStream in = NewsJsonGoldenTest.class.getResourceAsStream("/json/multilingual.json")) {
      assertThat(COMPACT.read("multilingual.json", in.readAllBytes()).feed())
          .isEqualTo(SampleFeeds.multilingual());
    }
  }

  @Test
  void theOutputDoesNotDependOnTheDefaultLocale() throws Exception {
    String expected = COMPACT.toJson(SampleFeeds.multilingual());
    for (Locale locale : DefaultLocale.HOSTILE) {
      DefaultLocale.with(
          locale,
          () -> assertThat(COMPACT.toJson(SampleFeeds.multilingual())).as("%s", locale).isEqualTo(expected));
    }
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = Path.of("src/test/resources/json", name);
    if (Boolean.getBoolean("newsfeed.updateGolden")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
