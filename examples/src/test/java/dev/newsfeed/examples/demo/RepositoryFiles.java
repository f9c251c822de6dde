// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files the tests find at the repository root: the npm test tools ({@code package.json} pins them)
 * and the README's screenshot.
 */
public final class RepositoryFiles {
  private RepositoryFiles() {}

  /** The repository root: the nearest directory above the working directory with package.json. */
  public static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("package.json")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new AssertionError("no package.json and pom.xml above " + here);
  }

  /** axe-core's browser script; missing means npm ci was not run. */
  static Path axeScript() {
    return npm("axe-core/axe.min.js");
  }

  /** The Nu Html Checker; missing means npm ci was not run. */
  static Path vnuJar() {
    return npm("vnu-jar/build/dist/vnu.jar");
  }

  /** A file of an npm package installed at the repository root, or a failure saying how to install it. */
  static Path npm(String file) {
    Path root = root();
    Path path = root.resolve("node_modules").resolve(file);
    assertThat(path)
        .withFailMessage(
            "%s is missing: run `npm ci --ignore-scripts` in %s (package.json pins the test tools)",
            path, root)
        .exists();
    return path;
  }
}
