// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.Strictness;
import dev.newsfeed.json.NewsJson;
import dev.newsfeed.syndication.FeedFormat;
import dev.newsfeed.syndication.FeedOptions;
import dev.newsfeed.syndication.FeedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewsSourcesTest {

  @ParameterizedTest
  @CsvSource({
    "news.fr.txt, fr",
    "news.ar-MA.txt, ar-MA",
    "/srv/news/news-ar.txt, ar",
    "C:\\news\\news_en.json, en",
    "actualites-ar-MA.txt, ar-MA",
    "feed.en.atom, en",
    "news.txt, ''",
    "news-old.txt, ''",
    "news-final.fr-old.txt, ''",
    "fr, ''",
    "news.xx.txt, ''"
  })
  void languageComesFromASuffixBeforeTheExtension(String name, String expected) {
    assertThat(NewsSources.languageOf(name).map(Locale::toLanguageTag).orElse("")).isEqualTo(expected);
  }

  @Test
  void mergeKeepsEveryDiagnosticAndReportsUnpairedItemsAsWarningsOfTheirSource() {
    LocalDate day = LocalDate.of(2016, 7, 30);
    NewsFeed fr =
        NewsFeed.of(List.of(NewsItem.of("a", PublicationDate.of(day), ItemText.of(Locale.FRENCH, "Titre"))));
    NewsFeed en =
        NewsFeed.of(
            List.of(
                NewsItem.of(
                    "b", PublicationDate.of(day.minusDays(1)), ItemText.of(Locale.ENGLISH, "Other"))));
    Diagnostic warning = Diagnostic.warning("news.fr.txt", 3, 1, "assumed day first");

    ParseResult merged =
        NewsSources.merge(
            List.of("news.fr.txt", "news.en.txt"),
            List.of(new ParseResult(fr, List.of(warning)), new ParseResult(en, List.of())));

    assertThat(merged.feed().size()).isEqualTo(2);
    assertThat(merged.diagnostics()).hasSize(2).first().isEqualTo(warning);
    assertThat(merged.diagnostics().get(1).toString())
        .isEqualTo("news.en.txt: warning: item \"Other\" (2016-07-29) could not be paired with an item of"
            + " news.fr.txt: news.fr.txt has no item dated 2016-07-29; it is kept as an item of its own with id b");
  }

  private static ParseResult readListing(String name, String text) {
    return NewsSources.read(name, text.getBytes(StandardCharsets.UTF_8), SourceOptions.defaults());
  }

  @Test
  void itemsOfADateWhoseCountsDifferAreWarningsAtTheirFilesAndLines() {
    ParseResult fr = readListing("news.fr.txt", "Actualités\n\nNouvelle A\n\n07/30/2016\n\nTexte A.\n\n"
        + "Nouvelle B\n\n07/30/2016\n\nTexte B.\n");
    ParseResult en = readListing("news.en.txt", "News\n\nNews B\n\nJuly 30, 2016\n\nText B.\n");

    ParseResult merged = NewsSources.merge(List.of("news.fr.txt", "news.en.txt"), List.of(fr, en));

    String reason = "news.fr.txt has 2 items dated 2016-07-30 (lines 3, 9) and news.en.txt has 1 (line 3),"
        + " so they cannot be paired by position; pin the same id with {#…} at the end of the titles in both"
        + " files to pair them";
    assertThat(merged.diagnostics()).extracting(Object::toString).containsExactly(
        "news.fr.txt:3:1: warning: item \"Nouvelle A\" (2016-07-30) is not paired with its translation: " + reason,
        "news.fr.txt:9:1: warning: item \"Nouvelle B\" (2016-07-30) is not paired with its translation: " + reason,
        "news.en.txt:3:1: warning: item \"News B\" (2016-07-30) could not be paired with an item of news.fr.txt: "
            + reason + "; it is kept as an item of its own with id " + en.feed().items().get(0).id());
    assertThat(merged.feed().size()).isEqualTo(3);
  }

  @Test
  void idsPinnedInBothListingsPairTheItemsTheyName() {
    ParseResult fr = readListing("news.fr.txt", "Nouvelle A {#a}\n\n07/30/2016\n\nTexte A.\n\n"
        + "Nouvelle B {#b}\n\n07/30/2016\n\nTexte B.\n");
    ParseResult en = readListing("news.en.txt", "News B {#b}\n\nJuly 30, 2016\n\nText B.\n");

    ParseResult merged = NewsSources.merge(List.of("news.fr.txt", "news.en.txt"), List.of(fr, en));

    assertThat(merged.diagnostics()).isEmpty();
    assertThat(merged.feed().item("b").orElseThrow().text(Locale.ENGLISH).orElseThrow().title()).isEqualTo("News B");
    assertThat(merged.feed().item("a").orElseThrow().languages()).containsExactly(Locale.FRENCH);
  }

  private static Path listing(String name) throws URISyntaxException {
    return Path.of(NewsSourcesTest.class.getResource("/listings/" + name).toURI());
  }

  private static final NewsFeed SAMPLE =
      NewsFeed.of(
          Locale.FRENCH,
          "Actualités",
          List.of(
              NewsItem.of(
                  "2016-07-30-1",
                  PublicationDate.of(LocalDate.of(2016, 7, 30)),
                  ItemText.of(Locale.FRENCH, "L’OIM devient une organisation affiliée", "Texte."))));

  @Test
  void theSeedAndItsTranslationsMergeIntoTenTrilingualItems(@TempDir Path dir) throws Exception {
    // The languages come from the names: copy the seed to a name that declares French.
    Path fr = Files.copy(listing("seed.fr.txt"), dir.resolve("news.fr.txt"));

    ParseResult result =
        NewsSources.readAll(
            List.of(fr, listing("news.en.txt"), listing("news.ar.txt")), SourceOptions.defaults());

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.feed().items())
        .hasSize(10)
        .allSatisfy(
            item ->
                assertThat(item.languages())
                    .extracting(Locale::toLanguageTag)
                    .containsExactly("fr", "en", "ar"));
  }

  @Test
  void aListingWhoseNameDeclaresNoLanguageNeedsOneGivenExplicitly() {
    byte[] content = "Titre\n\n07/30/2016\n\nRésumé.".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> NewsSources.read("news.txt", content, SourceOptions.defaults()))
        .isInstanceOf(NewsParseException.class)
        .hasMessageStartingWith("news.txt: error: cannot tell the language of this listing");
    assertThat(
            NewsSources.read("news.txt", content, SourceOptions.defaults().withLanguage(Locale.FRENCH))
                .feed()
                .items())
        .singleElement()
        .satisfies(item -> assertThat(item.original().language()).isEqualTo(Locale.FRENCH));
  }

  @Test
  void theForcedLanguageWinsOverTheName() {
    byte[] content = "Title\n\nJuly 30, 2016\n\nSummary.".getBytes(StandardCharsets.UTF_8);

    ParseResult result =
        NewsSources.read("news.fr.txt", content, SourceOptions.defaults().withLanguage(Locale.ENGLISH));

    assertThat(result.feed().items().get(0).original().language()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void feedsAreReadByExtensionAndJsonByItsDeclaredVersion() {
    FeedOptions options =
        FeedOptions.of(URI.create("https://example.org/news/feed"), URI.create("https://example.org/"));
    byte[] atom = FeedWriter.of(FeedFormat.ATOM).toBytes(SAMPLE, options);
    byte[] jsonFeed = FeedWriter.of(FeedFormat.JSON_FEED).toBytes(SAMPLE, options);
    byte[] newsJson;
    try (NewsJson json = NewsJson.create()) {
      newsJson = json.toJson(SAMPLE).getBytes(StandardCharsets.UTF_8);
    }

    for (var source :
        List.of(
            java.util.Map.entry("feed.atom", atom),
            java.util.Map.entry("feed.xml", atom),
            java.util.Map.entry("feed.json", jsonFeed),
            java.util.Map.entry("news.json", newsJson))) {
      ParseResult result = NewsSources.read(source.getKey(), source.getValue(), SourceOptions.defaults());
      assertThat(result.feed().items())
          .as(source.getKey())
          .singleElement()
          .satisfies(item -> assertThat(item.original().title()).isEqualTo("L’OIM devient une organisation affiliée"));
    }
  }

  @Test
  void aFormatGivenApartFromTheNameIsReadAsSuchAndTheNameStillGivesTheLanguage() {
    FeedOptions options =
        FeedOptions.of(URI.create("https://example.org/news/feed"), URI.create("https://example.org/"));
    byte[] rss = FeedWriter.of(FeedFormat.RSS).toBytes(SAMPLE, options);
    byte[] listing = "Titre\n\n07/30/2016\n\nTexte.\n".getBytes(StandardCharsets.UTF_8);

    ParseResult feed =
        NewsSources.read("https://example.org/feed/", rss, SourceFormat.XML_FEED, SourceOptions.defaults());
    assertThat(feed.feed().items()).singleElement()
        .satisfies(item -> assertThat(item.original().title()).isEqualTo("L’OIM devient une organisation affiliée"));
    ParseResult text =
        NewsSources.read("https://example.org/news-fr", listing, SourceFormat.LISTING, SourceOptions.defaults());
    assertThat(text.feed().items().get(0).original().language()).isEqualTo(Locale.FRENCH);
  }

  @ParameterizedTest
  @CsvSource({
    "news.fr.txt, LISTING", "news, LISTING", "feed.ATOM, XML_FEED", "feed.rss, XML_FEED", "feed.rdf, XML_FEED",
    "feed.xml, XML_FEED", "feed.json, JSON", "/srv/news.d/feed, LISTING"
  })
  void theFormatOfANameComesFromItsExtension(String name, SourceFormat format) {
    assertThat(SourceFormat.ofName(name)).isEqualTo(format);
  }

  @Test
  void lenientOptionsReachTheListingParser() {
    byte[] content =
        "Bon\n\n07/30/2016\n\nTexte.\n\nMauvais\n\n02/30/2016\n\nTexte.".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> NewsSources.read("news.fr.txt", content, SourceOptions.defaults()))
        .isInstanceOf(NewsParseException.class);
    ParseResult lenient =
        NewsSources.read(
            "news.fr.txt", content, SourceOptions.defaults().withStrictness(Strictness.LENIENT));
    assertThat(lenient.feed().size()).isEqualTo(1);
    assertThat(lenient.errors()).singleElement().satisfies(d -> assertThat(d.toString()).startsWith("news.fr.txt:9:1: error:"));
  }

  @ParameterizedTest
  @CsvSource({
    "news.fr.txt, true", "feed.atom, true", "feed.RSS, true", "feed.rdf, true", "news.json, true",
    "feed.xml, true", "notes.md, false", "README, false", "news.fr.txt.bak, false"
  })
  void knownExtensionsAreTheFormatsReadByName(String name, boolean known) {
    assertThat(NewsSources.hasKnownExtension(name)).isEqualTo(known);
  }

  @Test
  void oversizedFilesAreRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("news.fr.txt");
    Files.write(huge, new byte[NewsSources.MAX_BYTES + 1]);

    assertThatThrownBy(() -> NewsSources.read(huge, SourceOptions.defaults()))
        .isInstanceOf(NewsParseException.class)
        .hasMessageContaining("larger than");
  }

  @Test
  void theSizeLimitIsAnOptionForListingsAndFeedsAlike(@TempDir Path dir) throws IOException {
    Path listing = dir.resolve("news.fr.txt");
    Files.writeString(listing, "Actualités\n\nTitre\n\n07/30/2016\n\nRésumé.\n");
    Path atom = dir.resolve("news.atom");
    Files.writeString(atom, "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\"><title>T</title></feed>");
    SourceOptions small = SourceOptions.defaults().withMaxBytes(20);

    assertThatThrownBy(() -> NewsSources.read(listing, small))
        .isInstanceOf(NewsParseException.class)
        .hasMessage(listing + ": error: the file is larger than 20 bytes (max-source-bytes)");
    assertThatThrownBy(() -> NewsSources.read("news.atom", Files.readAllBytes(atom), small))
        .isInstanceOf(NewsParseException.class)
        .hasMessage("news.atom: error: the document is larger than 20 bytes; feeds are much smaller");
    assertThat(NewsSources.read(listing, SourceOptions.defaults().withMaxBytes(1000)).feed().size()).isEqualTo(1);
    assertThat(SourceOptions.defaults().maxBytes()).isEqualTo(NewsSources.MAX_BYTES).isEqualTo(16 << 20);
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1", "16777216, 16777216", "64MiB, 67108864", "512KiB, 524288", "1GiB, 1073741824",
    "' 2 MiB ', 2097152", "100B, 100"
  })
  void sizesAreBytesOrPowersOf1024(String text, int bytes) {
    assertThat(SourceOptions.parseMaxBytes(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @CsvSource({"0", "64MB", "2GiB", "1025MiB", "9999999999GiB", "-1", "lots", "1.5MiB", "''"})
  void otherSizesAreRefused(String text) {
    assertThatThrownBy(() -> SourceOptions.parseMaxBytes(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a size from 1 byte to 1GiB such as 64MiB or 67108864, found [" + text + "]");
    assertThatThrownBy(() -> SourceOptions.defaults().withMaxBytes((1 << 30) + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
