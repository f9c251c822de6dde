// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.examples.demo.DemoServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two demo instances with the same sources behind Debian's nginx as a shared cache, configured by
 * {@code examples/scale-out/nginx.conf} (the file README recommends), everything on loopback:
 * what a reader gets through the cache. Needs nginx, and fails saying how to install it where it
 * is missing ({@code .ci/run} installs it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NginxScaleOutTest {

  private static final Path NGINX = Path.of("/usr/sbin/nginx");
  private static final String TICKER = "news/ticker";

  @TempDir static Path work;

  private static final List<Server> instances = new ArrayList<>();
  private static final List<URI> direct = new ArrayList<>();
  private static Process nginx;
  private static URI proxy;
  private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startTwoInstancesBehindNginx() throws Exception {
    assertThat(Files.isExecutable(NGINX))
        .as("the scale-out test needs Debian's nginx at " + NGINX
            + "; install it with `sudo apt-get install -y nginx`")
        .isTrue();
    for (String instance : List.of("a", "b")) {
      Path dir = Files.createDirectories(work.resolve(instance));
      List<Path> feeds = new ArrayList<>();
      for (String[] sample : new String[][] {
          {"seed.fr.txt", "news.fr.txt"}, {"news.en.txt", "news.en.txt"}, {"news.ar.txt", "news.ar.txt"}}) {
        try (InputStream in = NginxScaleOutTest.class.getResourceAsStream(
            "/dev/newsfeed/examples/samples/" + sample[0])) {
          feeds.add(Files.write(dir.resolve(sample[1]), in.readAllBytes()));
        }
      }
      // The recommended policy, but fresh for one second only, so that revalidation shows quickly.
      Server server = DemoServer.newServer(0, feeds, DemoServer.BEHIND_A_CACHE.withCacheMaxAge(Duration.ofSeconds(1)));
      server.start();
      instances.add(server);
      direct.add(DemoServer.baseUri(server));
    }
    int listen;
    try (ServerSocket socket = new ServerSocket(0)) {
      listen = socket.getLocalPort();
    }
    String config = Files.readString(Path.of("scale-out", "nginx.conf"), StandardCharsets.UTF_8)
        .replace("@PREFIX@", work.toString())
        .replace("@INSTANCE_A@", String.valueOf(direct.get(0).getPort()))
        .replace("@INSTANCE_B@", String.valueOf(direct.get(1).getPort()))
        .replace("@LISTEN@", String.valueOf(listen))
        .replace("@USER@", System.getProperty("user.name").equals("root") ? "user root;" : "");
    Path conf = Files.writeString(work.resolve("nginx.conf"), config, StandardCharsets.UTF_8);
    nginx = new ProcessBuilder(NGINX.toString(), "-p", work.toString(), "-c", conf.toString(), "-g", "daemon off;")
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("nginx.out").toFile())
        .start();
    proxy = URI.create("http://127.0.0.1:" + listen + "/");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try {
        get(proxy, "news/status", "en");
        break;
      } catch (IOException e) {
        assertThat(nginx.isAlive()).as("nginx stopped: " + Files.readString(work.resolve("nginx.out"))).isTrue();
        assertThat(System.nanoTime()).as("nginx did not start listening").isLessThan(deadline);
        Thread.sleep(100);
      }
    }
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (nginx != null) {
      nginx.destroy();
      nginx.waitFor(10, TimeUnit.SECONDS);
    }
    for (Server server : instances) {
      server.stop();
    }
  }

  private static HttpResponse<String> get(URI base, String path, String language, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("(none)");
  }

  @Test
  @Order(1)
  void bothInstancesAnswerTheSameBytesAndValidators() throws Exception {
    HttpResponse<String> a = get(direct.get(0), TICKER, "fr");
    HttpResponse<String> b = get(direct.get(1), TICKER, "fr");
    assertThat(a.statusCode()).isEqualTo(200);
    assertThat(b.body()).isEqualTo(a.body());
    assertThat(header(b, "ETag")).isEqualTo(header(a, "ETag")).startsWith("\"");
    assertThat(header(a, "Vary")).contains("Accept-Language");
    assertThat(header(a, "Cache-Control")).isEqualTo("public, max-age=1, stale-while-revalidate=30, stale-if-error=86400");
  }

  @Test
  @Order(1)
  void noResponseCarriesALastModifiedDirectlyOrThroughTheCache() throws Exception {
    // The strong ETag is the only validator (README, "Caching"): no date is shared by every
    // instance, and one they disagreed on would get a 304 from one and a 200 from the other.
    for (URI base : List.of(direct.get(0), direct.get(1), proxy)) {
      for (String path : List.of(TICKER, "news/feed.atom", "news/feed.json", "news/status")) {
        HttpResponse<String> response = get(base, path, "fr");
        assertThat(response.statusCode()).as(base + path).isEqualTo(200);
        assertThat(response.headers().firstValue("Last-Modified")).as(base + path).isEmpty();
        assertThat(header(response, "ETag")).as(base + path).startsWith("\"");
      }
    }
    HttpResponse<String> notModified = get(proxy, TICKER, "fr", "If-None-Match", header(get(proxy, TICKER, "fr"), "ETag"));
    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(notModified.headers().firstValue("Last-Modified")).isEmpty();
  }

  @Test
  @Order(1)
  void ifModifiedSinceNeverGetsA304WithoutADateToCompare() throws Exception {
    // nginx answers If-Modified-Since from its cache only when the cached response has a
    // Last-Modified; with none, every instance and the cache send the full response.
    String future = "Fri, 01 Jan 2100 00:00:00 GMT";
    HttpResponse<String> full = get(direct.get(0), TICKER, "fr");
    for (URI base : List.of(direct.get(0), direct.get(1), proxy, proxy)) {
      HttpResponse<String> response = get(base, TICKER, "fr", "If-Modified-Since", future);
      assertThat(response.statusCode()).as(base.toString()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(full.body());
    }
  }

  @Test
  @Order(2)
  void theCacheKeepsLanguagesApartAndServesRepeatsItself() throws Exception {
    HttpResponse<String> french = get(proxy, TICKER, "fr");
    HttpResponse<String> arabic = get(proxy, TICKER, "ar");
    HttpResponse<String> frenchAgain = get(proxy, TICKER, "fr");

    assertThat(french.body()).contains("lang=\"fr\"").doesNotContain("lang=\"ar\" dir=\"rtl\" aria-label");
    assertThat(arabic.body()).contains("lang=\"ar\" dir=\"rtl\"");
    assertThat(frenchAgain.body()).isEqualTo(french.body());
    assertThat(header(frenchAgain, "X-Cache-Status")).isEqualTo("HIT");
    assertThat(header(frenchAgain, "ETag")).isEqualTo(header(get(direct.get(1), TICKER, "fr"), "ETag"));
  }

  @Test
  @Order(3)
  void conditionalRequestsAreAnsweredWith304AndExpiredEntriesRevalidateUpstream() throws Exception {
    String etag = header(get(proxy, TICKER, "fr"), "ETag");
    HttpResponse<String> conditional = get(proxy, TICKER, "fr", "If-None-Match", etag);
    assertThat(conditional.statusCode()).isEqualTo(304);
    assertThat(conditional.body()).isEmpty();

    // Past max-age, nginx asks an instance with If-None-Match and keeps its copy on the 304:
    // stale-while-revalidate answers at once from the cache while that happens in the background.
    HttpResponse<String> stale = get(proxy, TICKER, "fr");
    for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        header(stale, "X-Cache-Status").equals("HIT") && System.nanoTime() < deadline; ) {
      Thread.sleep(250);
      stale = get(proxy, TICKER, "fr");
    }
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(header(stale, "X-Cache-Status")).isIn("STALE", "UPDATING", "REVALIDATED");
    assertThat(header(stale, "ETag")).isEqualTo(etag);
    assertThat(await(() -> accessLog().contains("cache=REVALIDATED")
        || accessLog().lines().anyMatch(l -> l.contains("upstream_status=304"))))
        .as(accessLog()).isTrue();
  }

  @Test
  @Order(4)
  void aBrokenSourceOnOneInstanceNeverReachesClients() throws Exception {
    HttpResponse<String> good = get(direct.get(0), TICKER, "fr");
    Path broken = work.resolve("b").resolve("news.fr.txt");
    Path next = work.resolve("b").resolve("next.tmp");
    Files.writeString(next, "07/30/2016\n\nUn résumé sans titre.\n", StandardCharsets.UTF_8);
    Files.move(next, broken, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertThat(await(() -> get(direct.get(1), "news/status", "fr").body().contains("\"lastReloadSucceeded\": false")))
        .as("instance B reports its broken source").isTrue();

    for (int i = 0; i < 6; i++) {
      HttpResponse<String> through = get(proxy, TICKER, "fr");
      assertThat(through.statusCode()).isEqualTo(200);
      assertThat(through.body()).isEqualTo(good.body());
      assertThat(header(through, "ETag")).isEqualTo(header(good, "ETag"));
      Thread.sleep(300);
    }
    // Instance B itself keeps serving its last good version, the same bytes as A's.
    assertThat(get(direct.get(1), TICKER, "fr").body()).isEqualTo(good.body());
  }

  private static String accessLog() {
    try {
      return Files.readString(work.resolve("access.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Polls for up to 15 s. */
  private static boolean await(Check check) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (check.holds()) {
        return true;
      }
      Thread.sleep(100);
    }
    return check.holds();
  }

  @FunctionalInterface
  private interface Check {
    boolean holds() throws Exception;
  }
}
