// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link XmlOut} writes the bytes the JDK's StAX writer over a UTF-8 {@code OutputStreamWriter}
 * wrote ({@link StaxXmlOut}, the code it replaced), on random documents of random text.
 */
class XmlOutTest {

  private static final List<String> PIECES = List.of("a", "Genève", "« Maroc »", "الرباط", "l’OIM", "😀", "\uD83D", "\uDE00",
      "&", "<", ">", "\"", "'", "&amp;", "]]>", "\n", "\t", "\r", " ", "\u00a0", "\u2028", "\u0085", "\uFFFD", "\u07FF",
      "\u0800", "x".repeat(300), "é".repeat(5000), "=", "/");

  private static final List<String> NAMES = List.of("feed", "entry", "id", "title", "link", "content", "summary", "category");

  @Property(tries = 1000)
  void writesTheBytesTheStaxWriterWrote(@ForAll long seed) throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    StaxXmlOut stax = StaxXmlOut.start(expected);
    XmlOut ours = XmlOut.start(actual);
    Random random = new Random(seed);
    element(random, 0, stax, ours);
    stax.finish();
    ours.finish();
    assertThat(actual.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(expected.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
  }

  private static void element(Random random, int level, StaxXmlOut stax, XmlOut ours) throws IOException {
    String prefix = random.nextInt(4) == 0 ? "nf" : "";
    String name = pick(random, NAMES);
    stax.open(prefix, ns(prefix), name);
    ours.open(prefix, ns(prefix), name);
    attributes(random, stax, ours);
    if (random.nextInt(4) == 0) {
      String text = text(random);
      stax.characters(text);
      ours.characters(text);
    } else {
      int children = level > 3 ? 0 : random.nextInt(5);
      for (int i = 0; i < children; i++) {
        switch (random.nextInt(3)) {
          case 0 -> element(random, level + 1, stax, ours);
          case 1 -> {
            String childPrefix = random.nextBoolean() ? "" : "dc";
            String childName = pick(random, NAMES);
            String text = text(random);
            stax.text(childPrefix, ns(childPrefix), childName, text);
            ours.text(childPrefix, ns(childPrefix), childName, text);
          }
          default -> {
            String childName = pick(random, NAMES);
            stax.empty("atom", ns("atom"), childName);
            ours.empty("atom", ns("atom"), childName);
            attributes(random, stax, ours);
          }
        }
      }
    }
    if (random.nextInt(10) > 0 || level > 0) {
      stax.close();
      ours.close();
    }
  }

  private static void attributes(Random random, StaxXmlOut stax, XmlOut ours) throws IOException {
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(4)) {
        case 0 -> {
          stax.namespace("", ns(""));
          ours.namespace("", ns(""));
        }
        case 1 -> {
          stax.namespace("q", ns("q"));
          ours.namespace("q", ns("q"));
        }
        case 2 -> {
          String tag = text(random);
          stax.lang(tag);
          ours.lang(tag);
        }
        default -> {
          String value = text(random);
          stax.attribute("a" + i, value);
          ours.attribute("a" + i, value);
        }
      }
    }
  }

  /** One namespace per prefix, as the StAX writer insists. */
  private static String ns(String prefix) {
    return prefix.equals("q") ? "urn:q&\"<>" : "urn:" + prefix;
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      text.append(pick(random, PIECES));
    }
    return text.toString();
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
