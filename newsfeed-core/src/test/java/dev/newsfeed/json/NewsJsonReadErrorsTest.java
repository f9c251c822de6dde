// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.testing.DefaultLocale;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input, with the exact diagnostic it gives. */
class NewsJsonReadErrorsTest {
  private static final NewsJson JSON = NewsJson.create();

  /** A valid text object; tests replace one of its values. */
  private static final String TEXT = "{\"language\": \"fr\", \"title\": \"Titre\"}";

  /** An item around {@code text}. */
  private static String item(String text) {
    return "{\"id\": \"a\", \"published\": \"2016-07-30\", \"texts\": [" + text + "]}";
  }

  private static String feed(String items) {
    return "{\"items\": [" + items + "]}";
  }

  /** A document laid out over several lines, with the values tests replace. */
  private static String pretty(String published, String title, String link) {
    return "{\n"
        + "  \"items\": [\n"
        + "    {\n"
        + "      \"id\": \"a\",\n"
        + "      \"published\": \"" + published + "\",\n"
        + "      \"texts\": [\n"
        + "        {\"language\": \"fr\", \"title\": \"" + title + "\", \"link\": \"" + link + "\"}\n"
        + "      ]\n"
        + "    }\n"
        + "  ]\n"
        + "}\n";
  }

  @AfterAll
  static void close() {
    JSON.close();
  }

