// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

/** Small text normalisations shared by the model and the readers. */
public final class Texts {
  private Texts() {}

  /**
   * Whether {@code c} counts as space at the ends of a field: Java whitespace plus the Unicode space
   * separators that {@link String#strip()} leaves alone, such as NO-BREAK SPACE (U+00A0) and
   * NARROW NO-BREAK SPACE (U+202F), and the BOM / zero-width no-break space.
   */
  public static boolean isSpace(int c) {
    if (c < 0x80) {
      // ASCII, most of every text: the same answer without two Character table lookups (14 % of
      // parsing a listing, JFR). TextsTest checks it for every code point.
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** Removes {@link #isSpace spaces} at both ends; inner spaces, including no-break ones, are kept. */
  public static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Whether {@code s} has nothing but {@link #isSpace spaces}. */
  public static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} holds a line break of any kind (LF, CR, NEL, LS, PS). */
  public static boolean hasLineBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** Cuts {@code s} for inclusion in an error message, so huge inputs give short messages. */
  public static String quote(String s) {
    int max = 60;
    String shown = s.length() <= max ? s : s.substring(0, max) + "…";
    return "[" + shown + "]";
  }
}
