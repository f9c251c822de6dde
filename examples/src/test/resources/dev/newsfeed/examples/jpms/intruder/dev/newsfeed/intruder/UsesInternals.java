// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.intruder;

import dev.newsfeed.internal.Texts;
import dev.newsfeed.listing.internal.DateGrammar;
import dev.newsfeed.servlet.internal.StaticAssets;
import dev.newsfeed.syndication.internal.TagUri;

/** Public classes of each internal package: javac must refuse every one of them. */
public final class UsesInternals {
  private UsesInternals() {}

  /**
   * Uses the internal classes.
   *
   * @return nothing useful
   */
  public static String trimmed() {
    Class<?>[] internals = {DateGrammar.class, StaticAssets.class, TagUri.class};
    return Texts.trim(" " + internals.length + " ");
  }
}
