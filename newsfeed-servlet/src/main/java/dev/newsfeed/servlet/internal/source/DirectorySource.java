// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.source.NewsSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file with a known extension in a directory (not its subdirectories), each a {@link
 * FileSource} of its own, merged in name order.
 *
 * <p>The directory is listed at every poll: a new file is read by the file rules (published once
 * settled), and a file is dropped once two listings in a row miss it, so that a tool that deletes
 * a file before writing it anew does not take its news away for a moment.
 */
final class DirectorySource implements Source {

  /** How many listings in a row must miss a file before it is dropped. */
  static final int ABSENT_LISTINGS = 2;

  private final Path directory;
  private final SourceParser parser;
  private final Clock clock;
  private final Duration settle;
  private final Duration interval;
  private final Track track;

  // Guarded by this.
  private final TreeMap<Path, FileSource> files = new TreeMap<>();
  private final Map<Path, Integer> absent = new HashMap<>();
  /** The files as the last poll left them, read by requests without the lock. */
  private volatile List<FileSource> children = List.of();

  DirectorySource(
      Path directory, String label, SourceParser parser, Clock clock, Duration settle, Duration interval) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settle = Objects.requireNonNull(settle, "settle");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.track = new Track(label, SourceStatus.Kind.DIRECTORY);
  }

  /**
   * The files of a directory that have a known extension, sorted by name.
   *
   * @param directory the directory
   * @return the files
   * @throws IOException if it cannot be listed
   */
  static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(path -> NewsSources.hasKnownExtension(path.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  @Override
  public List<Version> versions() {
    List<Version> versions = new ArrayList<>();
    children.forEach(file -> versions.addAll(file.versions()));
    return versions;
  }

  @Override
  public List<SourceStatus> statuses() {
    List<SourceStatus> statuses = new ArrayList<>();
    statuses.add(track.status());
    children.forEach(file -> statuses.addAll(file.statuses()));
    return statuses;
  }

  synchronized boolean settling() {
    return files.values().stream().anyMatch(FileSource::settling);
  }

  @Override
  public synchronized void poll() {
    Instant now = clock.instant();
    track.attempted(now);
    if (!interval.isZero()) {
      track.nextAttempt(now.plus(interval));
    }
    List<Path> listed;
    try {
      listed = list(directory);
    } catch (NoSuchFileException e) {
      track.failed(List.of(Diagnostic.error(track.name(), 0, 0, "no such directory")));
      return;
    } catch (IOException | RuntimeException e) {
      track.failed(List.of(Diagnostic.error(track.name(), 0, 0, "cannot list the directory: " + e)));
      return;
    }
    for (Path file : listed) {
      absent.remove(file);
      files.computeIfAbsent(file,
          f -> new FileSource(f, f.toString(), parser, clock, settle, interval)).poll();
    }
    for (Path file : List.copyOf(files.keySet())) {
      if (!listed.contains(file) && absent.merge(file, 1, Integer::sum) >= ABSENT_LISTINGS) {
        files.remove(file);
        absent.remove(file);
      }
    }
    children = List.copyOf(files.values());
    if (files.isEmpty()) {
      track.failed(List.of(Diagnostic.error(track.name(), 0, 0,
          "no news files in the directory (.txt, .json, .xml, .atom, .rss or .rdf)")));
    } else {
      track.succeeded(now);
    }
  }
}
