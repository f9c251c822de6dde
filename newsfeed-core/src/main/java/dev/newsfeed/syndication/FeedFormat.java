// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

/** The syndication formats newsfeed writes, each with its media type and file extension. */
public enum FeedFormat {
  /** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
  JSON_FEED("application/feed+json", "json"),
  /** Atom 1.0 (RFC 4287). */
  ATOM("application/atom+xml", "atom"),
  /** RSS 2.0 (https://www.rssboard.org/rss-specification). */
  RSS("application/rss+xml", "rss");

  private final String mediaType;
  private final String fileExtension;

  FeedFormat(String mediaType, String fileExtension) {
    this.mediaType = mediaType;
    this.fileExtension = fileExtension;
  }

  /**
   * The media type to serve documents of this format with; they are always UTF-8.
   *
   * @return the type, such as {@code application/atom+xml}, without parameters
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The usual file extension, without the dot.
   *
   * @return {@code json}, {@code atom} or {@code rss}
   */
  public String fileExtension() {
    return fileExtension;
  }
}
