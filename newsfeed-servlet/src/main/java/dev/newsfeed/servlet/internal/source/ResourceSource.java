// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.source.SourceFormat;
import java.time.Instant;
import java.util.List;

/** A class-path resource: packaged with the application, so read once and never changed. */
final class ResourceSource implements Source {

  private final Track track;

  /**
   * Reads the resource.
   *
   * @param label what {@code /status} calls it, such as {@code classpath:news/news.fr.txt}
   * @param name its file name, which diagnostics cite and which gives its format and language
   * @param content its bytes
   * @param parser reads it
   * @param now when it is read
   */
  ResourceSource(String label, String name, byte[] content, SourceParser parser, Instant now) {
    track = new Track(label, SourceStatus.Kind.RESOURCE);
    track.attempted(now);
    if (content.length > parser.maxBytes()) {
      track.failed(List.of(Diagnostic.error(name, 0, 0,
          "the resource is larger than " + parser.maxBytes() + " bytes (max-source-bytes)")));
      return;
    }
    try {
      track.published(Version.of(name, parser.parse(name, content, SourceFormat.ofName(name))), now);
    } catch (NewsParseException e) {
      track.failed(e.diagnostics());
    } catch (RuntimeException e) {
      track.failed(List.of(Diagnostic.error(name, 0, 0, "the resource could not be read: " + e)));
    }
  }

  @Override
  public List<Version> versions() {
    return track.versions();
  }

  @Override
  public List<SourceStatus> statuses() {
    return List.of(track.status());
  }
}
