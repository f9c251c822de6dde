// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.servlet.FeedServer;
import dev.newsfeed.servlet.FetchSettings;
import dev.newsfeed.servlet.LanguageNegotiator;
import dev.newsfeed.servlet.TickerRenderer;
import dev.newsfeed.servlet.internal.LiveFeed;
import dev.newsfeed.source.SourceOptions;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A WordPress-style RSS feed fetched from a real HTTP server on loopback, one fetch at a time: the
 * ticker shows the right version at every step, and the server's request log shows the 304s.
 */
class UrlSourceTest {

  private static final Function<NewsFeed, LanguageNegotiator> NEGOTIATOR =
      feed -> LanguageNegotiator.of(Locale.FRENCH, feed.languages());
  private static final byte[] WORDPRESS = FeedServer.resource("feeds/wordpress.rss");
  private static final String RSS = "application/rss+xml; charset=UTF-8";
  private static final String FIRST = "L’OIM devient une organisation affiliée aux Nations Unies";
  private static final String ADDED = "Nouveau centre d’accueil à Oujda";

  /** Long interval and first retry: no fetch but the test's own happens during a test. */
  private static final FetchSettings SETTINGS = FetchSettings.defaults()
      .withInterval(Duration.ofHours(1))
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
      .withMaxBytes(64 * 1024)
      .withRetries(Duration.ofMinutes(1), Duration.ofMinutes(10));

  private FeedServer server;
  private SourceSet sources;
  private LiveFeed live;
  private final TickerRenderer renderer = TickerRenderer.create(FormatStyle.LONG);

  @BeforeEach
  void startServer() throws Exception {
    server = FeedServer.start();
  }

  @AfterEach
  void stop() {
    if (live != null) {
      live.close();
    }
    server.close();
  }

  private void startSources(String... paths) throws Exception {
    List<String> urls = java.util.Arrays.stream(paths).map(p -> server.url(p).toString()).toList();
    sources = TickerSources.resolve(urls, new TickerSources.Settings("sources",
        TickerSources.parser(SourceOptions.defaults()), Duration.ofSeconds(2), SETTINGS,
        Clock.systemUTC(), path -> null, getClass().getClassLoader(), name -> {
          throw new IllegalArgumentException(name);
        }));
    live = LiveFeed.start(sources, NEGOTIATOR, Clock.systemUTC());
  }

  private void fetch() throws Exception {
    sources.fetchNow().get(10, TimeUnit.SECONDS);
  }

