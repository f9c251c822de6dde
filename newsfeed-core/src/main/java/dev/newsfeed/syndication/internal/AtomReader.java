// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static dev.newsfeed.syndication.internal.Namespaces.ATOM;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Atom 1.0 (RFC 4287) to the model. */
final class AtomReader {
  private AtomReader() {}

  static NewsFeed read(XmlElement feed, ReadContext context) {
    Optional<Locale> language =
        feed.lang().flatMap(tag -> ItemDraft.parseLanguage(
            new ItemDraft.Located(tag, feed.line(), feed.column()), context));
    List<NewsItem> items = new ArrayList<>();
    for (XmlElement entry : feed.children(ATOM, "entry")) {
      entry(entry, context).build(language, context).ifPresent(items::add);
    }
    Map<Locale, String> titles = new LinkedHashMap<>();
    feed.child(ATOM, "title")
        .map(AtomReader::oneLine)
        .filter(title -> !title.isEmpty())
        .ifPresent(title -> titles.put(
            language.orElseGet(() -> context.defaultLanguage(feed.line(), feed.column())), title));
    return new NewsFeed(titles, items);
  }

  private static ItemDraft entry(XmlElement entry, ReadContext context) {
    ItemDraft draft = new ItemDraft("<entry>", entry.line(), entry.column());
    Optional<XmlElement> id = entry.child(ATOM, "id");
    if (id.isPresent()) {
      draft.id = located(id.get());
    } else {
      context.warning(entry.line(), entry.column(), "<entry> has no <id> (RFC 4287 §4.1.2 requires"
          + " one); its id is derived from its link, else from its date and title");
    }
    draft.title = entry.child(ATOM, "title").map(AtomReader::oneLine).orElse(null);
    // The content is the whole story (RFC 4287 §4.1.3) and the summary often an excerpt of it.
    Optional<XmlElement> content =
        entry.child(ATOM, "content").filter(AtomReader::isReadableContent);
    Optional<XmlElement> summary = entry.child(ATOM, "summary");
    if (content.isPresent() && !paragraphs(content.get()).isEmpty()) {
      draft.summary = paragraphs(content.get());
    } else if (summary.isPresent()) {
      draft.summary = paragraphs(summary.get());
    }
    for (String name : List.of("published", "updated")) {
      entry.child(ATOM, name).ifPresent(date -> draft.dates.add(new ItemDraft.DateField(
          "<" + name + ">", date.text(), date.line(), date.column(), FeedDateParser.Form.RFC_3339)));
    }
    entry.lang().ifPresent(lang ->
        draft.language = new ItemDraft.Located(lang, entry.line(), entry.column()));
    draft.link = alternateLink(entry);
    for (XmlElement category : entry.children(ATOM, "category")) {
      category.attribute("term").ifPresent(draft.tags::add);
    }
    Extension.read(entry, draft);
    return draft;
  }

  /**
   * The entry's own page: the first {@code link} with {@code rel="alternate"} (the default, §4.2.7.2)
   * whose {@code hreflang} is absent or the entry's language. Links to translations are left out:
   * their text is not in this entry.
   */
  private static ItemDraft.Located alternateLink(XmlElement entry) {
    String entryLanguage = entry.lang().orElse("");
    for (XmlElement link : entry.children(ATOM, "link")) {
      String rel = link.attribute("rel").map(Texts::trim).orElse("alternate");
      String hreflang = link.attribute("hreflang").map(Texts::trim).orElse("");
      Optional<String> href = link.attribute("href");
      if (rel.equals("alternate") && href.isPresent()
          && (hreflang.isEmpty() || hreflang.equalsIgnoreCase(entryLanguage))) {
        return new ItemDraft.Located(
            resolve(link, href.get()), link.line(), link.column());
      }
    }
    return null;
  }

  /** An href resolved against the xml:base in scope (RFC 4287 §4.2.7.1, XML Base). */
  static String resolve(XmlElement element, String href) {
    String trimmed = Texts.trim(href);
    try {
      URI uri = new URI(trimmed);
      if (!uri.isAbsolute() && element.base().isPresent() && element.base().get().isAbsolute()) {
        return element.base().get().resolve(uri).toString();
      }
      return trimmed;
    } catch (URISyntaxException | IllegalArgumentException e) {
      // The model's link check reports it, with the same message as any other bad link.
      return trimmed;
    }
  }

  /** Content this reader can turn into text: inline text, HTML or XHTML (§4.1.3). */
  private static boolean isReadableContent(XmlElement content) {
    if (content.attribute("src").isPresent()) {
      return false;
    }
    String type = content.attribute("type").map(t -> Texts.trim(t).toLowerCase(Locale.ROOT))
        .orElse("text");
    return type.equals("text") || type.equals("html") || type.equals("xhtml")
        || type.startsWith("text/") || type.equals("application/xhtml+xml");
  }

  /** The paragraphs of a text construct (§3.1) or inline content (§4.1.3). */
  static List<String> paragraphs(XmlElement construct) {
    String type = construct.attribute("type").map(t -> Texts.trim(t).toLowerCase(Locale.ROOT))
        .orElse("text");
    switch (type) {
      case "html", "text/html" -> {
        return HtmlText.paragraphs(construct.text());
      }
      case "xhtml", "application/xhtml+xml" -> {
        HtmlText.Layout layout = new HtmlText.Layout();
        lay(construct, layout);
        return layout.paragraphs();
      }
      default -> {
        return HtmlText.plainParagraphs(construct.text());
      }
    }
  }

  private static void lay(XmlElement element, HtmlText.Layout layout) {
    for (Object child : element.content()) {
      if (child instanceof String text) {
        layout.text(text);
      } else if (child instanceof XmlElement inner) {
        layout.startTag(inner.name());
        lay(inner, layout);
        layout.endTag(inner.name());
      }
    }
  }

  private static String oneLine(XmlElement construct) {
    return HtmlText.oneLine(String.join(" ", paragraphs(construct)));
  }

  private static ItemDraft.Located located(XmlElement element) {
    return new ItemDraft.Located(element.text(), element.line(), element.column());
  }
}
