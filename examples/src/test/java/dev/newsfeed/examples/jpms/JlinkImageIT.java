// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.examples.api.CoreOnlyExample;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runtime image made with {@code jlink --add-modules dev.newsfeed} and nothing else: newsfeed-core's
 * module graph alone must bring what it needs at run time (the JSON-B and JSON-P implementations,
 * CLDR's locale data), which service binding would otherwise add and jlink does not. The core
 * example and the command line's JSON conversion then run in the image.
 */
class JlinkImageIT {
  private static final String CORE = "dev.newsfeed";

  @TempDir static Path dir;
  private static Path image;

  @BeforeAll
  static void link() throws Exception {
    Map<String, Path> jars = BuiltJars.all();
    // newsfeed-core and its runtime dependencies: not the servlet, not the Servlet API.
    String modulePath = Stream.concat(
            Stream.of(Path.of(System.getProperty("java.home"), "jmods")),
            jars.entrySet().stream()
                .filter(jar -> !jar.getKey().contains("servlet"))
                .map(Map.Entry::getValue))
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
    image = dir.resolve("image");
    run(List.of(tool("jlink"), "--module-path", modulePath, "--add-modules", CORE,
        "--strip-debug", "--no-header-files", "--no-man-pages", "--output", image.toString()));
  }

  @Test
  void theImageHoldsTheCoreAndWhatItNeedsAtRunTime() throws Exception {
    Set<String> modules = run(List.of(java(), "--list-modules")).lines()
        .map(line -> line.replaceFirst("@.*", "")).collect(Collectors.toSet());
    assertThat(modules).contains(
        CORE, "jakarta.json.bind", "org.eclipse.yasson", "jakarta.json", "org.eclipse.parsson",
        "org.apache.commons.text", "org.apache.commons.lang3", "org.jsoup", "jdk.localedata");
    assertThat(modules).noneMatch(name -> name.contains("servlet") || name.contains("jetty"));
  }

  @Test
  void theCoreExampleRunsInTheImageWithLocalizedDatesAndItsJsonFeed() throws Exception {
    Path work = Files.createDirectories(dir.resolve("example"));
    // Without arguments: the bundled French listing, feed.json in the working directory.
    String printed = run(List.of(java(), "-cp", examplesClasses(), CoreOnlyExample.class.getName()), work);
    assertThat(printed.replace(System.lineSeparator(), "\n")).startsWith(resource("/dev/newsfeed/examples/api/five-latest.txt"));
    assertThat(Files.readString(work.resolve("feed.json"), StandardCharsets.UTF_8))
        .contains("\"version\": \"https://jsonfeed.org/version/1.1\"");
  }

  @Test
  void newsfeedJsonIsWrittenThroughJsonBindingInTheImage() throws Exception {
    Path listing = dir.resolve("seed.fr.txt");
    try (InputStream in = JlinkImageIT.class.getResourceAsStream("/dev/newsfeed/examples/samples/seed.fr.txt")) {
      Files.copy(in, listing, StandardCopyOption.REPLACE_EXISTING);
    }
    String json = run(List.of(java(), "-cp", examplesClasses(), "dev.newsfeed.examples.Main",
        "convert", "--to", "json", listing.toString()));
    assertThat(json).startsWith("{").contains("\"items\"", "L’OIM devient une organisation affiliée aux Nations Unies");
  }

  /** The examples' own classes, without newsfeed-core's: in the image the core is a module. */
  private static String examplesClasses() throws URISyntaxException, IOException {
    Path classes = Path.of(CoreOnlyExample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path coreClass = Path.of("dev", "newsfeed", "NewsFeed.class");
    if (Files.isDirectory(classes)) {
      assertThat(classes.resolve(coreClass)).as("the core's classes beside the examples'").doesNotExist();
    } else {
      try (ZipFile jar = new ZipFile(classes.toFile())) {
        assertThat(jar.getEntry("dev/newsfeed/NewsFeed.class")).as("the core's classes in " + classes).isNull();
      }
    }
    return classes.toString();
  }

  private static String java() {
    return image.resolve("bin").resolve("java").toString();
  }

  private static String tool(String name) {
    Path tool = Path.of(System.getProperty("java.home"), "bin", name);
    assertThat(tool).as("%s of the JDK that runs the tests", name).isExecutable();
    return tool.toString();
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    return run(command, dir);
  }

  /** Runs a command, checks that it succeeds, and returns its standard output. */
  private static String run(List<String> command, Path workDir) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("CLASSPATH");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process process = builder.start();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(finished).as("%s ended; stderr:%n%s", command, errors).isTrue();
    assertThat(process.exitValue()).as("%s exit status; stderr:%n%s", command, errors).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = JlinkImageIT.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
