// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.examples.Main;
import dev.newsfeed.json.NewsJson;
import dev.newsfeed.NewsFeed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} and {@code convert} commands, run in-process as the jar runs them. */
class CommandLineTest {
  @TempDir Path dir;
  private Path fr;
  private Path en;
  private Path ar;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void copySamples() throws IOException {
    fr = sample("seed.fr.txt", "news.fr.txt");
    en = sample("news.en.txt", "news.en.txt");
    ar = sample("news.ar.txt", "news.ar.txt");
  }

  private Path sample(String resource, String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/dev/newsfeed/examples/samples/" + resource)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private int run(Object... args) {
    return run(new byte[0], args);
  }

  private int run(byte[] stdin, Object... args) {
    List<String> strings = new ArrayList<>();
    for (Object arg : args) {
      strings.add(arg.toString());
    }
    return Main.run(
        strings,
        new java.io.ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void checkOfTheSamplesPrintsOneSummaryLinePerFileAndExitsZero() {
    assertThat(run("check", fr, en, ar)).isZero();
    assertThat(out().lines()).containsExactly(
        fr + ": 10 items, 0 errors, 0 warnings",
        en + ": 10 items, 0 errors, 0 warnings",
        ar + ": 10 items, 0 errors, 0 warnings");
    assertThat(err()).isEmpty();
  }

  @Test
  void quietCheckPrintsOnlyTheProblems() throws IOException {
    assertThat(run("check", "--quiet", fr)).isZero();
    assertThat(out()).isEmpty();
    Path bad = write("bad.fr.txt", "Bon\n\n07/30/2016\n\nTexte.\n\nMauvais\n\n02/30/2016\n\nTexte.");
    assertThat(run("check", "-q", bad)).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).isEqualTo(bad + ":9:1: error: February 2016 has no day 30" + System.lineSeparator());
  }

  @Test
  void theSummaryCountsEachFilesOwnItemsErrorsAndWarnings() throws IOException {
    Path bad = write("bad.fr.txt", "Bon\n\n07/30/16\n\nTexte.\n\nMauvais\n\n02/30/2016\n\nTexte.");

    assertThat(run("check", bad)).isEqualTo(1);
    assertThat(out()).isEqualTo(bad + ": 1 item, 1 error, 1 warning" + System.lineSeparator());
  }

  @Test
  void aDashReadsAListingFromStandardInput() {
    byte[] listing = "Titre\n\n07/30/2016\n\nRésumé.\n".getBytes(StandardCharsets.UTF_8);

    assertThat(run(listing, "check", "--lang", "fr", "-")).isZero();
    assertThat(out()).isEqualTo("<stdin>: 1 item, 0 errors, 0 warnings" + System.lineSeparator());
    out.reset();
    assertThat(run(listing, "convert", "--to", "json", "--lang", "fr", "-")).isZero();
    assertThat(out()).contains("\"title\": \"Titre\"");
  }

  @Test
  void standardInputNeedsALanguage() {
    assertThat(run("Titre\n\n07/30/2016\n\nRésumé.\n".getBytes(StandardCharsets.UTF_8), "check", "-")).isEqualTo(1);
    assertThat(err()).startsWith("<stdin>: error: cannot tell the language of this listing");
  }

  @Test
  void outputWritesTheDocumentToAFileInsteadOfStandardOutput() throws IOException {
    Path target = dir.resolve("news.atom");
    Files.writeString(target, "an older version");

    assertThat(run("convert", "--to", "atom", "-o", target, fr)).isZero();
    assertThat(out()).isEmpty();
    assertThat(Files.readString(target)).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    assertThat(run("convert", "--to", "rss", "--output", dir.resolve("news.rss"), fr)).isZero();
    assertThat(Files.readString(dir.resolve("news.rss"))).contains("<rss version=\"2.0\"");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void aFailedConvertLeavesTheOutputFileAsItWas() throws IOException {
    Path bad = write("bad.fr.txt", "Mauvais\n\n02/30/2016\n\nTexte.");
    Path target = Files.writeString(dir.resolve("news.json"), "the last good version");

    assertThat(run("convert", "--to", "json", "-o", target, bad)).isEqualTo(1);
    assertThat(Files.readString(target)).isEqualTo("the last good version");
  }

  @Test
  void versionPrintsTheBuildsVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out()).matches("newsfeed-examples \\d+\\.\\d+\\.\\d+\\S*\\R");
  }

  @Test
  void eachCommandHasItsOwnHelpWithExitZero() {
    assertThat(run("check", "--help")).isZero();
    assertThat(out()).startsWith("usage: check [--lang TAG]").contains("--quiet").doesNotContain("--to FORMAT");
    out.reset();
    assertThat(run("help", "convert")).isZero();
    assertThat(out()).startsWith("usage: convert --to").contains("-o, --output FILE");
    out.reset();
    assertThat(run("serve", "-h")).isZero();
    assertThat(out()).startsWith("usage: serve [--port N] [--lang TAG]");
    assertThat(err()).isEmpty();
    assertThat(run("help", "frobnicate")).isEqualTo(2);
  }

