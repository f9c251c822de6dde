// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import dev.newsfeed.NewsFeed;
import java.util.List;

/**
 * What the deserializer hands back through JSON-B: the feed, the warnings, and where the feed's
 * object ends so that trailing input can be rejected (JSON-B stops reading there).
 *
 * <p>Deliberately without public members: Yasson introspects the class it is asked for before
 * calling a registered deserializer, and under JPMS it may only use public members of exported
 * packages.
 */
final class DecodedFeed {
  final NewsFeed feed;
  final List<JsonProblem> warnings;
  final int omittedWarnings;
  final long end;

  DecodedFeed(NewsFeed feed, List<JsonProblem> warnings, int omittedWarnings, long end) {
    this.feed = feed;
    this.warnings = List.copyOf(warnings);
    this.omittedWarnings = omittedWarnings;
    this.end = end;
  }
}
