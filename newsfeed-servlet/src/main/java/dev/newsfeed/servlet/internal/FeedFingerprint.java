// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A short digest of a feed's whole content, its <em>version</em>: equal feeds have equal versions
 * on every machine, and any change to a title, date, text, link or tag changes it.
 *
 * <p>Each field is written with its length first, so that no two different feeds serialise to the
 * same bytes.
 */
public final class FeedFingerprint {
  private FeedFingerprint() {}

  /**
   * The version of {@code feed}: 96 bits of SHA-256 in base64url, 16 characters.
   *
   * @param feed the feed
   * @return the version
   */
  public static String of(NewsFeed feed) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(feed.titles().size());
      for (Map.Entry<Locale, String> title : feed.titles().entrySet()) {
        write(out, title.getKey().toLanguageTag());
        write(out, title.getValue());
      }
      out.writeInt(feed.size());
      for (NewsItem item : feed.items()) {
        write(out, item.id());
        write(out, item.published().toIsoString());
        out.writeInt(item.texts().size());
        for (ItemText text : item.texts()) {
          write(out, text.languageTag());
          write(out, text.title());
          out.writeInt(text.summary().size());
          for (String paragraph : text.summary()) {
            write(out, paragraph);
          }
          write(out, text.dateline().orElse(""));
          out.writeBoolean(text.dateline().isPresent());
          write(out, text.link().map(Object::toString).orElse(""));
          out.writeBoolean(text.link().isPresent());
          out.writeInt(text.tags().size());
          for (String tag : text.tags()) {
            write(out, tag);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return Representation.digest(bytes.toByteArray(), 12);
  }

  private static void write(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }
}
