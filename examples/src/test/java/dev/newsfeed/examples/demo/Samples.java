// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.json.NewsJson;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceOptions;
import dev.newsfeed.text.LocalizedDateFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

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

  /**
   * The items with a link on every text, as most sites' news has (the bundled listings have none).
   *
   * @param link the link of an item's text
   */
  static List<NewsItem> linked(List<NewsItem> items, BiFunction<NewsItem, ItemText, URI> link) {
    List<NewsItem> linked = new ArrayList<>();
    for (NewsItem item : items) {
      NewsItem withLinks = item;
      for (ItemText text : item.texts()) {
        withLinks = withLinks.withText(text.withLink(link.apply(item, text)));
      }
      linked.add(withLinks);
    }
    return linked;
  }

  /** Writes the items as the demo's JSON, whole or not at all (a rename), as an editor's save. */
  static Path writeJson(Path file, List<NewsItem> items) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    try (NewsJson json = NewsJson.create()) {
      Files.writeString(partial, json.toJson(NewsFeed.of(items)), StandardCharsets.UTF_8);
    }
    return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