  private Duration timedFetch() throws Exception {
    long started = System.nanoTime();
    fetch();
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private String ticker() {
    return renderer.render(live.snapshot().feed(), LanguageChain.of(Locale.FRENCH), 20, Optional.empty());
  }

  private SourceStatus status() {
    return live.sources().get(0);
  }

  private static byte[] changed() {
    String feed = new String(WORDPRESS, StandardCharsets.UTF_8);
    String item = "<item>\n\t\t<title>" + ADDED + "</title>\n\t\t<link>https://oim.example.ma/2016/07/31/oujda/</link>\n"
        + "\t\t<pubDate>Sun, 31 Jul 2016 08:00:00 +0000</pubDate>\n"
        + "\t\t<guid isPermaLink=\"false\">https://oim.example.ma/?p=1210</guid>\n"
        + "\t\t<description><![CDATA[Oujda &#8211; Le centre ouvre ses portes.]]></description>\n\t\t</item>\n\t\t<item>";
    return feed.replaceFirst("<item>", item).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFeedIsServedThenRevalidatedWithA304ThenChangedThenKeptThroughEveryKindOfFailure() throws Exception {
    server.on("/feed/", FeedServer.document(RSS, WORDPRESS, "\"v1\"", "Sat, 30 Jul 2016 09:12:44 GMT"));
    startSources("/feed/");
    assertThat(ticker()).contains(FIRST).contains("Journée mondiale contre la traite des personnes")
        .contains("lang=\"fr\"");
    assertThat(status().health()).isEqualTo(SourceStatus.Health.OK);
    assertThat(status().httpStatus()).hasValue(200);
    assertThat(status().items()).isEqualTo(3);
    assertThat(server.last("/feed/").ifNoneMatch()).as("the first request has no validator").isNull();
    assertThat(server.last("/feed/").accept()).startsWith("application/rss+xml");
    long generation = live.snapshot().generation();

    // Unchanged: a 304, nothing read, nothing swapped.
    fetch();
    fetch();
    assertThat(server.count("/feed/")).isEqualTo(3);
    assertThat(server.last("/feed/").ifNoneMatch()).isEqualTo("\"v1\"");
    assertThat(server.last("/feed/").ifModifiedSince()).isEqualTo("Sat, 30 Jul 2016 09:12:44 GMT");
    assertThat(status().httpStatus()).hasValue(304);
    assertThat(status().health()).isEqualTo(SourceStatus.Health.OK);
    assertThat(live.snapshot().generation()).isEqualTo(generation);

    // Changed: the new item shows.
    server.on("/feed/", FeedServer.document(RSS, changed(), "\"v2\"", "Sun, 31 Jul 2016 08:00:00 GMT"));
    fetch();
    assertThat(ticker()).as("%s", live.sources()).contains(ADDED).contains(FIRST);
    assertThat(live.snapshot().generation()).isEqualTo(generation + 1);
    assertThat(status().items()).isEqualTo(4);
    String good = ticker();

    // A server error, twice: the last good version stays, retries back off.
    server.on("/feed/", FeedServer.status(500));
    Duration took = timedFetch();
    assertFailing(500, "HTTP 500 from " + server.url("/feed/") + " (a server error)", 1);
    assertThat(ticker()).isEqualTo(good);
    // The first retry after a minute, then two, each ±10 %, counted from the failed answer (so
    // the next attempt lies that far after the attempt's start plus the time the fetch took).
    assertThat(between(status())).isBetween(Duration.ofSeconds(54), Duration.ofSeconds(66).plus(took));
    took = timedFetch();
    assertFailing(500, "HTTP 500", 2);
    assertThat(between(status())).isBetween(Duration.ofSeconds(108), Duration.ofSeconds(132).plus(took));

    // Headers at once, then a body that trickles past the read timeout.
    server.on("/feed/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", RSS);
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      for (int i = 0; i < 60; i++) {
        out.write(WORDPRESS, i * 10, 10);
        out.flush();
        Thread.sleep(100);
      }
    });
    assertThat(timedFetch()).isLessThan(Duration.ofSeconds(5));
    assertFailing(null, "no complete answer within 2 s", 3);
    // No headers before the timeout either.
    server.on("/feed/", exchange -> Thread.sleep(5_000));
    fetch();
    assertFailing(null, "no complete answer within 2 s", 4);
    assertThat(ticker()).isEqualTo(good);

    // Larger than the cap, with a Content-Length and without (chunked).
    byte[] huge = new byte[SETTINGS.maxBytes() + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    server.on("/feed/", FeedServer.document(RSS, huge, "\"huge\"", "Mon, 01 Aug 2016 00:00:00 GMT"));
    fetch();
    assertFailing(null, "the body is larger than 65536 bytes", 5);
    server.on("/feed/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", RSS);
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write(new byte[4096]);
        }
      }
    });
    fetch();
    assertFailing(null, "the body is larger than 65536 bytes", 6);

    // A redirect loop.
    server.on("/feed/", FeedServer.redirect(301, "/loop-a"));
    server.on("/loop-a", FeedServer.redirect(302, server.url("/loop-b").toString()));
    server.on("/loop-b", FeedServer.redirect(307, "/loop-a"));
    fetch();
    assertFailing(null, "a redirect loop: " + server.url("/feed/") + " → " + server.url("/loop-a")
        + " → " + server.url("/loop-b") + " → " + server.url("/loop-a"), 7);
    assertThat(server.count("/loop-a")).isEqualTo(1);
    assertThat(ticker()).isEqualTo(good);

    // Back: served again, the failures forgotten.
    server.on("/feed/", FeedServer.redirect(308, "/moved/feed/"));
    server.on("/moved/feed/", FeedServer.document(RSS, WORDPRESS, "\"v3\"", "Tue, 02 Aug 2016 00:00:00 GMT"));
    fetch();
    assertThat(status().health()).isEqualTo(SourceStatus.Health.OK);
    assertThat(status().failures()).isZero();
    assertThat(ticker()).contains(FIRST).doesNotContain(ADDED);
  }

  private void assertFailing(Integer httpStatus, String message, int failures) {
    SourceStatus status = status();
    assertThat(status.health()).isEqualTo(SourceStatus.Health.FAILING);
    assertThat(status.served()).isTrue();
    assertThat(status.failures()).isEqualTo(failures);
    if (httpStatus != null) {
      assertThat(status.httpStatus()).hasValue(httpStatus);
    }
    assertThat(status.diagnostics()).singleElement().asString()
        .startsWith(server.url("/feed/") + ": error: ").contains(message);
    assertThat(live.state().lastLoad().succeeded()).isFalse();
  }

  private static Duration between(SourceStatus status) {
    return Duration.between(status.lastAttempt().orElseThrow(), status.nextAttempt().orElseThrow());
  }

  @Test
  void aSourceThatNeverAnswersLeavesTheOthersServingAndSaysSo() throws Exception {
    server.on("/feed/", FeedServer.document(RSS, WORDPRESS, "\"v1\"", "Sat, 30 Jul 2016 09:12:44 GMT"));
    startSources("/missing.rss", "/feed/");
    assertThat(ticker()).contains(FIRST);
    assertThat(live.sources()).extracting(SourceStatus::health)
        .containsExactly(SourceStatus.Health.FAILING, SourceStatus.Health.OK);
    assertThat(live.sources().get(0).diagnostics()).singleElement().asString()
        .isEqualTo(server.url("/missing.rss") + ": error: HTTP 404 from " + server.url("/missing.rss"));
    assertThat(live.sources().get(0).served()).isFalse();
  }

  @Test
  void withNoSourceEverReadTheTickerIsEmptyAndTheReportExplains() throws Exception {
    server.on("/feed/", FeedServer.status(503));
    startSources("/feed/");
    assertThat(live.snapshot().feed().size()).isZero();
    assertThat(ticker()).contains("nf-ticker__empty");
    assertThat(live.state().lastLoad().diagnostics()).extracting(Object::toString)
        .startsWith("newsfeed: error: no source has been read yet, so the news is empty;"
            + " each source's state is below");
  }

  @Test
  void aServerThatIsNotListeningIsAFailureNamingTheUrl() throws Exception {
    String url = server.url("/feed/").toString();
    server.close();
    sources = TickerSources.resolve(List.of(url), new TickerSources.Settings("sources",
        TickerSources.parser(SourceOptions.defaults()), Duration.ofSeconds(2), SETTINGS,
        Clock.systemUTC(), path -> null, getClass().getClassLoader(), name -> null));
    live = LiveFeed.start(sources, NEGOTIATOR, Clock.systemUTC());
    assertThat(status().diagnostics()).singleElement().asString().startsWith(url + ": error: cannot connect to " + url);
    server = FeedServer.start(); // for stop()
  }

  @Test
  void aRedirectFromHttpsToHttpOrToAnotherSchemeIsRefused() throws Exception {
    server.on("/feed/", FeedServer.redirect(302, "ftp://127.0.0.1/feed.rss"));
    startSources("/feed/");
    assertThat(status().diagnostics()).singleElement().asString()
        .contains("refused a redirect from " + server.url("/feed/") + " to ftp://127.0.0.1/feed.rss: only http and https");
  }

  @Test
  void anHtmlPageIsNotTakenForAFeed() throws Exception {
    server.on("/", FeedServer.document("text/html; charset=utf-8",
        "<!doctype html><title>OIM</title><p>Bienvenue".getBytes(StandardCharsets.UTF_8), "\"p\"", "x"));
    startSources("/");
    assertThat(status().diagnostics()).singleElement().asString()
        .contains("the server sent an HTML page (text/html), not a feed: is this the feed's URL?");
  }

}
