// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response body with its validators, ready to be written as many times as it is asked for.
 *
 * <p>The entity tag is strong and derived from the exact bytes (RFC 9110 §8.8.3): a SHA-256 digest,
 * 128 bits of it in base64url. Every instance serving the same feed therefore answers the same
 * tag, and a client revalidating against any of them gets a 304.
 *
 * <p>Its gzip form ({@link #gzipped()}) is made the first time it is asked for and kept: a
 * representation cached for one version of the news is compressed once for that version, not
 * once per request. Being other bytes, it has its own strong tag, the identity one with {@code
 * -gz} appended inside the quotes (RFC 9110 §8.8.3.3: a content coding changes the
 * representation).
 */
public final class Representation {

  private final byte[] body;
  private final String mediaType;
  private final String etag;
  private final Instant lastModified;
  private final Optional<Locale> language;
  private final Optional<String> contentEncoding;
  /** The gzip form, once made; this object itself when gzip would not make it smaller. */
  private volatile Representation gzipped;
  private volatile Headers headers;

  private Representation(
      byte[] body, String mediaType, String etag, Instant lastModified, Optional<Locale> language,
      Optional<String> contentEncoding) {
    this.body = Objects.requireNonNull(body, "body");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.etag = Objects.requireNonNull(etag, "etag");
    // Truncated to seconds, the precision of HTTP dates.
    this.lastModified =
        Objects.requireNonNull(lastModified, "lastModified").truncatedTo(ChronoUnit.SECONDS);
    this.language = Objects.requireNonNull(language, "language");
    this.contentEncoding = contentEncoding;
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
    return new Representation(body, mediaType, etagOf(body), lastModified, language, Optional.empty());
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
   * The bytes, not to be changed.
   *
   * @return the body
   */
  public byte[] body() {
    return body;
  }

  /**
   * The {@code Content-Type} value.
   *
   * @return the media type
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The quoted strong entity tag.
   *
   * @return the tag
   */
  public String etag() {
    return etag;
  }

  /**
   * When the content last changed, to the second.
   *
   * @return the instant
   */
  public Instant lastModified() {
    return lastModified;
  }

  /**
   * The {@code Content-Language}, if the body is in one.
   *
   * @return the language
   */
  public Optional<Locale> language() {
    return language;
  }

  /**
   * The {@code Content-Encoding} of the body: {@code gzip} for a {@linkplain #gzipped() gzip
   * form}, else empty.
   *
   * @return the coding
   */
  public Optional<String> contentEncoding() {
    return contentEncoding;
  }

  /**
   * The gzip form of this representation, made on the first call and kept.
   *
   * @return the gzip form, or empty if gzip does not make the body smaller (or this already is
   *     one)
   */
  public Optional<Representation> gzipped() {
    if (contentEncoding.isPresent()) {
      return Optional.empty();
    }
    Representation made = gzipped;
    if (made == null) {
      byte[] compressed = gzip(body);
      made = compressed.length < body.length
          ? new Representation(compressed, mediaType, etag.substring(0, etag.length() - 1) + "-gz\"",
              lastModified, language, Optional.of("gzip"))
          : this;
      gzipped = made; // a race makes the same bytes twice, harmlessly
    }
    return made == this ? Optional.empty() : Optional.of(made);
  }

  /**
   * The response headers of this representation with a route's own headers, made once and kept
   * for the last route asked (a route's headers are constants, so this is one list per
   * representation in practice).
   *
   * @param route the route's headers, compared by identity
   * @param make makes the headers from this representation and the route's
   * @return the headers
   */
  Headers headers(List<Endpoints.Header> route,
      BiFunction<Representation, List<Endpoints.Header>, Headers> make) {
    Headers found = headers;
    if (found != null && found.route() == route) {
      return found;
    }
    Headers made = make.apply(this, route);
    headers = made;
    return made;
  }

  /**
   * A representation's response headers.
   *
   * @param route the route's headers they were made with
   * @param ok the headers of a 200
   * @param notModified the headers of a 304: those of a 200 without the content's type and coding
   */
  record Headers(List<Endpoints.Header> route, List<Endpoints.Header> ok, List<Endpoints.Header> notModified) {}

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 3));
    // Made once per version, so the best compression is worth its time. GZIPOutputStream writes no
    // file name and a zero time, so that equal bodies give equal bytes, and equal tags.
    try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not thrown by a ByteArrayOutputStream
    }
    return out.toByteArray();
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
