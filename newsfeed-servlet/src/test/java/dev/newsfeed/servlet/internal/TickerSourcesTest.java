// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.servlet.SourceSettings;
import dev.newsfeed.source.SourceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickerSourcesTest {

  @TempDir Path dir;

  private FileSources resolve(String... sources) {
    return TickerSources.resolve(
        SourceSettings.of(List.of(sources)),
        path -> path.equals("/WEB-INF/news") ? dir.toString() : null,
        getClass().getClassLoader());
  }

  @Test
  void aClassPathResourceIsReadByItsName() throws IOException {
    ParseResult result = resolve("classpath:news/news.en.txt").load();
    assertThat(result.feed().size()).isEqualTo(2);
    assertThat(result.feed().languages()).containsExactly(Locale.ENGLISH);
  }

  @Test
  void aRelativePathIsLookedUpInTheWebApplicationFirst() throws IOException {
    Files.writeString(dir.resolve("news.fr.txt"), "Actualités\n\nTitre\n\n07/30/2016\n\nRésumé.\n");
    Files.writeString(dir.resolve("notes.md"), "not news");
    ParseResult result = resolve("WEB-INF/news").load();
    assertThat(result.feed().items()).extracting(item -> item.original().title()).containsExactly("Titre");
  }

  @Test
  void aDirectoryIsReadInNameOrderTheFirstFileLeadingTheMerge() throws IOException {
    Files.writeString(dir.resolve("news.en.txt"), "News\n\nTitle\n\n07/30/2016\n\nSummary.\n");
    Files.writeString(dir.resolve("news.fr.txt"), "Actualités\n\nTitre\n\n07/30/2016\n\nRésumé.\n");
    ParseResult result = resolve(dir.toString()).load();
    assertThat(FileSources.list(dir)).extracting(p -> p.getFileName().toString())
        .containsExactly("news.en.txt", "news.fr.txt");
    assertThat(result.feed().size()).isEqualTo(1);
    assertThat(result.feed().items().get(0).languages()).containsExactly(Locale.ENGLISH, Locale.FRENCH);
  }

  @Test
  void strictReadingRejectsABrokenListingWithItsPosition() throws IOException {
    Files.writeString(dir.resolve("news.fr.txt"), "07/30/2016\n\nRésumé.\n");
    assertThatThrownBy(() -> resolve(dir.toString()).load())
        .isInstanceOf(NewsParseException.class)
        .hasMessageStartingWith("news.fr.txt:1:1: error: expected a title line before the date");
  }

  @Test
  void lenientReadingKeepsTheGoodItemsAndReportsTheBadOnes() throws IOException {
    Files.writeString(dir.resolve("news.fr.txt"),
        "Actualités\n\nBon\n\n07/30/2016\n\nRésumé.\n\nMauvais\n\n07/32/2016\n\nRésumé.\n");
    FileSources lenient = TickerSources.resolve(
        SourceSettings.of(List.of(dir.toString()))
            .withReading(SourceOptions.defaults().withStrictness(Strictness.LENIENT)),
        path -> null, getClass().getClassLoader());
    ParseResult result = lenient.load();
    assertThat(result.feed().items()).extracting(item -> item.original().title()).containsExactly("Bon");
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).toString()).startsWith("news.fr.txt:");
  }

  @Test
  void aFileLargerThanTheLimitIsRejectedNotRead() throws IOException {
    Path big = dir.resolve("news.fr.txt");
    Files.write(big, new byte[dev.newsfeed.source.NewsSources.MAX_BYTES + 1]);
    assertThatThrownBy(() -> resolve(big.toString()).load())
        .isInstanceOf(NewsParseException.class)
        .hasMessageContaining("news.fr.txt: error: the file is larger than");
  }
}
