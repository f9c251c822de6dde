// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The two kinds of item id a listing gives: the one an editor pins with {@code {#id}} and the one
 * derived from an item's date and title.
 *
 * <p>A derived id is {@code yyyy-MM-dd-} and the first 8 hex digits of SHA-256 over the UTF-8 of
 * the title's {@link #titleKey key}, such as {@code 2016-07-30-6f1d2c3a}: deleting or reordering
 * other items never moves it, and a fix of case, punctuation or spacing in the title keeps it.
 * Changing the title's words changes it; an editor who wants to reword a title without making
 * feed readers show it as a new item pins the id.
 */
public final class ItemIds {
  private ItemIds() {}

  /** Hex digits of the digest kept in a derived id: 32 bits, so a clash needs ~65,000 titles of one day. */
  private static final int HEX_DIGITS = 8;

  /**
   * Whether {@code c} may be part of an explicit id: RFC 3986 unreserved characters, so that ids
   * go into URIs (tag: URIs, fragments) unchanged.
   *
   * @param c a character
   * @return true for {@code A-Z a-z 0-9 . _ ~ -}
   */
  public static boolean isIdCharacter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '.' || c == '_' || c == '~' || c == '-';
  }

  /**
   * Whether {@code id} is a valid explicit id: one or more {@link #isIdCharacter id characters}.
   *
   * @param id the candidate
   * @return true if valid
   */
  public static boolean isValidExplicitId(String id) {
    if (id.isEmpty()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (!isIdCharacter(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The id of an item without an explicit one.
   *
   * @param date its date
   * @param title its title in its original language
   * @return {@code yyyy-MM-dd-} and 8 lower-case hex digits
   */
  public static String derived(LocalDate date, String title) {
    byte[] digest = SHA_256.get().digest(titleKeyUtf8(title));
    StringBuilder id = new StringBuilder(11 + HEX_DIGITS).append(date).append('-');
    for (int i = 0; i < HEX_DIGITS / 2; i++) {
      id.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
    }
    return id.toString();
  }

  /**
   * The UTF-8 of {@link #titleKey}, encoded as the key is found rather than through the key's
   * {@code String} and its lower-cased copy (the id key and its hash were 20 % of parsing a
   * listing, JFR). {@code ItemIdsPropertyTest} compares it with the key's own bytes.
   */
  static byte[] titleKeyUtf8(String title) {
    String folded = NormalForms.nfkcUpToSpaces(title);
    byte[] out = new byte[folded.length() * 4];
    int n = 0;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          out[n++] = (byte) c;
        } else if (c >= 'A' && c <= 'Z') {
          out[n++] = (byte) (c + ('a' - 'A'));
        }
        continue;
      }
      if (c == '\u03A3' || c == '\u0130') {
        // The two characters String.toLowerCase maps by context (final sigma) or to two chars.
        return titleKey(title).getBytes(StandardCharsets.UTF_8);
      }
      int lower = Character.toLowerCase(c);
      if (!Character.isLetter(lower) && !isNumber(lower)) {
        continue;
      }
      if (lower < 0x800) {
        out[n++] = (byte) (0xC0 | lower >> 6);
      } else if (lower < 0x10000) {
        out[n++] = (byte) (0xE0 | lower >> 12);
        out[n++] = (byte) (0x80 | lower >> 6 & 0x3F);
      } else {
        out[n++] = (byte) (0xF0 | lower >> 18);
        out[n++] = (byte) (0x80 | lower >> 12 & 0x3F);
        out[n++] = (byte) (0x80 | lower >> 6 & 0x3F);
      }
      out[n++] = (byte) (0x80 | lower & 0x3F);
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * What of a title identifies it: NFKC, lower-cased with {@link Locale#ROOT}, only its letters and
   * digits ({@code \p{L}\p{N}}) kept, so that {@code L’OIM, à Genève} and {@code l'OIM à genève}
   * have the same key.
   *
   * @param title the title
   * @return the key, possibly empty
   */
  public static String titleKey(String title) {
    // No-break spaces may stay: NFKC makes them U+0020, and the key keeps no space.
    String folded = NormalForms.nfkcUpToSpaces(title).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c) || isNumber(c)) {
        key.appendCodePoint(c);
      }
    }
    return key.toString();
  }

  /** {@code \p{N}}: decimal digits, letter numbers (Roman numerals) and other numbers (superscripts). */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** One digest per thread: {@code MessageDigest.getInstance} looks the provider up at every call. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE implementation must provide SHA-256 (MessageDigest's Javadoc).
      throw new IllegalStateException(e);
    }
  });
}
