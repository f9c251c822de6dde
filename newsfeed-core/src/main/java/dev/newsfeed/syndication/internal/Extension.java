// SPDX-License-Identifier: Apache-2.0
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

  /** Reads the {@code nf:} elements of an entry or item into {@code draft}. */
  static void read(XmlElement entry, ItemDraft draft) {
    entry.child(NEWSFEED, ID).ifPresent(id -> draft.extensionId = id.text());
    entry.child(NEWSFEED, DATE).ifPresent(date ->
        draft.day = new ItemDraft.Located(date.text(), date));
    entry.child(NEWSFEED, DATELINE).ifPresent(dateline -> draft.dateline = dateline.text());
  }

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
