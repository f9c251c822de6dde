// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fragment variant, wrapped in a minimal document, and the stylesheet, checked by the Nu Html
 * Checker (npm {@code vnu-jar}) in one run, since starting its JVM takes seconds.
 */
class FragmentValidationTest {

  @TempDir Path dir;

  @Test
  void everyFragmentVariantAndTheStylesheetAreValid() throws Exception {
    Path vnu = vnuJar();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xss4m", "-jar", vnu.toString(), "--format", "gnu", "--also-check-css"));
    for (TickerRendererTest.Variant variant : TickerRendererTest.variants()) {
      command.add(write(variant.name() + ".html", document(variant.html())).toString());
    }
    // The demo's case: the ticker twice on one page, once rendered and once fetched by ticker.js.
    String both = TickerRendererTest.variants().get(0).html()
        + "<div data-newsfeed-src=\"/news/ticker?lang=fr\"><a href=\"/news\">Actualités</a></div>\n"
        + TickerRendererTest.variants().get(3).html();
    command.add(write("twice.html", document(both)).toString());
    command.add(write("ticker.css", asset("ticker.css")).toString());

    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("vnu finished").isTrue();
    List<String> errors = output.lines().filter(line -> line.contains(": error")).toList();
    assertThat(errors).as("Nu Html Checker output:%n%s", output).isEmpty();
    assertThat(process.exitValue()).as("vnu exit status; output:%n%s", output).isZero();
  }

  private static String document(String fragment) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>newsfeed fragment</title>\n</head>\n<body>\n<main>\n" + fragment + "</main>\n</body>\n</html>\n";
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static String asset(String name) throws IOException {
    try (InputStream in = NewsfeedServlet.class.getResourceAsStream("internal/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The checker from node_modules at the repository root; missing means npm ci was not run. */
  static Path vnuJar() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("package.json"))) {
        Path jar = dir.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
        assertThat(jar)
            .withFailMessage("The Nu Html Checker is missing (%s): run `npm ci --ignore-scripts` in %s", jar, dir)
            .exists();
        return jar;
      }
    }
    throw new AssertionError("no package.json above " + here + ": run `npm ci --ignore-scripts` at the repository root");
  }
}
