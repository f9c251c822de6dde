// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser gives the same feeds and the same messages whatever the JVM's default locale: Turkish
 * (dotless i in {@code JUILLET}), Arabic (its own digits), Thai (Buddhist calendar digits), Hindi.
 */
class DefaultLocaleIndependenceTest {
  private static final List<String> DATE_LINES =
      List.of("30 JUILLET 2016", "SATURDAY, JULY 30, 2016", "LUNDI 1ER AOÛT 2016", "30/07/16",
          "02/30/2016", "30 juilet 2016", "vendredi 30 juillet 2016");

  /** Everything the parser says about every test listing and some date lines, as text. */
  private static List<String> transcript() throws IOException {
    List<String> out = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> listings = Files.list(ListingFixtures.resource(""))) {
      listings.filter(file -> file.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    try (Stream<Path> invalid = Files.list(ListingFixtures.resource("invalid"))) {
      invalid.filter(file -> file.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String stem = name.substring(0, name.length() - 4);
      Locale language = Locale.forLanguageTag(stem.substring(stem.lastIndexOf('.') + 1));
      ListingParser parser = ListingParser.create(
          ListingOptions.of(language).withStrictness(Strictness.LENIENT));
      out.add(describe(parser.parse(file)));
    }
    for (String line : DATE_LINES) {
      for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        try {
          out.add(describe(ListingFixtures.parse(language, ListingFixtures.oneItem(line))));
        } catch (NewsParseException e) {
          out.add(e.diagnostics().toString());
        }
      }
    }
    return out;
  }

  private static String describe(ParseResult result) {
    return result.feed() + " " + result.diagnostics();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr-TR", "ar-EG", "th-TH-u-nu-thai", "hi-IN", "fr-FR", "en-US"})
  void resultsDoNotDependOnTheDefaultLocale(String tag) throws IOException {
    Locale saved = Locale.getDefault();
    Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
    List<String> expected;
    List<String> actual;
    try {
      Locale.setDefault(Locale.ROOT);
      expected = transcript();
      Locale.setDefault(Locale.forLanguageTag(tag));
      actual = transcript();
    } finally {
      Locale.setDefault(saved);
      Locale.setDefault(Locale.Category.FORMAT, savedFormat);
      Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(expected).anyMatch(line -> line.contains("2016-08-01"));
    assertThat(expected.size()).isGreaterThan(30);
  }
}
