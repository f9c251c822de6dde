// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** The container contract on embedded Tomcat 11. */
class TomcatTest extends ContainerContract {
  private Path workDir;

  @Override
  EmbeddedContainer start(Map<String, EmbeddedContainer.Mount> servlets) throws Exception {
    workDir = Files.createTempDirectory("newsfeed-tomcat");
    return EmbeddedContainer.tomcat(servlets, workDir);
  }

  @AfterAll
  void deleteWorkDir() throws Exception {
    if (workDir != null) {
      try (var paths = Files.walk(workDir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
