// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** For any input whatsoever, the reader returns or throws its own exception, nothing else. */
class FeedReaderPropertiesTest {

  private static void readsOrRefuses(byte[] input) {
    for (Strictness strictness : Strictness.values()) {
      try {
        ParseResult result = FeedReader.create(strictness).read("fuzz", input);
        assertThat(result.feed()).isNotNull();
      } catch (NewsParseException e) {
        assertThat(e.error().source()).isEqualTo("fuzz");
      }
    }
  }

  @Property(tries = 300)
  void arbitraryBytes(@ForAll @Size(max = 300) byte[] input) {
    readsOrRefuses(input);
  }

  @Property(tries = 300)
  void arbitraryTextInsideAFeedSkeleton(@ForAll("skeletons") String skeleton, @ForAll String text) {
    readsOrRefuses(skeleton.replace("%s", text).getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void feedLikeTokensInAnyOrder(@ForAll("tokenSoups") String soup) {
    readsOrRefuses(soup.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> skeletons() {
    return Arbitraries.of(
        "<rss version=\"2.0\"><channel><title>%s</title><item><title>%s</title>"
            + "<pubDate>%s</pubDate><description>%s</description><link>%s</link></item></channel></rss>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"%s\"><entry><id>%s</id><title type=\"html\">%s"
            + "</title><updated>%s</updated><link href=\"%s\"/></entry></feed>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>t</title><updated>2016-07-30T00:00:00Z"
            + "</updated><summary type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">%s</div>"
            + "</summary></entry></feed>",
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"%s\", \"title\": \"%s\","
            + " \"date_published\": \"%s\", \"content_html\": \"%s\", \"language\": \"%s\"}]}",
        "<?xml version=\"1.0\" encoding=\"%s\"?><rss/>");
  }

  @Provide
  Arbitrary<String> tokenSoups() {
    Arbitrary<String> token = Arbitraries.of(
        "<rss version=\"2.0\">", "</rss>", "<channel>", "</channel>", "<item>", "</item>",
        "<title>", "</title>", "<pubDate>", "</pubDate>", "Sat, 30 Jul 2016 09:00:00 GMT",
        "2016-07-30T09:00:00Z", "<![CDATA[<p>x</p>]]>", "&amp;", "&lt;", "<!DOCTYPE x>", "<!-- c -->",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "</feed>", "<entry>", "</entry>", "{", "}",
        "[", "]", "\"items\":", "\"id\":", ",", "\"x\"", "<script>", "</script>", "é", "\u0000", " ");
    return token.list().ofMaxSize(40).map(list -> String.join("", list));
  }
}
