// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.json.NewsJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;

/** The application on a random port, in the root context, over HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NewsApplicationTest {
  @Autowired Environment environment;
  @Autowired SampleNews news;
  private Http http;

  @BeforeEach
  void client() {
    http = new Http(environment);
  }

  @Test
  void thePageIncludesTheTickerServerSideInItsOwnLanguageAndEmbedsAnotherClientSide() throws Exception {
    HttpResponse<String> french = http.get("/");
    assertThat(french.statusCode()).isEqualTo(200);
    assertThat(french.body())
        .contains("<html dir=\"ltr\" lang=\"fr\">")
        .contains("<section class=\"nf-ticker\" lang=\"fr\"")
        .contains("L’OIM devient une organisation affiliée aux Nations Unies")
        .contains("<link rel=\"stylesheet\" href=\"/news/ticker.css?v=")
        .contains("data-newsfeed-src=\"/news/ticker?lang=en\"")
        .contains("<script src=\"/news/ticker.js\" defer></script>");

    HttpResponse<String> arabic = http.get("/?lang=ar");
    assertThat(arabic.body())
        .contains("<html dir=\"rtl\" lang=\"ar\">", "<h1>الأخبار</h1>")
        .contains("<section class=\"nf-ticker\" lang=\"ar\"");
  }

  @Test
  void theServletAnswersTheFragmentAndRevalidationsWith304() throws Exception {
    HttpResponse<String> fragment = http.get("/news/ticker?lang=en");
    assertThat(fragment.statusCode()).isEqualTo(200);
    // Tomcat writes the media type without the space.
    assertThat(fragment.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
        .isEqualTo("text/html;charset=utf-8");
    assertThat(fragment.body()).startsWith("<section class=\"nf-ticker\" lang=\"en\"");
    String etag = fragment.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = http.get("/news/ticker?lang=en", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    HttpResponse<String> script = http.get("/news/ticker.js");
    assertThat(http.get("/news/ticker.js", "If-None-Match", script.headers().firstValue("ETag").orElseThrow())
        .statusCode()).isEqualTo(304);
  }

  @Test
  void feedsLinkTheSiteAndThemselves() throws Exception {
    String atom = http.get("/news/feed.atom?lang=fr").body();
    assertThat(Http.atomLink(atom, "alternate")).isEqualTo(http.base() + "/");
    assertThat(Http.atomLink(atom, "self")).isEqualTo(http.base() + "/news/feed.atom?lang=fr");
  }

  @Test
  void aControllerReturningNewsFeedAnswersNewsfeedJsonNotJacksonsBeanMapping() throws Exception {
    HttpResponse<String> response = http.get("/api/news?limit=3");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body()).doesNotContain("\"published\":{");
    try (NewsJson json = NewsJson.create()) {
      NewsFeed read = json.fromJson("response", response.body());
      assertThat(read).isEqualTo(news.feed().latest(3));
      assertThat(response.body()).isEqualTo(json.toJson(news.feed().latest(3)));
    }
  }

  @Test
  void aControllerTakingNewsFeedReadsNewsfeedJsonAndAnswers400WithThePlaceOfAnError() throws Exception {
    String body;
    try (NewsJson json = NewsJson.create()) {
      body = json.toJson(news.feed());
    }
    HttpResponse<String> counted = http.post("/api/news/count", "application/json", body);
    assertThat(counted.statusCode()).isEqualTo(200);
    assertThat(counted.body()).isEqualTo(String.valueOf(news.feed().size()));

    HttpResponse<String> bad = http.post("/api/news/count", "application/json", "{\"items\": [}");
    assertThat(bad.statusCode()).isEqualTo(400);
  }
}
