// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.NewsFeed;

/**
 * Reads a feed document of any supported format: JSON when the first significant byte is {@code
 * {}, XML otherwise, and then Atom, RSS or RDF by the root element.
 */
public final class FeedDocuments {
  private FeedDocuments() {}

  /** Reads {@code bytes}; problems go to {@code context}, which throws on a fatal one. */
  public static NewsFeed read(byte[] bytes, ReadContext context) {
    NewsFeed feed = readDocument(bytes, context);
    context.reportDropped();
    return feed;
  }

  private static NewsFeed readDocument(byte[] bytes, ReadContext context) {
    int first = Decoding.firstSignificantByte(bytes);
    if (first < bytes.length && bytes[first] == '{') {
      return JsonFeedReader.read(Decoding.utf8(bytes, context), context);
    }
    if (first >= bytes.length) {
      throw context.fatal(1, 1, "expected an Atom, RSS or JSON Feed document, found nothing", null);
    }
    XmlElement root = XmlInput.parse(Decoding.xml(bytes, context), context);
    if (root.is(Namespaces.ATOM, "feed")) {
      return AtomReader.read(root, Namespaces.ATOM, context);
    }
    if (root.is(Namespaces.ATOM_03, "feed")) {
      return AtomReader.read(root, Namespaces.ATOM_03, context);
    }
    if (root.is(Namespaces.NONE, "rss")) {
      return RssReader.readRss(root, context);
    }
    if (root.is(Namespaces.RDF, "RDF")) {
      if (root.child(Namespaces.RSS_10, "channel").isPresent()) {
        return RssReader.readRdf(root, Namespaces.RSS_10, context);
      }
      if (root.child(Namespaces.RSS_090, "channel").isPresent()) {
        return RssReader.readRdf(root, Namespaces.RSS_090, context);
      }
    }
    String namespace = root.namespace().isEmpty() ? "" : " in the namespace " + root.namespace();
    throw context.fatal(root.line(), root.column(), "expected an Atom <feed> (1.0 or 0.3), an RSS"
        + " <rss> or an RSS 1.0 <rdf:RDF> root element, found <" + root.name() + ">" + namespace, null);
  }
}
