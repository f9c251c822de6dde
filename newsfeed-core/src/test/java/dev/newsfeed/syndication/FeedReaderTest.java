// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

  private static final String NO_LANGUAGE = "<rss version=\"2.0\"><channel><title>T</title>\n"
      + "<item><title>I</title><guid>g</guid><pubDate>Sat, 30 Jul 2016 09:00:00 GMT</pubDate>"
      + "</item></channel></rss>";

  @Test
  void theConfiguredSourceLanguageIsTakenWhereTheFeedGivesNone() {
    ParseResult result = FeedReader.create(Strictness.STRICT)
        .withDefaultLanguage(Locale.forLanguageTag("ar-MA"))
        .read("none.rss", NO_LANGUAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(result.feed().items().get(0).original().languageTag()).isEqualTo("ar-MA");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void withoutAnyLanguageTheTextIsUndeterminedNeverSilentlyEnglish() {
    ParseResult result = FeedReader.create(Strictness.STRICT)
        .read("none.rss", NO_LANGUAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(result.feed().items().get(0).original().languageTag()).isEqualTo("und");
    assertThat(result.warnings()).extracting(Object::toString).containsExactly(
        "none.rss:2:1: warning: the language is unknown: the feed gives none (xml:lang, <language>,"
            + " <dc:language> or \"language\") and none was configured; its text is marked und"
            + " (undetermined): give the source language (FeedReader.withDefaultLanguage, --lang)");
  }

  @Test
  void aFileIsNamedAsItsPathInDiagnostics(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("news.rss");
    Files.writeString(file, NO_LANGUAGE.replace("<pubDate>Sat, 30 Jul 2016 09:00:00 GMT</pubDate>",
        "<pubDate>bientôt</pubDate>"));
    assertThatThrownBy(() -> FeedReader.create(Strictness.STRICT).read(file))
        .isInstanceOf(NewsParseException.class)
        .hasMessage(file + ":2:37: error: <pubDate>: expected an RFC 822 date such as Sat, 30 Jul"
            + " 2016 09:00:00 +0000, found [bientôt]: unknown day name [bientôt]");
    assertThat(FeedReader.create(Strictness.LENIENT).read(file).feed().items()).isEmpty();
  }

  @Test
  void anUnknownRootElementIsRefusedByName() {
    assertThatThrownBy(() -> FeedReader.create(Strictness.LENIENT)
            .read("page.html", "<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(NewsParseException.class)
        .hasMessage("page.html:1:1: error: expected an Atom <feed> (1.0 or 0.3), an RSS <rss> or an RSS 1.0"
            + " <rdf:RDF> root element, found <html>");
  }

  @Test
  void anEmptyDocumentIsRefused() {
    assertThatThrownBy(() -> FeedReader.create(Strictness.LENIENT).read("empty", new byte[0]))
        .isInstanceOf(NewsParseException.class)
        .hasMessage("empty:1:1: error: expected an Atom, RSS or JSON Feed document, found nothing");
  }

  @Test
  void aJsonFeedFieldOfTheWrongTypeIsIgnoredWithAWarningNamingWhatWasFound() {
    String json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"language\": \"en\",\n"
        + " \"title\": true, \"items\": [{\"id\": \"a\", \"title\": \"A\", \"url\": false,\n"
        + " \"date_published\": \"2016-07-30T09:00:00Z\", \"tags\": {}}]}";
    ParseResult result = FeedReader.create(Strictness.STRICT)
        .read("wrong.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(result.feed().items()).hasSize(1);
    assertThat(result.warnings()).extracting(Object::toString).containsExactly(
        "wrong.json:2:2: warning: expected a string for \"title\", found true; ignored",
        "wrong.json:2:53: warning: expected a string for \"url\", found false; ignored",
        "wrong.json:3:44: warning: expected an array of strings for \"tags\", found an object;"
            + " ignored");
  }

  @Test
  void readingDoesNotDependOnTheDefaultLocale() {
    byte[] rss = FeedWriter.of(FeedFormat.RSS).toBytes(SampleFeeds.multilingual(), SampleFeeds.frenchOptions());
    ParseResult expected = FeedReader.create(Strictness.STRICT).read("s.rss", rss);
    Locale saved = Locale.getDefault();
    try {
      for (String tag : java.util.List.of("tr", "fr", "ar")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(FeedReader.create(Strictness.STRICT).read("s.rss", rss)).isEqualTo(expected);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
