// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.servlet.EmbeddedContainer.Mount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A web application deployed under a context path ({@code /app}), as a WAR or a Spring Boot app
 * with {@code server.servlet.context-path} is: every URL the servlet writes, in feeds and in the
 * fragment, is under {@code /app}. Run on Jetty and Tomcat, which each compute the context path
 * themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextPathTest {

  private final Map<String, EmbeddedContainer> containers = new LinkedHashMap<>();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private Path tomcatDir;

  @BeforeAll
  void start() throws Exception {
    tomcatDir = Files.createTempDirectory("newsfeed-tomcat");
    containers.put("jetty", EmbeddedContainer.jetty("/app", mounts()));
    containers.put("tomcat", EmbeddedContainer.tomcat("/app", mounts(), tomcatDir));
  }

  private static Map<String, Mount> mounts() {
    Map<String, Mount> servlets = new LinkedHashMap<>();
    servlets.put("/news/*", Mount.of(new NewsfeedServlet(
        NewsProvider.of(SampleNews.trilingual()), TickerOptions.defaults())));
    servlets.put("/page", Mount.of(new IncludingPage()));
    return servlets;
  }

  @AfterAll
  void stop() throws Exception {
    for (EmbeddedContainer container : containers.values()) {
      container.stop();
    }
    try (Stream<Path> paths = Files.walk(tomcatDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "tomcat"})
  void atomLinksTheApplicationRootAndItselfUnderTheContextPath(String name) throws Exception {
    URI base = containers.get(name).base();
    String atom = get(base.resolve("/app/news/feed.atom?lang=fr"));
    assertThat(linkHref(atom, "alternate")).isEqualTo(base + "/app/");
    assertThat(linkHref(atom, "self")).isEqualTo(base + "/app/news/feed.atom?lang=fr");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "tomcat"})
  void jsonFeedAndRssLinkUnderTheContextPath(String name) throws Exception {
    URI base = containers.get(name).base();
    JsonObject json = Json.createReader(new StringReader(get(base.resolve("/app/news/feed.json"))))
        .readObject();
    assertThat(json.getString("home_page_url")).isEqualTo(base + "/app/");
    assertThat(json.getString("feed_url")).isEqualTo(base + "/app/news/feed.json?lang=en");
    String rss = get(base.resolve("/app/news/feed.rss"));
    assertThat(rss).contains("<link>" + base + "/app/</link>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "tomcat"})
  void theFragmentServedOrIncludedReferencesItsAssetsUnderTheContextPath(String name)
      throws Exception {
    URI base = containers.get(name).base();
    for (String page : List.of("/app/news/ticker", "/app/page")) {
      assertThat(get(base.resolve(page)))
          .as(page)
          .contains("<link rel=\"stylesheet\" href=\"/app/news/ticker.css?v=")
          .contains("<script src=\"/app/news/ticker.js?v=");
    }
  }

  private String get(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
    return response.body();
  }

  /** The href of the feed-level {@code <link>} with this rel (the first one: entries follow). */
  private static String linkHref(String atom, String rel) {
    Matcher link = Pattern.compile("<link\\b[^>]*\\brel=\"" + rel + "\"[^>]*>").matcher(atom);
    assertThat(link.find()).as("a link rel=" + rel).isTrue();
    Matcher href = Pattern.compile("\\bhref=\"([^\"]*)\"").matcher(link.group());
    assertThat(href.find()).isTrue();
    return href.group(1).replace("&amp;", "&");
  }

  /** A page of the application that includes the ticker, as {@code <jsp:include>} does. */
  static final class IncludingPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws ServletException, IOException {
      response.setContentType("text/html; charset=utf-8");
      request.getRequestDispatcher("/news/ticker").include(request, response);
    }
  }
}
