// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A response body with its validators, ready to be written as many times as it is asked for.
 *
 * <p>The entity tag is strong and derived from the exact bytes (RFC 9110 §8.8.3): a SHA-256 digest,
 * 128 bits of it in base64url. Every instance serving the same feed therefore answers the same
 * tag, and a client revalidating against any of them gets a 304.
 *
 * @param body the bytes
 * @param mediaType the {@code Content-Type} value
 * @param etag the quoted strong entity tag
 * @param lastModified when the content last changed, to the second
 * @param language the {@code Content-Language}, if the body is in one
 */
public record Representation(
    byte[] body, String mediaType, String etag, Instant lastModified, Optional<Locale> language) {

  /**
   * Checks the parts and truncates the modification time to seconds, the precision of HTTP dates.
   *
   * @param body the bytes
   * @param mediaType the {@code Content-Type} value
   * @param etag the quoted strong entity tag
   * @param lastModified when the content last changed
   * @param language the {@code Content-Language}, if the body is in one
   */
  public Representation {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(etag, "etag");
    lastModified = Objects.requireNonNull(lastModified, "lastModified").truncatedTo(ChronoUnit.SECONDS);
    Objects.requireNonNull(language, "language");
  }

  /**
   * A representation of {@code body}, its entity tag computed from the bytes.
   *
   * @param body the bytes; not copied, never to be changed
   * @param mediaType the {@code Content-Type} value
   * @param lastModified when the content last changed
   * @param language the {@code Content-Language}, if any
   * @return the representation
   */
  public static Representation of(
      byte[] body, String mediaType, Instant lastModified, Optional<Locale> language) {
    return new Representation(body, mediaType, etagOf(body), lastModified, language);
  }

  /**
   * A representation of UTF-8 text.
   *
   * @param text the text
   * @param mediaType the {@code Content-Type} value
   * @param lastModified when the content last changed
   * @param language the {@code Content-Language}, if any
   * @return the representation
   */
  public static Representation ofText(
      String text, String mediaType, Instant lastModified, Optional<Locale> language) {
    return of(text.getBytes(StandardCharsets.UTF_8), mediaType, lastModified, language);
  }

  /**
   * The strong entity tag of {@code bytes}, quoted: {@code "Qm9uam91ciBsZSBtb25kZQ"}.
   *
   * @param bytes the bytes
   * @return the tag
   */
  public static String etagOf(byte[] bytes) {
    return "\"" + digest(bytes, 16) + "\"";
  }

  /**
   * The first {@code length} bytes of the SHA-256 digest of {@code bytes}, in unpadded base64url.
   *
   * @param bytes the bytes
   * @param length how many digest bytes to keep, 1 to 32
   * @return the digest text
   */
  public static String digest(byte[] bytes, int length) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
      byte[] kept = Arrays.copyOf(sha, length);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(kept);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest Javadoc).
      throw new AssertionError(e);
    }
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text
   */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
