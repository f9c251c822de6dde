// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.servlet.EmbeddedContainer.Mount;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listing rewritten hundreds of times, in the three ways editors and tools write files, while
 * readers fetch the ticker over loopback: every response is one complete version, never the
 * shorter, valid listing that a file cut at an item boundary is.
 */
class HalfWrittenFilesTest {

  private static final int ITEMS = 6;
  private static final int REWRITES = 240;
  private static final Pattern ITEM = Pattern.compile("<li class=\"nf-ticker__item\"");

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  enum Way { IN_PLACE, TRUNCATE_THEN_WRITE, RENAME_OVER }

  @Test
  void everyResponseIsOneCompleteVersionWhileTheFileIsRewritten() throws Exception {
    Path news = dir.resolve("news.en.txt");
    Files.writeString(news, Listings.listing("v0", "en", ITEMS));
    // Polls ten times slower than a rewrite takes; a rewrite pauses 1 ms between its items.
    EmbeddedContainer container = EmbeddedContainer.jetty(Map.of("/news/*", new Mount(new NewsfeedServlet(),
        Map.of("sources", news.toString(), "reload-interval", "100ms", "cache-max-age", "0s"))));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicBoolean done = new AtomicBoolean();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger responses = new AtomicInteger();
    try {
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> {
          while (!done.get()) {
            String body = ticker(container);
            assertThat(SampleNewsVersions.versionsIn(body)).as(body).hasSize(1);
            assertThat(ITEM.matcher(body).results().count()).as(body).isEqualTo(ITEMS);
            seen.addAll(SampleNewsVersions.versionsIn(body));
            responses.incrementAndGet();
          }
          return null;
        }));
      }
      Way[] ways = Way.values();
      for (int i = 1; i <= REWRITES; i++) {
        String version = "v" + i;
        rewrite(news, Listings.listing(version, "en", ITEMS), ways[i % ways.length]);
        if (i % 24 == 0) {
          // Left alone for a while, the last version is published: the rule does publish.
          awaitTicker(container, "Version " + version + " item 0");
        }
      }
      done.set(true);
      for (Future<?> reader : readers) {
        reader.get(30, TimeUnit.SECONDS);
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
      container.stop();
    }
    assertThat(seen).contains("v" + REWRITES).hasSizeGreaterThanOrEqualTo(REWRITES / 24);
    assertThat(responses.get()).isGreaterThan(100);
  }

  private String ticker(EmbeddedContainer container) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(container.base().resolve("/news/ticker?lang=en"))
        .timeout(Duration.ofSeconds(20)).build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private void awaitTicker(EmbeddedContainer container, String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String body = ticker(container);
    while (!body.contains(text)) {
      assertThat(System.nanoTime()).as("waiting for %s, last body:%n%s", text, body).isLessThan(deadline);
      Thread.sleep(20);
      body = ticker(container);
    }
  }

  /** Writes {@code content} one item at a time, pausing between items as a slow writer would. */
  private void rewrite(Path file, String content, Way way) throws IOException, InterruptedException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    List<int[]> items = items(bytes);
    switch (way) {
      case IN_PLACE -> {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
          for (int[] item : items) {
            out.write(ByteBuffer.wrap(bytes, item[0], item[1] - item[0]), item[0]);
            Thread.sleep(1);
          }
          out.truncate(bytes.length);
        }
      }
      case TRUNCATE_THEN_WRITE -> {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          for (int[] item : items) {
            out.write(ByteBuffer.wrap(bytes, item[0], item[1] - item[0]));
            Thread.sleep(1);
          }
        }
      }
      case RENAME_OVER -> {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          for (int[] item : items) {
            out.write(ByteBuffer.wrap(bytes, item[0], item[1] - item[0]));
            Thread.sleep(1);
          }
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The byte ranges of the heading and each item, cut where a blank line ends: valid prefixes. */
  private static List<int[]> items(byte[] bytes) {
    List<int[]> ranges = new ArrayList<>();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int start = 0;
    int at = text.indexOf("\n\n", 0);
    int blankLines = 0;
    while (at >= 0) {
      blankLines++;
      // Heading, then title / date / summary separated by blank lines: an item ends every third.
      if (blankLines == 1 || (blankLines - 1) % 3 == 0) {
        ranges.add(new int[] {start, at + 2});
        start = at + 2;
      }
      at = text.indexOf("\n\n", at + 2);
    }
    if (start < bytes.length) {
      ranges.add(new int[] {start, bytes.length});
    }
    return ranges;
  }
}
