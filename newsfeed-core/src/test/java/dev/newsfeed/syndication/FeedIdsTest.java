// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.listing.ListingOptions;
import dev.newsfeed.listing.ListingParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ids a feed reader keys its "already read" marks on: once a story has one, deleting other
 * items (of the same day too) or reordering the listing never hands it to another story.
 */
class FeedIdsTest {

  private static final FeedOptions OPTIONS = FeedOptions.of(
      URI.create("https://www.example.org/news/feed"), URI.create("https://www.example.org/"), Locale.FRENCH);

  private static final String FIRST = "Premier article\n\n07/30/2016\n\nRabat - Un.\n\n";
  private static final String SECOND = "Deuxième article\n\n07/30/2016\n\nRabat - Deux.\n\n";
  private static final String THIRD = "Troisième article\n\n07/30/2016\n\nRabat - Trois.\n\n";
  private static final String PINNED = "Titre corrigé {#oim-onu-2016}\n\n07/29/2016\n\nNew York - Quatre.\n\n";

  private static NewsFeed listing(String... items) {
    return ListingParser.create(ListingOptions.of(Locale.FRENCH))
        .parse("news.fr.txt", "Actualités\n\n" + String.join("", items)).feed();
  }

  /** Title → entry id, from the written document. */
  private static Map<String, String> ids(FeedFormat format, NewsFeed feed) {
    String document = new String(FeedWriter.of(format).toBytes(feed, OPTIONS), StandardCharsets.UTF_8);
    Pattern entry = switch (format) {
      case ATOM -> Pattern.compile("<id>(tag:[^<]*)</id>\\s*<title>([^<]*)</title>");
      case RSS -> Pattern.compile("<item>\\s*<title>([^<]*)</title>(?s:.*?)<guid isPermaLink=\"false\">([^<]*)</guid>");
      case JSON_FEED -> Pattern.compile("\"id\": \"(tag:[^\"]*)\",\\s*\"title\": \"([^\"]*)\"");
    };
    Map<String, String> ids = new LinkedHashMap<>();
    Matcher matcher = entry.matcher(document);
    while (matcher.find()) {
      boolean idFirst = format != FeedFormat.RSS;
      ids.put(matcher.group(idFirst ? 2 : 1), matcher.group(idFirst ? 1 : 2));
    }
    return ids;
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void deletingAnItemOfTheSameDayLeavesTheOthersTheirIds(FeedFormat format) {
    Map<String, String> before = ids(format, listing(FIRST, SECOND, THIRD, PINNED));
    Map<String, String> after = ids(format, listing(FIRST, THIRD, PINNED));
    assertThat(before).hasSize(4);
    assertThat(after).hasSize(3).containsAllEntriesOf(Map.of(
        "Premier article", before.get("Premier article"),
        "Troisième article", before.get("Troisième article")));
    assertThat(after.values()).doesNotContain(before.get("Deuxième article"));
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void reorderingTheListingKeepsEveryId(FeedFormat format) {
    Map<String, String> before = ids(format, listing(FIRST, SECOND, THIRD, PINNED));
    Map<String, String> after = ids(format, listing(THIRD, PINNED, FIRST, SECOND));
    assertThat(after).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void aPinnedIdSurvivesATitleFixAndIdsAreTagUrisOfTheSite(FeedFormat format) {
    Map<String, String> before = ids(format, listing(FIRST, PINNED));
    Map<String, String> after = ids(format, listing(FIRST,
        PINNED.replace("Titre corrigé", "Titre corrigé une seconde fois")));
    assertThat(after.get("Titre corrigé une seconde fois")).isEqualTo(before.get("Titre corrigé"))
        .isEqualTo("tag:www.example.org,2016-07-29:oim-onu-2016");
    // The trade-off: without a pinned id, changing a title's words changes its id.
    Map<String, String> retitled = ids(format, listing(FIRST.replace("Premier", "Tout premier"), PINNED));
    assertThat(retitled.get("Tout premier article")).isNotEqualTo(before.get("Premier article"))
        .startsWith("tag:www.example.org,2016-07-30:2016-07-30-");
    assertThat(List.copyOf(before.values())).allMatch(id -> id.startsWith("tag:www.example.org,2016-07-"));
  }
}
