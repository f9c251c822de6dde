// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.ItemText;
import dev.newsfeed.NewsItem;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import dev.newsfeed.testing.Golden;

/**
 * Real-world-shaped feeds in {@code syndication/corpus}: each is read leniently and what came out
 * (the diagnostics, then every item) is compared with {@code NAME.expected}. Read strictly, a feed
 * with an error stops at that error.
 */
class FeedCorpusTest {

  private static final Path CORPUS = Golden.RESOURCES.resolve("syndication/corpus");

  static Stream<String> feeds() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> !name.endsWith(".expected"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("feeds")
  void eachFeedImportsAsExpected(String name) throws IOException {
    Golden.assertMatches("syndication/corpus/" + name + ".expected", describe(name));
  }

  @ParameterizedTest
  @MethodSource("feeds")
  void readStrictlyAFeedWithAnErrorStopsAtThatError(String name) throws IOException {
    FeedReader strict = FeedReader.create(Strictness.STRICT);
    Path file = CORPUS.resolve(name);
    List<Diagnostic> lenientErrors;
    try {
      lenientErrors = FeedReader.create(Strictness.LENIENT).read(file).errors();
    } catch (NewsParseException fatal) {
      assertThatThrownBy(() -> strict.read(file)).isInstanceOf(NewsParseException.class)
          .hasMessage(fatal.getMessage());
      return;
    }
    if (lenientErrors.isEmpty()) {
      assertThat(strict.read(file).feed()).isEqualTo(FeedReader.create(Strictness.LENIENT).read(file).feed());
    } else {
      assertThatThrownBy(() -> strict.read(file)).isInstanceOf(NewsParseException.class)
          .hasMessage(lenientErrors.get(0).toString());
    }
  }

  /** The diagnostics, then each item, one field a line. */
  static String describe(String name) throws IOException {
    StringBuilder out = new StringBuilder();
    ParseResult result;
    try {
      // Named by file name only, so the expected files do not depend on where the build runs.
      result = FeedReader.create(Strictness.LENIENT).read(name, Files.readAllBytes(CORPUS.resolve(name)));
    } catch (NewsParseException e) {
      return "refused:\n" + e.getMessage() + "\n";
    }
    for (Diagnostic diagnostic : result.diagnostics()) {
      out.append(diagnostic).append('\n');
    }
    result.feed().titles().forEach((language, title) ->
        out.append("title: ").append(language.toLanguageTag()).append(" ").append(title).append('\n'));
    for (NewsItem item : result.feed().items()) {
      ItemText text = item.original();
      out.append("\nitem ").append(item.id()).append('\n');
      out.append("  date: ").append(item.published().toIsoString())
          .append(item.published() instanceof dev.newsfeed.PublicationDate.Day ? " (day)" : "").append('\n');
      out.append("  language: ").append(text.languageTag()).append('\n');
      out.append("  title: ").append(text.title())
          .append(text.titleSource() == ItemText.TitleSource.EXCERPT ? " (excerpt: the item has none)" : "")
          .append('\n');
      for (String paragraph : text.summary()) {
        out.append("  paragraph: ").append(paragraph.replace("\n", "⏎")).append('\n');
      }
      text.dateline().ifPresent(d -> out.append("  dateline: ").append(d).append('\n'));
      text.link().ifPresent(l -> out.append("  link: ").append(l).append('\n'));
      if (!text.tags().isEmpty()) {
        out.append("  tags: ").append(String.join(", ", text.tags())).append('\n');
      }
    }
    return out.toString();
  }
}
