// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stand-in for core's listing reader, so that reload is tested on real files without depending
 * on the listing grammar: one title per line, item {@code i} dated 2016-07-30 minus {@code i}
 * days; a line starting with {@code !} is an error at that line, column 1.
 */
public final class ToyListing {
  private ToyListing() {}

  /** The parser. */
  public static final SourceParser PARSER = ToyListing::read;

  static ParseResult read(String name, byte[] content, SourceFormat format) {
    Locale language = NewsSources.languageOf(name).orElse(Locale.ENGLISH);
    List<NewsItem> items = new ArrayList<>();
    List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("!")) {
        throw new NewsParseException(
            Diagnostic.error(name, i + 1, 1, "expected a title, found [" + line + "]"));
      }
      items.add(NewsItem.of(
          "item-" + i, PublicationDate.of(LocalDate.of(2016, 7, 30).minusDays(i)), ItemText.of(language, line)));
    }
    return new ParseResult(NewsFeed.of(items), List.of());
  }
}
