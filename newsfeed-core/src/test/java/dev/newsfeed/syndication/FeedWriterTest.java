// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static dev.newsfeed.syndication.SampleFeeds.AR;
import static dev.newsfeed.syndication.SampleFeeds.EN;
import static dev.newsfeed.syndication.SampleFeeds.FR;
import static dev.newsfeed.syndication.SampleFeeds.SELF;
import static dev.newsfeed.syndication.SampleFeeds.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.newsfeed.ItemText;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.TimestampPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import dev.newsfeed.testing.Golden;

class FeedWriterTest {

  private static byte[] write(FeedFormat format, NewsFeed feed, FeedOptions options) {
    return FeedWriter.of(format).toBytes(feed, options);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void theMultilingualSampleInFrenchMatchesItsGoldenFile(FeedFormat format) {
    byte[] output = write(format, SampleFeeds.multilingual(), SampleFeeds.frenchOptions());
    Golden.assertMatches("syndication/golden/multilingual.fr." + format.fileExtension(), output);
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void theMultilingualSampleInArabicMatchesItsGoldenFile(FeedFormat format) {
    byte[] output = write(format, SampleFeeds.multilingual(), FeedOptions.of(SELF, SITE, AR));
    Golden.assertMatches("syndication/golden/multilingual.ar." + format.fileExtension(), output);
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void writingTheSameFeedTwiceGivesTheSameBytes(FeedFormat format) {
    byte[] first = write(format, SampleFeeds.multilingual(), SampleFeeds.frenchOptions());
    byte[] second = write(format, SampleFeeds.multilingual(), SampleFeeds.frenchOptions());
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void theOutputIsTheSameWhateverTheDefaultLocaleAndTimeZone(FeedFormat format) {
    byte[] expected = write(format, SampleFeeds.multilingual(), SampleFeeds.frenchOptions());
    Locale locale = Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    try {
      for (String tag : List.of("tr", "fr", "ar", "th-TH-u-nu-thai")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Kolkata"));
        assertThat(write(format, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()))
            .as("under the default locale %s", tag)
            .isEqualTo(expected);
      }
    } finally {
      Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
  }

  @Test
  void rssDatesUseEnglishNamesAndANumericOffsetUnderATurkishOrFrenchDefaultLocale() {
    Locale locale = Locale.getDefault();
    try {
      for (Locale defaultLocale : List.of(Locale.forLanguageTag("tr"), Locale.FRENCH)) {
        Locale.setDefault(defaultLocale);
        String rss = text(write(FeedFormat.RSS, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
        assertThat(rss)
            .contains("<pubDate>Sat, 30 Jul 2016 00:00:00 +0000</pubDate>")
            .contains("<pubDate>Fri, 29 Jul 2016 18:30:00 -0400</pubDate>")
            .contains("<lastBuildDate>Sat, 30 Jul 2016 00:00:00 +0000</lastBuildDate>");
      }
    } finally {
      Locale.setDefault(locale);
    }
  }

  @Test
  void aDateWithoutATimeBecomesTheSameInstantInAllThreeFormatsThroughThePolicy() {
    NewsFeed feed = NewsFeed.of(List.of(NewsItem.of("d", PublicationDate.of(LocalDate.of(2016, 7, 30)),
        ItemText.of(FR, "Titre", "Résumé."))));
    FeedOptions options = FeedOptions.of(SELF, SITE, FR).withTimestampPolicy(
        TimestampPolicy.startOfDay(ZoneId.of("Africa/Casablanca")).withTimeOfDay(LocalTime.of(9, 0)));
    // Casablanca was on UTC+01:00 in July 2016.
    assertThat(text(write(FeedFormat.ATOM, feed, options)))
        .contains("<published>2016-07-30T09:00:00+01:00</published>")
        .contains("<updated>2016-07-30T09:00:00+01:00</updated>");
    assertThat(text(write(FeedFormat.JSON_FEED, feed, options)))
        .contains("\"date_published\": \"2016-07-30T09:00:00+01:00\"");
    assertThat(text(write(FeedFormat.RSS, feed, options)))
        .contains("<pubDate>Sat, 30 Jul 2016 09:00:00 +0100</pubDate>");
  }

  @Test
  void theDefaultPolicyIsStartOfDayUtc() {
    NewsFeed feed = NewsFeed.of(List.of(NewsItem.of("d", PublicationDate.of(LocalDate.of(2016, 7, 30)),
        ItemText.of(FR, "Titre"))));
    assertThat(text(write(FeedFormat.ATOM, feed, FeedOptions.of(SELF, SITE))))
        .contains("<published>2016-07-30T00:00:00Z</published>");
  }

  @Test
  void entryIdsAreTagUrisFromTheSelfLinkHostTheDateAndTheItemId() {
    String atom = text(write(FeedFormat.ATOM, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    assertThat(ids(atom, "<id>(tag:[^<]*)</id>"))
        .containsExactly(
            "tag:news.example.org,2016-07-30:forum-2016",
            "tag:news.example.org,2016-07-29:new-york",
            "tag:news.example.org,2016-07-28:hostile&amp;%3Cid%3E",
            "tag:news.example.org,2016-07-27:ar-only");
  }

  @Test
  void theIdAuthorityCanBeSetAndIdsDoNotDependOnTheLanguage() {
    FeedOptions options = SampleFeeds.frenchOptions().withIdAuthority("Example.COM");
    List<String> french = ids(text(write(FeedFormat.ATOM, SampleFeeds.multilingual(), options)),
        "<id>(tag:[^<]*)</id>");
    List<String> arabic = ids(text(write(FeedFormat.ATOM, SampleFeeds.multilingual(),
        options.withLanguage(LanguageChain.of(AR)))), "<id>(tag:[^<]*)</id>");
    assertThat(french).first().isEqualTo("tag:example.com,2016-07-30:forum-2016");
    assertThat(arabic).isEqualTo(french);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not a host", "-bad.example", "a..b"})
  void anIdAuthorityThatRfc4151RejectsIsRefused(String authority) {
    assertThatThrownBy(() -> SampleFeeds.frenchOptions().withIdAuthority(authority))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idAuthority must be a DNS name");
  }

  @Test
  void allThreeFormatsGiveTheSameIds() {
    String atom = text(write(FeedFormat.ATOM, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    String rss = text(write(FeedFormat.RSS, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    String json = text(write(FeedFormat.JSON_FEED, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    List<String> atomIds = ids(atom, "<id>(tag:[^<]*)</id>");
    assertThat(ids(rss, "<guid isPermaLink=\"false\">([^<]*)</guid>")).isEqualTo(atomIds);
    assertThat(ids(json, "\"id\": \"(tag:[^\"]*)\"")).isEqualTo(
        atomIds.stream().map(id -> id.replace("&amp;", "&")).toList());
  }

  @Test
  void anItemWithoutTextInTheFeedLanguageFallsBackAndSaysItsOwnLanguage() {
    String atom = text(write(FeedFormat.ATOM, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    assertThat(atom).contains("<entry xml:lang=\"en\">\n    <id>tag:news.example.org,2016-07-28:");
    String rss = text(write(FeedFormat.RSS, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    assertThat(rss).contains("<dc:language>en</dc:language>").doesNotContain("<dc:language>fr");
    String json = text(write(FeedFormat.JSON_FEED, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    assertThat(json).contains("\"language\": \"ar\"").contains("\"language\": \"fr\"");
  }

  @Test
  void everyTranslationWithALinkIsAnAlternateLinkWithItsLanguage() {
    String atom = text(write(FeedFormat.ATOM, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    assertThat(atom)
        .contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://news.example.org/fr/forum\"/>")
        .contains("<link rel=\"alternate\" type=\"text/html\" hreflang=\"en\" href=\"https://news.example.org/en/forum\"/>")
        .contains("<link rel=\"alternate\" type=\"text/html\" hreflang=\"ar\" href=\"https://news.example.org/ar/forum\"/>");
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void charactersXmlForbidsAreRemovedAndMarkupIsEscaped(FeedFormat format) {
    String output = text(write(format, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    assertThat(output).doesNotContain("\u0007").doesNotContain("\u000B").contains("😀");
    if (format == FeedFormat.JSON_FEED) {
      // In a JSON string markup is inert; quotes are what must be escaped.
      assertThat(output).contains("\"title\": \"<script>alert(\\\"x\\\")</script> & \\\"quotes\\\" 'single'\"");
    } else {
      assertThat(output).doesNotContain("<script>").doesNotContain("<b>")
          .contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \"quotes\" 'single'");
    }
  }

  @Test
  void theStandardTextFieldsCarryTheStoryAsPublishedDatelineIncluded() {
    String atom = text(write(FeedFormat.ATOM, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    String rss = text(write(FeedFormat.RSS, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    String json = text(write(FeedFormat.JSON_FEED, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    assertThat(atom).contains("<content type=\"text\">New York - Une délégation a présenté le rapport.</content>");
    assertThat(rss).contains("<description>&lt;p&gt;New York - Une délégation a présenté le rapport.&lt;/p&gt;</description>");
    assertThat(json).contains("\"content_text\": \"New York - Une délégation a présenté le rapport.\"");
    // The extension still holds the dateline apart, for readers that want it.
    assertThat(atom).contains("<nf:dateline>New York</nf:dateline>");
  }

  @Test
  void aStoryLongerThanAnExcerptGetsASummaryInAtomAndJsonFeed() {
    NewsFeed feed = WrittenFeedsAreValidTest.listingLike();
    String atom = text(write(FeedFormat.ATOM, feed, FeedOptions.of(SELF, SITE, FR)));
    String json = text(write(FeedFormat.JSON_FEED, feed, FeedOptions.of(SELF, SITE, FR)));
    String excerpt = "New York - Par l’entremise de l’Assemblée Générale, les États membres de l’ONU ont"
        + " approuvé l’accord qui fait de l’OIM une organisation apparentée. L’accord renforce la"
        + " coopération entre les deux…";
    assertThat(atom).contains("<summary>" + excerpt + "</summary>")
        .containsOnlyOnce("<summary>");
    assertThat(json).contains("\"summary\": \"" + excerpt + "\"").containsOnlyOnce("\"summary\"");
    // An entry without a link still has content (RFC 4287 §4.1.1.1), even with no text at all.
    assertThat(atom).contains("<title>Un titre seul</title>")
        .contains("<content type=\"text\"></content>")
        .contains("<content type=\"text\">Rabat</content>");
  }

  @Test
  void anItemWithoutATitleOfItsOwnKeepsNoneInRssAndJsonFeedAndReadsBackTheSame() {
    ItemText untitled = new ItemText(FR, "Belle journée au forum…", List.of("Belle journée au forum de Rabat."),
        java.util.Optional.empty(), java.util.Optional.empty(), List.of(), ItemText.TitleSource.EXCERPT);
    NewsFeed feed = NewsFeed.of(FR, "Micro", List.of(
        NewsItem.of("m1", PublicationDate.of(java.time.OffsetDateTime.parse("2016-07-30T12:00:00Z")), untitled)));
    String rss = text(write(FeedFormat.RSS, feed, FeedOptions.of(SELF, SITE, FR)));
    String json = text(write(FeedFormat.JSON_FEED, feed, FeedOptions.of(SELF, SITE, FR)));
    String atom = text(write(FeedFormat.ATOM, feed, FeedOptions.of(SELF, SITE, FR)));
    assertThat(rss).doesNotContain("<title>Belle").contains("<description>&lt;p&gt;Belle journée");
    assertThat(json).doesNotContain("\"title\": \"Belle");
    // Atom requires a title (RFC 4287 §4.1.2): the excerpt stands in.
    assertThat(atom).contains("<title>Belle journée au forum…</title>");
    for (FeedFormat format : List.of(FeedFormat.RSS, FeedFormat.JSON_FEED)) {
      ItemText read = FeedReader.create(dev.newsfeed.Strictness.STRICT)
          .read("untitled", write(format, feed, FeedOptions.of(SELF, SITE, FR))).feed().items().get(0).original();
      assertThat(read.titleSource()).as("%s", format).isEqualTo(ItemText.TitleSource.EXCERPT);
      assertThat(read.summary()).as("%s", format).containsExactly("Belle journée au forum de Rabat.");
    }
  }

  @Test
  void theFeedDateIsTheNewestItemsTimestampNeverTheCurrentTime() {
    NewsFeed feed = NewsFeed.of(List.of(
        NewsItem.of("a", PublicationDate.of(LocalDate.of(2016, 7, 30)), ItemText.of(FR, "A")),
        NewsItem.of("b", PublicationDate.of(java.time.OffsetDateTime.parse("2016-07-30T23:00:00-05:00")),
            ItemText.of(FR, "B"))));
    String atom = text(write(FeedFormat.ATOM, feed, FeedOptions.of(SELF, SITE)));
    assertThat(atom).contains("<updated>2016-07-30T23:00:00-05:00</updated>\n  <author>");
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void anEmptyFeedIsWrittenDeterministicallyAndValidly(FeedFormat format) {
    byte[] output = write(format, NewsFeed.empty(), FeedOptions.of(SELF, SITE));
    Golden.assertMatches("syndication/golden/empty." + format.fileExtension(), output);
  }

  @Test
  void writingToAStreamLeavesItOpenAndGivesTheSameBytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the writer closed the caller's stream");
      }
    };
    FeedWriter.of(FeedFormat.JSON_FEED).write(SampleFeeds.multilingual(), SampleFeeds.frenchOptions(), out);
    assertThat(out.toByteArray())
        .isEqualTo(write(FeedFormat.JSON_FEED, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void everyGeneratedAtomDocumentFollowsRfc4287(String language) {
    byte[] atom = write(FeedFormat.ATOM, SampleFeeds.multilingual(),
        FeedOptions.of(SELF, SITE, Locale.forLanguageTag(language)));
    assertThat(AtomChecker.violations(atom)).isEmpty();
    assertThat(AtomChecker.violations(write(FeedFormat.ATOM, NewsFeed.empty(), FeedOptions.of(SELF, SITE))))
        .isEmpty();
  }

  @Test
  void theAtomCheckerCatchesAMissingUpdatedAndABadDate() {
    String atom = text(write(FeedFormat.ATOM, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()));
    String broken = atom.replaceFirst("    <updated>2016-07-29T18:30:00-04:00</updated>\n", "")
        .replace("<published>2016-07-30T00:00:00Z</published>", "<published>2016-07-30</published>");
    assertThat(AtomChecker.violations(broken.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(
            "entry 1: published [2016-07-30] is not RFC 3339",
            "entry 2: 0 updated elements, expected exactly one");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void everyGeneratedJsonFeedFollowsTheJsonFeed11Schema(String language) throws IOException {
    byte[] json = write(FeedFormat.JSON_FEED, SampleFeeds.multilingual(),
        FeedOptions.of(SELF, SITE, Locale.forLanguageTag(language)));
    assertThat(schemaViolations(json)).isEmpty();
    assertThat(schemaViolations(write(FeedFormat.JSON_FEED, NewsFeed.empty(), FeedOptions.of(SELF, SITE))))
        .isEmpty();
  }

  @Test
  void theSchemaCatchesAnItemWithoutIdAndAMisspelledField() throws IOException {
    String json = text(write(FeedFormat.JSON_FEED, SampleFeeds.multilingual(), SampleFeeds.frenchOptions()))
        .replace("\"id\": \"tag:news.example.org,2016-07-29:new-york\",", "")
        .replace("\"content_text\": \"New York - Une", "\"contenttext\": \"New York - Une");
    assertThat(schemaViolations(json.getBytes(StandardCharsets.UTF_8)))
        .hasSizeGreaterThanOrEqualTo(2)
        .anyMatch(message -> message.contains("id"))
        .anyMatch(message -> message.contains("contenttext"));
  }

  @Test
  void aYearBeyond9999CannotBeWrittenAndSaysWhichItem() {
    NewsFeed feed = NewsFeed.of(List.of(NewsItem.of("far", PublicationDate.of(LocalDate.of(10000, 1, 1)),
        ItemText.of(FR, "Loin"))));
    assertThatThrownBy(() -> write(FeedFormat.ATOM, feed, FeedOptions.of(SELF, SITE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item far");
  }

  @Test
  void mediaTypesAndExtensionsAreTheRegisteredOnes() {
    assertThat(FeedFormat.ATOM.mediaType()).isEqualTo("application/atom+xml");
    assertThat(FeedFormat.RSS.mediaType()).isEqualTo("application/rss+xml");
    assertThat(FeedFormat.JSON_FEED.mediaType()).isEqualTo("application/feed+json");
    assertThat(Set.of(FeedFormat.values())).extracting(FeedFormat::fileExtension)
        .containsExactlyInAnyOrder("atom", "rss", "json");
  }

  @Test
  void theFeedTitleFollowsTheLanguageAndFallsBackToTheSiteHost() {
    assertThat(text(write(FeedFormat.ATOM, SampleFeeds.multilingual(), FeedOptions.of(SELF, SITE, EN))))
        .contains("<title>Network news</title>");
    NewsFeed untitled = NewsFeed.of(List.of(NewsItem.of("x", PublicationDate.of(LocalDate.of(2016, 1, 1)),
        ItemText.of(FR, "X"))));
    assertThat(text(write(FeedFormat.RSS, untitled, FeedOptions.of(SELF, SITE))))
        .contains("<title>news.example.org</title>");
  }

  static List<String> schemaViolations(byte[] json) throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    JsonSchema schema;
    try (var in = FeedWriterTest.class.getResourceAsStream("/syndication/jsonfeed-1.1.schema.json")) {
      schema = factory.getSchema(in);
    }
    JsonNode node = new ObjectMapper().readTree(json);
    return schema.validate(node).stream().map(ValidationMessage::getMessage).toList();
  }

  private static List<String> ids(String document, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(document);
    List<String> ids = new java.util.ArrayList<>();
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }
}
