// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Cuts a text to at most a given number of user-perceived characters, at a word boundary of the
 * text's language, and marks the cut with an ellipsis ("…").
 *
 * <p>Lengths count extended grapheme clusters (UAX #29), what a reader sees as one character: é
 * written as e + U+0301, 👨‍👩‍👧, 🇲🇦 and 👍🏽 each count as one and are never split. The excerpt,
 * ellipsis included, is never longer than {@link #maxLength()}, and without the ellipsis it is a
 * prefix of the text. Words are found by {@link BreakIterator#getWordInstance(Locale)} for the
 * text's language; spaces and punctuation left dangling before the ellipsis are dropped (a closing
 * quote or bracket is kept). A first word longer than the limit is cut between two clusters.
 *
 * <table class="striped">
 *   <caption>Examples with a limit of 20</caption>
 *   <thead><tr><th>text</th><th>excerpt</th></tr></thead>
 *   <tbody>
 *     <tr><td>Le roi a présidé la cérémonie</td><td>Le roi a présidé la…</td></tr>
 *     <tr><td>Rabat, 16 mai. Ouverture du salon</td><td>Rabat, 16 mai…</td></tr>
 *     <tr><td>short text</td><td>short text (unchanged, no ellipsis)</td></tr>
 *     <tr><td>Anticonstitutionnellement</td><td>Anticonstitutionnel…</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class Excerpt {
  private static final String ELLIPSIS = "…";

  private final int maxLength;
  private final Locale language;
  /** Never used itself, only cloned: break iterators keep per-text state. */
  private final BreakIterator words;

  private Excerpt(int maxLength, Locale language) {
    this.maxLength = maxLength;
    this.language = language;
    this.words = BreakIterator.getWordInstance(language);
  }

  /**
   * Excerpts of at most {@code maxLength} user-perceived characters, ellipsis included.
   *
   * @param maxLength the limit, at least 1
   * @param language the language of the texts, which decides where words end
   * @return the excerpt maker
   * @throws IllegalArgumentException if {@code maxLength} is less than 1
   */
  public static Excerpt of(int maxLength, Locale language) {
    Objects.requireNonNull(language, "language");
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
    }
    return new Excerpt(maxLength, language);
  }

  /**
   * The limit, in user-perceived characters.
   *
   * @return the maximum length of an excerpt, ellipsis included
   */
  public int maxLength() {
    return maxLength;
  }

  /**
   * The language whose word boundaries are used.
   *
   * @return the language
   */
  public Locale language() {
    return language;
  }

  /**
   * Cuts {@code text}.
   *
   * @param text the text
   * @return {@code text} itself if it is not longer than the limit, else its longest prefix that
   *     ends a word and leaves room for the ellipsis, followed by "…"
   */
  public String cut(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() <= maxLength) {
      // Each cluster is at least one char: no cluster counting needed to know it fits.
      return text;
    }
    int[] bounds = Graphemes.boundaries(text, maxLength + 1);
    int clusters = bounds.length - 1;
    if (clusters <= maxLength) {
      return text;
    }
    int keep = maxLength - 1; // clusters before the ellipsis
    int kept = trimEnd(text, bounds, wordEnd(text, bounds, keep));
    if (kept == 0) {
      kept = keep; // the first word alone is too long: cut inside it
    }
    return text.substring(0, bounds[kept]) + ELLIPSIS;
  }

  /**
   * The number of clusters before the last word boundary that is also a cluster boundary and
   * leaves at most {@code keep} clusters; 0 if there is none.
   */
  private int wordEnd(String text, int[] bounds, int keep) {
    int limit = bounds[keep];
    if (limit == 0) {
      return 0;
    }
    BreakIterator iterator = (BreakIterator) words.clone();
    iterator.setText(text);
    int cut = iterator.isBoundary(limit) ? limit : iterator.preceding(limit);
    while (cut > 0) {
      int index = Arrays.binarySearch(bounds, 0, keep + 1, cut);
      if (index >= 0) {
        return index;
      }
      cut = iterator.preceding(cut);
    }
    return 0;
  }

  /** Drops the clusters at the end of the first {@code kept} that are spaces or dangling punctuation. */
  private static int trimEnd(String text, int[] bounds, int kept) {
    while (kept > 0 && isDangling(text.codePointAt(bounds[kept - 1]))) {
      kept--;
    }
    return kept;
  }

  private static boolean isDangling(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return true;
    }
    return switch (Character.getType(codePoint)) {
      case Character.DASH_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION -> true;
      default -> false;
    };
  }
}
