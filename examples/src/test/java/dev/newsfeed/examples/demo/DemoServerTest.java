// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.text.Escape;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo site over HTTP: its page, its policy, its sources and their live reload. */
class DemoServerTest {
  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private Server server;
  private URI base;

  private void start(List<Path> feeds) throws Exception {
    server = DemoServer.newServer(0, feeds);
    server.start();
    base = DemoServer.baseUri(server);
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonObject status() throws IOException, InterruptedException {
    try (JsonReader reader = Json.createReader(new StringReader(get("/news/status").body()))) {
      return reader.readObject();
    }
  }

  private Path sample(String file, String name) throws IOException {
    return Files.write(dir.resolve(name), Samples.bytes(file));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  /** Polls until the condition holds; the bound only keeps a broken reload from hanging the build. */
  private void eventually(String what, Predicate<JsonObject> condition) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (!condition.test(status())) {
      assertThat(Instant.now()).as("waiting for %s; status %s", what, status()).isBefore(deadline);
      Thread.sleep(100);
    }
  }

  @Test
  void everyResponseIsServedUnderTheContentSecurityPolicy() throws Exception {
    start(List.of());

    for (String path : List.of("/", "/?lang=ar", "/demo.css", "/favicon.svg", "/news/ticker",
        "/news/ticker.js", "/news/ticker.css", "/news/feed.json", "/news/status", "/no-such-page")) {
      assertThat(get(path).headers().allValues("Content-Security-Policy"))
          .as(path).containsExactly("default-src 'self'");
    }
    assertThat(get("/no-such-page").statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void thePageHasNoInlineScriptStyleOrEventHandler(String lang) throws Exception {
    start(List.of());

    String page = get("/?lang=" + lang).body();

    Matcher scripts = Pattern.compile("<script[^>]*>").matcher(page);
    List<String> tags = new ArrayList<>();
    while (scripts.find()) {
      tags.add(scripts.group());
    }
    assertThat(tags).hasSize(2).allMatch(tag -> tag.contains(" src=\"/news/ticker.js"));
    assertThat(page).doesNotContainPattern("<script[^>]*>[^<]")
        .doesNotContainPattern("(?i)<style")
        .doesNotContainPattern("(?i)\\sstyle=")
        .doesNotContainPattern("(?i)\\son[a-z]+=")
        .doesNotContainIgnoringCase("javascript:");
  }

  @Test
  void thePageLanguageIsTheLangParameterElseAcceptLanguageElseEnglish() throws Exception {
    start(List.of());

    HttpResponse<String> arabic = get("/?lang=ar");
    assertThat(arabic.body()).startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">");
    assertThat(arabic.headers().firstValue("Content-Language")).hasValue("ar");
    assertThat(arabic.headers().firstValue("Vary")).hasValue("Accept-Language");
    assertThat(get("/", "Accept-Language", "fr-CA, en;q=0.5").body()).contains("<html lang=\"fr\" dir=\"ltr\">");
    assertThat(get("/?lang=ar-MA", "Accept-Language", "fr").body()).contains("<html lang=\"ar\" dir=\"rtl\">");
    assertThat(get("/?lang=de").body()).contains("<html lang=\"en\" dir=\"ltr\">");
    assertThat(get("/?lang=%22%3E").body()).contains("<html lang=\"en\" dir=\"ltr\">");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void thePageEmbedsTheTickerOnceRenderedAndOnceToFetchInItsLanguage(String lang) throws Exception {
    start(List.of());

    String page = get("/?lang=" + lang).body();

    assertThat(count(page, "<section class=\"nf-ticker\"")).isOne();
    assertThat(page).contains("<section class=\"nf-ticker\" lang=\"" + lang + "\"");
    assertThat(count(page, "<li class=\"nf-ticker__item\"")).isEqualTo(10);
    assertThat(count(page, "data-newsfeed-src=")).isOne();
    // The two tickers are named apart (one region name per landmark).
    PageText text = PageText.of(Locale.forLanguageTag(lang));
    assertThat(page).contains("<div data-newsfeed-src=\"/news/ticker?lang=" + lang + "&amp;label="
        + java.net.URLEncoder.encode(text.clientTicker(), java.nio.charset.StandardCharsets.UTF_8) + "\">");
    assertThat(page).contains(" aria-label=\"" + text.serverTicker() + "\" ");
    for (String title : Samples.titles(Samples.feed(), Locale.forLanguageTag(lang))) {
      assertThat(page).contains(">" + Escape.forHtml(title) + "<");
    }
  }

  @Test
  void withoutFeedsItServesTheBundledSamplesInThreeLanguages() throws Exception {
    start(List.of());

    JsonObject status = status();
    assertThat(status.getInt("items")).isEqualTo(10);
    JsonObject perLanguage = status.getJsonObject("itemsPerLanguage");
    assertThat(perLanguage.keySet()).containsExactlyInAnyOrder("fr", "en", "ar");
    assertThat(perLanguage.values()).allSatisfy(count -> assertThat(count.toString()).isEqualTo("10"));
  }

  @Test
  void feedFilesMergeIntoMultilingualItemsByTheLanguageOfTheirNames() throws Exception {
    start(List.of(sample("seed.fr.txt", "actualites.fr.txt"), sample("news.ar.txt", "akhbar-ar.txt")));

    JsonObject perLanguage = status().getJsonObject("itemsPerLanguage");
    assertThat(perLanguage.keySet()).containsExactlyInAnyOrder("fr", "ar");
    assertThat(status().getInt("items")).isEqualTo(10);
    String arabicTitle = Samples.titles(Samples.feed(), Samples.ARABIC).get(0);
    assertThat(get("/news/ticker?lang=ar").body()).contains(arabicTitle);
  }

  @Test
  void anEditedFeedIsReadAgainAndABrokenEditKeepsTheLastGoodVersion() throws Exception {
    Path news = sample("news.en.txt", "news.en.txt");
    String original = Files.readString(news, StandardCharsets.UTF_8);
    String firstTitle = "IOM becomes an organization affiliated with the United Nations";
    assertThat(original).startsWith("News\n\n" + firstTitle + "\n");
    start(List.of(news));
    String version = status().getString("version");
    assertThat(DemoServer.RELOAD_INTERVAL).isLessThanOrEqualTo(Duration.ofSeconds(1));

    Files.writeString(news, original.replace(firstTitle, "Edited while the demo runs"), StandardCharsets.UTF_8);
    eventually("the edit", s -> !s.getString("version").equals(version));
    assertThat(get("/news/ticker").body()).contains("Edited while the demo runs");
    assertThat(get("/").body()).contains("Edited while the demo runs");
    String edited = status().getString("version");

    Files.writeString(news, original.replace("July 30, 2016", "July 99, 2016"), StandardCharsets.UTF_8);
    eventually("the failed reload", s -> !s.getBoolean("lastReloadSucceeded"));
    assertThat(status().getJsonArray("diagnostics").toString()).contains("news.en.txt:5:");
    assertThat(status().getString("version")).isEqualTo(edited);
    assertThat(get("/").body()).contains("Edited while the demo runs");

    Files.writeString(news, original, StandardCharsets.UTF_8);
    eventually("the repaired file", s -> s.getBoolean("lastReloadSucceeded"));
    assertThat(get("/").body()).contains(firstTitle).doesNotContain("Edited while the demo runs");
  }

  @Test
  void aFeedFileWithAnErrorDoesNotStopTheDemoAndTheStatusNamesItsLineAndColumn() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.fr.txt"), "Titre\n\n99/99/2016\n\nTexte.\n", StandardCharsets.UTF_8);
    Path good = sample("news.en.txt", "news.en.txt");
    start(List.of(bad, good));

    JsonObject status = status();
    assertThat(status.getBoolean("lastReloadSucceeded")).isFalse();
    assertThat(status.getJsonArray("diagnostics").toString()).contains("bad.fr.txt:3:1");
    assertThat(status.getInt("items")).as("the good file is served").isEqualTo(10);
    assertThat(status.getJsonArray("sources").getJsonObject(0).getString("state")).isEqualTo("failing");
  }

  @Test
  void aFeedWhoseNameDeclaresNoLanguageIsServedInTheLanguageGiven() throws Exception {
    Path unnamed = Files.writeString(dir.resolve("news.txt"), "News\n\nA story without a language in its file name\n\n"
        + "July 30, 2016\n\nSummary.\n", StandardCharsets.UTF_8);
    server = DemoServer.newServer(0, List.of(unnamed), java.util.Optional.of(java.util.Locale.ENGLISH));
    server.start();
    base = DemoServer.baseUri(server);

    assertThat(get("/news/ticker?lang=en").body()).contains("A story without a language in its file name");
  }

  @Test
  void withoutALanguageSuchAFeedIsAFailingSourceSayingWhy() throws Exception {
    Path unnamed = Files.writeString(dir.resolve("news.txt"), "News\n\nTitle\n\nJuly 30, 2016\n\nSummary.\n");
    start(List.of(unnamed));

    assertThat(status().getJsonArray("diagnostics").toString()).contains("cannot tell the language of this listing");
    assertThat(status().getInt("items")).isZero();
  }

  @Test
  void aPortOutsideTheTcpRangeIsRejected() {
    assertThatThrownBy(() -> DemoServer.newServer(65536, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 0 and 65535, was 65536");
  }

  @Test
  void thePageAndItsStylesheetAreValidHtmlAndCssInEveryLanguage() throws Exception {
    start(List.of());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xss4m", "-jar", RepositoryFiles.vnuJar().toString(), "--format", "gnu", "--also-check-css"));
    for (String lang : List.of("fr", "en", "ar")) {
      command.add(Files.writeString(dir.resolve(lang + ".html"), get("/?lang=" + lang).body(), StandardCharsets.UTF_8).toString());
    }
    command.add(Files.writeString(dir.resolve("demo.css"), get("/demo.css").body(), StandardCharsets.UTF_8).toString());

    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("vnu finished").isTrue();
    assertThat(output.lines().filter(line -> line.contains(": error"))).as("Nu Html Checker:%n%s", output).isEmpty();
    assertThat(process.exitValue()).as("vnu exit status; output:%n%s", output).isZero();
  }
}
