// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.Strictness;
import dev.newsfeed.listing.DateOrder;
import dev.newsfeed.servlet.jdbc.NewsTable;
import dev.newsfeed.source.SourceOptions;
import java.time.Duration;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitParametersTest {

  private static final Map<String, String> EVERY_PARAMETER =
      Map.ofEntries(
          Map.entry("sources", "/srv/news/news.fr.txt,\n /srv/news/news.en.txt ,classpath:news/news.ar.txt"),
          Map.entry("default-language", "fr"),
          Map.entry("languages", "fr, en ar"),
          Map.entry("max-items", "7"),
          Map.entry("cache-max-age", "5m"),
          Map.entry("reload-interval", "500ms"),
          Map.entry("allowed-origins", "https://www.example.org, HTTP://Localhost:8080 https://a.example:443"),
          Map.entry("assets", "NONE"),
          Map.entry("date-style", "medium"),
          Map.entry("strictness", "lenient"),
          Map.entry("date-order", "dmy"),
          Map.entry("source-language", "ar"),
          Map.entry("source-encoding", "windows-1256"),
          Map.entry("site-url", "https://www.example.org/"),
          Map.entry("excerpt-length", "120"),
          Map.entry("fetch-interval", "15m"),
          Map.entry("fetch-connect-timeout", "3s"),
          Map.entry("fetch-timeout", "20s"),
          Map.entry("fetch-max-size", "2m"),
          Map.entry("jdbc-table", "cms.posts"),
          Map.entry("jdbc-columns", "item_id=post_id, title=headline,\n dateline="),
          Map.entry("jdbc-change-query", "SELECT MAX(modified) FROM cms.posts"),
          Map.entry("max-source-bytes", "64MiB"),
          Map.entry("cache-stale-while-revalidate", "30s"),
          Map.entry("cache-stale-if-error", "1h"),
          Map.entry("label", " Événements "),
          Map.entry("labels-bundle", "com.example.news-labels"),
          Map.entry("display", "Slides"),
          Map.entry("speed", "80"),
          Map.entry("slide-interval", "7s"),
          Map.entry("update-interval", "0"),
          Map.entry("all-news-url", "/actualites/"),
          Map.entry("tag", " migration "),
          Map.entry("theme", "dark"));

  @Test
  void noInitParametersGiveTheDefaults() {
    TickerOptions options = InitParameters.read(Map.of());
    assertThat(options).isEqualTo(TickerOptions.defaults());
    assertThat(options.display().maxItems()).isEqualTo(20);
    assertThat(options.http().defaultLanguage()).isEqualTo(Locale.ENGLISH);
    assertThat(options.sources().reloadInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(options.http().cacheMaxAge()).isEqualTo(Duration.ofSeconds(60));
    assertThat(options.display().assets()).isEqualTo(AssetLinks.LINK);
    assertThat(options.display().dateStyle()).isEqualTo(FormatStyle.LONG);
    assertThat(options.sources().reading()).isEqualTo(SourceOptions.defaults());
    assertThat(options.http().allowedOrigins()).isEmpty();
  }

  @Test
  void everyInitParameterIsRead() {
    TickerOptions options = InitParameters.read(EVERY_PARAMETER);
    assertThat(options.sources().locations())
        .containsExactly("/srv/news/news.fr.txt", "/srv/news/news.en.txt", "classpath:news/news.ar.txt");
    assertThat(options.http().defaultLanguage()).isEqualTo(Locale.FRENCH);
    assertThat(options.http().languages()).extracting(Locale::toLanguageTag).containsExactly("fr", "en", "ar");
    assertThat(options.display().maxItems()).isEqualTo(7);
    assertThat(options.http().cacheMaxAge()).isEqualTo(Duration.ofMinutes(5));
    assertThat(options.sources().reloadInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(options.http().allowedOrigins())
        .containsExactly("https://www.example.org", "http://localhost:8080", "https://a.example");
    assertThat(options.display().assets()).isEqualTo(AssetLinks.NONE);
    assertThat(options.display().dateStyle()).isEqualTo(FormatStyle.MEDIUM);
    assertThat(options.sources().reading().strictness()).isEqualTo(Strictness.LENIENT);
    assertThat(options.sources().reading().dateOrder()).isEqualTo(DateOrder.DMY);
    assertThat(options.sources().reading().language()).contains(Locale.forLanguageTag("ar"));
    assertThat(options.sources().reading().encoding()).isEqualTo(java.nio.charset.Charset.forName("windows-1256"));
    assertThat(options.http().siteUrl()).contains(java.net.URI.create("https://www.example.org/"));
    assertThat(options.display().excerptLength()).isEqualTo(120);
    assertThat(options.display().label()).contains("Événements");
    assertThat(options.display().labelsBundle()).contains("com.example.news-labels");
    assertThat(options.display().mode()).isEqualTo(DisplayMode.SLIDES);
    assertThat(options.display().motion())
        .isEqualTo(new Motion(80, Duration.ofSeconds(7), Duration.ZERO));
    assertThat(options.display().allNews()).contains(java.net.URI.create("/actualites/"));
    assertThat(options.display().tag()).contains("migration");
    assertThat(options.display().theme()).isEqualTo(Theme.DARK);
    FetchSettings fetch = options.sources().fetch();
    assertThat(fetch.interval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(fetch.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(fetch.readTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(fetch.maxBytes()).isEqualTo(2 * 1024 * 1024);
    NewsTable table = options.sources().database();
    assertThat(table.table()).contains("cms.posts");
    assertThat(table.columns()).containsEntry(NewsTable.Column.ITEM_ID, "post_id")
        .containsEntry(NewsTable.Column.TITLE, "headline").containsEntry(NewsTable.Column.SUMMARY, "summary")
        .doesNotContainKey(NewsTable.Column.DATELINE);
    assertThat(table.changeQuery()).contains("SELECT MAX(modified) FROM cms.posts");
    assertThat(options.sources().reading().maxBytes()).isEqualTo(64 * 1024 * 1024);
    assertThat(options.http().cacheControl())
        .isEqualTo("public, max-age=300, stale-while-revalidate=30, stale-if-error=3600");
  }

  @Test
  void aQueryReplacesTheTableButNotBoth() {
    String sql = "SELECT id AS item_id, lang AS language, day AS published, head AS title FROM posts";
    assertThat(InitParameters.read(Map.of("jdbc-query", sql)).sources().database().query()).contains(sql);
    assertThatThrownBy(() -> InitParameters.read(Map.of("jdbc-query", sql, "jdbc-table", "posts")))
        .hasMessage("init parameter jdbc-query: give jdbc-table (and jdbc-columns) or jdbc-query, not both");
  }

  @Test
  void stalePeriodsAreLeftOutUnlessConfigured() {
    assertThat(InitParameters.read(Map.of()).http().cacheControl()).isEqualTo("public, max-age=60");
    assertThat(InitParameters.read(Map.of("cache-stale-if-error", "24h")).http().cacheControl())
        .isEqualTo("public, max-age=60, stale-if-error=86400");
  }

  @Test
  void sourcesAreCappedAt16MiBUnlessMaxSourceBytesSaysOtherwise() {
    assertThat(InitParameters.read(Map.of()).sources().reading().maxBytes()).isEqualTo(16 << 20);
    assertThat(InitParameters.read(Map.of("max-source-bytes", "100000000")).sources().reading().maxBytes())
        .isEqualTo(100_000_000);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "max-items | ten | init parameter max-items: expected a positive integer such as 20, found [ten]",
        "max-items | 0 | init parameter max-items: expected a positive integer such as 20, found [0]",
        "max-items | -3 | init parameter max-items: expected a positive integer such as 20, found [-3]",
        "max-items | 99999999999 | init parameter max-items: expected a positive integer such as 20, found [99999999999]",
        "default-language | !! | init parameter default-language: expected a BCP 47 language tag such as fr or ar-MA, found [!!]",
        "languages | fr, e#n | init parameter languages: expected a BCP 47 language tag such as fr or ar-MA, found [e#n]",
        "cache-stale-if-error | always | init parameter cache-stale-if-error: expected a duration such as 500ms, 2s, 5m, 1h or PT2S, found [always]",
        "cache-max-age | forever | init parameter cache-max-age: expected a duration such as 500ms, 2s, 5m, 1h or PT2S, found [forever]",
        "reload-interval | 5 | init parameter reload-interval: expected a duration such as 500ms, 2s, 5m, 1h or PT2S, found [5]",
        "reload-interval | PT-2S | init parameter reload-interval: expected a duration such as 500ms, 2s, 5m, 1h or PT2S, found [PT-2S]",
        "allowed-origins | https://ok.example, https://x.example/path | init parameter allowed-origins: expected origins such as https://www.example.org, or *, found [https://x.example/path]",
        "allowed-origins | ftp://x.example | init parameter allowed-origins: expected origins such as https://www.example.org, or *, found [ftp://x.example]",
        "assets | inline | init parameter assets: expected link or none, found [inline]",
        "date-style | pretty | init parameter date-style: expected short, medium, long or full, found [pretty]",
        "excerpt-length | short | init parameter excerpt-length: expected a length such as 120, or 0 for no excerpt, found [short]",
        "date-order | european | init parameter date-order: expected auto, mdy, dmy or ymd, found [european]",
        "source-language | 12 | init parameter source-language: expected a BCP 47 language tag such as fr or ar-MA, found [12]",
        "source-encoding | latin-9000 | init parameter source-encoding: expected an encoding such as UTF-8 or windows-1252, found [latin-9000]",
        "source-encoding | 'bad name!' | init parameter source-encoding: expected an encoding such as UTF-8 or windows-1252, found [bad name!]",
        "strictness | loose | init parameter strictness: expected strict or lenient, found [loose]",
        "site-url | /relative | init parameter site-url: expected an absolute http or https URL such as https://www.example.org/, found [/relative]",
        "site-url | https://x.example/?q=1 | init parameter site-url: expected an absolute http or https URL such as https://www.example.org/, found [https://x.example/?q=1]",
        "max-source-bytes | 64MB | init parameter max-source-bytes: expected a size from 1 byte to 1GiB such as 64MiB or 67108864, found [64MB]",
        "max-source-bytes | 2GiB | init parameter max-source-bytes: expected a size from 1 byte to 1GiB such as 64MiB or 67108864, found [2GiB]",
        "max-source-bytes | 0 | init parameter max-source-bytes: expected a size from 1 byte to 1GiB such as 64MiB or 67108864, found [0]",
        "label | '   ' | init parameter label: expected a name of 1 to 100 characters such as Événements, found []",
        "labels-bundle | com example | init parameter labels-bundle: expected a bundle base name such as com.example.news-labels, found [com example]",
        "display | ticker | init parameter display: expected scroll, list or slides, found [ticker]",
        "speed | 0 | init parameter speed: expected a speed in pixels per second from 1 to 1000, such as 50, found [0]",
        "speed | fast | init parameter speed: expected a speed in pixels per second from 1 to 1000, such as 50, found [fast]",
        "slide-interval | 500ms | init parameter slide-interval: expected a duration of at least 1s, such as 5s, found [500ms]",
        "update-interval | 10ms | init parameter update-interval: expected 0 or a duration of at least 1s, such as 60s, found [10ms]",
        "all-news-url | javascript:alert(1) | init parameter all-news-url: expected a path such as /news/ or an http or https URL, found [javascript:alert(1)]",
        "all-news-url | news | init parameter all-news-url: expected a path such as /news/ or an http or https URL, found [news]",
        "theme | blue | init parameter theme: expected auto, light or dark, found [blue]",
        "sources | ' , ' | 'init parameter sources: expected a file, directory, URL, classpath: resource or jndi: data source, found [,]'",
        "fetch-interval | 0 | init parameter fetch-interval: expected a positive duration such as 500ms, 30s or 5m, found [0]",
        "fetch-timeout | soon | init parameter fetch-timeout: expected a duration such as 500ms, 2s, 5m, 1h or PT2S, found [soon]",
        "fetch-max-size | 17m | init parameter fetch-max-size: expected a size from 1 to 16m, such as 4m or 512k, found [17m]",
        "fetch-max-size | 0 | init parameter fetch-max-size: expected a size from 1 to 16m, such as 4m or 512k, found [0]",
        "jdbc-table | news; DROP TABLE x | init parameter jdbc-table: expected a table name such as news_items or cms.news_items, found [news; DROP TABLE x]",
        "jdbc-columns | headline | 'init parameter jdbc-columns: expected pairs such as title=headline, summary=body (an empty name leaves an optional column out); the documented columns are item_id, language, published, title, summary, dateline, link, is_original, updated_at, found [headline]'",
        "jdbc-columns | title= | 'init parameter jdbc-columns: expected pairs such as title=headline, summary=body (an empty name leaves an optional column out); the documented columns are item_id, language, published, title, summary, dateline, link, is_original, updated_at (the title column must be mapped), found [title=]'"
      })
  void aWrongValueIsRejectedWithOneMessageNamingTheParameter(String name, String value, String message) {
    assertThatThrownBy(() -> InitParameters.read(Map.of(name, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void anUnknownParameterIsRejectedWithTheKnownNames() {
    assertThatThrownBy(() -> InitParameters.read(Map.of("max_items", "5")))
        .hasMessageStartingWith("unknown init parameter [max_items]; expected one of [all-news-url, allowed-origins, assets,");
  }

  @Test
  void zeroDisablesReloading() {
    assertThat(InitParameters.read(Map.of("reload-interval", "0")).sources().reloadInterval())
        .isZero();
  }

  @Test
  void theTestAboveSetsEveryParameter() {
    Set<String> tested = new java.util.TreeSet<>(EVERY_PARAMETER.keySet());
    tested.add("jdbc-query"); // its own test: it excludes jdbc-table
    assertThat(InitParameters.names()).isEqualTo(tested);
  }
}
