// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static dev.newsfeed.syndication.internal.Namespaces.ATOM;
import static dev.newsfeed.syndication.internal.Namespaces.DC;
import static dev.newsfeed.syndication.internal.Namespaces.NEWSFEED;
import static dev.newsfeed.syndication.internal.Namespaces.NONE;

import dev.newsfeed.text.Escape;
import java.io.IOException;
import java.io.OutputStream;

/** RSS 2.0, laid out from a {@link FeedView}. */
public final class RssWriter {
  private RssWriter() {}

  /** Writes {@code view} to {@code out} (left open). */
  public static void write(FeedView view, OutputStream out) throws IOException {
    XmlOut xml = XmlOut.start(out);
    xml.open("", NONE, "rss")
        .attribute("version", "2.0")
        .namespace("atom", ATOM)
        .namespace("dc", DC)
        .namespace("nf", NEWSFEED);
    xml.open("", NONE, "channel");
    // RSS 2.0 "Required channel elements": title, link, description.
    xml.text("", NONE, "title", view.title());
    xml.text("", NONE, "link", view.siteLink().toASCIIString());
    xml.text("", NONE, "description", view.title());
    xml.text("", NONE, "language", view.languageTag());
    xml.text("", NONE, "lastBuildDate", FeedDates.rfc822(view.updated()));
    // The RSS Advisory Board's best practice: say where the feed itself lives.
    xml.empty("atom", ATOM, "link")
        .attribute("href", view.selfLink().toASCIIString())
        .attribute("rel", "self")
        .attribute("type", "application/rss+xml");
    for (FeedView.Entry entry : view.entries()) {
      item(xml, view, entry);
    }
    xml.close();
    xml.close();
    xml.finish();
  }

  private static void item(XmlOut xml, FeedView view, FeedView.Entry entry) throws IOException {
    xml.open("", NONE, "item");
    // RSS 2.0: "at least one of title or description must be present"; an item that had no
    // title keeps none, and its description opens with what the excerpt showed.
    if (entry.hasOwnTitle()) {
      xml.text("", NONE, "title", entry.title());
    }
    if (entry.link().isPresent()) {
      xml.text("", NONE, "link", entry.link().get().toASCIIString());
    }
    if (!entry.story().isEmpty()) {
      xml.text("", NONE, "description", html(entry));
    }
    for (String tag : entry.tags()) {
      xml.text("", NONE, "category", tag);
    }
    // The tag: id is no URL: isPermaLink="false" (RSS 2.0 "guid").
    xml.open("", NONE, "guid").attribute("isPermaLink", "false").characters(entry.id()).close();
    xml.text("", NONE, "pubDate", FeedDates.rfc822(entry.published()));
    // RSS 2.0 has no item language; Dublin Core's says where an item fell back to another one.
    if (!entry.language().equals(view.language())) {
      xml.text("dc", DC, "language", entry.languageTag());
    }
    for (FeedView.Translation translation : entry.translations()) {
      xml.empty("atom", ATOM, "link")
          .attribute("rel", "alternate")
          .attribute("hreflang", translation.languageTag())
          .attribute("href", translation.link().toASCIIString());
    }
    Extension.write(xml, entry);
    xml.close();
  }

  /**
   * The description as HTML, which is how RSS readers take it (RSS 2.0: "entity-encoded HTML is
   * allowed"): each paragraph of the story (the first opening with the dateline) a {@code <p>},
   * line breaks {@code <br>}, the text escaped for HTML. The StAX writer then escapes the whole for
   * XML.
   */
  private static String html(FeedView.Entry entry) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : entry.story()) {
      html.append("<p>");
      String[] lines = paragraph.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          html.append("<br>");
        }
        html.append(Escape.forHtml(lines[i]));
      }
      html.append("</p>");
    }
    return html.toString();
  }
}
