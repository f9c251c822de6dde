package dev.newsfeed.servlet.internal;

import java.util.Map;

/** The feed documents the servlet serves, by route. */
public final class FeedDocuments {
  private FeedDocuments() {}

  /**
   * The feed documents core can write, by route ({@code /feed.json}, {@code /feed.atom}, {@code
   * /feed.rss}).
   *
   * @return the documents
   */
  public static Map<String, FeedDocument> available() {
    // The syndication writers have not landed on main yet.
    return Map.of();
  }
}
