// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link NewsFeed#merge merging} listings of the same news in several languages.
 *
 * @param feed the merged feed; it holds every input item, paired or not
 * @param unpaired the items that could not be paired with an item of the first feed, kept in the
 *     merged feed as items of their own
 */
public record MergeResult(NewsFeed feed, List<Unpaired> unpaired) {

  /**
   * Copies the list.
   *
   * @param feed the merged feed; it holds every input item, paired or not
   * @param unpaired the items that could not be paired with an item of the first feed, kept in the merged feed as items of their own
   */
  public MergeResult {
    Objects.requireNonNull(feed, "feed");
    unpaired = List.copyOf(Objects.requireNonNull(unpaired, "unpaired"));
  }

  /**
   * An item that was not merged into another.
   *
   * @param source the index of the input feed it came from (0 is the first)
   * @param item the item as it is in the merged feed (its id may have been made unique)
   * @param reason why it could not be paired
   */
  public record Unpaired(int source, NewsItem item, String reason) {
    /**
     * Checks the parts.
     *
     * @param source the index of the input feed it came from (0 is the first)
     * @param item the item as it is in the merged feed (its id may have been made unique)
     * @param reason why it could not be paired
     */
    public Unpaired {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
