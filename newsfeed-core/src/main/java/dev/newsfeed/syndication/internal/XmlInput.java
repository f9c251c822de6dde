// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.internal.TextPositions;
import dev.newsfeed.internal.TextPositions.Position;
import dev.newsfeed.internal.Texts;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.MissingResourceException;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses XML text into {@link XmlElement}s with the JDK's StAX parser, configured so that nothing
 * outside the document is read and nothing is expanded:
 *
 * <ul>
 *   <li>Before parsing, {@link LegacyMarkup} blanks out RSS 0.91's standard DOCTYPE and turns HTML
 *       named entities into numeric references; no DTD is ever read.
 *   <li>DTDs are not supported and a document with a {@code DOCTYPE} is refused at once, before
 *       any entity could be expanded: that covers XXE (file and http external entities), external
 *       DTDs, billion laughs and quadratic blowup.
 *   <li>External entities are off, entity references are not replaced, external DTD and schema
 *       access is empty, and a resolver that refuses everything is installed, should any of those
 *       be ignored.
 *   <li>The {@code jdk.xml} limits are set low, and element nesting is capped at {@link
 *       #MAX_DEPTH}.
 * </ul>
 */
final class XmlInput {
  private XmlInput() {}

  /** Feeds nest a few levels (XHTML content a few more); anything deeper is not a feed. */
  static final int MAX_DEPTH = 64;

  private static final XMLResolver REFUSE =
      (publicId, systemId, baseUri, namespace) -> {
        throw new XMLStreamException("external resource refused: " + systemId);
      };

  private static XMLInputFactory factory() {
    // The JDK's own parser: the limits below are its properties, and no other StAX implementation
    // on the class path can weaken them.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXMLResolver(REFUSE);
    // Positive values: 0 would mean "no limit" to the JDK. No entity can be declared anyway.
    factory.setProperty("jdk.xml.entityExpansionLimit", "100");
    // The JDK meters every predefined entity reference (&lt; &amp; …) of the whole document
    // against these two limits, as one entity "[xml]": at 1000 and 10000, an RSS feed of 125 items
    // with escaped HTML descriptions (our own writer's) was refused. No other general entity can
    // exist without a DTD, so the document's own size bound is the one that matters.
    factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", String.valueOf(Integer.MAX_VALUE));
    factory.setProperty("jdk.xml.maxParameterEntitySizeLimit", "1000");
    factory.setProperty("jdk.xml.totalEntitySizeLimit", String.valueOf(Integer.MAX_VALUE));
    factory.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH + 1));
    factory.setProperty("jdk.xml.elementAttributeLimit", "256");
    factory.setProperty("jdk.xml.maxXMLNameLimit", "1000");
    return factory;
  }

  /** Factories are not documented as thread-safe to configure; created per read, it is cheap. */
  static XmlElement parse(String document, ReadContext context) {
    String text = LegacyMarkup.prepare(document, context);
    XMLStreamReader reader = null;
    int line = 1;
    int column = 1;
    try {
      reader = factory().createXMLStreamReader(new StringReader(text));
      Deque<XmlElement> open = new ArrayDeque<>();
      Positions positions = new Positions(text);
      XmlElement root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD -> {
            int doctype = text.indexOf("<!DOCTYPE");
            Position at = doctype < 0 ? new Position(line, column) : positions.at(doctype);
            throw context.fatal(at.line(), at.column(),
                  "a DOCTYPE is not allowed: feeds need none, and DTDs open the door to external"
                      + " entities and entity expansion; remove the <!DOCTYPE ...> (only RSS 0.91's"
                      + " own, \"" + LegacyMarkup.NETSCAPE_RSS_091 + "\", is skipped)", null);
          }
          case XMLStreamConstants.START_ELEMENT -> {
            if (open.size() >= MAX_DEPTH) {
              throw context.fatal(line, column,
                  "elements nested more than " + MAX_DEPTH + " deep; this is not a feed", null);
            }
            XmlElement parent = open.peek();
            // The parser's position after text runs ahead of it; the end of a start tag is exact,
            // and its start is the last '<' before it (attribute values cannot hold one).
            // (The parser's character offsets are not reliable; its line and column are.)
            Location after = reader.getLocation();
            int end = positions.indexOf(after.getLineNumber(), after.getColumnNumber());
            int start = end > 0 ? text.lastIndexOf('<', end - 1) : -1;
            Position at = start >= 0 ? positions.at(start) : new Position(line, column);
            XmlElement element = element(reader, parent, at.line(), at.column(), context);
            if (parent != null) {
              parent.add(element);
            } else {
              root = element;
            }
            open.push(element);
          }
          case XMLStreamConstants.END_ELEMENT -> open.pop();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!open.isEmpty()) {
              open.peek().add(reader.getText());
            }
          }
          default -> {
            // Comments, processing instructions and the document's start and end carry nothing.
          }
        }
        Location location = reader.getLocation();
        if (location != null && location.getLineNumber() > 0) {
          line = location.getLineNumber();
          column = Math.max(1, location.getColumnNumber());
        }
      }
      if (root == null) {
        throw context.fatal(line, column, "expected a root element, found none", null);
      }
      return root;
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      int errorLine = at != null && at.getLineNumber() > 0 ? at.getLineNumber() : line;
      int errorColumn = at != null && at.getColumnNumber() > 0 ? at.getColumnNumber() : column;
      throw context.fatal(errorLine, errorColumn, "not well-formed XML: " + message(e), e);
    } catch (MissingResourceException e) {
      // The JDK's parser lacks the message of some fatal errors (InvalidCharInDTD, while skipping
      // an internal subset) and throws this instead of an XMLStreamException.
      throw context.fatal(line, column, "not well-formed XML: " + e.getKey(), e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // Closing a reader over a string releases nothing that could fail.
        }
      }
    }
  }

  private static XmlElement element(
      XMLStreamReader reader, XmlElement parent, int line, int column, ReadContext context) {
    Map<String, String> attributes = new LinkedHashMap<>();
    String lang = parent == null ? null : parent.lang().orElse(null);
    URI base = parent == null ? null : parent.base().orElse(null);
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String ns = nonNull(reader.getAttributeNamespace(i));
      String name = reader.getAttributeLocalName(i);
      String value = reader.getAttributeValue(i);
      if (ns.equals(XMLConstants.XML_NS_URI) && name.equals("lang")) {
        lang = Texts.trim(value);
      } else if (ns.equals(XMLConstants.XML_NS_URI) && name.equals("base")) {
        base = resolveBase(base, value, line, column, context);
      }
      attributes.put(XmlElement.key(ns, name), value);
    }
    return new XmlElement(
        nonNull(reader.getNamespaceURI()), reader.getLocalName(), attributes, line, column, lang,
        base);
  }

  private static URI resolveBase(URI parent, String value, int line, int column, ReadContext context) {
    try {
      URI uri = new URI(Texts.trim(value));
      return parent != null ? parent.resolve(uri) : uri;
    } catch (URISyntaxException | IllegalArgumentException e) {
      context.warning(line, column, "xml:base is not a URI, ignored: found " + Texts.quote(value));
      return parent;
    }
  }

  /**
   * Lines and columns (in code points) of increasing indexes in a text, and the indexes of the
   * parser's lines and columns (in chars), so that all the elements of a document cost one pass.
   */
  private static final class Positions {
    private final String text;
    private final TextPositions forward;

    /** Where each line starts; lines end as XML 1.0 §2.11 says (LF, CR LF or CR). */
    private final int[] lineStarts;

    Positions(String text) {
      this.text = text;
      this.forward = TextPositions.of(text);
      int lines = 1;
      for (int i = 0; i < text.length(); i++) {
        if (TextPositions.isLineEnd(text, i)) {
          lines++;
        }
      }
      lineStarts = new int[lines];
      int line = 1;
      for (int i = 0; i < text.length(); i++) {
        if (TextPositions.isLineEnd(text, i)) {
          lineStarts[line++] = i + 1;
        }
      }
    }

    /** The index of a 1-based line and column as the parser counts them (in chars), or -1. */
    int indexOf(int line, int column) {
      if (line < 1 || line > lineStarts.length || column < 1) {
        return -1;
      }
      return Math.min(text.length(), lineStarts[line - 1] + column - 1);
    }

    Position at(int target) {
      return forward.at(target);
    }
  }

  /** The JDK's message without its "ParseError at [row,col]:[1,2] Message: " prefix. */
  private static String message(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
