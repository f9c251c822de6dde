// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The jars a modular application of newsfeed puts on its module path, taken from this test's
 * class path: newsfeed-core and newsfeed-servlet as this checkout's reactor packaged them, and
 * their runtime dependencies as Maven resolved them.
 */
final class BuiltJars {
  private BuiltJars() {}

  /** Built by the reactor, in {@code <module>/target}. */
  static final List<String> NEWSFEED = List.of("newsfeed-core", "newsfeed-servlet");

  /**
   * newsfeed-core's runtime dependencies (Yasson brings JSON-P and Parsson, Commons Text brings
   * Commons Lang) and the Servlet API, which newsfeed-servlet declares {@code provided}.
   */
  static final List<String> DEPENDENCIES =
      List.of(
          "jakarta.json.bind-api",
          "yasson",
          "jakarta.json-api",
          "parsson",
          "commons-text",
          "commons-lang3",
          "jsoup",
          "jakarta.servlet-api");

  /**
   * Every jar of {@link #NEWSFEED} and {@link #DEPENDENCIES}, by artifact id, or a failure naming
   * the missing one and how to build it.
   *
   * @return the jars, in the order of the two lists
   */
  static Map<String, Path> all() {
    List<Path> classPath = testClassPath();
    Map<String, Path> jars = new LinkedHashMap<>();
    for (String artifact : NEWSFEED) {
      // The reactor resolves a sibling module to its target/classes when the build stops before
      // package (mvn test), and -pl examples alone takes it from the local repository.
      Path expected = Path.of("").toAbsolutePath().resolveSibling(artifact).resolve("target");
      String hint =
          String.format(
              "%s must be on the test class path as the jar this checkout builds in %s: run `mvn"
                  + " verify` from the repository root, so that the reactor packages it before the"
                  + " examples' integration tests",
              artifact, expected);
      Path jar = find(artifact, classPath, hint);
      assertThat(jar.toAbsolutePath().normalize().getParent())
          .withFailMessage("%s, found %s", hint, jar)
          .isEqualTo(expected);
      jars.put(artifact, jar);
    }
    for (String artifact : DEPENDENCIES) {
      jars.put(artifact, find(artifact, classPath, "the examples' dependencies no longer bring it"));
    }
    return jars;
  }

  private static Path find(String artifact, List<Path> classPath, String hint) {
    // artifactId-version.jar: the version starts with a digit, so jakarta.json-api-2.1.3.jar is
    // not taken for jakarta.json.bind-api.
    Pattern name = Pattern.compile(Pattern.quote(artifact) + "-[0-9][^/]*\\.jar");
    List<Path> found =
        classPath.stream()
            .filter(entry -> entry.getFileName() != null && name.matcher(entry.getFileName().toString()).matches())
            .toList();
    assertThat(found)
        .withFailMessage(
            "expected one %s jar on the test class path, found %s: %s; the class path is:%n%s",
            artifact, found, hint, String.join(System.lineSeparator(), classPath.stream().map(Path::toString).toList()))
        .hasSize(1);
    Path jar = found.get(0);
    assertThat(Files.isRegularFile(jar)).as("%s exists", jar).isTrue();
    return jar;
  }

  /**
   * The class path of the test JVM. Surefire and Failsafe start it from a manifest-only jar
   * ({@code surefire.real.class.path}) and give the test class path in {@code
   * surefire.test.class.path}, and in {@code java.class.path} too once the JVM has started; other
   * runners, such as IDEs, set {@code java.class.path} only.
   */
  private static List<Path> testClassPath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(Pattern.quote(File.pathSeparator)))
        .filter(entry -> !entry.isEmpty())
        .map(Path::of)
        .toList();
  }
}
