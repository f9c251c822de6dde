// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.FetchSettings;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceFormat;
import dev.newsfeed.source.SourceOptions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The format and charset of a fetched body, from its media type and its own declaration. */
class HttpDocumentTest {

  private static final String URL = "https://cms.example/feed/";

  private static String rss(String declaration) {
    return declaration + "<rss version=\"2.0\"><channel><title>Actualités</title><language>fr</language>"
        + "<item><title>Journée à Rabat – été</title><pubDate>Sat, 30 Jul 2016 09:00:00 GMT</pubDate>"
        + "<guid>1</guid></item></channel></rss>";
  }

  private static String title(HttpDocument.Decoded decoded) {
    ParseResult result = NewsSources.read(URL, decoded.content(), decoded.format(), SourceOptions.defaults());
    return result.feed().items().get(0).original().title();
  }

  private static HttpDocument.Decoded of(byte[] body, String contentType) {
    return HttpDocument.of(URL, "/feed/", body, Optional.ofNullable(contentType));
  }

  @Test
  void theCharsetOfTheContentTypeDecodesAFeedThatDeclaresTheSame() {
    byte[] latin1 = rss("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").replace("–", "-")
        .getBytes(StandardCharsets.ISO_8859_1);
    HttpDocument.Decoded decoded = of(latin1, "application/rss+xml; charset=ISO-8859-1");
    assertThat(decoded.format()).isEqualTo(SourceFormat.XML_FEED);
    assertThat(decoded.warnings()).isEmpty();
    assertThat(title(decoded)).isEqualTo("Journée à Rabat - été");
  }

  @Test
  void theContentTypeWinsOverADeclarationThatDisagreesWithAWarningAtTheDeclaration() {
    byte[] cp1252 = rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").getBytes(Charset.forName("windows-1252"));
    HttpDocument.Decoded decoded = of(cp1252, "text/xml;charset=\"windows-1252\"");
    assertThat(title(decoded)).isEqualTo("Journée à Rabat – été");
    assertThat(decoded.warnings()).extracting(Object::toString).containsExactly(
        URL + ":1:31: warning: the XML declaration says UTF-8 but the Content-Type says windows-1252;"
            + " read as windows-1252 (RFC 7303 §3.2)");
  }

  @Test
  void withoutACharsetTheDocumentsOwnDeclarationDecides() {
    byte[] latin1 = rss("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").replace("–", "-")
        .getBytes(StandardCharsets.ISO_8859_1);
    HttpDocument.Decoded decoded = of(latin1, "application/rss+xml");
    assertThat(decoded.content()).isSameAs(latin1);
    assertThat(title(decoded)).isEqualTo("Journée à Rabat - été");
  }

  @Test
  void aByteOrderMarkWinsOverTheContentType() {
    byte[] utf8 = ("\uFEFF" + rss("<?xml version=\"1.0\"?>")).getBytes(StandardCharsets.UTF_8);
    HttpDocument.Decoded decoded = of(utf8, "application/rss+xml; charset=ISO-8859-1");
    assertThat(title(decoded)).isEqualTo("Journée à Rabat – été");
  }

  @Test
  void bytesTheDeclaredCharsetCannotDecodeAreALocatedError() {
    byte[] latin1 = ("<?xml version=\"1.0\"?>\n" + rss("")).getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> of(latin1, "application/rss+xml; charset=utf-8"))
        .isInstanceOf(NewsParseException.class)
        .hasMessage(URL + ":2:44: error: byte 0xE9 is not UTF-8, which the Content-Type declares");
  }

  @Test
  void anUnknownCharsetIsAnError() {
    assertThatThrownBy(() -> of(new byte[] {'<'}, "application/xml; charset=klingon-8"))
        .hasMessageContaining("unsupported charset [klingon-8] in the Content-Type");
  }

  @Test
  void aListingServedInLatin1IsReadAsUtf8Text() {
    byte[] listing = "Actualités\n\nÉté à Rabat\n\n07/30/2016\n\nRésumé.\n".getBytes(StandardCharsets.ISO_8859_1);
    HttpDocument.Decoded decoded =
        HttpDocument.of("https://cms.example/news-fr", "/news-fr", listing, Optional.of("text/plain; charset=iso-8859-1"));
    assertThat(decoded.format()).isEqualTo(SourceFormat.LISTING);
    ParseResult result = NewsSources.read("https://cms.example/news-fr", decoded.content(), decoded.format(),
        SourceOptions.defaults());
    assertThat(result.feed().items().get(0).original().title()).isEqualTo("Été à Rabat");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "application/atom+xml|/feed/|<feed/>|XML_FEED",
    "application/feed+json; charset=utf-8|/feed.json|{}|JSON",
    "application/json|/api/news|{}|JSON",
    "text/plain; charset=utf-8|/raw/feed.rss|<rss/>|XML_FEED",
    "text/plain|/raw/feed|  <rss/>|XML_FEED",
    "application/octet-stream|/export|{\"items\":[]}|JSON",
    "|/news.fr.txt|Titre|LISTING",
    "text/html; charset=utf-8|/feed/|<?xml version=\"1.0\"?><rss version=\"2.0\">|XML_FEED",
  })
  void theFormatComesFromTheMediaTypeElseTheUrlElseTheFirstCharacter(
      String contentType, String path, String body, SourceFormat format) {
    assertThat(HttpDocument.of(URL, path, body.getBytes(StandardCharsets.UTF_8), Optional.ofNullable(contentType))
        .format()).isEqualTo(format);
  }

  @Test
  void anHtmlPageIsRefusedWithAHint() {
    assertThatThrownBy(() -> of("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8), "text/html"))
        .hasMessageContaining("the server sent an HTML page (text/html), not a feed");
  }

  @Test
  void retriesDoubleFromTheFirstRetryUpToTheCapAndNeverWaitLessThanOrMoreThanTheyShould() {
    FetchSettings settings = FetchSettings.defaults(); // 5 min; 30 s first retry; 1 h cap
    assertThat(settings.delayAfter(0)).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.delayAfter(4)).isEqualTo(Duration.ofMinutes(4));
    assertThat(settings.delayAfter(8)).isEqualTo(Duration.ofMinutes(60));
    assertThat(settings.delayAfter(1000)).isEqualTo(Duration.ofMinutes(60));
    FetchSettings fast = settings.withInterval(Duration.ofSeconds(10));
    assertThat(fast.delayAfter(1)).as("never later than a success would wait").isEqualTo(Duration.ofSeconds(10));
    FetchSettings slow = settings.withInterval(Duration.ofHours(6));
    assertThat(slow.delayAfter(30)).as("the cap is at least the interval").isEqualTo(Duration.ofHours(6));
  }
}
