// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.examples.demo.RepositoryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The header convention (CONTRIBUTING.md): every Java source file of the repository starts with
 * the line {@code // SPDX-License-Identifier: Apache-2.0}, the licence of LICENSE.
 */
class LicenceHeaderTest {
  static final String HEADER = "// SPDX-License-Identifier: Apache-2.0";

  /** Directories that hold no sources of ours. */
  private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", ".cifuzz-corpus");

  @Test
  void everyJavaSourceFileStartsWithTheSpdxLicenceIdentifier() throws IOException {
    Path root = RepositoryFiles.root();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files
          .filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path))
          .filter(path -> ours(root.relativize(path)))
          .toList();
    }
    assertThat(sources).as("Java sources under " + root).hasSizeGreaterThan(100);
    List<Path> without = sources.stream().filter(path -> !firstLine(path).equals(HEADER))
        .map(root::relativize).toList();
    assertThat(without).as("files whose first line is not " + HEADER).isEmpty();
  }

  private static boolean ours(Path relative) {
    for (Path part : relative) {
      if (SKIPPED.contains(part.toString())) {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.findFirst().orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
