// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static dev.newsfeed.listing.ListingFixtures.FR;
import static dev.newsfeed.listing.ListingFixtures.firstError;
import static dev.newsfeed.listing.ListingFixtures.only;
import static dev.newsfeed.listing.ListingFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.ParseResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real files are messy: encodings, line ends, spaces, blank lines, normalization. */
class MessyInputTest {
  private static final String CLEAN =
      String.join("\n",
          "Actualités",
          "",
          "Premier titre",
          "",
          "07/30/2016",
          "",
          "Genève - Premier paragraphe",
          "sur deux lignes.",
          "",
          "Second paragraphe.",
          "",
          "Deuxième titre",
          "",
          "07/04/2016",
          "",
          "Résumé du deuxième.",
          "");

  private static final NewsFeed EXPECTED = parse(FR, CLEAN).feed();

  private static ListingParser parser() {
    return ListingParser.create(ListingOptions.of(FR));
  }

  @Test
  void cleanListingIsReadAsExpected() {
    assertThat(EXPECTED.titles()).isEqualTo(Map.of(FR, "Actualités"));
    assertThat(EXPECTED.items()).hasSize(2);
    ItemText first = EXPECTED.items().get(0).original();
    assertThat(first.title()).isEqualTo("Premier titre");
    assertThat(first.dateline()).contains("Genève");
    assertThat(first.summary())
        .containsExactly("Premier paragraphe sur deux lignes.", "Second paragraphe.");
  }

