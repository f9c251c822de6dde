// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static dev.newsfeed.syndication.SampleFeeds.AR;
import static dev.newsfeed.syndication.SampleFeeds.EN;
import static dev.newsfeed.syndication.SampleFeeds.FR;
import static dev.newsfeed.syndication.SampleFeeds.SELF;
import static dev.newsfeed.syndication.SampleFeeds.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import dev.newsfeed.testing.Golden;

/**
 * Every document the writers produce for the test feeds passes its format's checks: Atom the RFC
 * 4287 RELAX NG schema and the rules it cannot express, RSS the RSS 2.0 rules, JSON Feed the JSON
 * Feed 1.1 schema. And the checks do fail on what breaks those rules.
 */
class WrittenFeedsAreValidTest {

  /** The feeds the writers are checked on, each named for what it exercises. */
  static Stream<Arguments> documents() {
    List<Arguments> all = new ArrayList<>();
    for (FeedFormat format : FeedFormat.values()) {
      for (Locale language : List.of(FR, EN, AR)) {
        all.add(Arguments.of(format, "multilingual in " + language.toLanguageTag(),
            FeedWriter.of(format).toBytes(SampleFeeds.multilingual(), FeedOptions.of(SELF, SITE, language))));
      }
      all.add(Arguments.of(format, "empty",
          FeedWriter.of(format).toBytes(NewsFeed.empty(), FeedOptions.of(SELF, SITE))));
      all.add(Arguments.of(format, "listing-like items",
          FeedWriter.of(format).toBytes(listingLike(), FeedOptions.of(SELF, SITE, FR))));
    }
    return all.stream();
  }

  /**
   * Items as listings give them: no link, a title only, a dateline only, a story long enough for an
   * excerpt.
   */
  static NewsFeed listingLike() {
    PublicationDate day = PublicationDate.of(LocalDate.of(2016, 7, 30));
    return NewsFeed.of(FR, "Actualités", List.of(
        NewsItem.of("title-only", day, ItemText.of(FR, "Un titre seul")),
        NewsItem.of("dateline-only", day, ItemText.of(FR, "Un lieu seul").withDateline("Rabat")),
        NewsItem.of("long", day, ItemText.of(FR, "Une longue histoire",
                "Par l’entremise de l’Assemblée Générale, les États membres de l’ONU ont approuvé"
                    + " l’accord qui fait de l’OIM une organisation apparentée.",
                "L’accord renforce la coopération entre les deux organisations, qui travaillent"
                    + " ensemble sur le terrain depuis 1951.")
            .withDateline("New York"))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void everyWrittenDocumentPassesItsFormatsChecks(FeedFormat format, String name, byte[] document) {
    assertThat(FeedValidators.of(format, document)).as(new String(document, StandardCharsets.UTF_8))
        .isEmpty();
  }

  @Test
  void theAtomWeWroteBeforeContentWasWrittenIsRejected() {
    byte[] old = Golden.read("syndication/invalid/no-content-or-alternate.atom");
    assertThat(FeedValidators.atom(old))
        .contains("entry 2: no content and no alternate link (RFC 4287 §4.1.1.1)",
            "entry 4: no content and no alternate link (RFC 4287 §4.1.1.1)");
  }

  @Test
  void theRelaxNgSchemaCatchesWhatItDescribes() {
    String atom = new String(FeedWriter.of(FeedFormat.ATOM).toBytes(SampleFeeds.multilingual(),
        SampleFeeds.frenchOptions()), StandardCharsets.UTF_8);
    String broken = atom
        .replace("<published>2016-07-30T00:00:00Z</published>", "<published>30/07/2016</published>")
        .replaceFirst("<title>Actualités du réseau</title>", "")
        .replace("<content type=\"text\">New York - Une", "<content type=\"txt\">New York - Une");
    assertThat(FeedValidators.atomSchema(broken.getBytes(StandardCharsets.UTF_8)))
        .hasSize(3)
        .anyMatch(message -> message.contains("\"published\" invalid"))
        .anyMatch(message -> message.contains("missing required element \"title\""))
        .anyMatch(message -> message.contains("attribute \"type\" is invalid"));
  }

  @Test
  void theRssChecksCatchAnItemWithNeitherTitleNorDescriptionAndABadDate() {
    String rss = new String(FeedWriter.of(FeedFormat.RSS).toBytes(listingLike(),
        FeedOptions.of(SELF, SITE, FR)), StandardCharsets.UTF_8);
    String broken = rss.replace("<title>Un titre seul</title>", "")
        .replaceFirst("<pubDate>Sat, 30 Jul 2016 00:00:00 \\+0000</pubDate>",
            "<pubDate>2016-07-30T00:00:00Z</pubDate>");
    assertThat(RssChecker.violations(broken.getBytes(StandardCharsets.UTF_8)))
        .contains("item 1: neither a title nor a description",
            "item 1 pubDate [2016-07-30T00:00:00Z] is not an RFC 822 date");
  }
}
