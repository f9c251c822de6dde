// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import dev.newsfeed.NewsItem;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;

/** Reading the listings under {@code src/test/resources/listings} and small inline ones. */
final class ListingFixtures {
  static final Locale FR = Locale.FRENCH;
  static final Locale EN = Locale.ENGLISH;
  static final Locale AR = Locale.forLanguageTag("ar");

  private ListingFixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(ListingFixtures.class.getResource("/listings/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ParseResult parseResource(String name, Locale language) {
    try {
      return ListingParser.create(ListingOptions.of(language)).parse(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParseResult parse(Locale language, String text) {
    return ListingParser.create(ListingOptions.of(language)).parse("news.txt", text);
  }

  static ParseResult parse(ListingOptions options, String text) {
    return ListingParser.create(options).parse("news.txt", text);
  }

  static ParseResult lenient(Locale language, String text) {
    return parse(ListingOptions.of(language).withStrictness(Strictness.LENIENT), text);
  }

  /** The first diagnostic of a strict parse that must fail, in {@code FILE:LINE:COL} form. */
  static String firstError(ListingOptions options, String text) {
    try {
      ParseResult result = parse(options, text);
      Assertions.fail("expected an error, parsed " + result.feed().items());
      return null;
    } catch (NewsParseException e) {
      return e.error().toString();
    }
  }

  static String firstError(Locale language, String text) {
    return firstError(ListingOptions.of(language), text);
  }

  /** A listing of one item with the given date line. */
  static String oneItem(String dateLine) {
    return "Titre\n\n" + dateLine + "\n\nRésumé.\n";
  }

  static NewsItem only(ParseResult result) {
    List<NewsItem> items = result.feed().items();
    Assertions.assertThat(items).hasSize(1);
    return items.get(0);
  }
}