  @Test
  void anUnknownExtensionIsRefusedWithTheKnownOnes() throws IOException {
    Path notes = write("news.fr.md", "Titre\n\n07/30/2016\n\nRésumé.\n");

    assertThat(run("check", notes)).isEqualTo(1);
    assertThat(err()).isEqualTo(notes + ": error: unknown file type .md; expected one of .txt, .json, .xml,"
        + " .atom, .rss, .rdf (.txt for a listing)" + System.lineSeparator());
  }

  @Test
  void encodingReadsAListingSavedInAnotherEncoding() throws IOException {
    Path latin = Files.write(dir.resolve("latin.fr.txt"),
        "Actualités\n\nTitre\n\n07/30/2016\n\nRésumé.\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));

    assertThat(run("check", latin)).isEqualTo(1);
    assertThat(err()).contains("the file looks like windows-1252").contains("--encoding windows-1252");
    err.reset();
    out.reset();
    assertThat(run("check", "--encoding", "windows-1252", latin)).isZero();
    assertThat(err()).isEmpty();
    assertThat(run("check", "--encoding", "klingon", latin)).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --encoding: unknown encoding klingon;");
  }

  @Test
  void checkPrintsEveryProblemLocatedAndExitsOne() throws IOException {
    Path bad = write("bad.fr.txt", "Bon\n\n07/30/2016\n\nTexte.\n\nMauvais\n\n02/30/2016\n\nTexte.");

    assertThat(run("check", bad)).isEqualTo(1);
    assertThat(err()).isEqualTo(bad + ":9:1: error: February 2016 has no day 30" + System.lineSeparator());
  }

  @Test
  void checkReportsWarningsButExitsZero() throws IOException {
    Path ambiguous = write("ambiguous.fr.txt", "Titre\n\n05/04/2016\n\nTexte.");

    assertThat(run("check", ambiguous)).isZero();
    assertThat(err()).startsWith(ambiguous + ":3:1: warning: ");
  }

  @Test
  void dateOrderOptionDecidesAmbiguousDates() throws IOException {
    Path ambiguous = write("ambiguous.fr.txt", "Titre\n\n05/04/2016\n\nTexte.");

    assertThat(run("convert", "--to", "json", "--date-order", "mdy", ambiguous)).isZero();
    assertThat(out()).contains("\"published\": \"2016-05-04\"");
    assertThat(err()).isEmpty();
  }

  @Test
  void aFileWithoutALanguageNeedsLang() throws IOException {
    Path unnamed = write("news.txt", "Title\n\nJuly 30, 2016\n\nSummary.");

    assertThat(run("check", unnamed)).isEqualTo(1);
    assertThat(err()).contains(unnamed + ": error: cannot tell the language");
    out.reset();
    err.reset();
    assertThat(run("check", "--lang", "en", unnamed)).isZero();
  }

  @Test
  void convertMergesSeveralFilesIntoOneMultilingualFeed() throws IOException {
    assertThat(run("convert", "--to", "json", fr, en, ar)).isZero();

    NewsFeed feed;
    try (NewsJson json = NewsJson.create()) {
      feed = json.fromJson("stdout", out());
    }
    assertThat(feed.items()).hasSize(10);
    assertThat(feed.items())
        .allSatisfy(item -> assertThat(item.languages()).containsExactly(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar")));
  }

  @Test
  void langPicksTheLanguageOfAJsonFeedMadeFromSeveralFiles() {
    assertThat(run("convert", "--to", "jsonfeed", "--lang", "ar", fr, en, ar)).isZero();

    assertThat(out())
        .contains("\"version\": \"https://jsonfeed.org/version/1.1\"")
        .contains("\"language\": \"ar\"")
        .contains("المنظمة الدولية للهجرة");
  }

  @Test
  void atomAndRssAreWrittenToStandardOutput() {
    assertThat(run("convert", "--to", "atom", "--site", "https://example.org/news", fr)).isZero();
    assertThat(out()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("https://example.org/news/feed.atom");
    out.reset();
    assertThat(run("convert", "--to", "rss", fr)).isZero();
    assertThat(out()).contains("<rss version=\"2.0\"").contains("<pubDate>Sat, 30 Jul 2016 00:00:00 +0000</pubDate>");
  }

  @Test
  void aFeedWrittenWithoutSiteSaysLoudlyThatItsIdsAndLinksAreLocalhost() {
    assertThat(run("convert", "--to", "atom", fr)).isZero();
    assertThat(err()).startsWith("warning: no --site given: the feed's links point to"
        + " http://localhost:8080/ and its entry ids are tag:localhost,…");
    err.reset();
    assertThat(run("convert", "--to", "atom", "--site", "https://www.example.org/", fr)).isZero();
    assertThat(err()).isEmpty();
    assertThat(out()).contains("<id>tag:www.example.org,2016-07-30:2016-07-30-");
    err.reset();
    assertThat(run("convert", "--to", "json", fr)).as("newsfeed JSON has no links or ids to mint").isZero();
    assertThat(err()).isEmpty();
  }

  @Test
  void checkRejectsAnAtomEntryWithNeitherContentNorAnAlternateLink() throws IOException {
    // What newsfeed itself wrote before it wrote atom:content: valid XML, invalid Atom.
    Path old = write("old.atom", """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
          <id>https://news.example.org/feed.atom</id>
          <title>Actualités</title>
          <updated>2016-07-30T00:00:00Z</updated>
          <author><name>Actualités</name></author>
          <entry xml:lang="fr">
            <id>tag:news.example.org,2016-07-30:forum</id>
            <title>Forum</title>
            <updated>2016-07-30T00:00:00Z</updated>
            <summary>Le forum a réuni 300 participants.</summary>
          </entry>
        </feed>
        """);
    assertThat(run("check", old)).isEqualTo(1);
    assertThat(err()).contains("old.atom:7:3: error: <entry> has no <content> and no"
        + " <link rel=\"alternate\">; RFC 4287 §4.1.1.1 requires one of them");
  }

  @Test
  void strictConvertWritesNothingAtTheFirstErrorWhileLenientKeepsTheGoodItems() throws IOException {
    Path bad = write("bad.fr.txt", "Bon\n\n07/30/2016\n\nTexte.\n\nMauvais\n\n02/30/2016\n\nTexte.");

    assertThat(run("convert", "--to", "json", bad)).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).contains(":9:1: error:");

    out.reset();
    err.reset();
    assertThat(run("convert", "--to", "json", "--lenient", bad)).isEqualTo(1);
    assertThat(out()).contains("\"title\": \"Bon\"").doesNotContain("Mauvais");
    assertThat(err()).contains(":9:1: error:");
  }

  @Test
  void feedsWrittenByConvertAreAcceptedAsInputAgain() throws IOException {
    for (String format : List.of("atom", "rss", "jsonfeed", "json")) {
      out.reset();
      assertThat(run("convert", "--to", format, "--site", "https://www.example.org/", fr, en, ar))
          .as(format).isZero();
      String extension = format.equals("jsonfeed") ? "json" : format;
      Path written = Files.write(dir.resolve("round-trip." + format + "." + extension), out.toByteArray());

      out.reset();
      assertThat(run("convert", "--to", "json", written)).as(format).isZero();
      NewsFeed feed;
      try (NewsJson json = NewsJson.create()) {
        feed = json.fromJson(written.toString(), out());
      }
      assertThat(feed.items()).as(format).hasSize(10);
      assertThat(feed.items().get(0).original().title())
          .as(format)
          .isEqualTo("L’OIM devient une organisation affiliée aux Nations Unies");
      assertThat(run("check", written)).as(format).isZero();
    }
    assertThat(err()).isEmpty();
  }

  @Test
  void maxSourceBytesRaisesOrLowersTheSizeLimitOfEveryFile() {
    assertThat(run("check", "--max-source-bytes", "100", fr)).isEqualTo(1);
    assertThat(err()).isEqualTo(fr + ": error: the file is larger than 100 bytes (max-source-bytes)"
        + System.lineSeparator());
    err.reset();
    out.reset();
    assertThat(run("convert", "--to", "atom", "--max-source-bytes", "64MiB", fr)).isZero();
    assertThat(out()).startsWith("<?xml");
    assertThat(run("check", "--max-source-bytes", "64MB", fr)).isEqualTo(2);
    assertThat(err()).contains("--max-source-bytes: expected a size from 1 byte to 1GiB such as 64MiB");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("check")).isEqualTo(2);
    assertThat(run("convert", fr)).isEqualTo(2);
    assertThat(run("convert", "--to", "pdf", fr)).isEqualTo(2);
    assertThat(run("check", "--date-order", "dym", fr)).isEqualTo(2);
    assertThat(run("check", "--lang", "not a tag", fr)).isEqualTo(2);
    assertThat(run("check", "--bogus", fr)).isEqualTo(2);
    assertThat(err()).contains("newsfeed: unknown command frobnicate").contains("usage:");
  }

  @Test
  void aMissingFileIsAnErrorNamingIt() {
    assertThat(run("check", dir.resolve("missing.fr.txt"))).isEqualTo(1);
    assertThat(err()).contains("missing.fr.txt: error: no such file");
  }
}
