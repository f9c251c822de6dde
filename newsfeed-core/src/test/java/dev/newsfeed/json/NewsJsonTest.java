// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NewsJsonTest {
  private static final NewsJson JSON = NewsJson.create();

  @AfterAll
  static void close() {
    JSON.close();
  }

  private static NewsFeed roundTrip(NewsFeed feed) {
    return JSON.fromJson("test.json", JSON.toJson(feed));
  }

  private static NewsFeed oneItem(PublicationDate published, ItemText... texts) {
    return NewsFeed.of(List.of(new NewsItem("x", published, List.of(texts))));
  }

  static Stream<PublicationDate> dates() {
    return Stream.of(
        PublicationDate.of(LocalDate.of(2016, 7, 30)),
        PublicationDate.of(LocalDate.of(1, 1, 1)),
        PublicationDate.of(LocalDate.of(9999, 12, 31)),
        PublicationDate.of(LocalDate.of(2016, 2, 29)),
        PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 9, 0, 0, 0, ZoneOffset.UTC)),
        PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 9, 0, 0, 1, ZoneOffset.ofHoursMinutes(5, 45))),
        PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 23, 59, 59, 999_999_999, ZoneOffset.ofHoursMinutes(-9, -30))),
        PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 0, 0, 0, 120_000_000, ZoneOffset.ofHours(14))),
        PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 0, 0, 0, 0, ZoneOffset.ofHours(-18))),
        // Paris local mean time, an offset with seconds.
        PublicationDate.of(OffsetDateTime.of(1890, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 9, 21))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dates")
  void publicationDatesRoundTripExactly(PublicationDate date) {
    NewsFeed feed = oneItem(date, ItemText.of(Locale.FRENCH, "Titre"));
    NewsFeed back = roundTrip(feed);
    assertThat(back).isEqualTo(feed);
    assertThat(back.items().get(0).published()).isEqualTo(date).hasSameClassAs(date);
  }

  @Test
  void aDayIsWrittenAsACalendarDateAndAMomentAsRfc3339WithSecondsAndOffset() {
    assertThat(JSON.toJson(oneItem(PublicationDate.of(LocalDate.of(2016, 7, 30)), ItemText.of(Locale.FRENCH, "T"))))
        .contains("\"published\":\"2016-07-30\"");
    assertThat(JSON.toJson(oneItem(PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 9, 0, 0, 0, ZoneOffset.ofHours(2))), ItemText.of(Locale.FRENCH, "T"))))
        .contains("\"published\":\"2016-07-30T09:00:00+02:00\"");
    assertThat(JSON.toJson(oneItem(PublicationDate.of(OffsetDateTime.of(2016, 7, 30, 9, 0, 0, 1000, ZoneOffset.UTC)), ItemText.of(Locale.FRENCH, "T"))))
        .contains("\"published\":\"2016-07-30T09:00:00.000001Z\"");
  }

  @Test
  void timestampsAreReadInTheirRfc3339Variants() {
    String template = "{\"items\": [{\"id\": \"x\", \"published\": \"%s\", \"texts\": [{\"language\": \"fr\", \"title\": \"T\"}]}]}";
    OffsetDateTime nine = OffsetDateTime.of(2016, 7, 30, 9, 0, 0, 0, ZoneOffset.UTC);
    for (String variant : List.of("2016-07-30T09:00:00Z", "2016-07-30t09:00:00z", "2016-07-30T09:00:00+00:00", "2016-07-30T09:00Z")) {
      assertThat(JSON.fromJson("t.json", String.format(Locale.ROOT, template, variant)).items().get(0).published())
          .as(variant)
          .isEqualTo(PublicationDate.of(nine));
    }
  }

  @Test
  void arabicTextEmojiControlsAndLoneSurrogatesRoundTrip() {
    ItemText arabic =
        ItemText.of(Locale.forLanguageTag("ar-MA"), "المغرب 🇲🇦 👨‍👩‍👧 «شريكان»", "سطر\u200Fأول\u0000\u0007", "\uD800 وحيد \uDC00")
            .withDateline("الرباط، 16-19 ماي 2016")
            .withTags(List.of("\u2028فاصل\u2029", "😀"));
    NewsFeed feed = oneItem(PublicationDate.of(LocalDate.of(2016, 7, 30)), arabic);
    assertThat(roundTrip(feed)).isEqualTo(feed);
  }

  @Test
  void optionalFieldsAreLeftOutWhenAbsentAndKeptWhenPresent() {
    NewsFeed bare = oneItem(PublicationDate.of(LocalDate.of(2016, 7, 30)), ItemText.of(Locale.ENGLISH, "Title"));
    assertThat(JSON.toJson(bare))
        .isEqualTo("{\"items\":[{\"id\":\"x\",\"published\":\"2016-07-30\",\"texts\":[{\"language\":\"en\",\"title\":\"Title\"}]}]}");
    assertThat(roundTrip(bare)).isEqualTo(bare);
    NewsFeed full =
        oneItem(
            PublicationDate.of(LocalDate.of(2016, 7, 30)),
            ItemText.of(Locale.ENGLISH, "Title", "P1", "P2")
                .withDateline("London")
                .withLink("https://example.org/a?b=c&d=%20e#f")
                .withTags(List.of("t1", "t2")));
    assertThat(roundTrip(full)).isEqualTo(full);
    assertThat(JSON.toJson(full)).doesNotContain("null");
  }

  @Test
  void nullOptionalMembersReadAsAbsent() {
    String json = "{\"titles\": null, \"items\": [{\"id\": \"x\", \"published\": \"2016-07-30\", \"texts\": [{\"language\": \"en\", \"title\": \"T\", \"summary\": null, \"dateline\": null, \"link\": null, \"tags\": null}]}]}";
    assertThat(JSON.fromJson("t.json", json))
        .isEqualTo(oneItem(PublicationDate.of(LocalDate.of(2016, 7, 30)), ItemText.of(Locale.ENGLISH, "T")));
  }

  @Test
  void theEmptyFeedRoundTrips() {
    assertThat(JSON.toJson(NewsFeed.empty())).isEqualTo("{\"items\":[]}");
    assertThat(roundTrip(NewsFeed.empty())).isEqualTo(NewsFeed.empty());
  }

  @Test
  void titlesKeepTheFeedsOrderSoTheFirstTitleStaysFirst() {
    NewsFeed feed = new NewsFeed(Map.of(Locale.FRENCH, "Actualités"), List.of())
        .withTitle(Locale.forLanguageTag("ar"), "أخبار")
        .withTitle(Locale.ENGLISH, "News");
    NewsFeed back = roundTrip(feed);
    assertThat(List.copyOf(back.titles().keySet()))
        .containsExactly(Locale.FRENCH, Locale.forLanguageTag("ar"), Locale.ENGLISH);
  }

  @Test
  void itemsKeepTheirOrderAndTextsTheirOriginalFirst() {
    NewsFeed feed = SampleFeeds.multilingual();
    NewsFeed back = roundTrip(feed);
    assertThat(back.items()).extracting(NewsItem::id).containsExactly("2016-07-30-1", "2016-07-29-1");
    assertThat(back.items().get(0).original().language()).isEqualTo(Locale.FRENCH);
    assertThat(back).isEqualTo(feed);
  }

  @Test
  void languageTagsAreWrittenInCanonicalForm() {
    String json = "{\"items\": [{\"id\": \"x\", \"published\": \"2016-07-30\", \"texts\": [{\"language\": \"AR_ma\", \"title\": \"T\"}]}]}";
    NewsFeed feed = JSON.fromJson("t.json", json);
    assertThat(feed.items().get(0).original().languageTag()).isEqualTo("ar-MA");
    assertThat(JSON.toJson(feed)).contains("\"language\":\"ar-MA\"");
  }

  @Test
  void bytesReaderAndStringGiveTheSameFeed() throws IOException {
    String json = JSON.toJson(SampleFeeds.multilingual());
    byte[] withBom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read("a.json", withBom).feed()).isEqualTo(SampleFeeds.multilingual());
    assertThat(JSON.read("a.json", new StringReader(json)).feed()).isEqualTo(SampleFeeds.multilingual());
    assertThat(JSON.read("a.json", "\uFEFF" + json).feed()).isEqualTo(SampleFeeds.multilingual());
  }

  @Test
  void writeGivesWhatToJsonReturnsAndLeavesTheWriterOpen() throws IOException {
    StringWriter out = new StringWriter();
    JSON.write(SampleFeeds.multilingual(), out);
    out.write("!");
    assertThat(out.toString()).isEqualTo(JSON.toJson(SampleFeeds.multilingual()) + "!");
  }

  @Test
  void writingTheSameFeedTwiceGivesTheSameBytes() {
    assertThat(JSON.toJson(SampleFeeds.multilingual())).isEqualTo(JSON.toJson(SampleFeeds.multilingual()));
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    NewsFeed feed = SampleFeeds.multilingual();
    String expected = JSON.toJson(feed);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results =
          pool.invokeAll(
              Stream.generate(() -> (java.util.concurrent.Callable<Boolean>) () -> {
                    for (int i = 0; i < 20; i++) {
                      String json = JSON.toJson(feed);
                      if (!json.equals(expected) || !JSON.fromJson("t.json", json).equals(feed)) {
                        return false;
                      }
                    }
                    return true;
                  })
                  .limit(8)
                  .toList());
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aClosedInstanceRefusesWorkAndClosesOnce() {
    NewsJson json = NewsJson.create();
    json.close();
    json.close();
    assertThatIllegalStateException()
        .isThrownBy(() -> json.toJson(NewsFeed.empty()))
        .withMessage("this NewsJson is closed");
    assertThatIllegalStateException().isThrownBy(() -> json.fromJson("t.json", "{\"items\": []}"));
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> JSON.toJson(null)).withMessage("feed");
    assertThatNullPointerException().isThrownBy(() -> JSON.read(null, "{}")).withMessage("sourceName");
    assertThatNullPointerException().isThrownBy(() -> JSON.read("a", (String) null)).withMessage("json");
    assertThatNullPointerException().isThrownBy(() -> NewsJson.create(null)).withMessage("layout");
  }
}
