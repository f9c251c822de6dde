// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code serve} command's arguments, checked before anything starts. ({@code ServeJarIT} runs
 * the command itself, from the built jar.)
 */
class ServeCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theUsageListsServe() {
    assertThat(run("help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("  serve [--port N] [--lang TAG] [--behind-cache] [--feed FILE|URL]...");
  }

  @Test
  void aPortThatIsNotATcpPortIsAUsageError() {
    assertThat(run("serve", "--port", "65536")).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --port must be a number from 0 to 65535, not 65536");
    err.reset();
    assertThat(run("serve", "--port", "eighty")).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --port must be a number from 0 to 65535, not eighty");
  }

  @Test
  void filesAreGivenWithFeedNotAsOperands() {
    assertThat(run("serve", "news.fr.txt")).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: serve takes no FILE operands, give news files with --feed: news.fr.txt");
  }

  @Test
  void aMissingFeedFileIsReportedByNameBeforeAnythingStarts() {
    assertThat(run("serve", "--port", "0", "--feed", "no-such.fr.txt", "--feed=neither.en.txt")).isEqualTo(1);
    assertThat(err().lines()).containsExactly(
        "no-such.fr.txt: error: no such file", "neither.en.txt: error: no such file");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void langNeedsAFeedAndMayNotOverrideTheLanguagesOfSeveralNamedFeeds(@TempDir Path dir) throws IOException {
    assertThat(run("serve", "--lang", "en")).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --lang gives the language of --feed files; give at least one");
    err.reset();
    assertThat(run("serve", "--lang", "not a tag", "--feed", "pom.xml")).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --lang: ");
    err.reset();
    Path french = Files.writeString(dir.resolve("news.fr.txt"), "Titre\n\n07/30/2016\n\nRésumé.\n");
    Path unnamed = Files.writeString(dir.resolve("news.txt"), "Title\n\n07/30/2016\n\nSummary.\n");
    assertThat(run("serve", "--lang", "en", "--feed", unnamed.toString(), "--feed", french.toString())).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --lang gives every --feed one language, but " + french
        + " declares its own: with several languages, name each file for its language (news.fr.txt, news.en.txt)");
  }

  private static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
      + "<title>Actualités</title><link>https://cms.example/</link><description>OIM</description><language>fr</language>"
      + "<item><title>Un article du CMS</title><link>https://cms.example/1</link>"
      + "<pubDate>Sat, 30 Jul 2016 09:00:00 GMT</pubDate><guid>https://cms.example/1</guid></item>"
      + "</channel></rss>";

  @Test
  void aFeedByUrlAndAFileAreServedTogether(@TempDir Path dir) throws Exception {
    HttpServer cms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    cms.createContext("/feed/", exchange -> {
      byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=UTF-8");
      exchange.sendResponseHeaders(200, body.length);
      try (exchange; var o = exchange.getResponseBody()) {
        o.write(body);
      }
    });
    cms.start();
    Path english = Files.writeString(dir.resolve("news.en.txt"),
        "News\n\nAn item from a file\n\n07/29/2016\n\nRabat - Summary.\n");
    String url = "http://127.0.0.1:" + cms.getAddress().getPort() + "/feed/";
    Thread serve = new Thread(() -> run("serve", "--port", "0", "--feed", url, "--feed", english.toString()));
    serve.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      Matcher base = Pattern.compile("open (http://\\S+/) ").matcher("");
      while (!base.reset(out.toString(StandardCharsets.UTF_8)).find()) {
        assertThat(System.nanoTime()).as("the URL line; stderr: %s", err()).isLessThan(deadline);
        Thread.sleep(50);
      }
      HttpClient http = HttpClient.newHttpClient();
      String status = http.send(HttpRequest.newBuilder(URI.create(base.group(1) + "news/status")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
      assertThat(status).contains("\"source\": \"" + url + "\"").contains("\"kind\": \"url\"")
          .contains("\"fr\": 1").contains("\"en\": 1").contains("\"lastReloadSucceeded\": true");
      String fr = http.send(HttpRequest.newBuilder(URI.create(base.group(1) + "news/ticker?lang=fr")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
      assertThat(fr).contains("Un article du CMS");
    } finally {
      serve.interrupt();
      serve.join(10_000);
      cms.stop(0);
    }
  }
}
