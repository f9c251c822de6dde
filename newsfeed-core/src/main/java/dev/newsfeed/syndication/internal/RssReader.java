// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static dev.newsfeed.syndication.internal.Namespaces.CONTENT;
import static dev.newsfeed.syndication.internal.Namespaces.DC;
import static dev.newsfeed.syndication.internal.Namespaces.DCTERMS;
import static dev.newsfeed.syndication.internal.Namespaces.NONE;
import static dev.newsfeed.syndication.internal.Namespaces.RDF;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.internal.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * RSS to the model: RSS 2.0, 0.91 and 0.92 ({@code <rss><channel><item>}, no namespace) and the RDF
 * family, RSS 1.0 and 0.90 ({@code <rdf:RDF><channel/><item>}, items beside the channel, in their
 * own namespace). The same element names serve all of them; only where items are and their
 * namespace differ.
 */
final class RssReader {
  private RssReader() {}

  /** Reads {@code <rss>}. */
  static NewsFeed readRss(XmlElement rss, ReadContext context) {
    XmlElement channel = rss.child(NONE, "channel").orElseThrow(() -> context.fatal(rss.line(),
        rss.column(), "expected a <channel> in <rss>, found none", null));
    // RSS 0.91 requires an item title; 0.92 and 2.0 need a title or a description.
    String titleRule = rss.attribute("version").map(Texts::trim).filter(v -> v.equals("0.91"))
        .map(v -> "RSS 0.91").orElse(null);
    return read(channel, channel.children(NONE, "item"), NONE, titleRule, context);
  }

  /** Reads {@code <rdf:RDF>} in the namespace of RSS 1.0 or 0.90. */
  static NewsFeed readRdf(XmlElement rdf, String ns, ReadContext context) {
    XmlElement channel = rdf.child(ns, "channel").orElseThrow(() -> context.fatal(rdf.line(),
        rdf.column(), "expected a <channel> in <rdf:RDF>, found none", null));
    return read(channel, rdf.children(ns, "item"), ns, "RSS 1.0", context);
  }

  private static NewsFeed read(XmlElement channel, List<XmlElement> itemElements, String ns,
      String titleRule, ReadContext context) {
    Optional<Locale> language = language(channel, ns, context);
    List<NewsItem> items = new ArrayList<>();
    List<ItemDraft.DateField> feedDates = new ArrayList<>();
    for (String name : List.of("pubDate", "lastBuildDate")) {
      channel.child(ns, name).ifPresent(date -> feedDates.add(new ItemDraft.DateField(
          "<" + name + ">", date.text(), date, FeedDateParser.Form.RFC_822)));
    }
    for (var name : List.of(List.of(DC, "date", "dc:date"), List.of(DCTERMS, "modified", "dcterms:modified"))) {
      channel.child(name.get(0), name.get(1)).ifPresent(date -> feedDates.add(new ItemDraft.DateField(
          "<" + name.get(2) + ">", date.text(), date, FeedDateParser.Form.RFC_3339)));
    }
    for (XmlElement item : itemElements) {
      ItemDraft draft = item(item, ns, context);
      draft.feedDates = feedDates;
      if (titleRule != null) {
        draft.titleRequired = true;
        draft.titleRule = titleRule;
      }
      draft.build(language, context).ifPresent(items::add);
    }
    Map<Locale, String> titles = new LinkedHashMap<>();
    channel.child(ns, "title").or(() -> channel.child(DC, "title"))
        .map(title -> HtmlText.oneLine(title.text()))
        .filter(title -> !title.isEmpty())
        .ifPresent(title -> titles.put(
            language.orElseGet(() -> context.defaultLanguage(channel.line(), channel.column())),
            title));
    channel.child(ns, "image").or(() -> channel.child(Namespaces.RDF.equals(ns) ? ns : NONE, "image"))
        .ifPresent(image -> context.dropped("<image>", image.line(), image.column()));
    MediaElements.note(channel, context);
    return new NewsFeed(titles, items);
  }

