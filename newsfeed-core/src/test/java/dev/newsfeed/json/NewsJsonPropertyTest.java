// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.PublicationDate;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

class NewsJsonPropertyTest {
  private static final NewsJson JSON = NewsJson.create();

  private static final List<Locale> LANGUAGES =
      List.of("fr", "en", "ar", "ar-MA", "fr-CA", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1996", "es-419", "en-US-x-twain")
          .stream()
          .map(Locale::forLanguageTag)
          .toList();

  @AfterContainer
  static void close() {
    JSON.close();
  }

  // ---- generators

  /** Any UTF-16 text: controls, lone surrogates, noncharacters, and some emoji and Arabic. */
  private static Arbitrary<String> anyText() {
    Arbitrary<String> chars = Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(12);
    Arbitrary<String> pieces = Arbitraries.of("😀", "🇲🇦", "👨‍👩‍👧", "المغرب", "« é »", "\u00A0", " ", "\"\\/", "\u2028");
    return Arbitraries.oneOf(chars, pieces).list().ofMaxSize(4).map(parts -> String.join("", parts));
  }

  /** Text that makes a valid title: not blank, one line. */
  private static Arbitrary<String> line() {
    return anyText().map(s -> "T" + s.replaceAll("[\\n\\r\\u0085\\u2028\\u2029]", " "));
  }

  private static Arbitrary<PublicationDate> dates() {
    Arbitrary<LocalDate> days =
        Arbitraries.longs()
            .between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<LocalTime> times =
        Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay);
    Arbitrary<ZoneOffset> offsets =
        Arbitraries.oneOf(
            Arbitraries.integers().between(-18 * 4, 18 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 900)),
            Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds));
    Arbitrary<PublicationDate> moments =
        Combinators.combine(days, times, offsets)
            .as((d, t, o) -> PublicationDate.of(OffsetDateTime.of(LocalDateTime.of(d, t), o)));
    return Arbitraries.oneOf(days.map(PublicationDate::of), moments);
  }

  private static Arbitrary<Optional<URI>> links() {
    Arbitrary<String> path = Arbitraries.strings().alpha().numeric().withChars("-._~/").ofMaxLength(15);
    return path.map(p -> URI.create("https://example.org/" + p)).optional(0.5);
  }

  private static Arbitrary<ItemText> text(Locale language) {
    return Combinators.combine(
            line(),
            anyText().list().ofMaxSize(3),
            anyText().optional(0.5),
            links(),
            anyText().list().ofMaxSize(3))
        .as((title, summary, dateline, link, tags) -> new ItemText(language, title, summary, dateline, link, tags));
  }

  private static Arbitrary<NewsItem> item(int index) {
    Arbitrary<List<ItemText>> texts =
        Arbitraries.of(LANGUAGES)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .uniqueElements()
            .flatMap(languages -> Combinators.combine(languages.stream().map(NewsJsonPropertyTest::text).toList()).as(List::copyOf));
    return Combinators.combine(line(), dates(), texts)
        .as((id, date, t) -> new NewsItem(index + "-" + id, date, t));
  }

  @Provide
  Arbitrary<NewsFeed> feeds() {
    Arbitrary<Map<Locale, String>> titles =
        Arbitraries.of(LANGUAGES)
            .list()
            .ofMaxSize(3)
            .uniqueElements()
            .flatMap(
                languages ->
                    line().list().ofSize(languages.size()).map(values -> {
                      Map<Locale, String> map = new LinkedHashMap<>();
                      for (int i = 0; i < languages.size(); i++) {
                        map.put(languages.get(i), values.get(i));
                      }
                      return map;
                    }));
    Arbitrary<List<NewsItem>> items =
        Arbitraries.integers()
            .between(0, 5)
            .flatMap(n -> {
              List<Arbitrary<NewsItem>> each = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                each.add(item(i));
              }
              return Combinators.combine(each).as(List::copyOf);
            });
    return Combinators.combine(titles, items).as(NewsFeed::new);
  }

  // ---- properties

  @Property(tries = 300)
  void everyFeedRoundTripsExactly(@ForAll("feeds") NewsFeed feed) {
    String json = JSON.toJson(feed);
    assertThat(JSON.fromJson("generated.json", json)).isEqualTo(feed);
  }

  @Property(tries = 200)
  void everyFeedRoundTripsThroughUtf8BytesWhenItHasNoLoneSurrogates(@ForAll("feeds") NewsFeed feed) {
    String json = JSON.toJson(feed);
    if (hasLoneSurrogate(json)) {
      return; // UTF-8 has no form for them; the String round trip above covers them.
    }
    assertThat(JSON.read("generated.json", json.getBytes(StandardCharsets.UTF_8)).feed()).isEqualTo(feed);
  }

  @Provide
  Arbitrary<String> damagedJson() {
    Arbitrary<String> valid = feeds().map(JSON::toJson);
    return Combinators.combine(valid, Arbitraries.integers().between(0, 1000), Arbitraries.chars().with("{}[]\",:\\0atfn -e.".toCharArray()), Arbitraries.integers().between(0, 2))
        .as((json, where, c, how) -> {
          int at = json.isEmpty() ? 0 : where % json.length();
          return switch (how) {
            case 0 -> json.substring(0, at) + json.substring(Math.min(json.length(), at + 1));
            case 1 -> json.substring(0, at) + c + json.substring(at);
            default -> json.substring(0, at);
          };
        });
  }

  @Property(tries = 400)
  void damagedJsonGivesAFeedOrAParseExceptionAndNothingElse(@ForAll("damagedJson") String json) {
    readsOrFailsCleanly(json);
  }

  @Property(tries = 400)
  void anyTextGivesAFeedOrAParseExceptionAndNothingElse(@ForAll("anyJsonLikeText") String json) {
    readsOrFailsCleanly(json);
  }

  @Provide
  Arbitrary<String> anyJsonLikeText() {
    Arbitrary<String> tokens =
        Arbitraries.of("{", "}", "[", "]", ",", ":", "\"items\"", "\"titles\"", "\"id\"", "\"texts\"", "\"published\"",
            "\"language\"", "\"title\"", "\"2016-07-30\"", "\"fr\"", "\"x\"", "1", "-0.5e3", "true", "null", " ", "\n", "\uFEFF", "\"\\ud800\"");
    return Arbitraries.oneOf(tokens.list().ofMaxSize(30).map(t -> String.join("", t)), anyText());
  }

  private static void readsOrFailsCleanly(String json) {
    try {
      JSON.read("fuzz.json", json);
    } catch (NewsParseException e) {
      assertThat(e.error().isError()).isTrue();
      assertThat(e.error().source()).isEqualTo("fuzz.json");
    }
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
