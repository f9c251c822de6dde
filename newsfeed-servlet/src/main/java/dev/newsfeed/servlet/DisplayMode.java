// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.util.Locale;
import java.util.Optional;

/**
 * How {@code ticker.js} presents the fragment's list. Without JavaScript every mode is the same
 * plain list, readable as it is.
 *
 * <p>Chosen by the {@code display} init parameter, per request by {@code ?display=}, and on the
 * client-side element by {@code data-newsfeed-display}.
 */
public enum DisplayMode {
  /** One line that scrolls, pausable, the other way for right-to-left text. */
  SCROLL,
  /** A static list, for sidebars and news pages: {@code limit} sets how many items it shows. */
  LIST,
  /**
   * One item at a time, the next one sliding in from below at an interval, with previous, next,
   * play/pause and an "n of N" counter, as the Europa Component Library's news ticker does.
   */
  SLIDES;

  /**
   * The mode with {@code name} ({@code scroll}, {@code list} or {@code slides}, any case).
   *
   * @param name the name
   * @return the mode, or empty if the name is none of them
   */
  public static Optional<DisplayMode> named(String name) {
    for (DisplayMode mode : values()) {
      if (mode.parameterValue().equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  /**
   * The name used in parameters and in the fragment's {@code data-nf-display}.
   *
   * @return {@code scroll}, {@code list} or {@code slides}
   */
  public String parameterValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
