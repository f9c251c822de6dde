// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.servlet.EmbeddedContainer.Mount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances behind one cache or load balancer: two Jetty servers, started at different times,
 * each with its own copy of the same listings (copied at different times, so with different file
 * dates), configured as web.xml would. Whichever instance answers, a client must get the same
 * bytes and validators, and a 304 from one for what it got from the other.
 */
class TwoInstancesTest {

  private static final List<String> ROUTES = List.of(
      "/news/ticker?lang=fr", "/news/feed.atom?lang=fr", "/news/feed.rss?lang=en",
      "/news/feed.json?lang=fr", "/news/ticker.css", "/news/ticker.js");

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private EmbeddedContainer first;
  private EmbeddedContainer second;

  private static EmbeddedContainer instance(Path dir, long fileTime) throws Exception {
    Files.createDirectories(dir);
    for (String language : List.of("fr", "en")) {
      Path file = dir.resolve("news." + language + ".txt");
      Files.writeString(file, Listings.listing("1", language, 3), StandardCharsets.UTF_8);
      Files.setLastModifiedTime(file, FileTime.fromMillis(fileTime));
    }
    return EmbeddedContainer.jetty(Map.of("/news/*", new Mount(new NewsfeedServlet(), Map.of(
        "sources", dir.resolve("news.fr.txt") + ", " + dir.resolve("news.en.txt"),
        "default-language", "fr",
        "site-url", "https://www.example.org/"))));
  }

  @BeforeEach
  void start(@TempDir Path dir) throws Exception {
    first = instance(dir.resolve("a"), 1_469_865_600_000L);
    // A different start time and different file dates; the same news.
    Thread.sleep(1100);
    second = instance(dir.resolve("b"), 1_480_000_000_000L);
  }

  @AfterEach
  void stop() throws Exception {
    if (first != null) {
      first.stop();
    }
    if (second != null) {
      second.stop();
    }
  }

  private HttpResponse<String> get(EmbeddedContainer container, String route, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(container.base().resolve(route));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void bothGiveTheSameBytesAndEntityTagsAndNeitherSendsALastModifiedTheyCouldDisagreeOn()
      throws Exception {
    for (String route : ROUTES) {
      HttpResponse<String> a = get(first, route);
      HttpResponse<String> b = get(second, route);
      assertThat(a.statusCode()).as(route).isEqualTo(200);
      assertThat(b.body()).as(route).isEqualTo(a.body());
      assertThat(b.headers().firstValue("ETag")).as(route).isEqualTo(a.headers().firstValue("ETag"))
          .isPresent();
      assertThat(a.headers().firstValue("Last-Modified")).as(route).isEmpty();
      assertThat(b.headers().firstValue("Last-Modified")).as(route).isEmpty();
      // What one instance sent is current for the other.
      String etag = a.headers().firstValue("ETag").orElseThrow();
      assertThat(get(second, route, "If-None-Match", etag).statusCode()).as(route).isEqualTo(304);
      // A date validator is ignored by both alike (RFC 9110 §13.1.3), never 304 on one only.
      String date = "Fri, 31 Dec 2100 00:00:00 GMT";
      assertThat(get(first, route, "If-Modified-Since", date).statusCode()).as(route).isEqualTo(200);
      assertThat(get(second, route, "If-Modified-Since", date).statusCode()).as(route).isEqualTo(200);
    }
  }

  @Test
  void entryIdsAreTagUrisOfTheConfiguredSite() throws Exception {
    String atom = get(first, "/news/feed.atom?lang=fr").body();
    assertThat(atom).contains("<id>tag:www.example.org,2016-07-30:2016-07-30-");
    assertThat(atom).doesNotContain("tag:127.0.0.1").doesNotContain("tag:localhost");
    assertThat(URI.create(first.base().toString()).getHost()).isEqualTo("127.0.0.1");
  }
}
