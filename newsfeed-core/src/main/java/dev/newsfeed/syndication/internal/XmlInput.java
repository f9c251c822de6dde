// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.internal.TextPositions.Position;
import dev.newsfeed.internal.Texts;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
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
      XmlPositions positions = new XmlPositions(text);
      XmlElement root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        Location location = null;
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
            // Where the element starts is found from here only if a diagnostic asks for it.
            location = reader.getLocation();
            int[] at = {location.getLineNumber(), location.getColumnNumber(), line, column};
            XmlElement element = element(reader, parent, positions, at, context);
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
        // Where the parser stands after each event is what an error at the next one reports: in
        // the prolog, after the root and deep down (at the nesting limit); inside the document
        // the parser's own exceptions carry their location. Asking for it after every event
        // took 6 % of reading 1,000 Atom entries (JFR): each answer is a new object.
        if (location == null && (root == null || open.isEmpty() || open.size() >= MAX_DEPTH)) {
          location = reader.getLocation();
        }
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

  private static XmlElement element(XMLStreamReader reader, XmlElement parent,
      XmlPositions positions, int[] at, ReadContext context) {
    int count = reader.getAttributeCount();
    String[] attributes = new String[3 * count];
    String lang = parent == null ? null : parent.lang().orElse(null);
    URI base = parent == null ? null : parent.base().orElse(null);
    for (int i = 0; i < count; i++) {
      String ns = nonNull(reader.getAttributeNamespace(i));
      String name = reader.getAttributeLocalName(i);
      String value = reader.getAttributeValue(i);
      if (ns.equals(XMLConstants.XML_NS_URI) && name.equals("lang")) {
        lang = Texts.trim(value);
      } else if (ns.equals(XMLConstants.XML_NS_URI) && name.equals("base")) {
        base = resolveBase(base, value, new Located(positions, at), context);
      }
      attributes[3 * i] = ns;
      attributes[3 * i + 1] = name;
      attributes[3 * i + 2] = value;
    }
    return new XmlElement(
        nonNull(reader.getNamespaceURI()), reader.getLocalName(), attributes, positions, at, lang,
        base);
  }

  /** The start of an element being read, for a warning about one of its attributes. */
  private record Located(XmlPositions positions, int[] at) {
    Position position() {
      Position found = positions.elementAt(at[0], at[1]);
      return found != null ? found : new Position(at[2], at[3]);
    }
  }

  private static URI resolveBase(URI parent, String value, Located where, ReadContext context) {
    try {
      URI uri = new URI(Texts.trim(value));
      return parent != null ? parent.resolve(uri) : uri;
    } catch (URISyntaxException | IllegalArgumentException e) {
      Position at = where.position();
      context.warning(at.line(), at.column(), "xml:base is not a URI, ignored: found " + Texts.quote(value));
      return parent;
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
