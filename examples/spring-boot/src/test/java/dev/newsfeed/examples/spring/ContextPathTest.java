// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;

/** The same application under a context path, as {@code server.servlet.context-path} puts it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.servlet.context-path=/app")
class ContextPathTest {
  @Autowired Environment environment;
  private Http http;

  @BeforeEach
  void client() {
    http = new Http(environment);
  }

  @Test
  void everyUrlOfThePageAndTheIncludedTickerIsUnderTheContextPath() throws Exception {
    HttpResponse<String> page = http.get("/app/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<section class=\"nf-ticker\" lang=\"fr\"")
        .contains("<link rel=\"stylesheet\" href=\"/app/news/ticker.css?v=")
        .contains("<script src=\"/app/news/ticker.js?v=")
        .contains("data-newsfeed-src=\"/app/news/ticker?lang=en\"")
        .contains("<script src=\"/app/news/ticker.js\" defer></script>");
    assertThat(http.get("/news/ticker").statusCode()).as("nothing outside the context path").isEqualTo(404);
  }

  @Test
  void feedLinksIncludeTheContextPathAndRevalidationsAnswer304() throws Exception {
    HttpResponse<String> atom = http.get("/app/news/feed.atom?lang=en");
    assertThat(atom.statusCode()).isEqualTo(200);
    assertThat(Http.atomLink(atom.body(), "alternate")).isEqualTo(http.base() + "/app/");
    assertThat(Http.atomLink(atom.body(), "self")).isEqualTo(http.base() + "/app/news/feed.atom?lang=en");

    String etag = atom.headers().firstValue("ETag").orElseThrow();
    assertThat(http.get("/app/news/feed.atom?lang=en", "If-None-Match", etag).statusCode()).isEqualTo(304);
  }
}
