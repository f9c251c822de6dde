// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static dev.newsfeed.syndication.SampleFeeds.SELF;
import static dev.newsfeed.syndication.SampleFeeds.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.Strictness;
import dev.newsfeed.text.Escape;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A feed written in one language and read back gives, for each item, the text the writer chose:
 * same id, date (a date without a time comes back as one, through the newsfeed extension), title,
 * summary, language, dateline, link and tags. The texts in other languages are not in the document
 * (only their links are), so they do not come back.
 */
class FeedRoundTripTest {

  private static final FeedReader READER = FeedReader.create(Strictness.STRICT);

  /** What the writer puts in the document: each item with the one text the chain selects. */
  private static NewsFeed expected(NewsFeed feed, Locale language, FeedFormat format) {
    LanguageChain chain = LanguageChain.of(language);
    List<NewsItem> items = feed.items().stream().map(item -> {
      ItemText chosen = item.textFor(chain).text();
      // The writer drops the characters XML 1.0 forbids (the sample has a bell and a vertical tab).
      ItemText text = chosen.withSummary(chosen.summary().stream().map(Escape::removeForbidden).toList());
      PublicationDate date = item.published();
      if (format == FeedFormat.RSS && date instanceof PublicationDate.Moment moment) {
        // RFC 822 has no fractions of a second.
        date = PublicationDate.of(moment.dateTime().truncatedTo(ChronoUnit.SECONDS));
      }
      return NewsItem.of(item.id(), date, text);
    }).toList();
    return new NewsFeed(Map.of(language, feed.title(chain).orElseThrow()), items);
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void aFrenchFeedComesBackWithTheSameItems(FeedFormat format) {
    roundTrip(format, Locale.FRENCH);
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void anArabicFeedComesBackWithTheSameItems(FeedFormat format) {
    roundTrip(format, Locale.forLanguageTag("ar"));
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void anEnglishFeedComesBackWithTheSameItems(FeedFormat format) {
    roundTrip(format, Locale.ENGLISH);
  }

  private static void roundTrip(FeedFormat format, Locale language) {
    NewsFeed feed = SampleFeeds.multilingual();
    byte[] document = FeedWriter.of(format).toBytes(feed, FeedOptions.of(SELF, SITE, language));
    ParseResult result = READER.read("sample." + format.fileExtension(), document);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.feed()).isEqualTo(expected(feed, language, format));
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void aDocumentReadAndWrittenAgainIsTheSameDocument(FeedFormat format) {
    FeedOptions options = FeedOptions.of(SELF, SITE, Locale.FRENCH);
    byte[] first = FeedWriter.of(format).toBytes(SampleFeeds.multilingual(), options);
    NewsFeed read = READER.read("first", first).feed();
    byte[] second = FeedWriter.of(format).toBytes(read, options);
    // Only the translation links are lost: the read feed has one text per item.
    String withoutTranslations = new String(first, java.nio.charset.StandardCharsets.UTF_8)
        .replaceAll("(?m)^.*hreflang=.*\\n", "")
        .replaceAll(",\\s*\"translations\": \\[[^\\]]*\\]", "");
    assertThat(new String(second, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(withoutTranslations);
  }
}
