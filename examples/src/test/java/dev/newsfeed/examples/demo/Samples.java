// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceOptions;
import dev.newsfeed.text.LocalizedDateFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bundled samples as core reads them: what the demo's tickers must show. */
final class Samples {
  private Samples() {}

  static final List<String> FILES = List.of("seed.fr.txt", "news.en.txt", "news.ar.txt");

  static final Locale ARABIC = Locale.forLanguageTag("ar");

  /** The three samples merged, the French seed leading, as the servlet merges them. */
  static NewsFeed feed() {
    List<ParseResult> parts = new ArrayList<>();
    for (String file : FILES) {
      parts.add(NewsSources.read(file, bytes(file), SourceOptions.defaults()));
    }
    return NewsSources.merge(FILES, parts).feed();
  }

  static byte[] bytes(String file) {
    try (InputStream in = Samples.class.getResourceAsStream("/dev/newsfeed/examples/samples/" + file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each item's title in {@code language}, newest first. */
  static List<String> titles(NewsFeed feed, Locale language) {
    return feed.items().stream()
        .map(item -> item.text(language).orElseThrow().title())
        .toList();
  }

  /** Each item's date as the ticker writes it for readers of {@code language}, newest first. */
  static List<String> dates(NewsFeed feed, Locale language) {
    LocalizedDateFormat format = LocalizedDateFormat.of(FormatStyle.LONG, language);
    return feed.items().stream().map(NewsItem::published).map(format::format).toList();
  }
}
