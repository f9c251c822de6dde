// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.examples.Main;
import dev.newsfeed.examples.demo.RepositoryFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code check} run on every listing in the repository's test resources, one at a time, then on
 * sets of translations together, prints exactly what {@code check-every-listing.golden} holds: each
 * file's diagnostics (for a set, the items that cannot be paired, at their files and lines), its
 * summary line and the exit status. Run with {@code -Dgolden.update=true} to rewrite the file, then review the
 * diff.
 */
class CheckEveryListingGoldenTest {
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "dev", "newsfeed", "examples", "cli", "check-every-listing.golden");

  /** The listings: every .txt under a module's test resources, but the expected outputs of this one. */
  static List<Path> listings() throws IOException {
    Path root = RepositoryFiles.root();
    Path here = Path.of("").toAbsolutePath();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".txt") && Files.isRegularFile(file))
          .filter(file -> root.relativize(file).toString().replace('\\', '/').matches("[^/]+/src/test/resources/.*"))
          .filter(file -> !file.toString().contains("FuzzTestInputs"))
          .filter(file -> !file.startsWith(root.resolve("examples")))
          .map(file -> here.relativize(file))
          .sorted()
          .toList();
    }
  }

  private static final String LISTINGS = "../newsfeed-core/src/test/resources/listings/";

  /** Listings of the same news in several languages, checked together: what cannot be paired. */
  private static final List<List<String>> TRANSLATION_SETS = List.of(
      List.of("seed.fr.txt", "news.en.txt", "news.ar.txt"),
      List.of("translations/news.fr.txt", "translations/news.en.txt"));

  /** Appends {@code check FILE...}: what it prints on standard error and output, and its status. */
  private static void check(StringBuilder transcript, List<String> names) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("check"));
    args.addAll(names);
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    transcript.append("$ check ").append(String.join(" ", names)).append('\n')
        .append(err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"))
        .append(out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"))
        .append("exit ").append(status).append("\n\n");
  }

  @Test
  void checkPrintsTheExpectedDiagnosticsForEveryListing() throws IOException {
    List<Path> listings = listings();
    assertThat(listings).as("listings in the test resources").hasSizeGreaterThanOrEqualTo(30);
    StringBuilder transcript = new StringBuilder();
    for (Path listing : listings) {
      check(transcript, List.of(listing.toString().replace('\\', '/')));
    }
    for (List<String> set : TRANSLATION_SETS) {
      check(transcript, set.stream().map(name -> LISTINGS + name).toList());
    }
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, transcript, StandardCharsets.UTF_8);
    }
    assertThat(GOLDEN).as("golden file (create it with -Dgolden.update=true)").exists();
    assertThat(transcript.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
