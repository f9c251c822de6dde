// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static dev.newsfeed.syndication.internal.Namespaces.ATOM;
import static dev.newsfeed.syndication.internal.Namespaces.ATOM_03;
import static dev.newsfeed.syndication.internal.Namespaces.DC;
import static dev.newsfeed.syndication.internal.Namespaces.MEDIA;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Atom 1.0 (RFC 4287) and Atom 0.3 (the 2003 draft: {@code issued}/{@code modified}/{@code
 * created}, {@code content mode="escaped|base64|xml"}, {@code tagline}) to the model. The two share
 * their element names but for dates and content; YouTube's Media RSS elements ({@code
 * media:group/media:description}) give the story where the entry has no content or summary.
 */
final class AtomReader {
  private AtomReader() {}

  /** Reads {@code <feed>} in the namespace {@code ns}: {@link Namespaces#ATOM} or {@link Namespaces#ATOM_03}. */
  static NewsFeed read(XmlElement feed, String ns, ReadContext context) {
    Optional<Locale> language =
        feed.lang().flatMap(tag -> ItemDraft.parseLanguage(
            new ItemDraft.Located(tag, feed), context));
    // An entry without a date takes the feed's (Atom 1.0 updated, 0.3 modified).
    List<ItemDraft.DateField> feedDates = new ArrayList<>();
    for (String name : ns.equals(ATOM) ? List.of("updated") : List.of("modified", "issued")) {
      feed.child(ns, name).ifPresent(date -> feedDates.add(new ItemDraft.DateField(
          "<" + name + ">", date.text(), date, FeedDateParser.Form.RFC_3339)));
    }
    List<NewsItem> items = new ArrayList<>();
    for (XmlElement entry : feed.children(ns, "entry")) {
      ItemDraft draft = entry(entry, ns, context);
      draft.feedDates = feedDates;
      draft.build(language, context).ifPresent(items::add);
    }
    Map<Locale, String> titles = new LinkedHashMap<>();
    feed.child(ns, "title")
        .map(title -> oneLine(title, ns))
        .filter(title -> !title.isEmpty())
        .ifPresent(title -> titles.put(
            language.orElseGet(() -> context.defaultLanguage(feed.line(), feed.column())), title));
    for (XmlElement link : feed.children(ns, "link")) {
      noteEnclosure(link, context);
    }
    for (String name : List.of("logo", "icon")) {
      feed.child(ns, name).ifPresent(image -> context.dropped("<" + name + ">", image.line(), image.column()));
    }
    return new NewsFeed(titles, items);
  }

  private static ItemDraft entry(XmlElement entry, String ns, ReadContext context) {
    ItemDraft draft = new ItemDraft("<entry>", entry);
    draft.titleRequired = true;
    draft.titleRule = ns.equals(ATOM) ? "RFC 4287 §4.1.2" : "Atom 0.3";
    Optional<XmlElement> id = entry.child(ns, "id");
    if (id.isPresent()) {
      draft.id = located(id.get());
    } else if (ns.equals(ATOM)) {
      context.warning(entry.line(), entry.column(), "<entry> has no <id> (RFC 4287 §4.1.2 requires"
          + " one); its id is derived from its link, else from its date and title");
    }
    Optional<XmlElement> media = entry.child(MEDIA, "group");
    draft.title = entry.child(ns, "title").map(title -> oneLine(title, ns))
        .or(() -> entry.child(DC, "title").map(title -> HtmlText.oneLine(title.text())))
        .or(() -> media.flatMap(group -> group.child(MEDIA, "title")).map(t -> HtmlText.oneLine(t.text())))
        .orElse(null);
    // The content is the whole story (RFC 4287 §4.1.3) and the summary often an excerpt of it.
    Optional<XmlElement> content = entry.child(ns, "content");
    List<String> story = content.map(c -> ns.equals(ATOM) ? content(c, context) : content03(c, context))
        .orElse(List.of());
    if (story.isEmpty()) {
      story = entry.child(ns, "summary").map(summary -> paragraphs(summary, ns)).orElse(List.of());
    }
    if (story.isEmpty()) {
      Optional<XmlElement> description = entry.child(MEDIA, "description")
          .or(() -> media.flatMap(group -> group.child(MEDIA, "description")));
      story = description.map(d -> HtmlText.plainParagraphs(d.text())).orElse(List.of());
    }
    draft.summary = story;
    List<String> dateNames = ns.equals(ATOM)
        ? List.of("published", "updated") : List.of("issued", "created", "modified");
    for (String name : dateNames) {
      entry.child(ns, name).ifPresent(date -> draft.dates.add(new ItemDraft.DateField(
          "<" + name + ">", date.text(), date, FeedDateParser.Form.RFC_3339)));
    }
    entry.child(DC, "date").ifPresent(date -> draft.dates.add(new ItemDraft.DateField(
        "<dc:date>", date.text(), date, FeedDateParser.Form.RFC_3339)));
    entry.lang().ifPresent(lang ->
        draft.language = new ItemDraft.Located(lang, entry));
    draft.link = alternateLink(entry, ns);
    if (ns.equals(ATOM) && content.isEmpty() && !hasAlternate(entry)) {
      context.nonConforming(entry.line(), entry.column(), "<entry> has no <content> and no"
          + " <link rel=\"alternate\">; RFC 4287 §4.1.1.1 requires one of them");
    }
    for (XmlElement category : entry.children(ns, "category")) {
      category.attribute("term").ifPresent(draft.tags::add);
    }
    for (XmlElement subject : entry.children(DC, "subject")) {
      draft.tags.add(subject.text());
    }
    for (XmlElement link : entry.children(ns, "link")) {
      noteEnclosure(link, context);
    }
    MediaElements.note(entry, context);
    media.ifPresent(group -> MediaElements.note(group, context));
    Extension.read(entry, draft);
    return draft;
  }

