// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One file, published only once it has stopped changing, so that a file caught while an editor or
 * a tool writes it is never served half-written.
 *
 * <p>Every poll reads the file's attributes: its key (device and inode on Unix, so that a rename
 * over the file is seen even at the same size and time), size and modification time. While they
 * equal those of the version last evaluated, nothing more is done. Otherwise the file is read (at
 * most {@link SourceParser#maxBytes()} bytes), hashed (SHA-256) and its attributes read again; if
 * they moved during the read, the file is being written and nothing is concluded. The
 * observation becomes a candidate, and it is published (parsed and, if valid, served) only when
 * the next poll observes exactly the same attributes and hash: the file has then stayed the same
 * for a whole reload interval. A candidate that fails to parse is reported and not read again
 * until the file changes; the last good version keeps serving.
 *
 * <p>A file that becomes empty after having been served is published only once its modification
 * time is older than the settle period too: an empty file is what a truncate-then-write leaves
 * until its writer writes, and a busy machine can let two polls fall in that gap.
 *
 * <p>The first time a file is seen (at start-up, or when it appears), a modification time older
 * than the settle period counts as settled, so that start-up does not wait for files nobody is
 * writing. This rule trusts the file system's clock, so it is used only then; later changes
 * always need two equal polls.
 *
 * <p>This covers the three ways files get written: in place, truncated then written, and (the
 * safe way) written elsewhere and renamed over the old one, which readers see whole at once.
 */
final class FileSource implements Source {

  /** What the file system says; a rename over the file changes its key. */
  private record Attributes(Object key, long size, FileTime modified) {}

  /** What one poll saw: attributes unchanged across the read, and the content's hash. */
  private record Observation(Attributes attributes, String hash) {}

  private final Path path;
  private final String name;
  private final SourceFormat format;
  private final SourceParser parser;
  private final Clock clock;
  private final Duration settle;
  private final Duration interval;
  private final Track track;

  // Guarded by this.
  private Observation candidate;
  private Observation evaluated;
  private List<Diagnostic> evaluatedErrors = List.of();
  private String servedHash;
  private boolean seen;

  /**
   * A file source, not yet read.
   *
   * @param path the file
   * @param label what {@code /status} calls it
   * @param parser reads it; diagnostics cite its file name
   * @param clock the clock
   * @param settle how old a modification time counts as settled at first sight
   * @param interval the reload interval, for the next attempt {@code /status} shows; zero if not
   *     polled
   */
  FileSource(
      Path path, String label, SourceParser parser, Clock clock, Duration settle, Duration interval) {
    this.path = Objects.requireNonNull(path, "path");
    this.name = path.getFileName().toString();
    this.format = SourceFormat.ofName(name);
    this.parser = Objects.requireNonNull(parser, "parser");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settle = Objects.requireNonNull(settle, "settle");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.track = new Track(label, SourceStatus.Kind.FILE);
  }

  Path path() {
    return path;
  }

  @Override
  public List<Version> versions() {
    return track.versions();
  }

  @Override
  public List<SourceStatus> statuses() {
    return List.of(track.status());
  }

  /** Whether a change was seen and is waiting to settle. */
  synchronized boolean settling() {
    return track.health() == SourceStatus.Health.CHANGING
        || (track.health() == SourceStatus.Health.PENDING && seen);
  }

  @Override
  public synchronized void poll() {
    Instant now = clock.instant();
    track.attempted(now);
    if (!interval.isZero()) {
      track.nextAttempt(now.plus(interval));
    }
    Attributes before;
    byte[] content;
    Attributes after;
    try {
      before = attributes();
      if (candidate == null && evaluated != null && before.equals(evaluated.attributes())) {
        restore(now);
        return;
      }
      content = read();
      after = attributes();
    } catch (NoSuchFileException e) {
      candidate = null;
      track.failed(List.of(Diagnostic.error(track.name(), 0, 0, "no such file")));
      return;
    } catch (IOException e) {
      candidate = null;
      track.failed(List.of(Diagnostic.error(track.name(), 0, 0, "cannot read the file: " + e)));
      return;
    }
    if (!after.equals(before)) {
      candidate = null; // being written right now
      track.changing();
      return;
    }
    Observation observed = new Observation(after, ContentHash.of(content));
    if (observed.equals(evaluated)) {
      candidate = null; // changed and changed back
      restore(now);
      return;
    }
    boolean firstSight = !seen;
    seen = true;
    boolean old = !after.modified().toInstant().plus(settle).isAfter(now);
    boolean settled = observed.equals(candidate) || (firstSight && old);
    if (settled && content.length == 0 && servedHash != null && !old) {
      // Emptied after having news: almost always a truncate-then-write whose writer has not
      // written yet (two polls can fall in that gap on a busy machine). Wait out the settle period.
      settled = false;
    }
    if (!settled) {
      candidate = observed;
      track.changing();
      return;
    }
    candidate = null;
    evaluate(observed, content, now);
  }

  private void evaluate(Observation observed, byte[] content, Instant now) {
    evaluated = observed;
    evaluatedErrors = List.of();
    if (observed.hash().equals(servedHash)) {
      track.succeeded(now); // touched, or written again with the same bytes
      return;
    }
    if (content.length > parser.maxBytes()) {
      reject(List.of(Diagnostic.error(name, 0, 0,
          "the file is larger than " + parser.maxBytes() + " bytes (max-source-bytes)")));
      return;
    }
    ParseResult result;
    try {
      result = parser.parse(name, content, format);
    } catch (NewsParseException e) {
      reject(e.diagnostics().isEmpty()
          ? List.of(Diagnostic.error(name, 0, 0, "the file could not be read"))
          : e.diagnostics());
      return;
    } catch (RuntimeException e) {
      // A reader bug must not stop the polling of this and every other source.
      reject(List.of(Diagnostic.error(name, 0, 0, "the file could not be read: " + e)));
      return;
    }
    servedHash = observed.hash();
    track.published(Version.of(name, result), now);
  }

  private void reject(List<Diagnostic> errors) {
    evaluatedErrors = errors;
    track.failed(errors);
  }

  /** The file is as last evaluated: its health is that evaluation's. */
  private void restore(Instant now) {
    if (evaluatedErrors.isEmpty()) {
      track.succeeded(now);
    } else if (track.health() != SourceStatus.Health.FAILING
        || !track.status().diagnostics().equals(evaluatedErrors)) {
      track.failed(evaluatedErrors);
    }
  }

  private Attributes attributes() throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    return new Attributes(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
  }

  /** At most one byte past the limit, whatever size the file claims (it may be growing). */
  private byte[] read() throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(parser.maxBytes() + 1);
    }
  }
}
