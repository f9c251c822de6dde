// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.listing.ListingOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A listing read from its bytes a line at a time ({@link ListingReader#readUtf8}) gives the feed,
 * the diagnostics and their positions that reading its decoded {@link SourceText} gives, whatever
 * its line ends, controls and ill-formed bytes.
 */
class ParagraphReaderBytesTest {
  private static final ListingReader READER = new ListingReader(ListingOptions.of(Locale.FRENCH)
      .withStrictness(Strictness.LENIENT)
      .withClock(Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC)));

  /** Parts of listings, line ends of every kind, controls, and bytes that are not UTF-8. */
  private static final List<byte[]> WELL_FORMED = List.of(
      utf8("Actualités"), utf8("L’OIM devient une organisation affiliée"), utf8("Bilan (3) {#bilan-3}"),
      utf8("07/30/2016"), utf8("2016-07-29"), utf8("30 juillet 2016"), utf8("02/30/2016"),
      utf8("Genève - Le texte « cité » !"), utf8("Rabat, 16-19 mai 2016 - Un résumé."), utf8("الرباط"),
      utf8("\n"), utf8("\n\n"), utf8("\r\n"), utf8("\r"), utf8("\u0085"), utf8("\u2028"), utf8("\u2029"),
      utf8(" "), utf8("\t"), utf8("\u00a0"), utf8("\u0001"), utf8("\u007f"), utf8("\u0090"), utf8("\u000b"),
      utf8("\ufeff"), utf8("😀"));

  private static final List<byte[]> ILL_FORMED = List.of(utf8("\ufffd"), new byte[] {(byte) 0xFF},
      new byte[] {(byte) 0xC2},
      new byte[] {(byte) 0xE2, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xC0, (byte) 0x8A}, new byte[] {(byte) 0x85});

  @Property(tries = 1500)
  void bytesReadLineByLineReadAsTheDecodedText(@ForAll("listings") byte[] listing) {
    assertSameReading(listing);
  }

  @Test
  void aByteOrderMarkAndEveryLineEndReadAsTheDecodedText() {
    String items = "Titre un\n\n07/30/2016\n\nGenève - Résumé.\r\n\r\nTitre deux\u2028\u202807/29/2016\u0085\u0085"
        + "Texte\u0001 avec \u0090contrôles.\u2029\u2029Titre trois\r\r07/28/2016\r\rFin";
    for (String listing : List.of(items, "\ufeff" + items, "Actualités\n\n" + items + "\n", "\ufeff")) {
      assertSameReading(utf8(listing));
    }
    ParagraphReader bytes = ParagraphReader.ofUtf8(utf8("Actualités\n\n" + items));
    int paragraphs = 0;
    while (bytes.next().isPresent()) {
      paragraphs++;
    }
    assertThat(paragraphs).isEqualTo(10);
    ParseResult read = READER.readUtf8("news.txt", utf8("Actualités\n\n" + items));
    assertThat(read.feed().size()).isEqualTo(3);
    assertThat(read.diagnostics()).anySatisfy(d -> assertThat(d.toString()).contains("control"));
  }

  private static void assertSameReading(byte[] listing) {
    ParseResult expected = READER.read("news.txt", SourceText.decode(listing, StandardCharsets.UTF_8, Locale.FRENCH));
    ParseResult actual = READER.readUtf8("news.txt", listing);
    assertThat(actual.diagnostics()).isEqualTo(expected.diagnostics());
    assertThat(actual.feed()).isEqualTo(expected.feed());
    assertThat(actual.itemLines()).isEqualTo(expected.itemLines());
  }

  @Provide
  Arbitrary<byte[]> listings() {
    // Mostly well-formed, so that most listings are read from their bytes, not read again.
    Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, Arbitraries.of(WELL_FORMED)), net.jqwik.api.Tuple.of(1, Arbitraries.of(ILL_FORMED)));
    return piece.list().ofMaxSize(24).map(pieces -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pieces.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
