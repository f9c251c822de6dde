// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.source.NewsSources;
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
final class ToyListing {
  private ToyListing() {}

  static final SourceReader READER = new MergingSourceReader(ToyListing::read);

  static ParseResult read(SourceReader.Named source) {
    Locale language = NewsSources.languageOf(source.name()).orElse(Locale.ENGLISH);
    List<NewsItem> items = new ArrayList<>();
    List<String> lines = new String(source.content(), StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("!")) {
        throw new NewsParseException(
            Diagnostic.error(source.name(), i + 1, 1, "expected a title, found [" + line + "]"));
      }
      items.add(NewsItem.of(
          "item-" + i, PublicationDate.of(LocalDate.of(2016, 7, 30).minusDays(i)), ItemText.of(language, line)));
    }
    return new ParseResult(NewsFeed.of(items), List.of());
  }
}
