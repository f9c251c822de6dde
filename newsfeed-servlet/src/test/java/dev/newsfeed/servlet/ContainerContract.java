// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.EmbeddedContainer.Mount;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The servlet's HTTP behaviour, run unchanged against each embedded container (see {@link
 * JettyTest} and {@link TomcatTest}), over {@link HttpClient} on a free loopback port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContainerContract {

  static final String ALLOWED_ORIGIN = "https://host.example";

  private final Switchable live = new Switchable(SampleNewsVersions.version("A"));
  private EmbeddedContainer container;
  private Path files;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  /** Starts the container under test with these servlets, keyed by URL mapping. */
  abstract EmbeddedContainer start(Map<String, EmbeddedContainer.Mount> servlets) throws Exception;

  @BeforeAll
  void startContainer() throws Exception {
    files = Files.createTempDirectory("newsfeed-files");
    Listings.save(files.resolve("news.fr.txt"), Listings.listing("A", "fr", 4));
    Listings.save(files.resolve("news.en.txt"), Listings.listing("A", "en", 4));
    Map<String, EmbeddedContainer.Mount> servlets = new LinkedHashMap<>();
    TickerOptions options = TickerOptions.defaults()
        .withDisplay(DisplayOptions.defaults().withMaxItems(5))
        .withHttp(HttpOptions.defaults().withAllowedOrigins(List.of(ALLOWED_ORIGIN)));
    servlets.put("/news/*", Mount.of(new NewsfeedServlet(NewsProvider.of(SampleNews.trilingual()), options)));
    servlets.put("/live/*", Mount.of(new NewsfeedServlet(live, options.withSources(SourceSettings.defaults().withReloadInterval(Duration.ofMillis(25))))));
    // Configured as web.xml would: by init parameters, from files that the test edits.
    servlets.put("/files/*", new Mount(new NewsfeedServlet(), Map.of(
        "sources", files.resolve("news.fr.txt") + ",\n" + files.resolve("news.en.txt"),
        "default-language", "fr",
        "reload-interval", "50ms",
        "cache-max-age", "10s")));
    servlets.put("/host", Mount.of(new HostPage(false)));
    servlets.put("/host-stream", Mount.of(new HostPage(true)));
    servlets.put("/latin1", Mount.of(new HostPage(false, "ISO-8859-1", "/news/ticker?lang=ar&assets=none", null)));
    servlets.put("/latin1-stream", Mount.of(new HostPage(true, "ISO-8859-1", "/news/ticker?lang=ar&assets=none", null)));
    servlets.put("/french-page", Mount.of(new HostPage(false, "UTF-8", "/news/ticker?assets=none", Locale.FRENCH)));
    servlets.put("/tagged-page", Mount.of(new HostPage(false, "UTF-8", "/news/ticker?assets=none", "ar-MA")));
    servlets.put("/labelled-page", Mount.of(new HostPage(false, "UTF-8",
        "/news/ticker?assets=none&label=%C3%89v%C3%A9nements", null)));
    container = start(servlets);
  }

  @AfterAll
  void stopContainer() throws Exception {
    if (container != null) {
      container.stop();
    }
    try (var paths = Files.walk(files)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  HttpResponse<String> send(String method, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(container.base().resolve(path))
        .timeout(Duration.ofSeconds(20))
        .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    return send("GET", path, headers);
  }

  static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  /** The media type without spaces: containers differ on the space before {@code charset}. */
  static String contentType(HttpResponse<?> response) {
    return header(response, "Content-Type").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void theTickerIsServedWithLanguageAndCachingHeaders() throws Exception {
    HttpResponse<String> response = get("/news/ticker?lang=ar");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo("text/html;charset=utf-8");
    assertThat(header(response, "Content-Language")).isEqualTo("ar");
    assertThat(header(response, "Vary")).contains("Accept-Language");
    assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=60");
    assertThat(header(response, "ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
    assertThat(response.headers().firstValue("Last-Modified")).isEmpty();
    assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.body())
        .startsWith("<section class=\"nf-ticker\" lang=\"ar\" dir=\"rtl\" aria-label=\"الأخبار\"")
        .contains(" data-nf-src=\"/news/ticker?lang=ar\" ")
        .contains("<time class=\"nf-ticker__date\" dir=\"rtl\" datetime=\"2016-07-30\">٣٠ يوليو ٢٠١٦</time>")
        .contains("<li class=\"nf-ticker__item\" data-nf-item=\"conseil-special\" lang=\"en\" dir=\"ltr\">");
  }

  @Test
  void acceptLanguageIsNegotiatedWithQValues() throws Exception {
    assertThat(header(get("/news/ticker", "Accept-Language", "de-DE, fr;q=0.8, en;q=0.5"), "Content-Language"))
        .isEqualTo("fr");
    assertThat(header(get("/news/ticker", "Accept-Language", "ar-MA"), "Content-Language")).isEqualTo("ar");
    assertThat(header(get("/news/ticker?lang=en", "Accept-Language", "fr"), "Content-Language")).isEqualTo("en");
    assertThat(header(get("/news/ticker?lang=xx-!!", "Accept-Language", "fr"), "Content-Language")).isEqualTo("fr");
    assertThat(header(get("/news/ticker"), "Content-Language")).isEqualTo("en");
  }

  @Test
  void aMatchingEntityTagOrDateGivesA304() throws Exception {
    HttpResponse<String> first = get("/news/ticker?lang=fr");
    String etag = header(first, "ETag");
    HttpResponse<String> again = get("/news/ticker?lang=fr", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(header(again, "ETag")).isEqualTo(etag);
    assertThat(header(again, "Cache-Control")).isEqualTo("public, max-age=60");
    // No Last-Modified is sent, so a date is no validator (RFC 9110 §13.1.3).
    HttpResponse<String> byDate =
        get("/news/ticker?lang=fr", "If-Modified-Since", "Fri, 31 Dec 2100 00:00:00 GMT");
    assertThat(byDate.statusCode()).isEqualTo(200);
    assertThat(byDate.body()).isEqualTo(first.body());
  }

  @Test
  void headGivesTheHeadersOfGetWithoutTheBody() throws Exception {
    HttpResponse<String> get = get("/news/ticker?lang=fr");
    HttpResponse<String> head = send("HEAD", "/news/ticker?lang=fr");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
    assertThat(header(head, "Content-Language")).isEqualTo("fr");
    assertThat(header(head, "Content-Length"))
        .isEqualTo(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
  }

  @Test
  void theAssetsTheFragmentReferencesAreServedImmutable() throws Exception {
    String fragment = get("/news/ticker").body();
    Matcher css = Pattern.compile("href=\"(/news/ticker\\.css\\?v=[^\"]+)\"").matcher(fragment);
    Matcher js = Pattern.compile("src=\"(/news/ticker\\.js\\?v=[^\"]+)\"").matcher(fragment);
    assertThat(css.find()).as(fragment).isTrue();
    assertThat(js.find()).as(fragment).isTrue();
    HttpResponse<String> stylesheet = get(css.group(1));
    assertThat(stylesheet.statusCode()).isEqualTo(200);
    assertThat(contentType(stylesheet)).isEqualTo("text/css;charset=utf-8");
    assertThat(header(stylesheet, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    assertThat(stylesheet.body()).contains(".nf-ticker");
    HttpResponse<String> script = get(js.group(1));
    assertThat(contentType(script)).isEqualTo("text/javascript;charset=utf-8");
    assertThat(header(script, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    assertThat(script.body()).contains("data-newsfeed-src");
    assertThat(header(get("/news/ticker.js"), "Cache-Control")).isEqualTo("no-cache");
    assertThat(get("/news/ticker.js", "If-None-Match", header(script, "ETag")).statusCode()).isEqualTo(304);
  }

  @ParameterizedTest
  @CsvSource({
    "feed.json, application/feed+json;charset=utf-8, https://jsonfeed.org/version/1.1",
    "feed.atom, application/atom+xml;charset=utf-8, <feed xmlns=\"http://www.w3.org/2005/Atom\"",
    "feed.rss, application/rss+xml;charset=utf-8, <rss version=\"2.0\""
  })
  void feedsAreServedInTheNegotiatedLanguageWithCaching(String route, String type, String marker)
      throws Exception {
    HttpResponse<String> response = get("/news/" + route, "Accept-Language", "fr;q=0.9, ar;q=0.5");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(type);
    assertThat(header(response, "Content-Language")).isEqualTo("fr");
    assertThat(header(response, "Vary")).contains("Accept-Language");
    assertThat(response.body())
        .contains(marker)
        .contains("L’OIM devient une organisation affiliée aux Nations Unies")
        .contains(container.base() + "/news/" + route + "?lang=fr");
    assertThat(get("/news/" + route + "?lang=ar").body()).contains("المنظمة الدولية للهجرة");
    HttpResponse<String> again = get("/news/" + route, "Accept-Language", "fr", "If-None-Match", header(response, "ETag"));
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(get("/news/" + route + "?limit=x").statusCode()).isEqualTo(400);
  }

  @Test
  void statusIsJsonWithVersionCountsAndLastReload() throws Exception {
    HttpResponse<String> response = get("/news/status");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Content-Type")).startsWith("application/json");
    assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
    assertThat(response.body())
        .containsPattern("\"version\": \"[A-Za-z0-9_-]{16}\"")
        .contains("\"items\": 3")
        .contains("\"fr\": 3", "\"en\": 2", "\"ar\": 1")
        .contains("\"lastReloadSucceeded\": true");
  }

  @Test
  void anIncludeWritesOnlyTheFragmentAndLeavesTheHostsHeaders() throws Exception {
    for (String host : List.of("/host", "/host-stream")) {
      HttpResponse<String> page = get(host, "Accept-Language", "ar");
      assertThat(page.statusCode()).as(host).isEqualTo(200);
      assertThat(contentType(page)).as(host).isEqualTo("text/html;charset=utf-8");
      assertThat(header(page, "ETag")).as(host).isNull();
      assertThat(header(page, "Content-Language")).as(host).isNull();
      assertThat(header(page, "Cache-Control")).as(host).isNull();
      assertThat(page.body()).as(host)
          .startsWith("<main>\n<section class=\"nf-ticker\" lang=\"fr\" dir=\"ltr\" aria-label=\"Actualités\"")
          .doesNotContain("<link")
          .endsWith("</section>\n</main>\n");
    }
  }

  @Test
  void crossOriginRequestsAreAllowedOnlyForConfiguredOrigins() throws Exception {
    HttpResponse<String> allowed = get("/news/ticker", "Origin", ALLOWED_ORIGIN);
    assertThat(header(allowed, "Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
    assertThat(header(allowed, "Vary")).contains("Origin");
    assertThat(header(allowed, "Access-Control-Allow-Credentials")).isNull();
    assertThat(header(get("/news/ticker", "Origin", "https://evil.example"), "Access-Control-Allow-Origin")).isNull();

    HttpResponse<String> preflight = send("OPTIONS", "/news/ticker",
        "Origin", ALLOWED_ORIGIN, "Access-Control-Request-Method", "GET");
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
    assertThat(header(preflight, "Access-Control-Allow-Methods")).isEqualTo("GET, HEAD");
    HttpResponse<String> refused = send("OPTIONS", "/news/ticker",
        "Origin", "https://evil.example", "Access-Control-Request-Method", "GET");
    assertThat(header(refused, "Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void theDisplayAndTagParametersReachTheFragmentAndItsUpdateSource() throws Exception {
    String slides = get("/news/ticker?lang=fr&display=SLIDES&label=%C3%89v%C3%A9nements").body();
    assertThat(slides).contains(" data-nf-display=\"slides\" ")
        .contains(" data-nf-src=\"/news/ticker?lang=fr&amp;display=slides&amp;label=%C3%89v%C3%A9nements\" ");
    // No item of the sample news carries this tag.
    assertThat(get("/news/ticker?lang=fr&tag=nothing").body())
        .contains("<p class=\"nf-ticker__empty\">Aucune actualité pour le moment.</p>")
        .contains("&amp;tag=nothing\" ");
    HttpResponse<String> badDisplay = get("/news/ticker?display=marquee");
    assertThat(badDisplay.statusCode()).isEqualTo(400);
    assertThat(badDisplay.body()).isEqualTo("display must be scroll, list or slides.\n");
    assertThat(get("/news/ticker?tag=%20").statusCode()).isEqualTo(400);
  }

  @Test
  void aFetchedTickerMayReadTheEntityTagAcrossOrigins() throws Exception {
    // ticker.js asks for new news with If-None-Match: it must see the ETag (Fetch §3.2.6).
    HttpResponse<String> allowed = get("/news/ticker", "Origin", ALLOWED_ORIGIN);
    assertThat(header(allowed, "Access-Control-Expose-Headers")).isEqualTo("ETag");
    assertThat(header(get("/news/ticker", "Origin", "https://evil.example"), "Access-Control-Expose-Headers")).isNull();
  }

  @Test
  void anUnknownPathIsNotFoundAndOtherMethodsAreNotAllowed() throws Exception {
    for (String path : List.of("/news/", "/news/nothing", "/news/ticker/x", "/news/ticker.css.map", "/news")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
    }
    HttpResponse<String> post = send("POST", "/news/ticker");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(header(post, "Allow")).isEqualTo("GET, HEAD, OPTIONS");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-2", "1.5", "%2B3", "", "99abc"})
  void aBadLimitIsA400WithAOneLinePlainTextReason(String limit) throws Exception {
    HttpResponse<String> response = get("/news/ticker?limit=" + limit);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo("text/plain;charset=utf-8");
    assertThat(response.body()).isEqualTo("limit must be a positive integer such as 5.\n");
  }

  @Test
  void aLimitAboveTheMaximumIsClamped() throws Exception {
    HttpResponse<String> response = get("/news/ticker?limit=100000000000000000000&lang=fr");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Pattern.compile("<li ").matcher(response.body()).results().count()).isEqualTo(3);
    assertThat(Pattern.compile("<li ").matcher(get("/news/ticker?limit=2").body()).results().count()).isEqualTo(2);
  }

  @Test
  void garbageHeadersNeverCauseAServerError() throws Exception {
    String[][] headers = {
      {"Accept-Language", ";;;,,,q=abc, *;q=2, " + "x".repeat(3000)},
      {"Accept-Language", "fr;q=0.5;q=0.7, \u00e9"},
      {"If-None-Match", "W/W/\"\"\"garbage"},
      {"If-Modified-Since", "Thu, 99 Foo 20169 99:99:99 XYZ"},
      {"Origin", "javascript:alert(1)"},
      {"Origin", "null"},
    };
    for (String[] header : headers) {
      HttpResponse<String> response = get("/news/ticker", header[0], header[1]);
      assertThat(response.statusCode()).as(header[0] + ": " + header[1]).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/news/ticker?lang=%ZZ",
    "/news/ticker?limit=%FF%FE",
    "/news/ticker?lang=%E0%A4%A",
    "/news/ticker?%%%=%%%",
    "/news/%ZZ",
    "/news/ticker?lang=\u00ff",
    "/news/ticker?limit=5&limit=abc",
    "/news/..%2F..%2Fetc%2Fpasswd",
    "/news/ticker;jsessionid=x?lang=fr",
  })
  void malformedRequestsAreAnsweredWithoutAServerErrorOrStackTrace(String target) throws Exception {
    RawResponse response = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(response.status()).as(target + "\n" + response.text()).isBetween(200, 499);
    assertThat(response.text()).doesNotContain("Exception", "\tat ", "at dev.newsfeed");
  }

  @Test
  void hugeRequestsAreAnsweredWithoutAServerError() throws Exception {
    String longQuery = "/news/ticker?lang=" + "a".repeat(200_000);
    RawResponse response = raw("GET " + longQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(response.status()).as(response.text()).isBetween(200, 499);
    String manyParameters = "/news/ticker?" + "limit=1&".repeat(5_000);
    assertThat(raw("GET " + manyParameters + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").status())
        .isBetween(200, 499);
  }

  @Test
  void aReloadSwapsVersionsWholeKeepsTheLastGoodOnAnErrorAndConcurrentReadersNeverSeeAMix() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicBoolean done = new AtomicBoolean();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        String lang = List.of("en", "fr", "ar").get(r);
        readers.add(pool.submit(() -> {
          int reads = 0;
          while (!done.get()) {
            HttpResponse<String> response = get("/live/ticker?lang=" + lang);
            assertThat(response.statusCode()).isEqualTo(200);
            Set<String> versions = SampleNewsVersions.versionsIn(response.body());
            assertThat(versions).as(response.body()).hasSize(1);
            seen.addAll(versions);
            reads++;
          }
          return reads;
        }));
      }
      awaitTicker("Version A ");
      live.set(SampleNewsVersions.version("B"));
      awaitTicker("Version B ");
      live.breakWith(Diagnostic.error("news.fr.txt", 12, 1, "expected a date such as 07/30/2016, found [soon]"));
      String status = await("/live/status", body -> body.contains("\"lastReloadSucceeded\": false"));
      assertThat(status).contains("\"diagnostics\": [\n        \"news.fr.txt:12:1: error: expected a date");
      assertThat(get("/live/ticker").body()).contains("Version B ");
      live.set(SampleNewsVersions.version("C"));
      awaitTicker("Version C ");
      assertThat(get("/live/status").body()).contains("\"lastReloadSucceeded\": true").contains("\"generation\": 3");
      done.set(true);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
    assertThat(seen).isSubsetOf("A", "B", "C").contains("C");
  }

  @Test
  void editedFilesAreReloadedABrokenEditKeepsTheLastGoodVersionAndReadersNeverSeeAMix() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicBoolean done = new AtomicBoolean();
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (String lang : List.of("fr", "en")) {
        readers.add(pool.submit(() -> {
          int reads = 0;
          while (!done.get()) {
            HttpResponse<String> response = get("/files/ticker?lang=" + lang);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(SampleNewsVersions.versionsIn(response.body())).as(response.body()).hasSize(1);
            reads++;
          }
          return reads;
        }));
      }
      assertThat(await("/files/ticker?lang=en", body -> body.contains("Version A item 0"))).contains("lang=\"en\"");
      Listings.save(files.resolve("news.fr.txt"), Listings.listing("B", "fr", 4));
      Listings.save(files.resolve("news.en.txt"), Listings.listing("B", "en", 4));
      await("/files/ticker?lang=en", body -> body.contains("Version B item 0"));
      await("/files/ticker?lang=fr", body -> body.contains("Version B article 0"));

      Listings.save(files.resolve("news.fr.txt"), Listings.BROKEN);
      String status = await("/files/status", body -> body.contains("\"lastReloadSucceeded\": false"));
      assertThat(status).contains("news.fr.txt:1:1: error: expected a title line before the date");
      assertThat(get("/files/ticker?lang=fr").body()).contains("Version B article 0");

      Listings.save(files.resolve("news.fr.txt"), Listings.listing("C", "fr", 4));
      await("/files/ticker?lang=fr", body -> body.contains("Version C article 0"));
      assertThat(get("/files/status").body()).contains("\"lastReloadSucceeded\": true");
      done.set(true);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
  }

  @Test
  void arMoroccoGetsArabicContentWithMoroccanDates() throws Exception {
    for (HttpResponse<String> response : List.of(
        get("/news/ticker", "Accept-Language", "ar-MA, fr;q=0.5"), get("/news/ticker?lang=ar-MA"))) {
      assertThat(header(response, "Content-Language")).isEqualTo("ar");
      assertThat(response.body())
          .startsWith("<section class=\"nf-ticker\" lang=\"ar\" dir=\"rtl\"")
          .contains(">30 يوليوز 2016</time>")
          .doesNotContain("٣٠ يوليو ٢٠١٦");
    }
    assertThat(get("/news/ticker?lang=ar").body()).contains(">٣٠ يوليو ٢٠١٦</time>");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"x0,fr | fr", "fr-1234567890, ar;q=0.5 | ar", "@@@, en;q=0.2 | en", "ar;q=2, fr;q=0.1 | fr"})
  void acceptLanguageKeepsItsGoodRangesWhenSomeAreMalformed(String header, String language) throws Exception {
    assertThat(header(get("/news/ticker", "Accept-Language", header), "Content-Language")).isEqualTo(language);
  }

  @Test
  void anIncludeTakesThePagesLanguageNotTheBrowsers() throws Exception {
    // The page gives its language by request attribute; its own query is not the ticker's.
    HttpResponse<String> french = get("/french-page?limit=abc&label=", "Accept-Language", "en-US");
    assertThat(french.statusCode()).isEqualTo(200);
    assertThat(french.body()).startsWith("<main>\n<section class=\"nf-ticker\" lang=\"fr\" dir=\"ltr\" aria-label=\"Actualités\"");
    assertThat(Pattern.compile("<li ").matcher(french.body()).results().count()).isEqualTo(3);
    HttpResponse<String> moroccan = get("/tagged-page", "Accept-Language", "en-US");
    assertThat(moroccan.body()).contains("lang=\"ar\"").contains(">30 يوليوز 2016</time>");
    // The include's own lang wins over the page's language.
    assertThat(get("/host", "Accept-Language", "ar").body()).contains("lang=\"fr\"");
    assertThat(get("/labelled-page").body()).contains(" aria-label=\"Événements\" ");
  }

  @Test
  void aPageInIso88591GetsEveryCharacterItCannotEncodeAsAReference() throws Exception {
    String expected = get("/news/ticker?lang=ar&assets=none").body();
    for (String page : List.of("/latin1", "/latin1-stream")) {
      HttpResponse<byte[]> response = client.send(
          HttpRequest.newBuilder(container.base().resolve(page)).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(contentType(response)).as(page).isEqualTo("text/html;charset=iso-8859-1");
      String html = new String(response.body(), StandardCharsets.ISO_8859_1);
      // A character the charset cannot encode would be a '?' (Arabic words: runs of them).
      assertThat(html).as(page).doesNotContain("??").contains("&#x627;");
      // What Latin-1 has stays a byte of its own; only the rest become references.
      assertThat(html).as(page).contains("des êtres humains");
      assertThat(decodeReferences(html)).as(page).isEqualTo("<main>\n" + expected + "</main>\n");
    }
  }

  @Test
  void ifMatchThatDoesNotMatchIsA412() throws Exception {
    HttpResponse<String> current = get("/news/ticker?lang=fr");
    String etag = header(current, "ETag");
    HttpResponse<String> failed = get("/news/ticker?lang=fr", "If-Match", "\"stale\"");
    assertThat(failed.statusCode()).isEqualTo(412);
    assertThat(failed.body()).startsWith("Precondition failed");
    assertThat(header(failed, "ETag")).isEqualTo(etag);
    assertThat(get("/news/ticker?lang=fr", "If-Match", etag).statusCode()).isEqualTo(200);
    assertThat(get("/news/feed.atom?lang=fr", "If-Match", "\"stale\"").statusCode()).isEqualTo(412);
  }

  @Test
  void gzipIsSentWhenAcceptedAndDecodesToTheSameBytes() throws Exception {
    for (String route : List.of("/news/ticker?lang=ar", "/news/feed.json?lang=fr", "/news/ticker.js", "/news/status")) {
      HttpResponse<byte[]> plain = client.send(
          HttpRequest.newBuilder(container.base().resolve(route)).build(), HttpResponse.BodyHandlers.ofByteArray());
      HttpResponse<byte[]> gzip = client.send(
          HttpRequest.newBuilder(container.base().resolve(route)).header("Accept-Encoding", "gzip").build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(header(gzip, "Content-Encoding")).as(route).isEqualTo("gzip");
      assertThat(header(plain, "Content-Encoding")).as(route).isNull();
      assertThat(header(gzip, "Vary")).as(route).contains("Accept-Encoding");
      assertThat(header(gzip, "Content-Length")).as(route).isEqualTo(String.valueOf(gzip.body().length));
      assertThat(gzip.body().length).as(route).isLessThan(plain.body().length);
      byte[] decoded;
      try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
        decoded = in.readAllBytes();
      }
      if (!route.endsWith("status")) { // the status's lastReload may change between the requests
        assertThat(decoded).as(route).isEqualTo(plain.body());
      }
    }
    // Included, the fragment is the host page's text, never compressed.
    HttpResponse<String> page = get("/host", "Accept-Encoding", "gzip");
    assertThat(header(page, "Content-Encoding")).isNull();
    assertThat(page.body()).startsWith("<main>\n<section");
  }

  private void awaitTicker(String text) throws Exception {
    await("/live/ticker", body -> body.contains(text));
  }

  /** Polls {@code path} until its body satisfies {@code done}, for at most ten seconds. */
  private String await(String path, Predicate<String> done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String body = get(path).body();
    while (!done.test(body)) {
      assertThat(System.nanoTime()).as("waiting for %s, last body:%n%s", path, body).isLessThan(deadline);
      Thread.sleep(20);
      body = get(path).body();
    }
    return body;
  }

  record RawResponse(int status, String text) {}

  /** Sends bytes that HttpClient and URI would refuse to build. */
  RawResponse raw(String request) throws IOException {
    try (Socket socket = new Socket(container.base().getHost(), container.base().getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException closedEarly) {
        // A container may answer (414, 431) and close before it has read a huge request whole;
        // its answer, if any, is still readable below.
      }
      InputStream in = socket.getInputStream();
      String text;
      try {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException reset) {
        text = "";
      }
      Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(text);
      // A container may also just close the connection on a request it cannot parse.
      return new RawResponse(status.find() ? Integer.parseInt(status.group(1)) : 400, text);
    }
  }

  /**
   * A host page that includes the ticker, as a JSP's {@code <jsp:include>} would (with {@code
   * <jsp:param>}, Jasper appends the parameters to the included path's query string).
   */
  static final class HostPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final boolean stream;
    private final String charset;
    private final String include;
    private final transient Object language;

    HostPage(boolean stream) {
      this(stream, "utf-8", "/news/ticker?lang=fr&assets=none", null);
    }

    /** A page in {@code charset} including {@code include}, giving {@code language} (if not null) by attribute. */
    HostPage(boolean stream, String charset, String include, Object language) {
      this.stream = stream;
      this.charset = charset;
      this.include = include;
      this.language = language;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws ServletException, IOException {
      response.setContentType("text/html; charset=" + charset);
      if (language != null) {
        request.setAttribute(NewsfeedServlet.LANGUAGE_ATTRIBUTE, language);
      }
      if (stream) {
        OutputStream out = response.getOutputStream();
        out.write("<main>\n".getBytes(StandardCharsets.US_ASCII));
        request.getRequestDispatcher(include).include(request, response);
        out.write("</main>\n".getBytes(StandardCharsets.US_ASCII));
      } else {
        PrintWriter out = response.getWriter();
        out.write("<main>\n");
        request.getRequestDispatcher(include).include(request, response);
        out.write("</main>\n");
      }
    }
  }

  /** Decodes HTML numeric character references, as a browser reading the page would. */
  static String decodeReferences(String html) {
    return Pattern.compile("&#x([0-9A-Fa-f]+);").matcher(html)
        .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
  }

  /** News whose version can be switched or broken, as an edited file would be. */
  static final class Switchable implements NewsProvider {
    private final AtomicReference<Object> next;
    private final AtomicInteger stamp = new AtomicInteger();

    Switchable(NewsFeed first) {
      next = new AtomicReference<>(first);
    }

    void set(NewsFeed feed) {
      next.set(feed);
      stamp.incrementAndGet();
    }

    void breakWith(Diagnostic error) {
      next.set(error);
      stamp.incrementAndGet();
    }

    @Override
    public ParseResult load() {
      Object current = next.get();
      if (current instanceof Diagnostic error) {
        throw new NewsParseException(error);
      }
      return new ParseResult((NewsFeed) current, List.of());
    }

    @Override
    public Object changeStamp() {
      return stamp.get();
    }
  }
}
