// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
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
        + " remove the <!DOCTYPE ...> (only RSS 0.91's own, \"-//Netscape Communications//DTD RSS"
        + " 0.91//EN\", is skipped)");
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
  void anEntityNeitherXmlNorHtmlDefinesIsANotWellFormedErrorWithItsPosition() {
    byte[] document = "<rss version=\"2.0\">\n<channel><title>caf&eacutx;</title></channel></rss>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(refusal("bogus-entity.rss", document, Strictness.LENIENT).toString())
        .isEqualTo("bogus-entity.rss:2:28: error: not well-formed XML: The entity \"eacutx\" was"
            + " referenced, but not declared.");
  }

  @Test
  void rss091sOwnDoctypeIsSkippedWithoutLoadingAnythingAndDefinesTheHtmlEntities() {
    byte[] document = ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD"
        + " RSS 0.91//EN\"\n \"http://127.0.0.1:9/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel>"
        + "<title>Caf&eacute;</title><language>fr</language></channel></rss>")
        .getBytes(StandardCharsets.UTF_8);
    ParseResult result = FeedReader.create(Strictness.STRICT).read("netscape.rss", document);
    assertThat(result.feed().titles()).containsValue("Café");
    // The DTD declares those entities: no "not well-formed" warning.
    assertThat(result.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x.dtd\" [<!ENTITY a \"b\">]>",
      "<!DOCTYPE rss SYSTEM \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">",
      "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.92//EN\" \"x.dtd\">",
      "<!DOCTYPE feed PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x.dtd\">"})
  void everyOtherDoctypeStaysRefused(String doctype) {
    byte[] document = (doctype + "\n<rss version=\"0.91\"><channel><title>a</title></channel></rss>")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(refusal("other.rss", document, Strictness.LENIENT).message())
        .startsWith("a DOCTYPE is not allowed");
  }

  @ParameterizedTest
  @EnumSource(Strictness.class)
  void htmlNamedEntitiesAreReadAsHtmlDefinesThemWithOneWarning(Strictness strictness) {
    byte[] document = ("<rss version=\"2.0\">\n<channel><title>caf&eacute; &rsquo;&nbsp;&NewLine;"
        + "&check; &amp;amp;</title><language>fr</language><!-- &bogus; --><item><title>"
        + "<![CDATA[&eacute;]]></title><pubDate>Sat, 30 Jul 2016 00:00:00 GMT</pubDate></item>"
        + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    ParseResult result = FeedReader.create(strictness).read("wordpress.rss", document);
    assertThat(result.feed().titles()).containsValue("café ’\u00A0 ✓ &amp;");
    // Inside CDATA nothing is a reference, and comments are not read.
    assertThat(result.feed().items().get(0).original().title()).isEqualTo("&eacute;");
    assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(
        "wordpress.rss:2:20: warning: not well-formed XML: &eacute; and 4 more HTML named"
            + " entities, which XML does not define; read as HTML defines them (write &#233; or"
            + " the character itself)");
  }

  @Test
  void nestingTooDeepIsReportedAfterTheLastThingRead() {
    // Where the parser stood after what came before the 65th start tag: text, a comment.
    String spaced = "<rss version=\"2.0\">\n" + "<x>\n  ".repeat(64) + "text<!-- c --><x/>" + "</x>".repeat(64) + "</rss>";
    assertThat(refusal("deep.rss", spaced.getBytes(StandardCharsets.UTF_8), Strictness.LENIENT).toString())
        .isEqualTo("deep.rss:65:4: error: elements nested more than 64 deep; this is not a feed");
    String text = "<rss version=\"2.0\">" + "<x>".repeat(64) + "é😀 text\n<x>" + "</x>".repeat(65) + "</rss>";
    assertThat(refusal("deep.rss", text.getBytes(StandardCharsets.UTF_8), Strictness.LENIENT).toString())
        .isEqualTo("deep.rss:1:209: error: elements nested more than 64 deep; this is not a feed");
    String nothing = "<?xml version=\"1.0\"?>\n<!-- only a comment -->\n";
    assertThat(refusal("empty.rss", nothing.getBytes(StandardCharsets.UTF_8), Strictness.LENIENT).toString())
        .isEqualTo("empty.rss:3:1: error: not well-formed XML: Premature end of file.");
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
