// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * A short digest of a feed's whole content, its <em>version</em>: equal feeds have equal versions
 * on every machine, and any change to a title, date, text, link or tag changes it.
 *
 * <p>Each field is written with its length first, so that no two different feeds serialise to the
 * same bytes. The bytes go straight into the digest through an 8 KiB buffer: a 100,000-item feed
 * used to be serialised whole in memory first (about 90 MB of garbage per version).
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
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e); // every Java platform has SHA-256 (MessageDigest Javadoc)
    }
    OutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha256);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(digest, 8192))) {
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
      throw new UncheckedIOException(e); // a digest over the null stream does not fail
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha256.digest(), 12));
  }

  private static void write(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }
}
