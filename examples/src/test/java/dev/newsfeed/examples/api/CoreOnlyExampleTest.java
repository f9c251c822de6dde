// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.syndication.FeedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the core-only example as a reader of the README would, so that it cannot rot. */
class CoreOnlyExampleTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = CoreOnlyExampleTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private String run(String name, byte[] listing, Path feed) throws IOException {
    CoreOnlyExample.run(name, listing, feed, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheFiveLatestItemsDatedInFrenchEnglishAndArabic() throws IOException {
    String printed =
        run("seed.fr.txt", resource("/dev/newsfeed/examples/samples/seed.fr.txt"), dir.resolve("feed.json"));

    String expected =
        new String(resource("five-latest.txt"), StandardCharsets.UTF_8).replace("\n", System.lineSeparator());
    assertThat(printed).startsWith(expected);
    // The Arabic dates use Arabic-Indic digits, as CLDR has Arabic readers write them.
    assertThat(printed).contains("30 juillet 2016", "July 30, 2016", "٣٠ يوليو ٢٠١٦");
  }

  @Test
  void writesEveryItemAsAJsonFeedThatReadsBack() throws IOException {
    Path feed = dir.resolve("feed.json");
    String printed = run("seed.fr.txt", resource("/dev/newsfeed/examples/samples/seed.fr.txt"), feed);

    String json = Files.readString(feed, StandardCharsets.UTF_8);
    assertThat(json).contains("\"version\": \"https://jsonfeed.org/version/1.1\"");
    ParseResult read = FeedReader.create(Strictness.STRICT).read("feed.json", Files.readAllBytes(feed));
    assertThat(read.feed().size()).isEqualTo(10);
    assertThat(read.feed().items().get(0).original().language()).isEqualTo(Locale.FRENCH);
    assertThat(printed).endsWith("wrote " + feed + " (10 items, JSON Feed 1.1)" + System.lineSeparator());
  }

  @Test
  void takesTheListingLanguageFromItsName() throws IOException {
    String printed =
        run("news.en.txt", resource("/dev/newsfeed/examples/samples/news.en.txt"), dir.resolve("feed.json"));

    assertThat(printed).contains("  July 30, 2016 | IOM becomes an organization affiliated with the United Nations");
  }

  @Test
  void reportsABadListingWithItsLineAndColumn() {
    byte[] bad = "Titre\n\n99/99/2016\n\nTexte.\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> run("bad.fr.txt", bad, dir.resolve("feed.json")))
        .isInstanceOf(NewsParseException.class)
        .hasMessageContaining("bad.fr.txt:3:1");
    assertThat(dir.resolve("feed.json")).doesNotExist();
  }

  @Test
  void readsTheListingAndWritesTheFeedNamedOnTheCommandLine() throws IOException {
    Path listing = Files.write(dir.resolve("news.ar.txt"), resource("/dev/newsfeed/examples/samples/news.ar.txt"));
    Path feed = dir.resolve("out.json");

    CoreOnlyExample.run(List.of(listing.toString(), feed.toString()), new PrintStream(out, true, StandardCharsets.UTF_8));

    ParseResult read = FeedReader.create(Strictness.STRICT).read("out.json", Files.readAllBytes(feed));
    assertThat(read.feed().size()).isEqualTo(10);
    assertThat(read.feed().items().get(0).original().languageTag()).isEqualTo("ar");
  }
}
