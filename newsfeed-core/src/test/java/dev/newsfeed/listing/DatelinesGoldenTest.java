// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the datelines found, and not found, in the reference listings and in {@code
 * listings/datelines}: agencies, French {@code le} dates, and sentences that only look like
 * datelines. Each line of {@code NAME.LANG.datelines} is an item's line, its dateline (or
 * {@code -}) and the start of its body. Run with {@code -Dgolden.update=true} to rewrite them.
 */
class DatelinesGoldenTest {
  private static final Path LISTINGS = ListingFixtures.resource("");

  static Stream<String> listings() throws IOException {
    try (Stream<Path> files = Files.list(LISTINGS.resolve("datelines"))) {
      List<String> own = files.map(f -> "datelines/" + f.getFileName()).filter(n -> n.endsWith(".txt")).sorted().toList();
      return Stream.concat(Stream.of("seed.fr.txt", "news.en.txt", "news.ar.txt"), own.stream());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listings")
  void datelinesAreTheGoldenOnes(String name) throws IOException {
    String stem = name.substring(name.lastIndexOf('/') + 1, name.length() - ".txt".length());
    Locale language = Locale.forLanguageTag(stem.substring(stem.lastIndexOf('.') + 1));
    ParseResult result = ListingFixtures.parseResource(name, language);

    StringBuilder out = new StringBuilder();
    for (NewsItem item : result.feed().items()) {
      ItemText text = item.original();
      String body = text.summary().get(0);
      out.append(result.lineOf(item.id())).append(": ")
          .append(text.dateline().map(d -> "[" + d + "]").orElse("-"))
          .append(" | ").append(body, 0, Math.min(body.length(), 40)).append('\n');
    }
    for (var diagnostic : result.diagnostics()) {
      out.append(diagnostic).append('\n');
    }
    Golden.assertMatches("listings/datelines/" + stem + ".datelines", out.toString());
  }
}
