// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.servlet.AssetLinks;
import dev.newsfeed.servlet.DisplayOptions;
import dev.newsfeed.servlet.HttpOptions;
import dev.newsfeed.servlet.LanguageNegotiator;
import dev.newsfeed.servlet.NewsProvider;
import dev.newsfeed.servlet.TickerOptions;
import dev.newsfeed.servlet.TickerRenderer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

  /** A toy JSON feed document, standing in for core's writers. */
  private static final FeedDocument TITLES = new FeedDocument() {
    @Override
    public String mediaType() {
      return "application/feed+json; charset=utf-8";
    }

    @Override
    public byte[] write(NewsFeed feed, LanguageChain chain, URI self, URI site,
        Optional<URI> idSite) {
      return (self + " " + site + " " + feed.items().stream().map(item -> chain.resolve(item).text().title())
          .toList()).getBytes(StandardCharsets.UTF_8);
    }
  };

  private Endpoints endpoints;
  private StaticAssets assets;

  @BeforeEach
  void setUp() throws IOException {
    endpoints = endpoints(TickerOptions.defaults()
        .withDisplay(DisplayOptions.defaults().withMaxItems(3))
        .withHttp(HttpOptions.defaults().withAllowedOrigins(List.of("https://host.example"))));
  }

  private Endpoints endpoints(TickerOptions options) throws IOException {
    LiveFeed live = LiveFeed.load(
        NewsProvider.of(SampleFeeds.version("A", 5)),
        feed -> LanguageNegotiator.of(Locale.ENGLISH, feed.languages()), CLOCK, "test");
    assets = StaticAssets.load();
    return new Endpoints(live, assets, TickerRenderer.create(FormatStyle.LONG), options,
        Map.of("/feed.json", TITLES));
  }

  private static final class Get {
    String method = "GET";
    String path;
    boolean include;
    String serverUrl = "http://127.0.0.1:8080";
    final Map<String, String> parameters = new HashMap<>();
    final Map<String, String> headers = new HashMap<>();

    Get(String path) {
      this.path = path;
    }

    Get param(String name, String value) {
      parameters.put(name, value);
      return this;
    }

    Get header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Get method(String value) {
      method = value;
      return this;
    }

    Get server(String url) {
      serverUrl = url;
      return this;
    }

    Get include() {
      include = true;
      return this;
    }

    Endpoints.Request request() {
      return new Endpoints.Request(
          method, path, include, "/app", "/app/news", serverUrl, parameters, headers);
    }
  }

  private Endpoints.Response handle(Get get) {
    return endpoints.handle(get.request());
  }

  @Test
  void theTickerIsTheFragmentWithVersionedAssetUrlsAndCachingHeaders() {
    Endpoints.Response response = handle(new Get("/ticker"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.sendBody()).isTrue();
    assertThat(response.header("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(response.header("Content-Language")).hasValue("en");
    assertThat(response.header("Vary")).hasValue("Accept-Language, Origin");
    assertThat(response.header("Cache-Control")).hasValue("public, max-age=60");
    // No Last-Modified: no instance-independent date exists (see Representation).
    assertThat(response.header("Last-Modified")).isEmpty();
    assertThat(response.header("ETag")).hasValue(Representation.etagOf(response.body()));
    assertThat(response.text())
        .startsWith("<section class=\"nf-ticker\" lang=\"en\"")
        .contains("<link rel=\"stylesheet\" href=\"/app/news/ticker.css?v=" + assets.get("ticker.css").version() + "\">")
        .contains("<script src=\"/app/news/ticker.js?v=" + assets.get("ticker.js").version() + "\" defer></script>");
  }

  @Test
  void theSameNewsGivesTheSameEntityTagOnEveryInstance() throws IOException {
    Endpoints other = endpoints(TickerOptions.defaults()
        .withDisplay(DisplayOptions.defaults().withMaxItems(3))
        .withHttp(HttpOptions.defaults().withAllowedOrigins(List.of("https://host.example"))));
    assertThat(other.handle(new Get("/ticker").request()).header("ETag"))
        .isEqualTo(handle(new Get("/ticker")).header("ETag"));
  }

  @Test
  void theLanguageComesFromLangThenAcceptLanguage() {
    assertThat(handle(new Get("/ticker").param("lang", "fr").header("accept-language", "en")).text())
        .contains("lang=\"fr\"").contains("Version A article 0");
    assertThat(handle(new Get("/ticker").header("accept-language", "de, fr;q=0.5")).header("Content-Language"))
        .hasValue("fr");
    assertThat(handle(new Get("/ticker").param("lang", "%%%").header("accept-language", "fr")).header("Content-Language"))
        .hasValue("fr");
  }

  @Test
  void limitIsClampedToTheMaximum() {
    assertThat(handle(new Get("/ticker").param("limit", "2")).text()).containsOnlyOnce("Version A item 1").doesNotContain("item 2");
    for (String big : List.of("4", "1000", "99999999999999999999999", "0003")) {
      String html = handle(new Get("/ticker").param("limit", big)).text();
      assertThat(html).as(big).contains("item 2").doesNotContain("item 3");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "000", "-1", "+2", "abc", "1.5", " 2", "２", "1e3"})
  void aLimitThatIsNotAPositiveIntegerIsABadRequestWithAOneLineReason(String limit) {
    Endpoints.Response response = handle(new Get("/ticker").param("limit", limit));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(response.text()).isEqualTo("limit must be a positive integer such as 5.\n");
  }

  @Test
  void aHugeLimitIsABadRequestNotAnError() {
    assertThat(handle(new Get("/ticker").param("limit", "9".repeat(100_000))).status()).isEqualTo(400);
  }

  @Test
  void assetsNoneLeavesTheLinksOutAndAnythingElseIsABadRequest() {
    assertThat(handle(new Get("/ticker").param("assets", "none")).text()).doesNotContain("<link", "<script");
    assertThat(handle(new Get("/ticker").param("assets", "inline")).status()).isEqualTo(400);
  }

  @Test
  void theConfiguredAssetLinksAreTheDefault() throws IOException {
    Endpoints none = endpoints(TickerOptions.defaults().withDisplay(DisplayOptions.defaults().withAssets(AssetLinks.NONE)));
    assertThat(none.handle(new Get("/ticker").request()).text()).doesNotContain("<link");
    assertThat(none.handle(new Get("/ticker").param("assets", "link").request()).text()).contains("<link");
  }

  @Test
  void aMatchingEntityTagGivesA304WithoutBodyButWithItsHeaders() {
    String etag = handle(new Get("/ticker")).header("ETag").orElseThrow();
    Endpoints.Response response = handle(new Get("/ticker").header("if-none-match", etag));
    assertThat(response.status()).isEqualTo(304);
    assertThat(response.sendBody()).isFalse();
    assertThat(response.header("ETag")).hasValue(etag);
    assertThat(response.header("Vary")).hasValue("Accept-Language, Origin");
    assertThat(response.header("Cache-Control")).hasValue("public, max-age=60");
    assertThat(response.header("Content-Type")).isEmpty();
  }

  @Test
  void ifModifiedSinceIsIgnoredSinceNoResponseHasAModificationDate() {
    // RFC 9110 §13.1.3: without a Last-Modified, If-Modified-Since must be ignored.
    String since = "Sun, 29 Nov 2099 10:00:00 GMT";
    assertThat(handle(new Get("/ticker").header("if-modified-since", since)).status()).isEqualTo(200);
    String etag = handle(new Get("/ticker")).header("ETag").orElseThrow();
    assertThat(handle(new Get("/ticker").header("if-modified-since", "garbage").header("if-none-match", etag))
        .status()).isEqualTo(304);
  }

  @Test
  void headAnswersLikeGetWithoutTheBody() {
    Endpoints.Response get = handle(new Get("/ticker"));
    Endpoints.Response head = handle(new Get("/ticker").method("HEAD"));
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.sendBody()).isFalse();
    assertThat(head.headers()).isEqualTo(get.headers());
    assertThat(head.body()).isEqualTo(get.body());
  }

  @Test
  void theVersionedAssetIsImmutableAndAnyOtherUrlIsRevalidated() {
    StaticAssets.Asset js = assets.get("ticker.js");
    Endpoints.Response versioned = handle(new Get("/ticker.js").param("v", js.version()));
    assertThat(versioned.status()).isEqualTo(200);
    assertThat(versioned.header("Content-Type")).hasValue("text/javascript; charset=utf-8");
    assertThat(versioned.header("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    assertThat(versioned.body()).isEqualTo(js.representation().body());
    assertThat(handle(new Get("/ticker.js")).header("Cache-Control")).hasValue("no-cache");
    assertThat(handle(new Get("/ticker.css").param("v", "old")).header("Cache-Control")).hasValue("no-cache");
    assertThat(handle(new Get("/ticker.css")).header("Content-Type")).hasValue("text/css; charset=utf-8");
  }

  @Test
  void aFeedIsWrittenForTheNegotiatedLanguageAndLimit() {
    Endpoints.Response response = handle(new Get("/feed.json").param("lang", "fr").param("limit", "2"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).hasValue("application/feed+json; charset=utf-8");
    assertThat(response.header("Content-Language")).hasValue("fr");
    assertThat(response.text()).isEqualTo("http://127.0.0.1:8080/app/news/feed.json?lang=fr"
        + " http://127.0.0.1:8080/app/ [Version A article 0, Version A article 1]");
  }

  @Test
  void aConfiguredSiteUrlIsUsedForFeedLinksWhateverTheRequestSays() throws IOException {
    Endpoints behindProxy = endpoints(TickerOptions.defaults()
        .withHttp(HttpOptions.defaults().withSiteUrl(java.util.Optional.of(URI.create("https://www.example.org/")))));
    assertThat(behindProxy.handle(new Get("/feed.json").request()).text())
        .startsWith("https://www.example.org/app/news/feed.json?lang=en https://www.example.org/app/ [");
  }

  @Test
  void theContextPathGoesBelowTheSiteUrlsOwnPath() throws IOException {
    Endpoints underPrefix = endpoints(TickerOptions.defaults()
        .withHttp(HttpOptions.defaults().withSiteUrl(java.util.Optional.of(URI.create("https://www.example.org/portal")))));
    assertThat(underPrefix.handle(new Get("/feed.json").request()).text())
        .startsWith("https://www.example.org/portal/app/news/feed.json?lang=en"
            + " https://www.example.org/portal/app/ [");
  }

  @Test
  void inTheRootContextTheSiteLinkIsTheServerRoot() {
    Endpoints.Request root = new Endpoints.Request("GET", "/feed.json", false, "", "/news",
        "http://127.0.0.1:8080", Map.of(), Map.of());
    assertThat(endpoints.handle(root).text())
        .startsWith("http://127.0.0.1:8080/news/feed.json?lang=en http://127.0.0.1:8080/ [");
  }

  @Test
  void aBasePathOutsideTheContextPathIsRefused() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new Endpoints.Request("GET", "/feed.json", false, "/app", "/news",
            "http://127.0.0.1:8080", Map.of(), Map.of()))
        .withMessage("basePath /news does not start with contextPath /app");
  }

  @Test
  void statusReportsTheVersionAndCountsAndIsNeverCached() {
    Endpoints.Response response = handle(new Get("/status"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).hasValue("application/json");
    assertThat(response.header("Cache-Control")).hasValue("no-store");
    assertThat(response.text())
        .contains("\"generation\": 1")
        .contains("\"items\": 5")
        .contains("\"en\": 5")
        .contains("\"fr\": 5")
        .contains("\"lastReload\": \"2026-11-29T10:00:00Z\"")
        .contains("\"lastReloadSucceeded\": true")
        .contains("\"diagnostics\": [");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "/tickers", "/ticker/", "/TICKER", "/feed.xml", "/../ticker", "/ticker.css/x", "/internal/ticker.js"})
  void anUnknownPathIsNotFound(String path) {
    Endpoints.Response response = handle(new Get(path));
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(response.text()).endsWith(".\n").doesNotContain(path.isEmpty() ? "\u0000" : path + ".");
  }

  @Test
  void otherMethodsAreNotAllowed() {
    Endpoints.Response response = handle(new Get("/ticker").method("POST"));
    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).hasValue("GET, HEAD, OPTIONS");
  }

  @Test
  void anAllowedOriginIsEchoedAndOthersGetNoCorsHeader() {
    assertThat(handle(new Get("/ticker").header("origin", "https://host.example")).header("Access-Control-Allow-Origin"))
        .hasValue("https://host.example");
    assertThat(handle(new Get("/ticker").header("origin", "https://evil.example")).header("Access-Control-Allow-Origin"))
        .isEmpty();
    assertThat(handle(new Get("/ticker")).header("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void noOriginsConfiguredMeansNoCorsAtAllAndNoVaryOnOrigin() throws IOException {
    Endpoints closed = endpoints(TickerOptions.defaults());
    Endpoints.Response response = closed.handle(new Get("/ticker").header("origin", "https://host.example").request());
    assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
    assertThat(response.header("Vary")).hasValue("Accept-Language");
  }

  @Test
  void aPreflightFromAnAllowedOriginIsAnswered() {
    Endpoints.Response response = handle(new Get("/ticker").method("OPTIONS")
        .header("origin", "https://host.example").header("access-control-request-method", "GET"));
    assertThat(response.status()).isEqualTo(204);
    assertThat(response.header("Access-Control-Allow-Origin")).hasValue("https://host.example");
    assertThat(response.header("Access-Control-Allow-Methods")).hasValue("GET, HEAD");
    assertThat(response.header("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void aPreflightFromAnotherOriginOrForAnotherMethodIsNotAllowed() {
    assertThat(handle(new Get("/ticker").method("OPTIONS")
        .header("origin", "https://evil.example").header("access-control-request-method", "GET"))
        .header("Access-Control-Allow-Origin")).isEmpty();
    assertThat(handle(new Get("/ticker").method("OPTIONS")
        .header("origin", "https://host.example").header("access-control-request-method", "DELETE"))
        .header("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void anIncludeIgnoresConditionalHeadersAndGetsTheFragment() {
    String etag = handle(new Get("/ticker")).header("ETag").orElseThrow();
    Endpoints.Response response = handle(new Get("/ticker").include().header("if-none-match", etag));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text()).startsWith("<section class=\"nf-ticker\"");
  }

  @Test
  void renderedFragmentsAreCachedPerLanguageAndLimit() {
    handle(new Get("/ticker"));
    handle(new Get("/ticker"));
    handle(new Get("/ticker").param("lang", "fr"));
    handle(new Get("/ticker").param("limit", "1"));
    assertThat(handle(new Get("/ticker")).body()).isSameAs(handle(new Get("/ticker")).body());
  }

  @Test
  void entryIdsNeverFollowTheRequestsHostButLinksDoWhenNoSiteUrlIsSet() throws IOException {
    Endpoints real = new Endpoints(
        LiveFeed.load(NewsProvider.of(SampleFeeds.version("A", 2)),
            feed -> LanguageNegotiator.of(Locale.ENGLISH, feed.languages()), CLOCK, "test"),
        StaticAssets.load(), TickerRenderer.create(FormatStyle.LONG), TickerOptions.defaults(),
        FeedDocuments.available());
    String one = real.handle(new Get("/feed.atom").server("http://news.example.org").request()).text();
    String two = real.handle(new Get("/feed.atom").server("http://evil.example").request()).text();
    java.util.function.Function<String, List<String>> ids = atom -> java.util.regex.Pattern
        .compile("<id>(tag:[^<]*)</id>").matcher(atom).results().map(m -> m.group(1)).toList();
    assertThat(ids.apply(one)).isNotEmpty().allMatch(id -> id.startsWith("tag:localhost,"))
        .isEqualTo(ids.apply(two));
    assertThat(one).contains("href=\"http://news.example.org/app/\"");
    assertThat(two).contains("href=\"http://evil.example/app/\"");
  }
}
