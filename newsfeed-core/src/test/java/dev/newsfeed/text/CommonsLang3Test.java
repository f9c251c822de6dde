// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Which commons-lang3 the tests run with. The build runs the Commons Text tests twice: with the
 * commons-lang3 that Commons Text asks for, and with the oldest of newsfeed's supported range (the
 * one Spring Boot 3.5 manages); each run sets {@code newsfeed.expectedCommonsLang3}, so that a run
 * that did not swap the jar fails here rather than passing for the wrong reason.
 */
class CommonsLang3Test {
  @Test
  void theCommonsLang3OnTheClassPathIsTheOneThisRunIsFor() throws Exception {
    String expected = System.getProperty("newsfeed.expectedCommonsLang3");
    assertThat(expected).as("system property newsfeed.expectedCommonsLang3 (set by the pom)").isNotBlank();
    // By name: commons-lang3 is Commons Text's dependency, not one that the tests name.
    Class<?> stringUtils = Class.forName("org.apache.commons.lang3.StringUtils");
    Path jar = Path.of(stringUtils.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(jar.getFileName().toString()).isEqualTo("commons-lang3-" + expected + ".jar");
    assertThat(stringUtils.getPackage().getImplementationVersion()).isEqualTo(expected);
  }
}
