// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

/** The XML namespaces of the feed formats and their extensions. */
public final class Namespaces {
  private Namespaces() {}

  /** Atom 1.0, RFC 4287 §2. */
  public static final String ATOM = "http://www.w3.org/2005/Atom";

  /** Atom 0.3, the draft that old blogs still serve. */
  public static final String ATOM_03 = "http://purl.org/atom/ns#";

  /** Dublin Core terms ({@code dcterms:modified}, {@code dcterms:issued}). */
  public static final String DCTERMS = "http://purl.org/dc/terms/";

  /** Media RSS ({@code media:description}, {@code media:content}), YouTube's Atom among others. */
  public static final String MEDIA = "http://search.yahoo.com/mrss/";

  /** Apple's podcast extension ({@code itunes:image}, {@code itunes:summary}). */
  public static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";

  /** newsfeed's own extension elements: {@code nf:id}, {@code nf:date}, {@code nf:dateline}. */
  public static final String NEWSFEED = "https://newsfeed.dev/ns/1.0";

  /** Dublin Core elements 1.1 ({@code dc:date}, {@code dc:language}). */
  public static final String DC = "http://purl.org/dc/elements/1.1/";

  /** The RSS content module ({@code content:encoded}). */
  public static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

  /** RDF, the root of RSS 0.90 and 1.0. */
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

  /** RSS 1.0 (RDF Site Summary). */
  public static final String RSS_10 = "http://purl.org/rss/1.0/";

  /** RSS 0.90. */
  public static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";

  /** No namespace: RSS 0.91, 0.92 and 2.0 elements. */
  public static final String NONE = "";

  /** The JSON Feed extension object holding the same fields as the {@link #NEWSFEED} elements. */
  public static final String JSON_EXTENSION = "_newsfeed";

  /** The JSON Feed 1.1 version URL. */
  public static final String JSON_FEED_1_1 = "https://jsonfeed.org/version/1.1";

  /** The JSON Feed 1.0 version URL. */
  public static final String JSON_FEED_1_0 = "https://jsonfeed.org/version/1";
}
