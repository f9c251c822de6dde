// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the ticker fragment references its stylesheet and script itself.
 *
 * <p>Hosts that put {@code ticker.css} and {@code ticker.js} in their own {@code <head>} (or that
 * embed the ticker twice on one page) ask for {@link #NONE}, by the {@code assets} init parameter
 * or per request with the {@code assets=none} query parameter.
 */
public enum AssetLinks {
  /** The fragment starts with a {@code <link rel="stylesheet">} and a deferred {@code <script>}. */
  LINK,
  /** The fragment holds markup only. */
  NONE;

  /**
   * The value with {@code name} ({@code link} or {@code none}, any case).
   *
   * @param name the name
   * @return the value, or empty if the name is neither
   */
  public static Optional<AssetLinks> named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "link" -> Optional.of(LINK);
      case "none" -> Optional.of(NONE);
      default -> Optional.empty();
    };
  }

  /**
   * The name used in init and query parameters.
   *
   * @return {@code link} or {@code none}
   */
  public String parameterValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
