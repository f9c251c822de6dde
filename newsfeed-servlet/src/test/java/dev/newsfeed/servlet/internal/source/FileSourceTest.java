// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settle rule, one poll at a time: a file is published only when two polls in a row see the
 * same attributes and content, so the states a writer leaves between its writes are never served.
 */
class FileSourceTest {

  @TempDir Path dir;

  private Path file;
  private FileSource source;

  /** Five items, one per line; a prefix cut at a line end is a valid, shorter listing. */
  private static String version(String v) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      out.append("Version ").append(v).append(" item ").append(i).append('\n');
    }
    return out.toString();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The titles served now. */
  private List<String> served() {
    return source.versions().stream()
        .flatMap(v -> v.result().feed().items().stream())
        .map(item -> item.original().title())
        .toList();
  }

  private List<String> titles(String v) {
    return version(v).lines().toList();
  }

  @BeforeEach
  void publishTheFirstVersion() throws IOException {
    file = dir.resolve("news.en.txt");
    Files.writeString(file, version("A"));
    // Not written for an hour: settled at first sight.
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    source = new FileSource(file, file.toString(), ToyListing.PARSER, Clock.systemUTC(),
        Duration.ofSeconds(2), Duration.ofSeconds(2));
    source.poll();
    assertThat(served()).isEqualTo(titles("A"));
  }

  @Test
  void aFileJustWrittenIsNotPublishedAtFirstSightButAtTheNextEqualPoll() throws IOException {
    Path fresh = dir.resolve("news.fr.txt");
    Files.writeString(fresh, version("F"));
    FileSource young = new FileSource(fresh, fresh.toString(), ToyListing.PARSER, Clock.systemUTC(),
        Duration.ofSeconds(2), Duration.ofSeconds(2));
    young.poll();
    assertThat(young.versions()).isEmpty();
    assertThat(young.settling()).isTrue();
    young.poll();
    assertThat(young.versions()).singleElement()
        .satisfies(v -> assertThat(v.result().feed().size()).isEqualTo(5));
  }

  @Test
  void writtenInPlaceItIsPublishedOnlyOnceItStopsChanging() throws IOException {
    byte[] next = bytes(version("B") + "Version B item 5\n");
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      // Each step leaves a state a reader could catch: B's first lines over the rest of A, …
      for (int end = 0; end < next.length; ) {
        int lineEnd = indexOf(next, (byte) '\n', end) + 1;
        out.seek(end);
        out.write(next, end, lineEnd - end);
        end = lineEnd;
        source.poll();
        assertThat(served()).as("after writing %d bytes", end).isEqualTo(titles("A"));
      }
      out.setLength(next.length);
    }
    source.poll();
    assertThat(served()).isEqualTo(titles("A"));
    assertThat(source.statuses().get(0).health()).isEqualTo(SourceStatus.Health.CHANGING);
    source.poll();
    assertThat(served()).hasSize(6).startsWith("Version B item 0").endsWith("Version B item 5");
    assertThat(source.statuses().get(0).health()).isEqualTo(SourceStatus.Health.OK);
  }

  @Test
  void truncatedThenWrittenItsEmptyAndShorterStatesAreNeverPublished() throws IOException {
    byte[] next = bytes(version("C"));
    Files.write(file, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
    source.poll();
    assertThat(served()).isEqualTo(titles("A"));
    int written = 0;
    while (written < next.length) {
      int lineEnd = indexOf(next, (byte) '\n', written) + 1;
      try (var out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
        out.write(next, written, lineEnd - written);
      }
      written = lineEnd;
      source.poll();
      // Two items of five is a valid listing: served, it would be a truncated version.
      assertThat(served()).as("after %d bytes", written).isEqualTo(titles("A"));
    }
    source.poll();
    assertThat(served()).isEqualTo(titles("C"));
  }

  @Test
  void anEmptiedFileIsNotPublishedByTwoQuickPollsButOnceItHasStayedEmptyForTheSettlePeriod()
      throws IOException {
    Files.write(file, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
    for (int i = 0; i < 5; i++) {
      source.poll(); // a writer stalled between its truncation and its first write
      assertThat(served()).isEqualTo(titles("A"));
    }
    assertThat(source.statuses().get(0).health()).isEqualTo(SourceStatus.Health.CHANGING);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofSeconds(3))));
    source.poll();
    source.poll();
    assertThat(served()).isEmpty();
    assertThat(source.statuses().get(0).health()).isEqualTo(SourceStatus.Health.OK);
  }

  @Test
  void renamedOverItIsPublishedAfterOneEqualPollEvenAtTheSameSizeAndTime() throws IOException {
    FileTime time = Files.getLastModifiedTime(file);
    Path temporary = dir.resolve(".news.en.txt.tmp");
    Files.writeString(temporary, version("D"));
    Files.setLastModifiedTime(temporary, time); // same size (A and D are as long), same time
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    source.poll();
    assertThat(served()).isEqualTo(titles("A"));
    source.poll();
    assertThat(served()).isEqualTo(titles("D"));
  }

  @Test
  void aSettledVersionWithAnErrorKeepsTheLastGoodOneAndIsNotReadAgainUntilItChanges()
      throws IOException {
    Files.writeString(file, "Version E item 0\n!oops\n");
    source.poll();
    source.poll();
    assertThat(served()).isEqualTo(titles("A"));
    SourceStatus status = source.statuses().get(0);
    assertThat(status.health()).isEqualTo(SourceStatus.Health.FAILING);
    assertThat(status.served()).isTrue();
    assertThat(status.diagnostics()).extracting(Object::toString)
        .containsExactly("news.en.txt:2:1: error: expected a title, found [!oops]");
    source.poll();
    assertThat(source.statuses().get(0).failures()).as("not read again").isEqualTo(1);
    Files.writeString(file, version("F"));
    source.poll();
    source.poll();
    assertThat(served()).isEqualTo(titles("F"));
    assertThat(source.statuses().get(0).diagnostics()).isEmpty();
  }

  @Test
  void aDeletedFileKeepsItsLastGoodVersionAndIsReadAgainWhenItReturns() throws IOException {
    Files.delete(file);
    source.poll();
    assertThat(served()).isEqualTo(titles("A"));
    assertThat(source.statuses().get(0).diagnostics()).extracting(Object::toString)
        .containsExactly(file + ": error: no such file");
    Files.writeString(file, version("G"));
    source.poll();
    source.poll();
    assertThat(served()).isEqualTo(titles("G"));
  }

  @Test
  void aTouchWithoutAChangeOfContentIsNotAnewVersion() throws IOException {
    long serial = source.versions().get(0).serial();
    Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    source.poll();
    source.poll();
    assertThat(source.versions().get(0).serial()).isEqualTo(serial);
  }

  @Test
  void aFileThatLeavesItsDirectoryIsDroppedOnlyAfterTwoListingsMissIt() throws IOException {
    DirectorySource directory = new DirectorySource(dir, dir.toString(), ToyListing.PARSER,
        Clock.systemUTC(), Duration.ofSeconds(2), Duration.ofSeconds(2));
    directory.poll();
    assertThat(directory.versions()).hasSize(1);
    Path aside = dir.resolve("news.en.txt.old");
    Files.move(file, aside);
    directory.poll();
    assertThat(directory.versions()).as("missed once: kept").hasSize(1);
    Files.move(aside, file);
    directory.poll();
    directory.poll();
    assertThat(directory.versions()).hasSize(1);
    Files.delete(file);
    directory.poll();
    directory.poll();
    assertThat(directory.versions()).isEmpty();
    assertThat(directory.statuses().get(0).diagnostics()).extracting(Object::toString)
        .singleElement().asString().contains("no news files in the directory");
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return bytes.length - 1;
  }
}
