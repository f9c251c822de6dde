// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.servlet.FetchSettings;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickerSourcesTest {

  @TempDir Path dir;

  private TickerSources.Settings settings(SourceOptions reading) {
    return new TickerSources.Settings("sources", TickerSources.parser(reading), Duration.ofMillis(10),
        FetchSettings.defaults(), Clock.systemUTC(),
        path -> path.equals("/WEB-INF/news") ? dir.toString() : null,
        getClass().getClassLoader(), name -> {
          throw new IllegalArgumentException("no database " + name);
        });
  }

  private SourceSet resolve(String... sources) throws InterruptedException {
    SourceSet set = TickerSources.resolve(List.of(sources), settings(SourceOptions.defaults()));
    set.start(() -> {});
    return set;
  }

  @Test
  void aClassPathResourceIsReadByItsName() throws Exception {
    ParseResult result = resolve("classpath:news/news.en.txt").merged();
    assertThat(result.feed().size()).isEqualTo(2);
    assertThat(result.feed().languages()).containsExactly(Locale.ENGLISH);
  }

  @Test
  void aRelativePathIsLookedUpInTheWebApplicationFirst() throws Exception {
    Files.writeString(dir.resolve("news.fr.txt"), "Actualités\n\nTitre\n\n07/30/2016\n\nRésumé.\n");
    Files.writeString(dir.resolve("notes.md"), "not news");
    ParseResult result = resolve("WEB-INF/news").merged();
    assertThat(result.feed().items()).extracting(item -> item.original().title()).containsExactly("Titre");
  }

  @Test
  void aDirectoryIsReadInNameOrderTheFirstFileLeadingTheMerge() throws Exception {
    Files.writeString(dir.resolve("news.en.txt"), "News\n\nTitle\n\n07/30/2016\n\nSummary.\n");
    Files.writeString(dir.resolve("news.fr.txt"), "Actualités\n\nTitre\n\n07/30/2016\n\nRésumé.\n");
    SourceSet set = resolve(dir.toString());
    ParseResult result = set.merged();
    assertThat(DirectorySource.list(dir)).extracting(p -> p.getFileName().toString())
        .containsExactly("news.en.txt", "news.fr.txt");
    assertThat(result.feed().size()).isEqualTo(1);
    assertThat(result.feed().items().get(0).languages()).containsExactly(Locale.ENGLISH, Locale.FRENCH);
    assertThat(set.statuses()).extracting(SourceStatus::name)
        .containsExactly(dir.toString(), dir.resolve("news.en.txt").toString(), dir.resolve("news.fr.txt").toString());
  }

  @Test
  void strictReadingRejectsABrokenListingWithItsPositionAndServesNothingFromIt() throws Exception {
    Files.writeString(dir.resolve("news.fr.txt"), "07/30/2016\n\nRésumé.\n");
    SourceSet set = resolve(dir.toString());
    ParseResult result = set.merged();
    assertThat(result.feed().size()).isZero();
    assertThat(result.diagnostics()).extracting(Object::toString)
        .anySatisfy(d -> assertThat(d).startsWith("news.fr.txt:1:1: error: expected a title line before the date"));
    assertThat(set.healthy()).isFalse();
  }

  @Test
  void lenientReadingKeepsTheGoodItemsAndReportsTheBadOnes() throws Exception {
    Files.writeString(dir.resolve("news.fr.txt"),
        "Actualités\n\nBon\n\n07/30/2016\n\nRésumé.\n\nMauvais\n\n07/32/2016\n\nRésumé.\n");
    SourceSet lenient = TickerSources.resolve(List.of(dir.toString()),
        settings(SourceOptions.defaults().withStrictness(Strictness.LENIENT)));
    lenient.start(() -> {});
    ParseResult result = lenient.merged();
    assertThat(result.feed().items()).extracting(item -> item.original().title()).containsExactly("Bon");
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).toString()).startsWith("news.fr.txt:");
  }

  @Test
  void aListingSavedInWindows1252IsNamedAsSuchAndReadWithTheSourceEncodingParameter() throws Exception {
    Files.write(dir.resolve("news.fr.txt"),
        "Actualités\n\nTitre\n\n07/30/2016\n\nRésumé.\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertThat(resolve(dir.toString()).merged().diagnostics()).extracting(Object::toString)
        .anySatisfy(d -> assertThat(d).startsWith("news.fr.txt:1:9: error: expected UTF-8 text, found the byte"
            + " 0xE9, which is not UTF-8: the file looks like windows-1252"));

    SourceOptions declared = dev.newsfeed.servlet.InitParameters.read(java.util.Map.of(
        "sources", dir.toString(), "source-encoding", "windows-1252")).sources().reading();
    SourceSet set = TickerSources.resolve(List.of(dir.toString()), settings(declared));
    set.start(() -> {});
    assertThat(set.merged().feed().items()).extracting(item -> item.original().summary().get(0))
        .containsExactly("Résumé.");
  }

  @Test
  void aFileLargerThanTheLimitIsRejectedNotRead() throws Exception {
    Path big = dir.resolve("news.fr.txt");
    Files.write(big, new byte[NewsSources.MAX_BYTES + 1]);
    assertThat(resolve(big.toString()).merged().diagnostics()).extracting(Object::toString)
        .contains("news.fr.txt: error: the file is larger than " + NewsSources.MAX_BYTES
            + " bytes (max-source-bytes)");
  }

  @Test
  void maxSourceBytesIsTheLimitOfEveryFileAndResource() throws Exception {
    Path listing = dir.resolve("news.fr.txt");
    Files.writeString(listing, "Actualités\n\nTitre\n\n07/30/2016\n\nRésumé.\n");
    List<String> sources = List.of(listing.toString(), "classpath:news/news.en.txt");
    SourceSet small = TickerSources.resolve(sources, settings(SourceOptions.defaults().withMaxBytes(20)));
    small.start(() -> {});
    SourceSet enough = TickerSources.resolve(sources, settings(SourceOptions.defaults().withMaxBytes(100_000)));
    enough.start(() -> {});

    assertThat(small.merged().diagnostics()).extracting(Object::toString).contains(
        "news.fr.txt: error: the file is larger than 20 bytes (max-source-bytes)",
        "news.en.txt: error: the resource is larger than 20 bytes (max-source-bytes)");
    assertThat(enough.merged().feed().size()).isEqualTo(2);
    assertThat(enough.merged().errors()).isEmpty();
  }

  @Test
  void aMissingFileIsAFailingSourceNotAConfigurationError() throws Exception {
    Path missing = dir.resolve("news.fr.txt");
    SourceSet set = resolve(missing.toString());
    assertThat(set.statuses()).singleElement().satisfies(status -> {
      assertThat(status.health()).isEqualTo(SourceStatus.Health.FAILING);
      assertThat(status.served()).isFalse();
      assertThat(status.diagnostics()).extracting(Object::toString)
          .containsExactly(missing + ": error: no such file");
    });
    assertThat(set.merged().feed().size()).isZero();
  }

  @Test
  void whatIsWrongInTheConfigurationItselfFailsWithTheParameterAndTheEntry() {
    assertThatThrownBy(() -> resolve())
        .hasMessage("init parameter sources: expected at least one file, directory, URL, classpath:"
            + " resource or jndi: data source, found none");
    assertThatThrownBy(() -> resolve("classpath:news/none.fr.txt"))
        .hasMessage("init parameter sources: no such class-path resource: [classpath:news/none.fr.txt]");
    assertThatThrownBy(() -> resolve("https://"))
        .hasMessageStartingWith("init parameter sources: not a valid URL");
    assertThatThrownBy(() -> resolve("https://editor:secret@cms.example/feed/"))
        .hasMessage("init parameter sources: a URL with credentials in it is not supported:"
            + " [https://editor:secret@cms.example/feed/]");
    assertThatThrownBy(() -> resolve("jndi:"))
        .hasMessage("init parameter sources: expected a JNDI name after jndi:: [jndi:]");
  }
}
