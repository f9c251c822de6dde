// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * <p>There is no {@code Last-Modified}: no modification time is shared by every instance and
 * changes whenever the bytes do (a process's start or load time differs between instances; the
 * newest item's date misses an edit to an older item), and a date that two instances disagree on
 * would make one answer 304 and the other 200 to the same {@code If-Modified-Since}. The strong
 * entity tag alone validates, and {@code If-Modified-Since} is then ignored (RFC 9110 §13.1.3).
 *
 * @param body the bytes
 * @param mediaType the {@code Content-Type} value
 * @param etag the quoted strong entity tag
 * @param language the {@code Content-Language}, if the body is in one
 */
public record Representation(
    byte[] body, String mediaType, String etag, Optional<Locale> language) {

  /**
   * Checks the parts.
   *
   * @param body the bytes
   * @param mediaType the {@code Content-Type} value
   * @param etag the quoted strong entity tag
   * @param language the {@code Content-Language}, if the body is in one
   */
  public Representation {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(language, "language");
  }

  /**
   * A representation of {@code body}, its entity tag computed from the bytes.
   *
   * @param body the bytes; not copied, never to be changed
   * @param mediaType the {@code Content-Type} value
   * @param language the {@code Content-Language}, if any
   * @return the representation
   */
  public static Representation of(
      byte[] body, String mediaType, Optional<Locale> language) {
    return new Representation(body, mediaType, etagOf(body), language);
  }

  /**
   * A representation of UTF-8 text.
   *
   * @param text the text
   * @param mediaType the {@code Content-Type} value
   * @param language the {@code Content-Language}, if any
   * @return the representation
   */
  public static Representation ofText(
      String text, String mediaType, Optional<Locale> language) {
    return of(text.getBytes(StandardCharsets.UTF_8), mediaType, language);
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