  private static void noteEnclosure(XmlElement link, ReadContext context) {
    if (link.attribute("rel").map(Texts::trim).filter(rel -> rel.equals("enclosure")).isPresent()) {
      context.dropped("<link rel=\"enclosure\">", link.line(), link.column());
    }
  }

  /** Whether any link is an alternate one, even one whose href this reader cannot use. */
  private static boolean hasAlternate(XmlElement entry) {
    return entry.children(ATOM, "link").stream()
        .anyMatch(link -> link.attribute("rel").map(Texts::trim).orElse("alternate").equals("alternate"));
  }

  /**
   * The entry's own page: the first {@code link} with {@code rel="alternate"} (the default, §4.2.7.2)
   * whose {@code hreflang} is absent or the entry's language. Links to translations are left out:
   * their text is not in this entry.
   */
  private static ItemDraft.Located alternateLink(XmlElement entry, String ns) {
    String entryLanguage = entry.lang().orElse("");
    for (XmlElement link : entry.children(ns, "link")) {
      String rel = link.attribute("rel").map(Texts::trim).orElse("alternate");
      String hreflang = link.attribute("hreflang").map(Texts::trim).orElse("");
      Optional<String> href = link.attribute("href");
      if (rel.equals("alternate") && href.isPresent()
          && (hreflang.isEmpty() || hreflang.equalsIgnoreCase(entryLanguage))) {
        return new ItemDraft.Located(
            resolve(link, href.get()), link);
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

  /** Atom 1.0 content (§4.1.3): inline text, HTML or XHTML; other media types are dropped. */
  private static List<String> content(XmlElement content, ReadContext context) {
    if (content.attribute("src").isPresent()) {
      context.dropped("<content src>", content.line(), content.column());
      return List.of();
    }
    String type = type(content, "text");
    if (type.equals("text") || type.equals("html") || type.equals("xhtml")
        || type.startsWith("text/") || type.equals("application/xhtml+xml")) {
      return paragraphs(content, ATOM);
    }
    context.dropped("<content type=\"" + type + "\">", content.line(), content.column());
    return List.of();
  }

  /**
   * Atom 0.3 content: {@code mode="xml"} (the default) holds the markup inline, {@code escaped}
   * as text, {@code base64} encoded; {@code type} is a media type, {@code text/plain} by default.
   */
  private static List<String> content03(XmlElement content, ReadContext context) {
    String type = type(content, "text/plain");
    String mode = content.attribute("mode").map(m -> Texts.trim(m).toLowerCase(Locale.ROOT)).orElse("xml");
    boolean html = type.equals("text/html") || type.equals("application/xhtml+xml");
    if (!html && !type.startsWith("text/")) {
      context.dropped("<content type=\"" + type + "\">", content.line(), content.column());
      return List.of();
    }
    switch (mode) {
      case "base64" -> {
        String text;
        try {
          text = new String(Base64.getMimeDecoder().decode(Texts.trim(content.text())), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          context.warning(content.line(), content.column(), "<content mode=\"base64\"> is not"
              + " base64; ignored");
          return List.of();
        }
        return html ? HtmlText.paragraphs(text) : HtmlText.plainParagraphs(text);
      }
      case "escaped" -> {
        return html ? HtmlText.paragraphs(content.text()) : HtmlText.plainParagraphs(content.text());
      }
      default -> {
        if (content.hasChildElements()) {
          HtmlText.Layout layout = new HtmlText.Layout();
          lay(content, layout);
          return layout.paragraphs();
        }
        return html ? HtmlText.paragraphs(content.text()) : HtmlText.plainParagraphs(content.text());
      }
    }
  }

  private static String type(XmlElement construct, String fallback) {
    return construct.attribute("type").map(t -> Texts.trim(t).toLowerCase(Locale.ROOT)).orElse(fallback);
  }

  /** The paragraphs of a text construct (§3.1), or of an Atom 0.3 one (a media type and a mode). */
  static List<String> paragraphs(XmlElement construct, String ns) {
    String type = type(construct, ns.equals(ATOM) ? "text" : "text/plain");
    if (ns.equals(ATOM_03) && construct.attribute("mode").map(Texts::trim).orElse("xml").equals("escaped")) {
      return type.equals("text/html") ? HtmlText.paragraphs(construct.text())
          : HtmlText.plainParagraphs(construct.text());
    }
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
        if (construct.hasChildElements()) {
          HtmlText.Layout layout = new HtmlText.Layout();
          lay(construct, layout);
          return layout.paragraphs();
        }
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

  private static String oneLine(XmlElement construct, String ns) {
    return HtmlText.oneLine(String.join(" ", paragraphs(construct, ns)));
  }

  private static ItemDraft.Located located(XmlElement element) {
    return new ItemDraft.Located(element.text(), element);
  }
}
