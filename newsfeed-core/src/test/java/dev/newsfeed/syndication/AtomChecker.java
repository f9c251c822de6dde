// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The RFC 4287 rules that its RELAX NG schema cannot express (the schema's own Schematron
 * annotations among them), checked on the document itself, plus what newsfeed promises on top
 * (tag: ids, xml:lang on every entry). {@link FeedValidators#atom} runs the schema and these.
 * Returns each violation as a sentence.
 */
final class AtomChecker {
  private AtomChecker() {}

  static final String ATOM = "http://www.w3.org/2005/Atom";

  /** RFC 3339 §5.6 date-time, with the uppercase T and Z RFC 4287 §3.3 requires. */
  static final Pattern DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  /** RFC 4151 tag URI with a full date. */
  static final Pattern TAG =
      Pattern.compile("tag:[a-z0-9.-]+(@[a-z0-9.-]+)?,\\d{4}-\\d{2}-\\d{2}:[A-Za-z0-9._~!$&'()*+,;=:@/?%-]+");

  static List<String> violations(byte[] document) {
    List<String> problems = new ArrayList<>();
    Document dom;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(document));
    } catch (Exception e) {
      return List.of("not well-formed: " + e.getMessage());
    }
    Element feed = dom.getDocumentElement();
    if (!ATOM.equals(feed.getNamespaceURI()) || !feed.getLocalName().equals("feed")) {
      return List.of("the root is not atom:feed");
    }
    // §4.1.1
    exactlyOne(feed, "id", "feed", problems);
    exactlyOne(feed, "title", "feed", problems);
    exactlyOne(feed, "updated", "feed", problems);
    atMostOne(feed, "subtitle", "feed", problems);
    checkIri(feed, "id", "feed", problems);
    checkDates(feed, "feed", problems);
    checkLinks(feed, "feed", problems);
    boolean feedHasAuthor = !children(feed, "author").isEmpty();
    if (children(feed, "link").stream().noneMatch(l -> "self".equals(l.getAttribute("rel")))) {
      problems.add("feed: no link rel=\"self\" (RFC 4287 §4.1.1 SHOULD)");
    }
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (Element entry : children(feed, "entry")) {
      String where = "entry " + (++index);
      // §4.1.2
      exactlyOne(entry, "id", where, problems);
      exactlyOne(entry, "title", where, problems);
      exactlyOne(entry, "updated", where, problems);
      atMostOne(entry, "published", where, problems);
      atMostOne(entry, "summary", where, problems);
      atMostOne(entry, "content", where, problems);
      checkIri(entry, "id", where, problems);
      checkDates(entry, where, problems);
      checkLinks(entry, where, problems);
      if (!feedHasAuthor && children(entry, "author").isEmpty()) {
        problems.add(where + ": no author, and the feed has none");
      }
      boolean hasContent = !children(entry, "content").isEmpty();
      boolean hasAlternate = children(entry, "link").stream()
          .anyMatch(l -> l.getAttribute("rel").isEmpty() || l.getAttribute("rel").equals("alternate"));
      // §4.1.1.1 (the schema's first Schematron rule): MissingContentOrAlternate for the W3C.
      if (!hasContent && !hasAlternate) {
        problems.add(where + ": no content and no alternate link (RFC 4287 §4.1.1.1)");
      }
      // §4.1.1.2: out-of-line content, or content that is not text, needs a summary.
      for (Element content : children(entry, "content")) {
        String type = content.getAttribute("type");
        boolean textual = type.isEmpty() || type.equals("text") || type.equals("html")
            || type.equals("xhtml") || type.startsWith("text/") || type.endsWith("+xml")
            || type.endsWith("/xml");
        if ((content.hasAttribute("src") || !textual) && children(entry, "summary").isEmpty()) {
          problems.add(where + ": content of type " + type + " without a summary (§4.1.1.2)");
        }
      }
      for (Element id : children(entry, "id")) {
        if (!ids.add(id.getTextContent())) {
          problems.add(where + ": the id " + id.getTextContent() + " is used twice");
        }
        if (!TAG.matcher(id.getTextContent()).matches()) {
          problems.add(where + ": the id " + id.getTextContent() + " is not a tag: URI");
        }
      }
      if (entry.getAttributeNS(XMLConstants.XML_NS_URI, "lang").isEmpty()) {
        problems.add(where + ": no xml:lang");
      }
    }
    return problems;
  }

  private static void checkDates(Element parent, String where, List<String> problems) {
    for (String name : List.of("updated", "published")) {
      for (Element date : children(parent, name)) {
        if (!DATE.matcher(date.getTextContent()).matches()) {
          problems.add(where + ": " + name + " [" + date.getTextContent() + "] is not RFC 3339");
        }
      }
    }
  }

  private static void checkIri(Element parent, String name, String where, List<String> problems) {
    for (Element element : children(parent, name)) {
      try {
        if (!new URI(element.getTextContent()).isAbsolute()) {
          problems.add(where + ": " + name + " is not an absolute IRI");
        }
      } catch (URISyntaxException e) {
        problems.add(where + ": " + name + " is not an IRI: " + e.getMessage());
      }
    }
  }

  /** §4.1.1 / §4.1.2: no two alternate links with the same type and hreflang; href required. */
  private static void checkLinks(Element parent, String where, List<String> problems) {
    Set<String> alternates = new HashSet<>();
    for (Element link : children(parent, "link")) {
      if (!link.hasAttribute("href")) {
        problems.add(where + ": a link without href");
      }
      String rel = link.getAttribute("rel").isEmpty() ? "alternate" : link.getAttribute("rel");
      if (rel.equals("alternate")
          && !alternates.add(link.getAttribute("type") + "|" + link.getAttribute("hreflang"))) {
        problems.add(where + ": two alternate links with type " + link.getAttribute("type")
            + " and hreflang [" + link.getAttribute("hreflang") + "]");
      }
    }
  }

  private static void exactlyOne(Element parent, String name, String where, List<String> problems) {
    int count = children(parent, name).size();
    if (count != 1) {
      problems.add(where + ": " + count + " " + name + " elements, expected exactly one");
    }
  }

  private static void atMostOne(Element parent, String name, String where, List<String> problems) {
    int count = children(parent, name).size();
    if (count > 1) {
      problems.add(where + ": " + count + " " + name + " elements, expected at most one");
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && ATOM.equals(element.getNamespaceURI())
          && element.getLocalName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }
}
