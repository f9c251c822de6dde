// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.syndication.FeedFormat;
import dev.newsfeed.syndication.FeedOptions;
import dev.newsfeed.syndication.FeedWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds the servlet serves, one route per format core writes: {@code /feed.json} (JSON Feed
 * 1.1), {@code /feed.atom} (Atom 1.0) and {@code /feed.rss} (RSS 2.0). The writers are
 * deterministic, so equal news gives equal bytes and so equal entity tags.
 */
public final class FeedDocuments {
  private FeedDocuments() {}

  /** The tag: authority when no site URL is configured: the same on every instance and request. */
  public static final String UNCONFIGURED_AUTHORITY = "localhost";

  /** The host of {@code site} as an RFC 4151 authority, or {@code localhost} if it is none. */
  static String idAuthority(URI site) {
    String host = site.getHost().toLowerCase(Locale.ROOT);
    try {
      return FeedOptions.of(site, site).withIdAuthority(host.endsWith(".")
          ? host.substring(0, host.length() - 1) : host).effectiveIdAuthority();
    } catch (IllegalArgumentException e) {
      // An IP literal: RFC 4151 takes DNS names and email addresses only.
      return UNCONFIGURED_AUTHORITY;
    }
  }

  /**
   * The feed documents by route.
   *
   * @return {@code /feed.json}, {@code /feed.atom} and {@code /feed.rss}
   */
  public static Map<String, FeedDocument> available() {
    Map<String, FeedDocument> documents = new LinkedHashMap<>();
    for (FeedFormat format : FeedFormat.values()) {
      documents.put("/feed." + format.fileExtension(), new Syndication(FeedWriter.of(format)));
    }
    return documents;
  }

  private record Syndication(FeedWriter writer) implements FeedDocument {
    @Override
    public String mediaType() {
      return writer.format().mediaType() + "; charset=utf-8";
    }

    @Override
    public byte[] write(NewsFeed feed, LanguageChain chain, URI self, URI site, Optional<URI> idSite) {
      return writer.toBytes(feed, FeedOptions.of(self, site).withLanguage(chain)
          .withIdAuthority(idSite.map(FeedDocuments::idAuthority).orElse(UNCONFIGURED_AUTHORITY)));
    }
  }
}
