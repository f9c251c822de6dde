// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Byte input: byte order marks and XML declarations are honoured; bad bytes are located errors. */
class FeedReaderEncodingTest {

  private static final FeedReader READER = FeedReader.create(Strictness.STRICT);

  private static String atom(String declaration) {
    return declaration + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">\n"
        + "<title>Café « Genève »</title>\n"
        + "<entry><id>1</id><title>Été</title><updated>2016-07-30T00:00:00Z</updated><content/></entry>\n"
        + "</feed>\n";
  }

  private static byte[] withBom(byte[] bom, byte[] rest) {
    byte[] all = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(rest, 0, all, bom.length, rest.length);
    return all;
  }

  private static void assertReadsTheFrenchText(byte[] document) {
    ParseResult result = READER.read("encoded.atom", document);
    assertThat(result.feed().titles()).containsEntry(Locale.FRENCH, "Café « Genève »");
    assertThat(result.feed().items().get(0).original().title()).isEqualTo("Été");
  }

  @Test
  void utf8WithAndWithoutAByteOrderMark() {
    byte[] utf8 = atom("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").getBytes(StandardCharsets.UTF_8);
    assertReadsTheFrenchText(utf8);
    assertReadsTheFrenchText(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16WithAByteOrderMark(String charset) {
    byte[] bom = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE}
        : new byte[] {(byte) 0xFE, (byte) 0xFF};
    byte[] body = atom("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n").getBytes(Charset.forName(charset));
    assertReadsTheFrenchText(withBom(bom, body));
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRecognisedByItsDeclaration() {
    assertReadsTheFrenchText(atom("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n")
        .getBytes(StandardCharsets.UTF_16LE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ISO-8859-1", "windows-1252", "iso-8859-15"})
  void aSingleByteEncodingNamedInTheDeclaration(String charset) {
    assertReadsTheFrenchText(atom("<?xml version='1.0' encoding='" + charset + "'?>\n")
        .getBytes(Charset.forName(charset)));
  }

  @Test
  void latin1BytesInADocumentWithoutADeclarationAreALocatedUtf8Error() {
    byte[] latin1 = atom("").getBytes(StandardCharsets.ISO_8859_1);
    NewsParseException thrown = org.junit.jupiter.api.Assertions.assertThrows(
        NewsParseException.class, () -> READER.read("latin1.atom", latin1));
    assertThat(thrown.getMessage()).isEqualTo(
        "latin1.atom:2:11: error: bytes that are not valid UTF-8: found 0xE9");
  }

  @Test
  void anUnknownEncodingIsALocatedError() {
    byte[] document = atom("<?xml version=\"1.0\" encoding=\"x-klingon\"?>\n").getBytes(StandardCharsets.UTF_8);
    NewsParseException thrown = org.junit.jupiter.api.Assertions.assertThrows(
        NewsParseException.class, () -> READER.read("klingon.atom", document));
    assertThat(thrown.getMessage()).isEqualTo("klingon.atom:1:31: error: unsupported encoding"
        + " [x-klingon] in the XML declaration; expected UTF-8, ISO-8859-1 or another encoding Java"
        + " supports");
  }

  @Test
  void jsonFeedMustBeUtf8() {
    byte[] json = "{\"version\": \"https://jsonfeed.org/version/1.1\",\n \"title\": \"Caf\u00e9\", \"items\": []}"
        .getBytes(StandardCharsets.ISO_8859_1);
    NewsParseException thrown = org.junit.jupiter.api.Assertions.assertThrows(
        NewsParseException.class, () -> READER.read("latin1.json", json));
    assertThat(thrown.getMessage()).isEqualTo(
        "latin1.json:2:15: error: bytes that are not valid UTF-8: found 0xE9 (JSON Feed must be UTF-8)");
  }

  @Test
  void aUtf8ByteOrderMarkBeforeJsonIsIgnored() {
    byte[] json = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Café\", \"language\": \"fr\", \"items\": []}"
            .getBytes(StandardCharsets.UTF_8));
    assertThat(READER.read("bom.json", json).feed().titles()).containsEntry(Locale.FRENCH, "Café");
  }
}
