package dev.newsfeed.servlet.internal;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;

/** A feed format the servlet serves, such as JSON Feed at {@code /feed.json}. */
public interface FeedDocument {

  /**
   * The {@code Content-Type} of the documents.
   *
   * @return the media type with its charset
   */
  String mediaType();

  /**
   * Writes {@code feed} for a reader of {@code chain}'s languages.
   *
   * @param feed the items to write, already limited
   * @param chain the reader's languages
   * @return the document's bytes; the same feed and chain give the same bytes
   */
  byte[] write(NewsFeed feed, LanguageChain chain);
}
