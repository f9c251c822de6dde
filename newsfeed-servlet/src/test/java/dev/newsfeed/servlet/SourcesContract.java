// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.servlet.EmbeddedContainer.Mount;
import dev.newsfeed.servlet.jdbc.JdbcNewsProvider;
import dev.newsfeed.servlet.jdbc.NewsTable;
import dev.newsfeed.servlet.jdbc.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sources beyond local files, in a real container ({@link SourcesOnJettyTest}, {@link
 * SourcesOnTomcatTest}): a feed fetched from a CMS-like server on loopback beside a file and a
 * missing file, a source that never answers, a database table; configured by init parameters
 * where {@code web.xml} would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SourcesContract {

  static final String RSS = "application/rss+xml; charset=UTF-8";
  static final String FIRST = "L’OIM devient une organisation affiliée aux Nations Unies";
  static final String ADDED = "Nouveau centre d’accueil à Oujda";
  static final byte[] WORDPRESS = FeedServer.resource("feeds/wordpress.rss");

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  FeedServer cms;
  TestDatabase database;
  Path files;
  private EmbeddedContainer container;

  /** Starts the container under test with these servlets. */
  abstract EmbeddedContainer start(Map<String, Mount> servlets) throws Exception;

  @BeforeAll
  void startEverything() throws Exception {
    cms = FeedServer.start();
    cms.on("/feed/", FeedServer.document(RSS, WORDPRESS, "\"v1\"", "Sat, 30 Jul 2016 09:12:44 GMT"));
    cms.on("/down/", FeedServer.status(503));
    files = Files.createTempDirectory("newsfeed-sources");
    Listings.save(files.resolve("news.en.txt"), Listings.listing("A", "en", 2));
    database = TestDatabase.h2();
    database.createNewsItems();
    insert("oim-onu", "L’OIM rejoint le système des Nations Unies", LocalDate.of(2016, 7, 30));

    Map<String, Mount> servlets = new LinkedHashMap<>();
    servlets.put("/mixed/*", new Mount(new NewsfeedServlet(), Map.of(
        "sources", cms.url("/feed/") + ", " + files.resolve("news.en.txt") + ",\n" + files.resolve("absent.fr.txt"),
        "default-language", "fr",
        "reload-interval", "50ms",
        "fetch-interval", "200ms",
        "fetch-timeout", "2s",
        "cache-max-age", "0s")));
    servlets.put("/none/*", new Mount(new NewsfeedServlet(), Map.of(
        "sources", cms.url("/down/").toString(), "fetch-interval", "1h")));
    TickerOptions options = TickerOptions.defaults()
        .withSources(SourceSettings.defaults().withReloadInterval(Duration.ofMillis(50)))
        .withHttp(HttpOptions.defaults().withDefaultLanguage(java.util.Locale.FRENCH).withCacheMaxAge(Duration.ZERO));
    servlets.put("/db/*", Mount.of(new NewsfeedServlet(
        JdbcNewsProvider.of(database.dataSource(), NewsTable.defaults()), options)));
    more(servlets);
    container = start(servlets);
  }

  /** More servlets a container adds. */
  void more(Map<String, Mount> servlets) {}

  @AfterAll
  void stopEverything() throws Exception {
    if (container != null) {
      container.stop();
    }
    cms.close();
    database.close();
    try (var paths = Files.walk(files)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  void insert(String id, String title, LocalDate published) throws Exception {
    database.update("INSERT INTO news_items (item_id, language, published, title, is_original, updated_at)"
        + " VALUES (?, 'fr', ?, ?, TRUE, ?)", id, published, title, OffsetDateTime.now(ZoneOffset.UTC));
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(container.base().resolve(path)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  JsonObject status(String servlet) throws Exception {
    try (var reader = Json.createReader(new StringReader(get(servlet + "/status").body()))) {
      return reader.readObject();
    }
  }

  /** Polls until {@code done} holds, for at most ten seconds. */
  String await(String path, Predicate<String> done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String body = get(path).body();
    while (!done.test(body)) {
      assertThat(System.nanoTime()).as("waiting on %s, last body:%n%s", path, body).isLessThan(deadline);
      Thread.sleep(25);
      body = get(path).body();
    }
    return body;
  }

  private static byte[] changed() {
    String item = "<item><title>" + ADDED + "</title><link>https://oim.example.ma/2016/07/31/oujda/</link>"
        + "<pubDate>Sun, 31 Jul 2016 08:00:00 +0000</pubDate><guid isPermaLink=\"false\">p1210</guid>"
        + "<description>Oujda &#8211; Le centre ouvre ses portes.</description></item>\n\t\t<item>";
    return new String(WORDPRESS, StandardCharsets.UTF_8).replaceFirst("<item>", item).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFeedByUrlAndAFileAreServedTogetherThrough304sAChangeAndFailuresAndAMissingFileIsReported()
      throws Exception {
    assertThat(get("/mixed/ticker?lang=fr").body()).contains(FIRST);
    assertThat(get("/mixed/ticker?lang=en").body()).contains("Version A item 0");
    JsonObject status = status("/mixed");
    JsonArray sources = status.getJsonArray("sources");
    assertThat(sources).hasSize(3);
    assertThat(sources.getJsonObject(0).getString("source")).isEqualTo(cms.url("/feed/").toString());
    assertThat(sources.getJsonObject(0).getString("kind")).isEqualTo("url");
    assertThat(sources.getJsonObject(0).getString("state")).isEqualTo("ok");
    assertThat(sources.getJsonObject(0).getInt("items")).isEqualTo(3);
    assertThat(sources.getJsonObject(1).getString("kind")).isEqualTo("file");
    assertThat(sources.getJsonObject(1).getString("state")).isEqualTo("ok");
    JsonObject missing = sources.getJsonObject(2);
    assertThat(missing.getString("state")).isEqualTo("failing");
    assertThat(missing.getBoolean("served")).isFalse();
    assertThat(missing.getJsonArray("diagnostics").getString(0)).endsWith("absent.fr.txt: error: no such file");
    assertThat(status.getBoolean("lastReloadSucceeded")).isFalse();

    // Unchanged: revalidated with 304s, every 200 ms or so.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (cms.count("/feed/") < 4) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(50);
    }
    assertThat(cms.last("/feed/").ifNoneMatch()).isEqualTo("\"v1\"");
    assertThat(status("/mixed").getJsonArray("sources").getJsonObject(0).getInt("httpStatus")).isEqualTo(304);

    // Changed, then failing: the change shows, then stays.
    cms.on("/feed/", FeedServer.document(RSS, changed(), "\"v2\"", "Sun, 31 Jul 2016 08:00:00 GMT"));
    await("/mixed/ticker?lang=fr", body -> body.contains(ADDED));
    cms.on("/feed/", FeedServer.status(500));
    await("/mixed/status", body -> body.contains("\"httpStatus\": 500"));
    JsonObject feed = status("/mixed").getJsonArray("sources").getJsonObject(0);
    assertThat(feed.getString("state")).isEqualTo("failing");
    assertThat(feed.getBoolean("served")).isTrue();
    assertThat(feed.getInt("failures")).isPositive();
    assertThat(feed.getString("nextAttempt")).isNotEmpty();
    assertThat(get("/mixed/ticker?lang=fr").body()).contains(ADDED).contains(FIRST);

    // The missing file appears: read once it has settled.
    Listings.save(files.resolve("absent.fr.txt"), Listings.listing("B", "fr", 1));
    await("/mixed/ticker?lang=fr", body -> body.contains("Version B article 0"));
    cms.on("/feed/", FeedServer.document(RSS, changed(), "\"v2\"", "Sun, 31 Jul 2016 08:00:00 GMT"));
    await("/mixed/status", body -> body.contains("\"lastReloadSucceeded\": true"));
  }

  @Test
  void nothingARequestSaysIsEverFetched() throws Exception {
    String secret = URLEncoder.encode(cms.url("/secret").toString(), StandardCharsets.UTF_8);
    for (String path : List.of("/mixed/ticker?url=" + secret, "/mixed/ticker?src=" + secret,
        "/mixed/ticker?feed=" + secret + "&sources=" + secret, "/mixed/status?source=" + secret,
        "/mixed/feed.rss?url=" + secret, "/mixed/" + secret)) {
      assertThat(get(path).statusCode()).as(path).isIn(200, 400, 404);
    }
    Thread.sleep(300); // a fetch it would have started has reached the server by now
    assertThat(cms.count("/secret")).isZero();
  }

  @Test
  void withNoSourceEverReadTheTickerIsEmptyButValidAndTheStatusExplains() throws Exception {
    HttpResponse<String> ticker = get("/none/ticker");
    assertThat(ticker.statusCode()).isEqualTo(200);
    assertThat(ticker.body()).startsWith("<section class=\"nf-ticker\"").contains("nf-ticker__empty")
        .endsWith("</section>\n");
    assertThat(get("/none/feed.atom").statusCode()).isEqualTo(200);
    JsonObject status = status("/none");
    assertThat(status.getInt("items")).isZero();
    assertThat(status.getBoolean("lastReloadSucceeded")).isFalse();
    assertThat(status.getJsonArray("diagnostics").getString(0)).startsWith("newsfeed: error: no source has been read yet");
    JsonObject down = status.getJsonArray("sources").getJsonObject(0);
    assertThat(down.getString("state")).isEqualTo("failing");
    assertThat(down.getInt("httpStatus")).isEqualTo(503);
    assertThat(down.getJsonArray("diagnostics").getString(0)).contains("HTTP 503 from " + cms.url("/down/"));
  }

  @Test
  void aDatabaseTableIsTheTickerAndARowAddedShowsUp() throws Exception {
    assertThat(get("/db/ticker").body()).contains("L’OIM rejoint le système des Nations Unies");
    insert("traite", "Journée mondiale contre la traite des personnes", LocalDate.of(2016, 7, 31));
    await("/db/ticker", body -> body.contains("Journée mondiale contre la traite des personnes"));
    JsonObject provider = status("/db").getJsonArray("sources").getJsonObject(0);
    assertThat(provider.getString("kind")).isEqualTo("provider");
    assertThat(provider.getInt("items")).isEqualTo(2);
  }
}
