// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import dev.newsfeed.internal.LanguageTags;
import java.util.Locale;
import java.util.Objects;

/**
 * The direction in which text in a language is written by default, for the HTML {@code dir}
 * attribute and for views that lay out or animate text.
 *
 * <p>Derived from the language tag alone (its script subtag if it has one, else its language):
 * {@code ar}, {@code he}, {@code fa}, {@code ur} and {@code az-Arab} are right to left; {@code fr},
 * {@code en} and {@code ar-Latn} are left to right. It does not look at the text itself.
 */
public enum TextDirection {
  /** Left to right: {@code dir="ltr"}. */
  LTR,
  /** Right to left: {@code dir="rtl"}. */
  RTL;

  /**
   * The default direction of text in {@code language}.
   *
   * @param language the language
   * @return {@link #RTL} for a language or script written right to left, else {@link #LTR}
   */
  public static TextDirection of(Locale language) {
    Objects.requireNonNull(language, "language");
    return LanguageTags.isRightToLeft(language) ? RTL : LTR;
  }

  /**
   * The value of the HTML {@code dir} attribute.
   *
   * @return {@code ltr} or {@code rtl}
   */
  public String htmlValue() {
    return this == RTL ? "rtl" : "ltr";
  }
}
