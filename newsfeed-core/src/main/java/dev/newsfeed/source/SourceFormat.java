// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.source;

import java.util.Locale;
import java.util.Objects;

/**
 * The kinds of document {@link NewsSources} reads. A file's format comes from its name ({@link
 * #ofName}); a document fetched over HTTP gets its format from its media type instead, since a URL
 * such as {@code https://example.org/feed/} names none.
 */
public enum SourceFormat {
  /** The plain-text news listing, UTF-8. */
  LISTING,
  /** JSON: JSON Feed 1.0/1.1 when it declares its version, else newsfeed JSON. */
  JSON,
  /** An XML feed: Atom 1.0, RSS 2.0/0.9x or RDF, told apart by the root element. */
  XML_FEED;

  /**
   * The format a name's extension gives: {@code .json} is {@link #JSON}; {@code .xml}, {@code
   * .atom}, {@code .rss} and {@code .rdf} are {@link #XML_FEED}; anything else ({@code .txt}
   * included) is a {@link #LISTING}.
   *
   * @param name a file name or path
   * @return the format
   */
  public static SourceFormat ofName(String name) {
    return switch (extensionOf(Objects.requireNonNull(name, "name"))) {
      case "json" -> JSON;
      case "xml", "atom", "rss", "rdf" -> XML_FEED;
      default -> LISTING;
    };
  }

  /** The extension of the last segment of a path, lower case, or "" for none. */
  static String extensionOf(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
