// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What {@link XmlOut} replaced, kept as the reference its bytes are compared with ({@code
 * XmlOutTest}): an {@link XMLStreamWriter} that indents: each element on its own line, two spaces a level, text
 * elements on one line. All escaping is the StAX writer's; text handed in must already be free of
 * the characters XML 1.0 forbids (see {@link FeedView}).
 */
final class StaxXmlOut {
  /** The JDK's own writer, so that no other StAX implementation on the class path changes bytes. */
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final Writer out;
  private final XMLStreamWriter writer;
  /** For each open element, whether it has child elements (and so needs its end tag indented). */
  private final Deque<Boolean> open = new ArrayDeque<>();

  private StaxXmlOut(OutputStream out) throws XMLStreamException {
    // Over a Writer that declares no charset, the JDK's writer skips its per-character encoder
    // checks: 8 times faster than over the OutputStream (1,000 Atom entries: 12.5 ms → 1.6 ms).
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
    this.writer = FACTORY.createXMLStreamWriter(this.out);
  }

  /** Starts a UTF-8 document on {@code out}. */
  static StaxXmlOut start(OutputStream out) throws IOException {
    try {
      StaxXmlOut xml = new StaxXmlOut(out);
      xml.writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      return xml;
    } catch (XMLStreamException e) {
      throw io(e);
    }
  }

  /** Opens an element in namespace {@code ns} written with {@code prefix} ("" for the default). */
  StaxXmlOut open(String prefix, String ns, String name) throws IOException {
    return write(() -> {
      indent();
      writer.writeStartElement(prefix, name, ns);
      open.push(false);
    });
  }

  /** Declares a namespace on the element just opened. */
  StaxXmlOut namespace(String prefix, String ns) throws IOException {
    return write(() -> {
      if (prefix.isEmpty()) {
        writer.writeDefaultNamespace(ns);
      } else {
        writer.writeNamespace(prefix, ns);
      }
    });
  }

  /** Adds an unqualified attribute to the element just opened. */
  StaxXmlOut attribute(String name, String value) throws IOException {
    return write(() -> writer.writeAttribute(name, value));
  }

  /** Adds {@code xml:lang} (XML 1.0 §2.12) to the element just opened. */
  StaxXmlOut lang(String tag) throws IOException {
    return write(() ->
        writer.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", tag));
  }

  /** Writes text inside the element just opened, which then ends on the same line. */
  StaxXmlOut characters(String text) throws IOException {
    return write(() -> writer.writeCharacters(text));
  }

  /** Writes {@code <name>text</name>} on a line of its own. */
  StaxXmlOut text(String prefix, String ns, String name, String text) throws IOException {
    return write(() -> {
      indent();
      writer.writeStartElement(prefix, name, ns);
      writer.writeCharacters(text);
      writer.writeEndElement();
    });
  }

  /** Opens an empty element such as {@code <link/>}; attributes follow. */
  StaxXmlOut empty(String prefix, String ns, String name) throws IOException {
    return write(() -> {
      indent();
      writer.writeEmptyElement(prefix, name, ns);
    });
  }

  /** Closes the innermost open element. */
  StaxXmlOut close() throws IOException {
    return write(() -> {
      if (open.pop()) {
        newline(open.size());
      }
      writer.writeEndElement();
    });
  }

  /** Ends the document with a final line break and flushes; {@code out} stays open. */
  void finish() throws IOException {
    write(() -> {
      writer.writeEndDocument();
      writer.flush();
      writer.close();
      out.write('\n');
      out.flush();
    });
  }

  /** A step of writing, which StAX lets fail with its own checked exception. */
  @FunctionalInterface
  private interface Step {
    void run() throws XMLStreamException, IOException;
  }

  /** Runs {@code step}, reporting a StAX failure as the {@link IOException} it wraps or as one. */
  private StaxXmlOut write(Step step) throws IOException {
    try {
      step.run();
      return this;
    } catch (XMLStreamException e) {
      throw io(e);
    }
  }

  private void indent() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.pop();
      open.push(true);
    }
    newline(open.size());
  }

  private void newline(int depth) throws XMLStreamException {
    writer.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static IOException io(XMLStreamException e) {
    return e.getCause() instanceof IOException cause ? cause : new IOException(e.getMessage(), e);
  }
}
