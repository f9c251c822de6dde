// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * UTF-8 decoding, whichever path it takes (the JDK's decoder for well-formed input, the locating
 * decoder otherwise), agrees with the JDK's own decoder, the independent reference: the same text
 * (ill-formed sequences replaced by U+FFFD) and problems exactly when that decoder finds the input
 * malformed.
 */
class SourceTextDecodingTest {

  /** Well-formed pieces of every length, and bytes that break a sequence in every way. */
  private static final List<byte[]> PIECES = List.of(
      utf8("a"), utf8("Rabat "), utf8("é"), utf8("«\u00a0"), utf8("الرباط"), utf8("😀"), utf8("\uFFFD"),
      utf8("\n"), utf8("\r\n"), bytes(0xFF), bytes(0x80), bytes(0xC3), bytes(0xE2, 0x80), bytes(0xF0, 0x9F),
      bytes(0xED, 0xA0, 0x80), bytes(0xC0, 0xAF), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xEF, 0xBB, 0xBF));

  @Property(tries = 500)
  void decodingAgreesWithTheJdkDecoder(@ForAll("inputs") byte[] input) {
    SourceText decoded = SourceText.decode(input, StandardCharsets.UTF_8, Locale.FRENCH);
    if (decoded.unreadable().isPresent()) {
      // A file with no well-formed sequence beyond ASCII that reads as a Windows code page.
      assertThat(wellFormed(input)).isFalse();
      return;
    }
    int start = startsWithByteOrderMark(input) ? 3 : 0;
    String jdk = new String(input, start, input.length - start, StandardCharsets.UTF_8);
    assertThat(decoded.problems().isEmpty()).isEqualTo(wellFormed(input));
    if (decoded.problems().isEmpty()) {
      assertThat(decoded.text()).isEqualTo(jdk);
    } else {
      // The JDK gives one U+FFFD for the three bytes of an encoded surrogate where Unicode's
      // maximal subparts (which the locating decoder follows) give three: compare runs.
      assertThat(decoded.text().replaceAll("\uFFFD+", "\uFFFD")).isEqualTo(jdk.replaceAll("\uFFFD+", "\uFFFD"));
    }
    for (SourceText.EncodingProblem problem : decoded.problems()) {
      assertThat(decoded.text().charAt(problem.index())).isEqualTo('\uFFFD');
    }
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsText() {
    SourceText decoded = SourceText.decode(utf8("Titre \uFFFD é"));
    assertThat(decoded.text()).isEqualTo("Titre \uFFFD é");
    assertThat(decoded.problems()).isEmpty();
  }

  @Test
  void aBadByteAfterWellFormedTextIsLocated() {
    SourceText decoded = SourceText.decode(concat(utf8("é\n"), bytes(0xFF)));
    assertThat(decoded.problems()).containsExactly(new SourceText.EncodingProblem(2, "invalid UTF-8 byte 0xFF"));
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    return Arbitraries.of(PIECES).list().ofMaxSize(12).map(pieces -> concat(pieces.toArray(byte[][]::new)));
  }

  private static boolean wellFormed(byte[] input) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWithByteOrderMark(byte[] input) {
    return input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB && (input[2] & 0xFF) == 0xBF;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] concat(byte[]... pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] piece : pieces) {
      out.writeBytes(piece);
    }
    return out.toByteArray();
  }
}
