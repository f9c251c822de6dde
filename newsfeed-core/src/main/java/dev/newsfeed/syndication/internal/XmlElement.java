// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a parsed feed: name, attributes, content (text and child elements in document
 * order), where it starts, and the {@code xml:lang} and {@code xml:base} in scope (XML 1.0 §2.12,
 * XML Base), inherited from its ancestors.
 */
final class XmlElement {
  private final String namespace;
  private final String name;
  private final Map<String, String> attributes;
  private final List<Object> content = new ArrayList<>();
  private final int line;
  private final int column;
  private final String lang;
  private final URI base;

  XmlElement(
      String namespace,
      String name,
      Map<String, String> attributes,
      int line,
      int column,
      String lang,
      URI base) {
    this.namespace = namespace;
    this.name = name;
    this.attributes = new LinkedHashMap<>(attributes);
    this.line = line;
    this.column = column;
    this.lang = lang;
    this.base = base;
  }

  /** The key of a namespaced attribute in {@link #attributes}: {@code {ns}name}. */
  static String key(String namespace, String name) {
    return namespace.isEmpty() ? name : "{" + namespace + "}" + name;
  }

  void add(Object child) {
    content.add(child);
  }

  String namespace() {
    return namespace;
  }

  String name() {
    return name;
  }

  boolean is(String ns, String localName) {
    return namespace.equals(ns) && name.equals(localName);
  }

  int line() {
    return line;
  }

  int column() {
    return column;
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
    return Optional.ofNullable(attributes.get(localName));
  }

  /** A namespaced attribute. */
  Optional<String> attribute(String ns, String localName) {
    return Optional.ofNullable(attributes.get(key(ns, localName)));
  }

  /** Text and child elements in document order. */
  List<Object> content() {
    return Collections.unmodifiableList(content);
  }

  /** The child elements named {@code localName} in {@code ns}. */
  List<XmlElement> children(String ns, String localName) {
    List<XmlElement> found = new ArrayList<>();
    for (Object child : content) {
      if (child instanceof XmlElement element && element.is(ns, localName)) {
        found.add(element);
      }
    }
    return found;
  }

  /** The first child named {@code localName} in {@code ns}. */
  Optional<XmlElement> child(String ns, String localName) {
    for (Object child : content) {
      if (child instanceof XmlElement element && element.is(ns, localName)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  /** The element's own text (not that of its children), as parsed. */
  String text() {
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
    return content.stream().anyMatch(XmlElement.class::isInstance);
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
