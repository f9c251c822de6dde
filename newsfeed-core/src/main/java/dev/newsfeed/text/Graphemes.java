// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User-perceived characters: Unicode extended grapheme clusters (UAX #29 §3.1).
 *
 * <p>Found with the regular expression {@code \X}, not {@link java.text.BreakIterator#getCharacterInstance}:
 * on JDK 17 the latter splits emoji ZWJ sequences (👨‍👩‍👧 gives five pieces), flags (🇲🇦 gives two
 * regional indicators) and skin-tone modifiers (👍🏽 gives two), while {@code \X} keeps each whole.
 * The tests pin this down.
 */
final class Graphemes {
  private static final Pattern CLUSTER = Pattern.compile("\\X");

  private Graphemes() {}

  /**
   * The boundaries of the first clusters of {@code text}: {@code 0}, then the end of each cluster,
   * at most {@code maxClusters + 1} offsets in all. Reads only as far as it needs to.
   */
  static int[] boundaries(CharSequence text, int maxClusters) {
    int length = text.length();
    int[] bounds = new int[Math.min(maxClusters, length) + 1];
    int count = 0;
    int i = 0;
    // Between two characters that are each a cluster of their own whatever surrounds them, there
    // is a boundary (UAX #29 GB999): no regular expression needed for the Latin and Arabic letters,
    // spaces and punctuation of nearly all news. The matcher takes over one character before
    // anything else, at a boundary. JFR: the matcher alone was 19-51 % of writing Atom and RSS.
    while (count < maxClusters && i < length && isAlone(text.charAt(i))
        && (i + 1 == length || isAlone(text.charAt(i + 1)))) {
      bounds[++count] = ++i;
    }
    if (count < maxClusters && i < length) {
      Matcher matcher = CLUSTER.matcher(text).region(i, length);
      while (count < maxClusters && matcher.find()) {
        bounds[++count] = matcher.end();
      }
    }
    return Arrays.copyOf(bounds, count + 1);
  }

  /**
   * Whether {@code c} is a cluster of its own next to any other such character: its Grapheme
   * Cluster Break property is Other or Control (not CR, which joins a following LF), checked for
   * every pair by {@code GraphemesTest}.
   */
  static boolean isAlone(char c) {
    return c < '\u0300' && c != '\r'
        || c >= '\u0621' && c <= '\u064A'
        || c >= '\u2010' && c <= '\u2027'
        || c == '\u202F';
  }
}
