// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link NewsFeed#merge merging} listings of the same news in several languages.
 *
 * @param feed the merged feed; it holds every input item, paired or not
 * @param unpaired the items that could not be paired: items of later feeds, kept in the merged
 *     feed as items of their own, and items of the first feed that a later feed has no text for
 *     because the counts of their date differ
 */
public record MergeResult(NewsFeed feed, List<Unpaired> unpaired) {

  /**
   * Copies the list.
   *
   * @param feed the merged feed; it holds every input item, paired or not
   * @param unpaired the items that could not be paired
   */
  public MergeResult {
    Objects.requireNonNull(feed, "feed");
    unpaired = List.copyOf(Objects.requireNonNull(unpaired, "unpaired"));
  }

  /**
   * An item that was not paired with its translation.
   *
   * @param source the index of the input feed it came from (0 is the first)
   * @param item the item as it is in the merged feed (an item of a later feed may have had its id
   *     made unique)
   * @param line the line where the item starts in its source, or 0 where the source has no lines
   * @param reason why it could not be paired, naming the sources and lines involved
   */
  public record Unpaired(int source, NewsItem item, int line, String reason) {
    /**
     * Checks the parts.
     *
     * @param source the index of the input feed it came from (0 is the first)
     * @param item the item as it is in the merged feed
     * @param line the line where the item starts in its source, or 0
     * @param reason why it could not be paired
     */
    public Unpaired {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(reason, "reason");
      if (source < 0 || line < 0) {
        throw new IllegalArgumentException("source and line must be 0 or more");
      }
    }
  }
}
