// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code serve} command's arguments, checked before anything starts. ({@code ServeJarIT} runs
 * the command itself, from the built jar.)
 */
class ServeCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theUsageListsServe() {
    assertThat(run("help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("  serve [--port N] [--lang TAG] [--feed FILE]...");
  }

  @Test
  void aPortThatIsNotATcpPortIsAUsageError() {
    assertThat(run("serve", "--port", "65536")).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --port must be a number from 0 to 65535, not 65536");
    err.reset();
    assertThat(run("serve", "--port", "eighty")).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --port must be a number from 0 to 65535, not eighty");
  }

  @Test
  void filesAreGivenWithFeedNotAsOperands() {
    assertThat(run("serve", "news.fr.txt")).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: serve takes no FILE operands, give news files with --feed: news.fr.txt");
  }

  @Test
  void aMissingFeedFileIsReportedByNameBeforeAnythingStarts() {
    assertThat(run("serve", "--port", "0", "--feed", "no-such.fr.txt", "--feed=neither.en.txt")).isEqualTo(1);
    assertThat(err().lines()).containsExactly(
        "no-such.fr.txt: error: no such file", "neither.en.txt: error: no such file");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void langNeedsAFeedAndMayNotOverrideTheLanguagesOfSeveralNamedFeeds(@TempDir Path dir) throws IOException {
    assertThat(run("serve", "--lang", "en")).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --lang gives the language of --feed files; give at least one");
    err.reset();
    assertThat(run("serve", "--lang", "not a tag", "--feed", "pom.xml")).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --lang: ");
    err.reset();
    Path french = Files.writeString(dir.resolve("news.fr.txt"), "Titre\n\n07/30/2016\n\nRésumé.\n");
    Path unnamed = Files.writeString(dir.resolve("news.txt"), "Title\n\n07/30/2016\n\nSummary.\n");
    assertThat(run("serve", "--lang", "en", "--feed", unnamed.toString(), "--feed", french.toString())).isEqualTo(2);
    assertThat(err()).startsWith("newsfeed: --lang gives every --feed one language, but " + french
        + " declares its own: with several languages, name each file for its language (news.fr.txt, news.en.txt)");
  }
}
