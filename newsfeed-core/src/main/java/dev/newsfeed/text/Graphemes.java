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
    int[] bounds = new int[Math.min(maxClusters, text.length()) + 1];
    int count = 0;
    Matcher matcher = CLUSTER.matcher(text);
    while (count < maxClusters && matcher.find()) {
      bounds[++count] = matcher.end();
    }
    return Arrays.copyOf(bounds, count + 1);
  }
}
