// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.spring;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.ParseResult;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample news, merged from the three listings, for controllers that work with the model.
 *
 * @param feed the news
 */
record SampleNews(NewsFeed feed) {

  private static final List<String> FILES = List.of("seed.fr.txt", "news.en.txt", "news.ar.txt");

  static SampleNews load() {
    List<ParseResult> parts = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = SampleNews.class.getResourceAsStream("/news/" + file)) {
        parts.add(NewsSources.read(file, in.readAllBytes(), SourceOptions.defaults()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new SampleNews(NewsSources.merge(FILES, parts).feed());
  }
}
