// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static dev.newsfeed.syndication.internal.Namespaces.ATOM;
import static dev.newsfeed.syndication.internal.Namespaces.NEWSFEED;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;

/** Atom 1.0 (RFC 4287), laid out from a {@link FeedView}. */
public final class AtomWriter {
  private AtomWriter() {}

  /** Writes {@code view} to {@code out} (left open). */
  public static void write(FeedView view, OutputStream out) throws IOException {
    XmlOut xml = XmlOut.start(out);
    xml.open("", ATOM, "feed")
        .namespace("", ATOM)
        .namespace("nf", NEWSFEED)
        .lang(view.languageTag());
    // RFC 4287 §4.1.1: id, title and updated are required; the self link is recommended.
    xml.text("", ATOM, "id", view.selfLink().toString());
    xml.text("", ATOM, "title", view.title());
    xml.text("", ATOM, "updated", FeedDates.rfc3339(view.updated()));
    xml.open("", ATOM, "author").text("", ATOM, "name", view.author()).close();
    link(xml, "self", "application/atom+xml", null, view.selfLink());
    link(xml, "alternate", "text/html", null, view.siteLink());
    for (FeedView.Entry entry : view.entries()) {
      entry(xml, entry);
    }
    xml.close();
    xml.finish();
  }

  private static void entry(XmlOut xml, FeedView.Entry entry) throws IOException {
    xml.open("", ATOM, "entry").lang(entry.languageTag());
    xml.text("", ATOM, "id", entry.id());
    xml.text("", ATOM, "title", entry.title());
    // The model keeps no modification date: updated is the publication time (§4.2.15 requires it).
    String published = FeedDates.rfc3339(entry.published());
    xml.text("", ATOM, "updated", published);
    xml.text("", ATOM, "published", published);
    if (entry.link().isPresent()) {
      link(xml, "alternate", "text/html", null, entry.link().get());
    }
    for (FeedView.Translation translation : entry.translations()) {
      link(xml, "alternate", "text/html", translation.languageTag(), translation.link());
    }
    for (String tag : entry.tags()) {
      xml.empty("", ATOM, "category").attribute("term", tag);
    }
    // RFC 4287 §4.1.1.1: an entry without content needs an alternate link, which items from
    // listings lack; so the story is always the content, as plain text with its dateline, and the
    // summary is the excerpt, written only where it is shorter (§4.1.1.2 lets it be left out).
    if (entry.excerpt().isPresent()) {
      xml.text("", ATOM, "summary", entry.excerpt().get());
    }
    String story = entry.storyText();
    if (!story.isEmpty() || entry.link().isEmpty()) {
      xml.open("", ATOM, "content").attribute("type", "text").characters(story).close();
    }
    Extension.write(xml, entry);
    xml.close();
  }

  private static void link(XmlOut xml, String rel, String type, String hreflang, URI href)
      throws IOException {
    xml.empty("", ATOM, "link").attribute("rel", rel).attribute("type", type);
    if (hreflang != null) {
      xml.attribute("hreflang", hreflang);
    }
    xml.attribute("href", href.toString());
  }
}
