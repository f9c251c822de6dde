// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.newsfeed.servlet.FeedServer;
import dev.newsfeed.servlet.FetchSettings;
import dev.newsfeed.source.SourceOptions;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * A feed served over TLS on loopback (a self-signed certificate for 127.0.0.1, kept in the test
 * resources): read over https, and a redirect from it to plain http is refused, so that a
 * feed fetched securely never silently continues in the clear.
 */
class HttpsRedirectTest {

  private static final char[] PASSWORD = "newsfeed-test".toCharArray();

  @Test
  void aFeedIsReadOverHttpsButARedirectToHttpIsRefused() throws Exception {
    SSLContext tls = tls();
    HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    FeedServer plain = FeedServer.start();
    plain.on("/feed/", FeedServer.document("application/rss+xml", FeedServer.resource("feeds/wordpress.rss"), "\"1\"", "x"));
    server.createContext("/feed/", FeedServer.handler(FeedServer.document("application/rss+xml",
        FeedServer.resource("feeds/wordpress.rss"), "\"1\"", "Sat, 30 Jul 2016 09:12:44 GMT")));
    server.createContext("/downgrade/",
        FeedServer.handler(FeedServer.redirect(302, plain.url("/feed/").toString())));
    server.start();
    URI https = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    HttpClient client = HttpClient.newBuilder().sslContext(tls)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    try {
      HttpSource secure = source(client, https.resolve("/feed/"));
      secure.fetch().get(10, TimeUnit.SECONDS);
      assertThat(secure.statuses().get(0).health()).isEqualTo(SourceStatus.Health.OK);
      assertThat(secure.versions()).singleElement()
          .satisfies(v -> assertThat(v.result().feed().size()).isEqualTo(3));

      HttpSource downgraded = source(client, https.resolve("/downgrade/"));
      downgraded.fetch().get(10, TimeUnit.SECONDS);
      assertThat(downgraded.statuses().get(0).diagnostics()).singleElement().asString()
          .endsWith("refused a redirect from " + https.resolve("/downgrade/") + " to "
              + plain.url("/feed/") + ": from https to http");
      assertThat(plain.count("/feed/")).as("the plain-http URL is never requested").isZero();
    } finally {
      server.stop(0);
      plain.close();
    }
  }

  private static HttpSource source(HttpClient client, URI uri) {
    return new HttpSource(uri, client, FetchSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)),
        TickerSources.parser(SourceOptions.defaults()), Clock.systemUTC(), new SplittableRandom());
  }

  /** Serves with the test certificate and trusts only it. */
  private static SSLContext tls() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = HttpsRedirectTest.class.getClassLoader().getResourceAsStream("tls/loopback.p12")) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }
}
