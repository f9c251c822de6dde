// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules of the RSS 2.0 specification (https://www.rssboard.org/rss-specification) and the RSS
 * Advisory Board's profile that a written RSS document must follow, checked on the document: the
 * test-side stand-in for the W3C feed validator, which has no schema to run. Returns each
 * violation as a sentence.
 */
final class RssChecker {
  private RssChecker() {}

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String DC = "http://purl.org/dc/elements/1.1/";

  /**
   * RFC 822 §5 date-time with RFC 1123's four-digit year, as the RSS profile recommends: an
   * optional day name, the day, an English month abbreviation, the year, the time with seconds and
   * a numeric offset or a zone name.
   */
  static final Pattern RFC_822 = Pattern.compile(
      "((Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
          + " \\d{4} \\d{2}:\\d{2}(:\\d{2})? ([+-]\\d{4}|UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z])");

  /** BCP 47 / RFC 1766 as the RSS spec's language element allows. */
  static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  /** Channel elements that appear at most once (RSS 2.0 "Optional channel elements"). */
  private static final List<String> CHANNEL_SINGLES = List.of("title", "link", "description",
      "language", "copyright", "managingEditor", "webMaster", "pubDate", "lastBuildDate",
      "generator", "docs", "cloud", "ttl", "image", "rating", "textInput", "skipHours", "skipDays");

  /** Item elements that appear at most once ("Elements of item"). */
  private static final List<String> ITEM_SINGLES =
      List.of("title", "link", "description", "author", "comments", "guid", "pubDate", "source");

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
    Element rss = dom.getDocumentElement();
    if (rss.getNamespaceURI() != null || !rss.getLocalName().equals("rss")) {
      return List.of("the root is not <rss>");
    }
    if (!rss.getAttribute("version").equals("2.0")) {
      problems.add("rss: version is [" + rss.getAttribute("version") + "], expected 2.0");
    }
    List<Element> channels = children(rss, null, "channel");
    if (channels.size() != 1) {
      problems.add("rss: " + channels.size() + " channel elements, expected exactly one");
      return problems;
    }
    Element channel = channels.get(0);
    // "Required channel elements".
    for (String name : List.of("title", "link", "description")) {
      if (children(channel, null, name).isEmpty()) {
        problems.add("channel: no " + name + " (required)");
      }
    }
    for (String name : CHANNEL_SINGLES) {
      if (children(channel, null, name).size() > 1) {
        problems.add("channel: more than one " + name);
      }
    }
    children(channel, null, "link").forEach(link -> checkUrl(link.getTextContent(), "channel link", problems));
    children(channel, null, "language").forEach(language -> checkLanguage(language, "channel", problems));
    for (String name : List.of("pubDate", "lastBuildDate")) {
      children(channel, null, name).forEach(date -> checkDate(date, "channel " + name, problems));
    }
    // The RSS profile: "a channel should include an atom:link element with rel self".
    List<Element> selfLinks = children(channel, ATOM, "link").stream()
        .filter(link -> link.getAttribute("rel").equals("self")).toList();
    if (selfLinks.size() != 1) {
      problems.add("channel: " + selfLinks.size() + " atom:link rel=\"self\", expected one");
    }
    for (Element link : children(channel, ATOM, "link")) {
      checkUrl(link.getAttribute("href"), "channel atom:link href", problems);
    }
    int index = 0;
    for (Element item : children(channel, null, "item")) {
      String where = "item " + (++index);
      // "All elements of an item are optional, however at least one of title or description
      // must be present."
      if (children(item, null, "title").isEmpty() && children(item, null, "description").isEmpty()) {
        problems.add(where + ": neither a title nor a description");
      }
      for (String name : ITEM_SINGLES) {
        if (children(item, null, name).size() > 1) {
          problems.add(where + ": more than one " + name);
        }
      }
      for (Element title : children(item, null, "title")) {
        if (title.getTextContent().isBlank()) {
          problems.add(where + ": an empty title");
        }
      }
      children(item, null, "link").forEach(link -> checkUrl(link.getTextContent(), where + " link", problems));
      children(item, null, "pubDate").forEach(date -> checkDate(date, where + " pubDate", problems));
      for (Element guid : children(item, null, "guid")) {
        String permaLink = guid.getAttribute("isPermaLink");
        if (!permaLink.isEmpty() && !permaLink.equals("true") && !permaLink.equals("false")) {
          problems.add(where + ": isPermaLink is [" + permaLink + "], expected true or false");
        }
        if (!permaLink.equals("false")) {
          checkUrl(guid.getTextContent(), where + " permalink guid", problems);
        }
        if (guid.getTextContent().isBlank()) {
          problems.add(where + ": an empty guid");
        }
      }
      for (Element category : children(item, null, "category")) {
        if (category.getTextContent().isBlank()) {
          problems.add(where + ": an empty category");
        }
      }
      children(item, DC, "language").forEach(language -> checkLanguage(language, where, problems));
      for (Element link : children(item, ATOM, "link")) {
        checkUrl(link.getAttribute("href"), where + " atom:link href", problems);
      }
    }
    return problems;
  }

  private static void checkDate(Element date, String where, List<String> problems) {
    if (!RFC_822.matcher(date.getTextContent()).matches()) {
      problems.add(where + " [" + date.getTextContent() + "] is not an RFC 822 date");
    }
  }

  private static void checkLanguage(Element language, String where, List<String> problems) {
    if (!LANGUAGE.matcher(language.getTextContent()).matches()) {
      problems.add(where + ": language [" + language.getTextContent() + "] is not a language tag");
    }
  }

  private static void checkUrl(String text, String where, List<String> problems) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        problems.add(where + " [" + text + "] is not an absolute http or https URL");
      }
    } catch (URISyntaxException e) {
      problems.add(where + " [" + text + "] is not a URL: " + e.getMessage());
    }
  }

  private static List<Element> children(Element parent, String ns, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && (ns == null ? element.getNamespaceURI() == null : ns.equals(element.getNamespaceURI()))
          && element.getLocalName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }
}
