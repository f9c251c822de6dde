// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.servlet.DisplayOptions;
import dev.newsfeed.servlet.HttpOptions;
import dev.newsfeed.servlet.LanguageNegotiator;
import dev.newsfeed.servlet.NewsProvider;
import dev.newsfeed.servlet.TickerOptions;
import dev.newsfeed.servlet.TickerRenderer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What endpoints that have answered many requests keep (negotiated languages per request
 * languages, representations per route, header lists per representation, Accept-Encoding answers)
 * never changes an answer: each request of a random sequence gets from them exactly the status,
 * headers and body that endpoints answering it first get.
 */
class EndpointsKeptAnswersPropertyTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
  private static final TickerOptions OPTIONS = TickerOptions.defaults()
      .withDisplay(DisplayOptions.defaults().withMaxItems(4))
      .withHttp(HttpOptions.defaults().withAllowedOrigins(List.of("https://host.example")));
  private static final FeedDocument TITLES = new FeedDocument() {
    @Override
    public String mediaType() {
      return "application/feed+json; charset=utf-8";
    }

    @Override
    public byte[] write(NewsFeed feed, LanguageChain chain, URI self, URI site, Optional<URI> idSite) {
      return (self + " " + site + " " + feed.items().stream().map(item -> chain.resolve(item).text().title())
          .toList()).getBytes(StandardCharsets.UTF_8);
    }
  };

  /** A request, and whether it revalidates with the entity tag its answer will have. */
  record Asked(Endpoints.Request request, boolean revalidates) {}

  @Property(tries = 60)
  void answersFromWhatWasKeptAreTheFirstAnswers(@ForAll("sequences") List<Asked> sequence) {
    try (Served warm = new Served()) {
      for (Asked asked : sequence) {
        Endpoints.Request request = asked.request();
        if (asked.revalidates()) {
          try (Served first = new Served()) {
            Optional<String> etag = first.endpoints.handle(request).header("ETag");
            if (etag.isPresent()) {
              Map<String, String> headers = new HashMap<>(request.headers());
              headers.put("if-none-match", etag.get());
              request = new Endpoints.Request(request.method(), request.path(), request.include(),
                  request.contextPath(), request.basePath(), request.serverUrl(), request.parameters(),
                  headers, request.pageLanguages());
            }
          }
        }
        Endpoints.Response expected;
        try (Served first = new Served()) {
          expected = first.endpoints.handle(request);
        }
        Endpoints.Response kept = warm.endpoints.handle(request);
        assertThat(kept.status()).as("status of %s", request).isEqualTo(expected.status());
        assertThat(kept.headers()).as("headers of %s", request).isEqualTo(expected.headers());
        assertThat(kept.body()).as("body of %s", request).isEqualTo(expected.body());
        assertThat(kept.sendBody()).isEqualTo(expected.sendBody());
      }
    }
  }

  /** Endpoints over one version of the news, with nothing kept yet. */
  private static final class Served implements AutoCloseable {
    final LiveFeed live;
    final Endpoints endpoints;

    Served() {
      live = LiveFeed.load(NewsProvider.of(SampleFeeds.version("A", 6)),
          feed -> LanguageNegotiator.of(Locale.ENGLISH, feed.languages()), CLOCK, "test");
      endpoints = new Endpoints(live, StaticAssets.load(CLOCK.instant()),
          TickerRenderer.create(FormatStyle.LONG), OPTIONS, Map.of("/feed.json", TITLES));
    }

    @Override
    public void close() {
      live.close();
    }
  }

  @Provide
  Arbitrary<List<Asked>> sequences() {
    Arbitrary<Map<String, String>> parameters = Combinators.combine(
            Arbitraries.of("fr", "en", "ar", "fr-CA", "xx", "").optional(0.5),
            Arbitraries.of("1", "3", "0", "abc", "99999999999").optional(0.3),
            Arbitraries.of("link", "none", "bad").optional(0.2),
            Arbitraries.of("Actualités", " ", "<b>&").optional(0.2),
            Arbitraries.of("list", "slides", "scroll", "nope").optional(0.2))
        .as((lang, limit, assets, label, display) -> {
          Map<String, String> all = new HashMap<>();
          lang.ifPresent(v -> all.put(Endpoints.LANG, v));
          limit.ifPresent(v -> all.put(Endpoints.LIMIT, v));
          assets.ifPresent(v -> all.put(Endpoints.ASSETS, v));
          label.ifPresent(v -> all.put(Endpoints.LABEL, v));
          display.ifPresent(v -> all.put(Endpoints.DISPLAY, v));
          return all;
        });
    Arbitrary<Map<String, String>> headers = Combinators.combine(
            Arbitraries.of("fr-CA,fr;q=0.8", "ar-MA", "en-GB, fr;q=0.5", "*", "de").optional(0.6),
            Arbitraries.of("gzip", "gzip, deflate, br", "identity", "gzip;q=0", "*").optional(0.5),
            Arbitraries.of("https://host.example", "https://other.example").optional(0.3),
            Arbitraries.of("*", "\"nope\"").optional(0.1))
        .as((language, encoding, origin, noneMatch) -> {
          Map<String, String> all = new HashMap<>();
          language.ifPresent(v -> all.put("accept-language", v));
          encoding.ifPresent(v -> all.put("accept-encoding", v));
          origin.ifPresent(v -> all.put("origin", v));
          noneMatch.ifPresent(v -> all.put("if-none-match", v));
          return all;
        });
    Arbitrary<Asked> asked = Combinators.combine(
            Arbitraries.of("GET", "GET", "HEAD"),
            Arbitraries.of("/ticker", "/ticker", "/feed.json", "/ticker.css", "/status"),
            Arbitraries.of(false, false, true),
            Arbitraries.of("http://127.0.0.1:8080", "https://www.example.org"),
            parameters, headers,
            Arbitraries.of("fr", "ar-MA", "de").list().ofMaxSize(2),
            Arbitraries.of(false, false, true))
        .as((method, path, include, server, query, sent, page, revalidates) -> new Asked(
            new Endpoints.Request(method, path, include, "/app", "/app/news", server, query, sent,
                include ? page : List.of()),
            revalidates));
    return asked.list().ofMinSize(1).ofMaxSize(25);
  }
}