  private static Diagnostic errorOf(String json) {
    NewsParseException e =
        catchThrowableOfType(NewsParseException.class, () -> JSON.read("bad.json", json));
    assertThat(e).as("no exception for %s", json).isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.error().toString());
    return e.error();
  }

  /** The 1-based column of {@code marker} in a one-line, ASCII-only {@code json}. */
  private static int col(String json, String marker) {
    int index = json.indexOf(marker);
    assertThat(index).as("marker %s", marker).isNotNegative();
    return index + 1;
  }

  static Stream<Arguments> badInputs() {
    String dupId = feed(item(TEXT) + ", " + item(TEXT).replace("\"a\"", "\" a \""));
    String dupLang = feed(item(TEXT + ", " + TEXT.replace("\"fr\"", "\"FR\"")));
    String deep = "{\"items\": [], \"x\": " + "[".repeat(70) + "]".repeat(70) + "}";
    return Stream.of(
        Arguments.of("", "bad.json:1:1: error: expected a JSON object such as {\"items\": []}, found the end of the input"),
        Arguments.of("  [1]", "bad.json:1:3: error: expected a JSON object such as {\"items\": []}, found [[1]]"),
        Arguments.of("null", "bad.json:1:1: error: expected a JSON object such as {\"items\": []}, found [null]"),
        Arguments.of("{}", "bad.json:1:1: error: this object has no member \"items\""),
        Arguments.of("{\"items\": 5}", "bad.json:1:11: error: items: expected an array of items, found a number"),
        Arguments.of("{\"items\": null}", "bad.json:1:11: error: items: expected an array of items, found null"),
        Arguments.of(feed("1"), "bad.json:1:12: error: items[0]: expected an item, such as {\"id\": ..., \"published\": ..., \"texts\": [...]}, found a number"),
        Arguments.of(feed("{\"id\": 5}"), "bad.json:1:19: error: items[0].id: expected a string, found a number"),
        Arguments.of(feed("{\"id\": \"a\", \"texts\": []}"), "bad.json:1:12: error: items[0]: this object has no member \"published\""),
        Arguments.of(feed("{\"id\": \"a\", \"published\": \"2016-07-30\"}"), "bad.json:1:12: error: items[0]: this object has no member \"texts\""),
        Arguments.of(feed(item("")), "bad.json:1:12: error: items[0]: item a must have a text in at least one language"),
        Arguments.of(feed(item("[]")), "bad.json:1:" + col(feed(item("[]")), "[]]") + ": error: items[0].texts[0]: expected a text, such as {\"language\": \"fr\", \"title\": ...}, found an array"),
        Arguments.of(feed(item("{\"title\": \"x\"}")), "bad.json:1:" + col(feed(item("{\"title\": \"x\"}")), "{\"title") + ": error: items[0].texts[0]: this object has no member \"language\""),
        Arguments.of(feed(item(TEXT.replace("\"Titre\"", "null"))), "bad.json:1:" + col(feed(item(TEXT.replace("\"Titre\"", "null"))), "null") + ": error: items[0].texts[0].title: expected a string, found null"),
        Arguments.of(feed(item(TEXT.replace("\"Titre\"", "\"  \""))), "bad.json:1:" + col(feed(item(TEXT)), "{\"language") + ": error: items[0].texts[0]: title must not be blank"),
        Arguments.of(feed(item(TEXT.replace("}", ", \"tags\": [\"a\", 1]}"))), "bad.json:1:" + col(feed(item(TEXT.replace("}", ", \"tags\": [\"a\", 1]}"))), "1]") + ": error: items[0].texts[0].tags[1]: expected a string, found a number"),
        Arguments.of(feed(item(TEXT.replace("}", ", \"summary\": \"one\"}"))), "bad.json:1:" + col(feed(item(TEXT.replace("}", ", \"summary\": \"one\"}"))), "\"one") + ": error: items[0].texts[0].summary: expected an array of strings, found a string"),
        Arguments.of(feed(item(TEXT.replace("}", ", \"dateline\": true}"))), "bad.json:1:" + col(feed(item(TEXT.replace("}", ", \"dateline\": true}"))), "true") + ": error: items[0].texts[0].dateline: expected a string or null, found true"),
        Arguments.of(dupId, "bad.json:1:" + col(dupId, "\" a \"") + ": error: items[1].id: the id [ a ] is already used by items[0]"),
        Arguments.of(dupLang, "bad.json:1:" + col(dupLang, "\"FR\"") + ": error: items[0].texts[1].language: the item has a second text in fr"),
        Arguments.of("{\"items\": [], \"items\": []}", "bad.json:1:15: error: a second member named \"items\""),
        // Past the dozen names compared in turn, the names are kept in a set.
        Arguments.of("{\"a\": 1, \"b\": 1, \"c\": 1, \"d\": 1, \"e\": 1, \"f\": 1, \"g\": 1, \"h\": 1, \"i\": 1,"
            + " \"j\": 1, \"k\": 1, \"l\": 1, \"m\": 1, \"items\": [], \"c\": 2}",
            "bad.json:1:119: error: a second member named \"c\""),
        Arguments.of("{\"items\": []} x", "bad.json:1:15: error: expected the end of the input after the feed's object, found [x]"),
        Arguments.of("{\"items\": []}{}", "bad.json:1:14: error: expected the end of the input after the feed's object, found [{}]"),
        Arguments.of("{\"titles\": {\"f r\": \"x\"}, \"items\": []}", "bad.json:1:13: error: titles[\"f r\"]: expected a BCP 47 language tag such as fr or ar-MA, found [f r]"),
        Arguments.of("{\"titles\": {\"und-MA\": \"x\"}, \"items\": []}", "bad.json:1:13: error: titles.und-MA: expected a language such as fr or ar-MA, found [und-MA]"),
        Arguments.of("{\"titles\": {\"fr\": \" \"}, \"items\": []}", "bad.json:1:19: error: titles.fr: feed title must not be blank"),
        Arguments.of("{\"titles\": {\"fr\": \"a\", \"FR\": \"b\"}, \"items\": []}", "bad.json:1:24: error: titles.FR: a second title in fr"),
        Arguments.of("{\"titles\": [], \"items\": []}", "bad.json:1:12: error: titles: expected an object of titles by language, such as {\"fr\": \"Actualités\"}, found an array"),
        Arguments.of(deep, "bad.json:1:" + (col(deep, "[[") + 64) + ": error: x: unknown member nested deeper than 64 levels"),
        Arguments.of(pretty("2016-07-30", "Titre", "javascript:alert(1)"), "bad.json:7:54: error: items[0].texts[0].link: link must be an absolute http or https URI, found [javascript:alert(1)]"),
        Arguments.of(pretty("2016-07-30", "Titre", "https:relative"), "bad.json:7:54: error: items[0].texts[0].link: link must be an absolute http or https URI, found [https:relative]"),
        Arguments.of(pretty("2016-07-30", "T😀", "javascript:alert(1)"), "bad.json:7:51: error: items[0].texts[0].link: link must be an absolute http or https URI, found [javascript:alert(1)]"),
        Arguments.of(pretty("2016-07-30", "Titre", "javascript:alert(1)").replace("\n", "\r\n"), "bad.json:7:54: error: items[0].texts[0].link: link must be an absolute http or https URI, found [javascript:alert(1)]"),
        Arguments.of(pretty("2016-07-30", "Titre", "javascript:alert(1)").replace("\n", "\r"), "bad.json:7:54: error: items[0].texts[0].link: link must be an absolute http or https URI, found [javascript:alert(1)]"),
        Arguments.of(pretty("2016-02-30", "Titre", "https://example.org/"), "bad.json:5:20: error: items[0].published: expected a date such as 2016-07-30 or a timestamp such as 2016-07-30T09:00:00+02:00, found [2016-02-30]"),
        Arguments.of(pretty("2016-07-30T25:00:00Z", "Titre", "https://example.org/"), "bad.json:5:20: error: items[0].published: expected a date such as 2016-07-30 or a timestamp such as 2016-07-30T09:00:00+02:00, found [2016-07-30T25:00:00Z]"),
        Arguments.of(pretty("2016-07-30T09:00:00", "Titre", "https://example.org/"), "bad.json:5:20: error: items[0].published: expected a date such as 2016-07-30 or a timestamp such as 2016-07-30T09:00:00+02:00, found [2016-07-30T09:00:00]"),
        Arguments.of(pretty("30/07/2016", "Titre", "https://example.org/"), "bad.json:5:20: error: items[0].published: expected a date such as 2016-07-30 or a timestamp such as 2016-07-30T09:00:00+02:00, found [30/07/2016]"),
        Arguments.of(pretty("2016-07-30", "Titre", "https://example.org/").replace("\"fr\"", "\"f_r_x\""), "bad.json:7:22: error: items[0].texts[0].language: expected a BCP 47 language tag such as fr or ar-MA, found [f_r_x]"),
        Arguments.of("{\"items\": [{\"id\": \"a", "bad.json:1:21: error: invalid JSON: unexpected end of the input"),
        Arguments.of("{\"items\" \"x\"}", "bad.json:1:10: error: invalid JSON: expected ':', found a string"),
        Arguments.of("{\"items\": [}", "bad.json:1:12: error: invalid JSON: expected '{' or '[' or a string or a number or true or false or null, found '}'"),
        Arguments.of("{\"items\": [],}", "bad.json:1:14: error: invalid JSON: expected a string, found '}'"),
        Arguments.of("{'items': []}", "bad.json:1:2: error: invalid JSON: unexpected character '''"),
        Arguments.of("{\"items\": [nul]}", "bad.json:1:15: error: invalid JSON: unexpected character ']', expected 'l'"),
        Arguments.of("{\"items\": [], \"a\": \"line\nbreak\"}", "bad.json:1:25: error: invalid JSON: unexpected character U+000A"),
        Arguments.of("\uFEFF{\"items\": 1}", "bad.json:1:11: error: items: expected an array of items, found a number"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("badInputs")
  void badInputGivesOneLocatedError(String json, String expected) {
    assertThat(errorOf(json)).hasToString(expected);
  }

  @Test
  void theMessagesDoNotDependOnTheDefaultLocale() throws Exception {
    for (Locale locale : DefaultLocale.HOSTILE) {
      DefaultLocale.with(
          locale,
          () -> {
            assertThat(errorOf("{'items': []}")).hasToString("bad.json:1:2: error: invalid JSON: unexpected character '''");
            assertThat(errorOf("{\"items\": [nul]}"))
                .hasToString("bad.json:1:15: error: invalid JSON: unexpected character ']', expected 'l'");
          });
    }
  }

  @Test
  void invalidUtf8IsAnErrorAtItsPosition() {
    byte[] prefix = "{\n  \"items\": [".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[prefix.length + 3];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    bytes[prefix.length] = (byte) 0xFF;
    bytes[prefix.length + 1] = ']';
    bytes[prefix.length + 2] = '}';
    assertThatExceptionOfType(NewsParseException.class)
        .isThrownBy(() -> JSON.read("bad.json", bytes))
        .satisfies(
            e ->
                assertThat(e.error())
                    .hasToString(
                        "bad.json:2:13: error: expected UTF-8 text, found the byte 0xFF, which is not valid UTF-8 here"));
  }

  @Test
  void anUnknownMemberIsSkippedWithALocatedWarning() {
    String json = "{\"items\": [], \"version\": {\"deep\": [1, {\"x\": null}]}, \"z\": 1}";
    ParseResult result = JSON.read("feed.json", json);
    assertThat(result.feed().items()).isEmpty();
    assertThat(result.warnings())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "feed.json:1:15: warning: version: unknown member, ignored",
            "feed.json:1:" + col(json, "\"z\"") + ": warning: z: unknown member, ignored");
  }

  @Test
  void warningsAreCappedButCounted() {
    StringBuilder json = new StringBuilder("{\"items\": []");
    for (int i = 0; i < 150; i++) {
      json.append(", \"x").append(i).append("\": 0");
    }
    ParseResult result = JSON.read("feed.json", json.append('}').toString());
    assertThat(result.warnings()).hasSize(101);
    assertThat(result.warnings().get(100))
        .hasToString("feed.json: warning: 50 more warnings like these were left out");
  }

  @Test
  void warningsBeforeAnErrorAreKeptInTheException() {
    String json = "{\"extra\": 1, \"items\": []} x";
    NewsParseException e =
        catchThrowableOfType(NewsParseException.class, () -> JSON.read("bad.json", json));
    assertThat(e.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly(
            "bad.json:1:2: warning: extra: unknown member, ignored",
            "bad.json:1:27: error: expected the end of the input after the feed's object, found [x]");
  }
}
