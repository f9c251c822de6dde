// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import java.net.URI;
import java.util.Optional;

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
   * @param self the document's own URL
   * @param site the URL of the site the news belongs to
   * @param idSite the configured public URL of the site, whose host is the authority of the
   *     entry ids; empty when none is configured (ids then use {@code localhost}, never the
   *     request's host, so that they are the same whatever {@code Host} a request names)
   * @return the document's bytes; the same arguments give the same bytes
   */
  byte[] write(NewsFeed feed, LanguageChain chain, URI self, URI site, Optional<URI> idSite);
}
