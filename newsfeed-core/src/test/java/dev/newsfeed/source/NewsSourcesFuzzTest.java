// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.source;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.newsfeed.Strictness;
import dev.newsfeed.listing.DateOrder;
import dev.newsfeed.testing.ReaderContract;
import dev.newsfeed.testing.ReaderFuzzTest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fuzzes {@link NewsSources#read(String, byte[], SourceOptions)}: for any bytes under any name (the
 * extension picks the reader, the suffix may give the language), with any options, reading returns
 * or throws {@link dev.newsfeed.NewsParseException}. Seeds: a listing, feeds and JSON.
 */
class NewsSourcesFuzzTest {
  /** Every extension with a reader of its own, one that falls back to listings, and none. */
  private static final List<String> NAMES =
      List.of("news.fr.txt", "news-ar.txt", "news_en-GB.txt", "news.txt", "news.md", "news",
          "news.fr.json", "feed.json", "feed.xml", "feed-ar.atom", "feed.rss", "feed.rdf",
          "dir.fr/FEED.RSS");

  private static final List<Optional<Locale>> FORCED_LANGUAGES =
      List.of(Optional.empty(), Optional.of(Locale.FRENCH), Optional.of(Locale.forLanguageTag("ar-MA")));

  /** The larger of the readers' caps: listings keep 100 by default, feeds 200. */
  private static final int MAX_DIAGNOSTICS = 200;

  @ReaderFuzzTest
  void anyBytesUnderAnyNameAreReadOrRejectedWithADiagnostic(FuzzedDataProvider data) {
    // The name and options come from the end of the input, so a seed keeps its text.
    String name = data.pickValue(NAMES);
    SourceOptions options =
        new SourceOptions(
            data.pickValue(FORCED_LANGUAGES),
            data.pickValue(DateOrder.values()),
            data.pickValue(Strictness.values()));
    byte[] content = data.consumeRemainingAsBytes();
    ReaderContract.readsOrRejects(
        name, MAX_DIAGNOSTICS, () -> NewsSources.read(name, content, options));
  }
}
