// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.syndication.internal.AtomWriter;
import dev.newsfeed.syndication.internal.FeedView;
import dev.newsfeed.syndication.internal.JsonFeedWriter;
import dev.newsfeed.syndication.internal.Namespaces;
import dev.newsfeed.syndication.internal.RssWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a feed in one syndication format. Immutable and thread-safe; one per format is enough.
 *
 * <p>The output is UTF-8 and depends only on the feed and the options: the same feed gives the same
 * bytes (no current time, fixed element and attribute order), so it can be cached and served with
 * a stable ETag. See the {@linkplain dev.newsfeed.syndication package documentation} for how items,
 * languages, ids and dates are chosen.
 *
 * <pre>{@code
 * FeedOptions options = FeedOptions.of(
 *     URI.create("https://example.org/news/feed.atom"), URI.create("https://example.org/news/"),
 *     Locale.FRENCH);
 * byte[] atom = FeedWriter.of(FeedFormat.ATOM).toBytes(feed, options);
 * }</pre>
 */
public final class FeedWriter {

  /**
   * The namespace of newsfeed's Atom and RSS extension elements ({@code nf:id}, {@code nf:date},
   * {@code nf:dateline}).
   */
  public static final String EXTENSION_NAMESPACE = Namespaces.NEWSFEED;

  private final FeedFormat format;

  private FeedWriter(FeedFormat format) {
    this.format = format;
  }

  /**
   * A writer of {@code format}.
   *
   * @param format the format
   * @return the writer
   */
  public static FeedWriter of(FeedFormat format) {
    return new FeedWriter(Objects.requireNonNull(format, "format"));
  }

  /**
   * The format this writer writes.
   *
   * @return the format
   */
  public FeedFormat format() {
    return format;
  }

  /**
   * Writes {@code feed} to {@code out}, which is flushed and left open.
   *
   * @param feed the feed
   * @param options where the feed lives, its language, timestamp policy and id authority
   * @param out where to write
   * @throws IOException if writing to {@code out} fails
   * @throws IllegalArgumentException if an item's date cannot be written (a year beyond 9999)
   */
  public void write(NewsFeed feed, FeedOptions options, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    FeedView view = view(feed, options);
    switch (format) {
      case JSON_FEED -> JsonFeedWriter.write(view, out);
      case ATOM -> AtomWriter.write(view, out);
      case RSS -> RssWriter.write(view, out);
    }
  }

  /**
   * The document for {@code feed}.
   *
   * @param feed the feed
   * @param options where the feed lives, its language, timestamp policy and id authority
   * @return the UTF-8 bytes
   * @throws IllegalArgumentException if an item's date cannot be written (a year beyond 9999)
   */
  public byte[] toBytes(NewsFeed feed, FeedOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(feed, options, out);
    } catch (IOException e) {
      // A ByteArrayOutputStream does not fail.
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static FeedView view(NewsFeed feed, FeedOptions options) {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(options, "options");
    return FeedView.of(
        feed,
        options.language().orElse(null),
        options.timestampPolicy(),
        options.effectiveIdAuthority(),
        options.author().orElse(null),
        options.selfLink(),
        options.siteLink());
  }
}
