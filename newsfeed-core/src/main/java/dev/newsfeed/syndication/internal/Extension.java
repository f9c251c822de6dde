package dev.newsfeed.syndication.internal;

import static dev.newsfeed.syndication.internal.Namespaces.NEWSFEED;

import java.io.IOException;

/** The {@code nf:} elements of an Atom entry or RSS item (see the package documentation). */
final class Extension {
  private Extension() {}

  static final String ID = "id";
  static final String DATE = "date";
  static final String DATELINE = "dateline";
  static final String TRANSLATIONS = "translations";

  static void write(XmlOut xml, FeedView.Entry entry) throws IOException {
    xml.text("nf", NEWSFEED, ID, entry.itemId());
    if (entry.day().isPresent()) {
      xml.text("nf", NEWSFEED, DATE, entry.day().get().toString());
    }
    if (entry.dateline().isPresent()) {
      xml.text("nf", NEWSFEED, DATELINE, entry.dateline().get());
    }
  }
}
