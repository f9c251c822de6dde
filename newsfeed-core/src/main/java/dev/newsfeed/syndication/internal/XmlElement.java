// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.internal.TextPositions.Position;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An element of a parsed feed: name, attributes, content (text and child elements in document
 * order), where it starts, and the {@code xml:lang} and {@code xml:base} in scope (XML 1.0 §2.12,
 * XML Base), inherited from its ancestors. Where it starts is found only when asked (see {@link
 * XmlPositions}).
 */
final class XmlElement implements ItemDraft.Place {
  private static final String[] NO_ATTRIBUTES = {};

  private final String namespace;
  private final String name;
  /** Namespace, local name and value of each attribute in turn. */
  private final String[] attributes;
  private final List<Object> content = new ArrayList<>(4);
  /**
   * The child elements alone, which lookups scan: an RSS item's content is half white space
   * between its elements (element lookup took 28 % of reading 1,000 Atom entries, JFR).
   */
  private List<XmlElement> elements = List.of();
  private final XmlPositions positions;
  /** The parser's line and column just after the start tag, and before it (if that fails). */
  private final int parserLine;
  private final int parserColumn;
  private final int lineBefore;
  private final int columnBefore;
  /** 0 until asked. */
  private int line;
  private int column;
  private final String lang;
  private final URI base;

  XmlElement(
      String namespace,
      String name,
      String[] attributes,
      XmlPositions positions,
      int[] parserPosition,
      String lang,
      URI base) {
    this.namespace = namespace;
    this.name = name;
    this.attributes = attributes.length == 0 ? NO_ATTRIBUTES : attributes;
    this.positions = positions;
    this.parserLine = parserPosition[0];
    this.parserColumn = parserPosition[1];
    this.lineBefore = parserPosition[2];
    this.columnBefore = parserPosition[3];
    this.lang = lang;
    this.base = base;
  }

  void add(Object child) {
    content.add(child);
    if (child instanceof XmlElement element) {
      if (elements.isEmpty()) {
        elements = new ArrayList<>(8);
      }
      elements.add(element);
    }
  }

  String namespace() {
    return namespace;
  }

  String name() {
    return name;
  }

  boolean is(String ns, String localName) {
    // The parser's names are interned, as the readers' constants are: most answers are ==.
    return (name == localName || name.equals(localName)) && (namespace == ns || namespace.equals(ns));
  }

  @Override
  public int line() {
    locate();
    return line;
  }

  @Override
  public int column() {
    locate();
    return column;
  }

  private void locate() {
    if (line == 0) {
      Position at = positions.elementAt(parserLine, parserColumn);
      line = at != null ? at.line() : lineBefore;
      column = at != null ? at.column() : columnBefore;
    }
  }

  /** The {@code xml:lang} in scope, if any ("" means explicitly unknown, XML 1.0 §2.12). */
  Optional<String> lang() {
    return Optional.ofNullable(lang);
  }

  /** The base URI in scope, if any. */
  Optional<URI> base() {
    return Optional.ofNullable(base);
  }

  /** An unqualified attribute. */
  Optional<String> attribute(String localName) {
    return attribute("", localName);
  }

  /** A namespaced attribute. */
  Optional<String> attribute(String ns, String localName) {
    for (int i = 0; i < attributes.length; i += 3) {
      if (attributes[i + 1].equals(localName) && attributes[i].equals(ns)) {
        return Optional.of(attributes[i + 2]);
      }
    }
    return Optional.empty();
  }

  /** Text and child elements in document order. */
  List<Object> content() {
    return Collections.unmodifiableList(content);
  }

  /** The child elements named {@code localName} in {@code ns}. */
  List<XmlElement> children(String ns, String localName) {
    List<XmlElement> found = null;
    for (int i = 0; i < elements.size(); i++) {
      XmlElement element = elements.get(i);
      if (element.is(ns, localName)) {
        if (found == null) {
          found = new ArrayList<>();
        }
        found.add(element);
      }
    }
    return found == null ? List.of() : found;
  }

  /** The first child named {@code localName} in {@code ns}. */
  Optional<XmlElement> child(String ns, String localName) {
    for (int i = 0; i < elements.size(); i++) {
      XmlElement element = elements.get(i);
      if (element.is(ns, localName)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  /** The child elements, in document order. */
  List<XmlElement> elements() {
    return elements;
  }

  /** The element's own text (not that of its children), as parsed. */
  String text() {
    if (content.size() == 1 && content.get(0) instanceof String only) {
      return only;
    }
    StringBuilder text = new StringBuilder();
    for (Object child : content) {
      if (child instanceof String s) {
        text.append(s);
      }
    }
    return text.toString();
  }

  /** Whether the element has child elements. */
  boolean hasChildElements() {
    return !elements.isEmpty();
  }

  /** {@code <prefix:name>} for messages; the prefix is the usual one for the namespace. */
  String display() {
    String prefix =
        switch (namespace) {
          case Namespaces.DC -> "dc:";
          case Namespaces.CONTENT -> "content:";
          case Namespaces.NEWSFEED -> "nf:";
          case Namespaces.RDF -> "rdf:";
          default -> "";
        };
    return "<" + prefix + name + ">";
  }
}
