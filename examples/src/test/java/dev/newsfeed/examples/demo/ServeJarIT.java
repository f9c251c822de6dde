// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's first command, {@code java -jar examples/target/newsfeed-examples.jar serve}, run from
 * the built jar: one line with the URL, a working site from the bundled samples and resources,
 * nothing else on the console (no SLF4J or Jetty chatter), and a clean stop on SIGTERM, which
 * runs the same shutdown hook as Ctrl-C.
 */
class ServeJarIT {
  private static final Pattern LINE =
      Pattern.compile("newsfeed demo: open (http://127\\.0\\.0\\.1:[0-9]+/) \\(Ctrl-C to stop\\)");

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void theJarServesTheDemoPrintsOnlyItsUrlAndStopsCleanly() throws Exception {
    Path jar = Path.of("target", "newsfeed-examples.jar");
    assertThat(jar).exists();
    Process process = new ProcessBuilder(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--port", "0"))
        .start();
    CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return e.toString();
      }
    });
    try {
      BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = stdout.readLine();
      assertThat(line).as("first line; stderr so far: %s", stderr.getNow("")).matches(LINE);
      Matcher url = LINE.matcher(line);
      assertThat(url.matches()).isTrue();
      URI base = URI.create(url.group(1));

      HttpResponse<String> page = get(base.resolve("/?lang=ar"));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'");
      assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "٣٠ يوليو ٢٠١٦");
      HttpResponse<String> css = get(base.resolve("/demo.css"));
      assertThat(css.statusCode()).isEqualTo(200);
      assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
      assertThat(get(base.resolve("/favicon.svg")).statusCode()).isEqualTo(200);
      assertThat(get(base.resolve("/news/status")).body()).contains("\"items\": 10");
    } finally {
      // SIGTERM, leaving the streams open (Process.destroy() would close them).
      process.toHandle().destroy();
    }
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
    assertThat(stderr.get(10, TimeUnit.SECONDS)).as("the console").isEmpty();
    assertThat(process.getInputStream().readAllBytes()).as("more output").isEmpty();
    // 128 + SIGTERM: the JVM ran its shutdown hooks (Jetty's stop among them) and exited.
    assertThat(process.exitValue()).isEqualTo(143);
  }
}