  @Test
  void utf8ByteOrderMarkIsIgnored() {
    byte[] body = CLEAN.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    ParseResult result = parser().parse("news.txt", withBom);

    assertThat(result.feed()).isEqualTo(EXPECTED);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void byteOrderMarkDecodedIntoTheStringIsIgnoredToo() {
    assertThat(parse(FR, "\uFEFF" + CLEAN).feed()).isEqualTo(EXPECTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\r", "\u2028"})
  void anyLineEndReadsLikeLf(String lineEnd) {
    assertThat(parse(FR, CLEAN.replace("\n", lineEnd)).feed()).isEqualTo(EXPECTED);
  }

  @Test
  void mixedLineEndsInOneFileReadLikeLf() {
    String mixed = CLEAN.replaceFirst("\n", "\r\n").replaceFirst("\n\n", "\r\r");
    assertThat(parse(FR, mixed).feed()).isEqualTo(EXPECTED);
  }

  @Test
  void crlfCountsAsOneLineEndInDiagnostics() {
    String text = "Titre\r\n\r\n02/30/2016\r\n\r\nRésumé.\r\n";
    assertThat(firstError(FR, text))
        .isEqualTo("news.txt:3:1: error: February 2016 has no day 30");
  }

  @Test
  void trailingSpacesAndTabsAreTrimmed() {
    String padded = CLEAN.replace("\n", " \t \n").replace("07/30/2016 \t", "07/30/2016\t\t");
    ParseResult result = parse(FR, padded);
    assertThat(result.feed()).isEqualTo(EXPECTED);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void severalBlankLinesAndLinesOfOnlySpacesOrNoBreakSpacesAreOneSeparator() {
    String spaced = CLEAN.replace("\n\n", "\n \n\u00a0\u00a0\n\t\n\n");
    assertThat(parse(FR, spaced).feed()).isEqualTo(EXPECTED);
  }

  @Test
  void missingFinalNewlineAndExtraTrailingBlankLinesChangeNothing() {
    assertThat(parse(FR, CLEAN.strip()).feed()).isEqualTo(EXPECTED);
    assertThat(parse(FR, CLEAN + "\n\n \n").feed()).isEqualTo(EXPECTED);
  }

  @Test
  void noBreakSpacesAreTrimmedAtFieldEndsButKeptInside() {
    String text =
        "\u00a0Actualités\u00a0\n\n\u00a0Titre « cité\u00a0»\u00a0\n\n07/30/2016\n\n"
            + "Rabat\u00a0–\u00a0Le projet\u00a0« Réponse\u00a0» avance.\u00a0\u202f\n";

    ItemText text0 = only(parse(FR, text)).original();

    assertThat(parse(FR, text).feed().titles()).containsEntry(FR, "Actualités");
    assertThat(text0.title()).isEqualTo("Titre « cité\u00a0»");
    assertThat(text0.dateline()).contains("Rabat");
    assertThat(text0.summary()).containsExactly("Le projet\u00a0« Réponse\u00a0» avance.");
  }

  @Test
  void linesOfAParagraphAreJoinedWithOneSpaceAndParagraphsAreKept() {
    String text = "Titre\n\n07/30/2016\n\n  Un paragraphe \n\t  sur trois\u00a0\nlignes.\n\n\nUn autre.\n\nEt un dernier.";

    ItemText item = only(parse(FR, text)).original();

    assertThat(item.summary())
        .containsExactly("Un paragraphe sur trois lignes.", "Un autre.", "Et un dernier.");
  }

  @Test
  void textIsNormalizedToNfc() {
    String decomposed = "Actualite\u0301s\n\nDe\u0301part\n\n07/30/2016\n\nL’e\u0301te\u0301.\n";

    ParseResult result = parse(FR, decomposed);

    assertThat(result.feed().titles()).containsEntry(FR, "Actualités");
    ItemText item = only(result).original();
    assertThat(item.title()).isEqualTo("Départ");
    assertThat(item.summary()).containsExactly("L’été.");
  }

  @Test
  void invalidUtf8ByteIsAnErrorAtItsLineAndColumn() {
    byte[] bytes = bytes("Titre\n\n07/30/2016\n\nUn r", 0xFF, "sumé.\n");

    assertThat(firstByteError(bytes)).isEqualTo("news.txt:5:5: error: invalid UTF-8 byte 0xFF");
  }

  @Test
  void columnsOfEncodingErrorsCountCodePointsNotBytes() {
    byte[] bytes = bytes("Titre\n\n07/30/2016\n\nété 😀 ", 0xC3, "(\n");

    assertThat(firstByteError(bytes))
        .isEqualTo("news.txt:5:7: error: invalid UTF-8 byte 0xC3: expected a byte from 0x80 to"
            + " 0xBF next in its sequence, found 0x28");
  }

  @Test
  void sequenceCutShortByTheEndOfTheInputIsAnError() {
    byte[] bytes = bytes("Titre\n\n07/30/2016\n\nRésumé ", 0xE2, "");
    assertThat(firstByteError(bytes))
        .isEqualTo("news.txt:5:8: error: invalid UTF-8 byte 0xE2: expected 2 more bytes in its"
            + " sequence, found the end of the input");
  }

  @Test
  void encodedSurrogatesAndOverlongFormsAreInvalid() {
    assertThat(firstByteError(bytes("Titre\n\n07/30/2016\n\nx", 0xED, "\u00a0")))
        .startsWith("news.txt:5:2: error: invalid UTF-8 byte 0xED: expected a byte from 0x80 to 0x9F");
    // The é after it is well-formed UTF-8, so the file is not taken for another encoding.
    assertThat(firstByteError(bytes("Titre\n\n07/30/2016\n\nx", 0xC0, " é")))
        .isEqualTo("news.txt:5:2: error: invalid UTF-8 byte 0xC0");
  }

  @Test
  void unpairedSurrogateInTextIsAnErrorAtItsPosition() {
    assertThat(firstError(FR, "Titre\n\n07/30/2016\n\nab\uD800c.\n"))
        .isEqualTo("news.txt:5:3: error: invalid character U+D800: an unpaired surrogate");
  }

  @Test
  void utf16ByteOrderMarkIsAClearError() {
    byte[] utf16 = "Titre".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[utf16.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, bytes, 2, utf16.length);

    assertThat(firstByteError(bytes))
        .isEqualTo("news.txt:1:1: error: expected UTF-8 text, found a UTF-16 byte order mark"
            + " (FF FE); save the listing as UTF-8, or read it as UTF-16 (--encoding UTF-16)");
  }

  @Test
  void inLenientModeAnEncodingErrorSkipsOnlyItsItem() {
    byte[] bytes = bytes(CLEAN.replace("Résumé du deuxième.\n", "R"), 0xFF, "sumé du deuxième.\n");
    ParseResult result =
        ListingParser.create(ListingOptions.of(FR).withStrictness(dev.newsfeed.Strictness.LENIENT))
            .parse("news.txt", bytes);

    assertThat(result.feed().items()).extracting(item -> item.original().title())
        .containsExactly("Premier titre");
    assertThat(result.errors()).extracting(Object::toString)
        .containsExactly("news.txt:16:2: error: invalid UTF-8 byte 0xFF");
  }

  @Test
  void lenientModeReportsUtf16WithoutThrowing() {
    byte[] bytes = {(byte) 0xFE, (byte) 0xFF, 0, 'T'};
    ParseResult result =
        ListingParser.create(ListingOptions.of(FR).withStrictness(dev.newsfeed.Strictness.LENIENT))
            .parse("news.txt", bytes);
    assertThat(result.feed().items()).isEmpty();
    assertThat(result.hasErrors()).isTrue();
    assertThat(List.of(result.errors().get(0).line(), result.errors().get(0).column()))
        .containsExactly(1, 1);
  }

  private static String firstByteError(byte[] bytes) {
    try {
      parser().parse("news.txt", bytes);
    } catch (dev.newsfeed.NewsParseException e) {
      return e.error().toString();
    }
    throw new AssertionError("expected an error");
  }

  /** Text, one raw byte, text: for inputs that are not valid UTF-8. */
  private static byte[] bytes(String before, int raw, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.write(raw);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
