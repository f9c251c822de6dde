// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.util.Locale;
import java.util.Optional;

/**
 * The ticker's colour scheme. A host page may also decide for every ticker it holds with {@code
 * data-newsfeed-theme="light"} or {@code "dark"} on any ancestor, {@code <html>} say, and override
 * every colour with the ticker's custom properties.
 */
public enum Theme {
  /** Light, or dark when the reader's system prefers it ({@code prefers-color-scheme: dark}). */
  AUTO,
  /** Light whatever the reader prefers. */
  LIGHT,
  /** Dark whatever the reader prefers. */
  DARK;

  /**
   * The theme with {@code name} ({@code auto}, {@code light} or {@code dark}, any case).
   *
   * @param name the name
   * @return the theme, or empty if the name is none of them
   */
  public static Optional<Theme> named(String name) {
    for (Theme theme : values()) {
      if (theme.parameterValue().equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(theme);
      }
    }
    return Optional.empty();
  }

  /**
   * The name used in parameters and in the fragment's {@code data-nf-theme}.
   *
   * @return {@code auto}, {@code light} or {@code dark}
   */
  public String parameterValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
