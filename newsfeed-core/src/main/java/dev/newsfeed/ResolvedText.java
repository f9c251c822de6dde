// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import java.util.Locale;
import java.util.Objects;

/**
 * The text chosen for a reader, and the language the reader asked for first, so that a view can
 * tell when the text fell back to another language (and mark it with its own {@code lang}).
 *
 * @param text the chosen text
 * @param requested the reader's first preferred language
 */
public record ResolvedText(ItemText text, Locale requested) {

  /**
   * Checks both parts are present.
   *
   * @param text the chosen text
   * @param requested the reader's first preferred language
   */
  public ResolvedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(requested, "requested");
  }

  /**
   * The language actually used.
   *
   * @return the text's language
   */
  public Locale language() {
    return text.language();
  }

  /**
   * Whether the text is in another language than the one asked for: neither the requested
   * language nor a less specific form of it ({@code ar} for {@code ar-MA} is not a fallback).
   *
   * @return true if the text fell back to another language
   */
  public boolean isFallback() {
    return !LanguageChain.truncations(requested).contains(text.language());
  }
}
