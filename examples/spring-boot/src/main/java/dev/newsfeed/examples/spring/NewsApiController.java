// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.spring;

import dev.newsfeed.NewsFeed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Controllers that take and return the model: {@link NewsJsonHttpMessageConverter} makes that
 * newsfeed JSON.
 */
@RestController
class NewsApiController {
  private final SampleNews news;

  NewsApiController(SampleNews news) {
    this.news = news;
  }

  /** The latest news, as newsfeed JSON. */
  @GetMapping("/api/news")
  NewsFeed latest(@RequestParam(name = "limit", defaultValue = "5") int limit) {
    return news.feed().latest(Math.max(1, Math.min(limit, 50)));
  }

  /** Reads newsfeed JSON and says how many items it holds (a bad body is a 400). */
  @PostMapping("/api/news/count")
  int count(@RequestBody NewsFeed feed) {
    return feed.size();
  }
}