  private static Optional<Locale> language(XmlElement channel, String ns, ReadContext context) {
    Optional<XmlElement> element = channel.child(ns, "language").or(() -> channel.child(DC, "language"));
    if (element.isPresent()) {
      return ItemDraft.parseLanguage(located(element.get()), context);
    }
    return channel.lang().flatMap(tag -> ItemDraft.parseLanguage(
        new ItemDraft.Located(tag, channel), context));
  }

  private static ItemDraft item(XmlElement item, String ns, ReadContext context) {
    ItemDraft draft = new ItemDraft("<item>", item);
    draft.title = item.child(ns, "title").or(() -> item.child(DC, "title"))
        .map(XmlElement::text).filter(title -> !Texts.isBlank(title)).orElse(null);
    // The fullest text first: content:encoded holds the whole post where the description is a
    // teaser (WordPress). RSS 2.0: the description may hold entity-encoded HTML, and readers take
    // it so; so do they Dublin Core's description. Media RSS's is plain text (YouTube, podcasts).
    for (XmlElement html : List.of(item.child(CONTENT, "encoded"), item.child(ns, "description"),
        item.child(DC, "description")).stream().flatMap(Optional::stream).toList()) {
      List<String> paragraphs = HtmlText.paragraphs(html.text());
      if (!paragraphs.isEmpty()) {
        draft.summary = paragraphs;
        break;
      }
    }
    if (draft.summary.isEmpty()) {
      item.child(Namespaces.MEDIA, "description")
          .or(() -> item.child(Namespaces.MEDIA, "group").flatMap(g -> g.child(Namespaces.MEDIA, "description")))
          .ifPresent(d -> draft.summary = HtmlText.plainParagraphs(d.text()));
    }
    MediaElements.note(item, context);
    item.child(Namespaces.MEDIA, "group").ifPresent(group -> MediaElements.note(group, context));
    Optional<XmlElement> guid = item.child(ns, "guid");
    guid.ifPresent(element -> draft.id = located(element));
    item.attribute(RDF, "about").ifPresent(about ->
        draft.id = new ItemDraft.Located(about, item));
    Optional<XmlElement> link = item.child(ns, "link");
    if (link.isPresent()) {
      draft.link = new ItemDraft.Located(
          AtomReader.resolve(link.get(), link.get().text()), link.get());
    } else if (guid.isPresent() && isPermaLink(guid.get())) {
      // RSS 2.0 "guid": a permalink guid is the item's URL.
      draft.link = located(guid.get());
    }
    item.child(ns, "pubDate").ifPresent(date -> draft.dates.add(new ItemDraft.DateField(
        "<pubDate>", date.text(), date, FeedDateParser.Form.RFC_822)));
    for (var name : List.of(List.of(DC, "date", "dc:date"), List.of(DCTERMS, "issued", "dcterms:issued"),
        List.of(DCTERMS, "created", "dcterms:created"), List.of(DCTERMS, "modified", "dcterms:modified"))) {
      item.child(name.get(0), name.get(1)).ifPresent(date -> draft.dates.add(new ItemDraft.DateField(
          "<" + name.get(2) + ">", date.text(), date, FeedDateParser.Form.RFC_3339)));
    }
    Optional<XmlElement> language = item.child(DC, "language");
    if (language.isPresent()) {
      draft.language = located(language.get());
    } else if (item.attribute(javax.xml.XMLConstants.XML_NS_URI, "lang").isPresent()) {
      draft.language = new ItemDraft.Located(item.lang().orElse(""), item);
    }
    for (XmlElement category : item.children(ns, "category")) {
      draft.tags.add(category.text());
    }
    for (XmlElement subject : item.children(DC, "subject")) {
      draft.tags.add(subject.text());
    }
    Extension.read(item, draft);
    return draft;
  }

  /** A guid that is a permalink (the default) and looks like a web address. */
  private static boolean isPermaLink(XmlElement guid) {
    String text = Texts.trim(guid.text()).toLowerCase(Locale.ROOT);
    return !guid.attribute("isPermaLink").map(Texts::trim).orElse("true").equalsIgnoreCase("false")
        && (text.startsWith("http://") || text.startsWith("https://"));
  }

  private static ItemDraft.Located located(XmlElement element) {
    return new ItemDraft.Located(element.text(), element);
  }
}
