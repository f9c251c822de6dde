// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources}. Run with {@code -Dgolden.update=true} to rewrite
 * them from the current output, then review the diff.
 */
public final class Golden {
  private Golden() {}

  /** The folder golden files are under. */
  public static final Path RESOURCES = Path.of("src", "test", "resources");

  /**
   * Checks that {@code actual} is the golden file's content, byte for byte.
   *
   * @param resource the file, relative to {@link #RESOURCES}
   * @param actual the output
   */
  public static void assertMatches(String resource, byte[] actual) {
    Path file = RESOURCES.resolve(resource);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.write(file, actual);
      }
      assertThat(file).as("golden file (create it with -Dgolden.update=true)").exists();
      assertThat(new String(actual, StandardCharsets.UTF_8))
          .as("output compared with %s", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(actual).as("bytes of %s", file).isEqualTo(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that {@code actual} is the golden file's content, as UTF-8.
   *
   * @param resource the file, relative to {@link #RESOURCES}
   * @param actual the output
   */
  public static void assertMatches(String resource, String actual) {
    assertMatches(resource, actual.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The content of a golden file.
   *
   * @param resource the file, relative to {@link #RESOURCES}
   * @return its bytes
   */
  public static byte[] read(String resource) {
    try {
      return Files.readAllBytes(RESOURCES.resolve(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
