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

  private LiveFeed live;

  private LiveFeed live() {
    return live;
  }

  private Endpoints endpoints(TickerOptions options) throws IOException {
    live = LiveFeed.load(
        NewsProvider.of(SampleFeeds.version("A", 5)),
        feed -> LanguageNegotiator.of(Locale.ENGLISH, feed.languages()), CLOCK, "test");
    assets = StaticAssets.load(CLOCK.instant());
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
    final List<String> pageLanguages = new java.util.ArrayList<>();

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

    Get pageLanguage(String tag) {
      pageLanguages.add(tag);
      return this;
    }

    Endpoints.Request request() {
      return new Endpoints.Request(method, path, include, "/app", "/app/news", serverUrl,
          parameters, headers, pageLanguages);
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
    assertThat(response.header("Vary")).hasValue("Accept-Language, Accept-Encoding, Origin");
    assertThat(response.header("Cache-Control")).hasValue("public, max-age=60");
    // No Last-Modified: no instance-independent date exists (see Endpoints.conditional).
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
    assertThat(response.header("Vary")).hasValue("Accept-Language, Accept-Encoding, Origin");
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
    assertThat(response.header("Vary")).hasValue("Accept-Language, Accept-Encoding");
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
  void theFormattingLocaleIsPartOfTheCacheKeyAndContentLanguageIsTheContentsLanguage() {
    Endpoints.Response fr = handle(new Get("/ticker").param("lang", "fr"));
    Endpoints.Response frCa = handle(new Get("/ticker").header("accept-language", "fr-CA"));
    assertThat(fr.header("Content-Language")).hasValue("fr");
    assertThat(frCa.header("Content-Language")).hasValue("fr");
    // fr-CA writes "30 juillet 2016" too, but is another representation, rendered for it.
    assertThat(frCa.text()).contains(">30 juillet 2016</time>");
    assertThat(live().state().snapshot().cachedCount()).isEqualTo(2);
  }

  @Test
  void anIncludeTakesThePagesLanguageAfterItsOwnLangAndBeforeTheHeader() {
    Endpoints.Response page = handle(new Get("/ticker").include().pageLanguage("fr").header("accept-language", "en"));
    assertThat(page.text()).startsWith("<section class=\"nf-ticker\" lang=\"fr\"");
    Endpoints.Response own = handle(new Get("/ticker").include().param("lang", "en").pageLanguage("fr"));
    assertThat(own.text()).startsWith("<section class=\"nf-ticker\" lang=\"en\"");
    Endpoints.Response unsupported = handle(new Get("/ticker").include().pageLanguage("de").pageLanguage("fr-MA"));
    assertThat(unsupported.text()).startsWith("<section class=\"nf-ticker\" lang=\"fr\"");
  }

  @Test
  void aNonMatchingIfMatchIsA412AndAMatchingOneIsServed() {
    Endpoints.Response current = handle(new Get("/ticker"));
    String etag = current.header("ETag").orElseThrow();
    Endpoints.Response failed = handle(new Get("/ticker").header("if-match", "\"stale\""));
    assertThat(failed.status()).isEqualTo(412);
    assertThat(failed.text()).isEqualTo("Precondition failed: the current representation has the entity tag " + etag + ".\n");
    assertThat(failed.header("ETag")).hasValue(etag);
    assertThat(handle(new Get("/ticker").header("if-match", "\"stale\", " + etag)).status()).isEqualTo(200);
    assertThat(handle(new Get("/ticker").header("if-match", "*")).status()).isEqualTo(200);
    // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches.
    assertThat(handle(new Get("/ticker").header("if-match", "W/" + etag)).status()).isEqualTo(412);
    assertThat(handle(new Get("/ticker").header("if-match", "garbage")).status()).isEqualTo(412);
    assertThat(handle(new Get("/ticker.css").header("if-match", "\"stale\"")).status()).isEqualTo(412);
    // An include answers the page's request, whose preconditions are not the fragment's.
    assertThat(handle(new Get("/ticker").include().header("if-match", "\"stale\"")).status()).isEqualTo(200);
  }

  @Test
  void ifUnmodifiedSinceIsIgnoredSinceNoResponseHasAModificationDate() {
    // RFC 9110 §13.1.4: without a modification date, If-Unmodified-Since must be ignored.
    assertThat(handle(new Get("/ticker").header("if-unmodified-since", "Sat, 01 Jan 2000 00:00:00 GMT")).status())
        .isEqualTo(200);
  }

  @Test
  void gzipIsMadeOncePerVersionAndServedWhenAcceptedWithItsOwnTag() throws IOException {
    Endpoints.Response plain = handle(new Get("/ticker"));
    Endpoints.Response gzip = handle(new Get("/ticker").header("accept-encoding", "br, gzip;q=0.5"));
    assertThat(gzip.header("Content-Encoding")).hasValue("gzip");
    assertThat(plain.header("Content-Encoding")).isEmpty();
    assertThat(gzip.header("Vary")).hasValueSatisfying(vary -> assertThat(vary).contains("Accept-Encoding"));
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
    String etag = plain.header("ETag").orElseThrow();
    assertThat(gzip.header("ETag")).hasValue(etag.substring(0, etag.length() - 1) + "-gz\"");
    // The same bytes for the next request: compressed once, kept with the representation.
    assertThat(handle(new Get("/ticker").header("accept-encoding", "gzip")).body()).isSameAs(gzip.body());
    Endpoints.Response revalidated = handle(new Get("/ticker").header("accept-encoding", "gzip")
        .header("if-none-match", gzip.header("ETag").orElseThrow()));
    assertThat(revalidated.status()).isEqualTo(304);
    assertThat(handle(new Get("/ticker.js").header("accept-encoding", "gzip")).header("Content-Encoding")).hasValue("gzip");
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip;q=0", "identity", "deflate, br", "*;q=0", "gzip;q=0, *", "gzip;q=2", "gzip;q=abc"})
  void gzipIsNotSentWhenNotAccepted(String acceptEncoding) {
    assertThat(handle(new Get("/ticker").header("accept-encoding", acceptEncoding)).header("Content-Encoding"))
        .as(acceptEncoding).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "x-gzip", "GZIP", "deflate;q=0.9, gzip;q=0.001", "gzip;q=0, x-gzip"})
  void gzipIsSentWhenAccepted(String acceptEncoding) {
    assertThat(handle(new Get("/ticker").header("accept-encoding", acceptEncoding)).header("Content-Encoding"))
        .as(acceptEncoding).hasValue("gzip");
  }

  @Test
  void anIncludeIsNeverCompressed() {
    Endpoints.Response included = handle(new Get("/ticker").include().header("accept-encoding", "gzip"));
    assertThat(included.header("Content-Encoding")).isEmpty();
    assertThat(included.text()).startsWith("<section");
  }

  @Test
  void statusHasAnEntityTagAndRevalidates() {
    Endpoints.Response status = handle(new Get("/status"));
    assertThat(status.header("ETag")).hasValue(Representation.etagOf(status.body()));
    assertThat(status.header("Last-Modified")).isEmpty();
    assertThat(status.header("Cache-Control")).hasValue("no-store");
    assertThat(handle(new Get("/status").header("if-none-match", status.header("ETag").orElseThrow())).status())
        .isEqualTo(304);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aBlankOrOverlongLabelIsA400(String label) {
    assertThat(handle(new Get("/ticker").param("label", label)).status()).isEqualTo(400);
    assertThat(handle(new Get("/ticker").param("label", "x".repeat(101))).text())
        .isEqualTo("label must be 1 to 100 characters.\n");
  }

  @Test
  void theLabelParameterNamesTheRegion() {
    assertThat(handle(new Get("/ticker").param("label", " Press releases ")).text())
        .contains(" aria-label=\"Press releases\" ");
  }

  @Test
  void entryIdsNeverFollowTheRequestsHostButLinksDoWhenNoSiteUrlIsSet() throws IOException {
    Endpoints real = new Endpoints(
        LiveFeed.load(NewsProvider.of(SampleFeeds.version("A", 2)),
            feed -> LanguageNegotiator.of(Locale.ENGLISH, feed.languages()), CLOCK, "test"),
        StaticAssets.load(CLOCK.instant()), TickerRenderer.create(FormatStyle.LONG),
        TickerOptions.defaults(), FeedDocuments.available());
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
