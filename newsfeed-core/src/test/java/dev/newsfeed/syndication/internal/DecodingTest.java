// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.NewsParseException;
import dev.newsfeed.Strictness;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** UTF-8 decoded through {@code new String} gives what the strict decoder gives, errors included. */
class DecodingTest {

  private static final List<String> TEXT = List.of("<rss>", "é", "الرباط", "😀", "«", "\uFFFD", "\n", "a");

  /** Malformed and borderline sequences: lone continuation bytes, overlong forms, surrogates, truncations. */
  private static final List<byte[]> BYTES = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
      new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {0});

  @Property(tries = 3000)
  void utf8DecodesAsTheStrictDecoderDoes(@ForAll("documents") byte[] bytes) {
    ReadContext fast = new ReadContext("f", Strictness.STRICT, Optional.empty());
    ReadContext strict = new ReadContext("f", Strictness.STRICT, Optional.empty());
    String expected;
    try {
      expected = Decoding.decodeStrictly(bytes, 0, StandardCharsets.UTF_8, strict, "");
    } catch (NewsParseException e) {
      assertThatThrownBy(() -> Decoding.xml(bytes, fast)).isInstanceOfSatisfying(NewsParseException.class,
          actual -> assertThat(actual.diagnostics()).isEqualTo(e.diagnostics()));
      return;
    }
    assertThat(Decoding.xml(bytes, fast)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<byte[]> documents() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(Arbitraries.of(TEXT).map(t -> t.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(BYTES));
    return piece.list().ofMaxSize(12).map(pieces -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      pieces.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }
}
