// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.Strictness;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import dev.newsfeed.testing.Golden;

/**
 * XML attacks on the reader: each is refused with a located error before anything is expanded or
 * fetched, in both strict and lenient mode.
 */
class FeedReaderSecurityTest {

  private static Diagnostic refusal(String source, byte[] document, Strictness strictness) {
    NewsParseException thrown = org.junit.jupiter.api.Assertions.assertThrows(
        NewsParseException.class, () -> FeedReader.create(strictness).read(source, document));
    return thrown.error();
  }

  @ParameterizedTest
  @EnumSource(Strictness.class)
  void anExternalFileEntityIsRefusedAtTheDoctype(Strictness strictness) {
    Diagnostic error = refusal("xxe-file.atom", Golden.read("syndication/security/xxe-file.atom"), strictness);
    assertThat(error.toString()).isEqualTo("xxe-file.atom:2:1: error: a DOCTYPE is not allowed:"
        + " feeds need none, and DTDs open the door to external entities and entity expansion;"
        + " remove the <!DOCTYPE ...>");
    assertThat(error.toString()).doesNotContain("root:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"billion-laughs.rss", "parameter-entities.rss"})
  void entityExpansionBombsAreRefusedAtTheDoctype(String file) {
    Diagnostic error = refusal(file, Golden.read("syndication/security/" + file), Strictness.LENIENT);
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).isEqualTo(1);
    assertThat(error.message()).startsWith("a DOCTYPE is not allowed");
  }

  @Test
  void aQuadraticBlowupIsRefusedBeforeAnyReferenceIsExpanded() {
    String entity = "x".repeat(100_000);
    String document = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x \"" + entity + "\">]>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + "&x;".repeat(100_000)
        + "</title></feed>";
    Diagnostic error = refusal("blowup.atom", document.getBytes(StandardCharsets.UTF_8), Strictness.LENIENT);
    assertThat(error.message()).startsWith("a DOCTYPE is not allowed");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS) // a guard against a hang, not a speed assertion
  void externalDtdsAndHttpEntitiesAreNeverFetched() throws IOException {
    try (ServerSocketChannel server = ServerSocketChannel.open()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      server.configureBlocking(false);
      String url = "http://127.0.0.1:" + server.socket().getLocalPort() + "/evil.dtd";
      String[] attacks = {
        "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + url + "\"><rss version=\"2.0\"/>",
        "<!DOCTYPE rss [<!ENTITY e SYSTEM \"" + url + "\">]><rss version=\"2.0\">&e;</rss>",
        "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]><rss version=\"2.0\"/>",
      };
      for (String attack : attacks) {
        Diagnostic error = refusal("remote.rss", attack.getBytes(StandardCharsets.UTF_8), Strictness.LENIENT);
        assertThat(error.message()).startsWith("a DOCTYPE is not allowed");
      }
      assertThat(server.accept()).as("a connection to the attacker's server").isNull();
    }
  }

  @Test
  void anUndeclaredEntityIsANotWellFormedErrorWithItsPosition() {
    byte[] document = "<rss version=\"2.0\">\n<channel><title>caf&eacute;</title></channel></rss>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(refusal("html-entity.rss", document, Strictness.LENIENT).toString())
        .isEqualTo("html-entity.rss:2:28: error: not well-formed XML: The entity \"eacute\" was"
            + " referenced, but not declared.");
  }

  @Test
  void elementsNestedTooDeepAreRefused() {
    String document = "<rss version=\"2.0\">" + "<x>".repeat(100) + "</x>".repeat(100) + "</rss>";
    assertThat(refusal("deep.rss", document.getBytes(StandardCharsets.UTF_8), Strictness.LENIENT).message())
        .isEqualTo("elements nested more than 64 deep; this is not a feed");
  }

  @Test
  void deeplyNestedJsonInAnUnknownFieldIsSkippedWithoutRecursion() {
    String document = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"x\": "
        + "[".repeat(100_000) + "]".repeat(100_000) + ", \"title\": \"T\", \"items\": []}";
    assertThat(FeedReader.create(Strictness.STRICT)
            .read("deep.json", document.getBytes(StandardCharsets.UTF_8)).feed().titles())
        .containsValue("T");
  }

  @Test
  void deeplyNestedJsonWhereAValueIsReadIsRefused() {
    String document = "{\"items\": [{\"tags\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}]}";
    assertThatThrownBy(() -> FeedReader.create(Strictness.LENIENT)
            .read("deep.json", document.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(NewsParseException.class)
        .hasMessageStartingWith("deep.json:1:1018: error: JSON refused: Input is too deeply nested");
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefusedBeforeParsing() {
    byte[] huge = new byte[FeedReader.MAX_BYTES + 1];
    assertThat(refusal("huge.xml", huge, Strictness.LENIENT).toString()).isEqualTo(
        "huge.xml: error: the document is larger than 16777216 bytes; feeds are much smaller");
  }
}
