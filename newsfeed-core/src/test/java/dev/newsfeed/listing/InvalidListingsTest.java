// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newsfeed.NewsParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden test: every listing under {@code listings/invalid} fails with its expected first error. */
class InvalidListingsTest {
  private static final Path FOLDER = ListingFixtures.resource("invalid");

  static Stream<Path> listings() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @Test
  void folderHoldsTheCases() throws IOException {
    assertThat(listings()).hasSizeGreaterThanOrEqualTo(18);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listings")
  void listingFailsWithItsExpectedFirstError(Path listing) throws IOException {
    String name = listing.getFileName().toString();
    String stem = name.substring(0, name.length() - ".txt".length());
    Locale language = Locale.forLanguageTag(stem.substring(stem.lastIndexOf('.') + 1));
    Path expectedFile = listing.resolveSibling(stem + ".expected");
    assertThat(expectedFile).as("expected diagnostic for " + name).exists();
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).strip();
    ListingParser parser = ListingParser.create(ListingOptions.of(language));

    NewsParseException e = catchThrowableOfType(NewsParseException.class, () -> parser.parse(listing));

    assertThat(e).as("parsing " + name).isNotNull();
    assertThat(e.error().toString()).isEqualTo(expected);
    assertThat(e.getMessage()).isEqualTo(expected);
    List<String> all = e.diagnostics().stream().map(Object::toString).toList();
    assertThat(all).last().isEqualTo(expected);
  }
}
