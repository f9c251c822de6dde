// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Writes an indented XML document as UTF-8 bytes: each element on its own line, two spaces a
 * level, text elements on one line. Text handed in must already be free of the characters XML 1.0
 * forbids (see {@link FeedView}).
 *
 * <p>The bytes are those the JDK's {@code XMLStreamWriter} wrote over a UTF-8 {@code
 * OutputStreamWriter}, which this class replaced: text escapes {@code & < >}, attribute values
 * also {@code "}, nothing else is changed, and a lone surrogate becomes {@code ?} as the encoder
 * made it. {@code XmlOutTest} compares both on random documents. (JFR of writing 1,000 Atom
 * entries: the StAX writer, its per-call checks and the char-to-byte encoding took 35 %.)
 *
 * <p>Escaping is table-driven, straight into a byte buffer that is handed to the stream when it
 * fills and at the end. Not thread-safe; one per document.
 */
final class XmlOut {
  /** The replacement of each ASCII character in text, or null where it is written as it is. */
  private static final byte[][] TEXT_ESCAPES = new byte[128][];

  /** Markup: nothing replaced. */
  private static final byte[][] NO_ESCAPES = new byte[128][];

  /** The same in attribute values, which are always written between double quotes. */
  private static final byte[][] ATTRIBUTE_ESCAPES = new byte[128][];

  static {
    TEXT_ESCAPES['&'] = ascii("&amp;");
    TEXT_ESCAPES['<'] = ascii("&lt;");
    TEXT_ESCAPES['>'] = ascii("&gt;");
    System.arraycopy(TEXT_ESCAPES, 0, ATTRIBUTE_ESCAPES, 0, 128);
    ATTRIBUTE_ESCAPES['"'] = ascii("&quot;");
  }

  private static final int FLUSH_AT = 16 * 1024;

  private final OutputStream out;
  private byte[] buffer = new byte[FLUSH_AT + 1024];
  private int length;

  /** The tags of the open elements, innermost last, and whether each has child elements. */
  private String[] tags = new String[8];
  private boolean[] hasChildren = new boolean[8];
  private int depth;

  /** A high surrogate that ended the last string written, or 0. */
  private char highSurrogate;

  /** What ends the start tag being written: {@code ">"}, {@code "/>"} or nothing (0). */
  private int pending;
  private static final int NONE = 0;
  private static final int START = 1;
  private static final int EMPTY = 2;

  private XmlOut(OutputStream out) {
    this.out = out;
  }

  /** Starts a UTF-8 document on {@code out}. */
  static XmlOut start(OutputStream out) throws IOException {
    XmlOut xml = new XmlOut(out);
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    return xml;
  }

  /** Opens an element in namespace {@code ns} written with {@code prefix} ("" for the default). */
  XmlOut open(String prefix, String ns, String name) throws IOException {
    indent();
    String tag = tag(prefix, name);
    startTag(tag, START);
    push(tag);
    return this;
  }

  /** Declares a namespace on the element just opened. */
  XmlOut namespace(String prefix, String ns) throws IOException {
    return prefix.isEmpty() ? attribute("xmlns", ns) : attribute("xmlns:" + prefix, ns);
  }

  /** Adds an unqualified attribute to the element just opened. */
  XmlOut attribute(String name, String value) throws IOException {
    raw(" ");
    raw(name);
    raw("=\"");
    escaped(value, ATTRIBUTE_ESCAPES);
    raw("\"");
    return this;
  }

  /** Adds {@code xml:lang} (XML 1.0 §2.12) to the element just opened. */
  XmlOut lang(String tag) throws IOException {
    return attribute("xml:lang", tag);
  }

  /** Writes text inside the element just opened, which then ends on the same line. */
  XmlOut characters(String text) throws IOException {
    endStartTag();
    escaped(text, TEXT_ESCAPES);
    return this;
  }

  /** Writes {@code <name>text</name>} on a line of its own. */
  XmlOut text(String prefix, String ns, String name, String text) throws IOException {
    indent();
    String tag = tag(prefix, name);
    startTag(tag, START);
    endStartTag();
    escaped(text, TEXT_ESCAPES);
    endTag(tag);
    return this;
  }

  /** Opens an empty element such as {@code <link/>}; attributes follow. */
  XmlOut empty(String prefix, String ns, String name) throws IOException {
    indent();
    startTag(tag(prefix, name), EMPTY);
    return this;
  }

  /** Closes the innermost open element. */
  XmlOut close() throws IOException {
    depth--;
    if (hasChildren[depth]) {
      newline(depth);
    }
    endStartTag();
    endTag(tags[depth]);
    tags[depth] = null;
    return this;
  }

  /** Ends the document with a final line break and flushes; {@code out} stays open. */
  void finish() throws IOException {
    endStartTag();
    while (depth > 0) {
      depth--;
      endTag(tags[depth]);
    }
    raw("\n");
    out.write(buffer, 0, length);
    length = 0;
    out.flush();
  }

  private static String tag(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + ":" + name;
  }

  private void push(String tag) {
    if (depth == tags.length) {
      tags = Arrays.copyOf(tags, depth * 2);
      hasChildren = Arrays.copyOf(hasChildren, depth * 2);
    }
    tags[depth] = tag;
    hasChildren[depth] = false;
    depth++;
  }

  private void indent() throws IOException {
    if (depth > 0) {
      hasChildren[depth - 1] = true;
    }
    newline(depth);
  }

  private void newline(int level) throws IOException {
    endStartTag();
    ensure(1 + 2 * level);
    buffer[length++] = '\n';
    Arrays.fill(buffer, length, length + 2 * level, (byte) ' ');
    length += 2 * level;
  }

  private void startTag(String tag, int end) throws IOException {
    endStartTag();
    raw("<");
    raw(tag);
    pending = end;
  }

  private void endStartTag() throws IOException {
    if (pending == START) {
      raw(">");
    } else if (pending == EMPTY) {
      raw("/>");
    }
    pending = NONE;
  }

  private void endTag(String tag) throws IOException {
    raw("</");
    raw(tag);
    raw(">");
  }

  /** Writes markup: names and fixed strings, ASCII, nothing to escape. */
  private void raw(String s) throws IOException {
    escaped(s, NO_ESCAPES);
  }

  /** Writes {@code s} as UTF-8, each ASCII character through {@code escapes}. */
  private void escaped(String s, byte[][] escapes) throws IOException {
    int n = s.length();
    int i = 0;
    if (highSurrogate != 0) {
      // The encoder saw one stream of characters: a pair may span two writes.
      char high = highSurrogate;
      highSurrogate = 0;
      if (n > 0 && Character.isLowSurrogate(s.charAt(0))) {
        ensure(4);
        pair(Character.toCodePoint(high, s.charAt(0)));
        i = 1;
      } else {
        ensure(1);
        buffer[length++] = '?';
      }
    }
    for (; i < n; i++) {
      if (length > FLUSH_AT) {
        out.write(buffer, 0, length);
        length = 0;
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        byte[] escape = escapes[c];
        if (escape == null) {
          buffer[length++] = (byte) c;
        } else {
          System.arraycopy(escape, 0, buffer, length, escape.length);
          length += escape.length;
        }
      } else if (c < 0x800) {
        buffer[length++] = (byte) (0xC0 | (c >> 6));
        buffer[length++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          pair(Character.toCodePoint(c, s.charAt(++i)));
        } else if (Character.isHighSurrogate(c) && i + 1 == n) {
          highSurrogate = c;
        } else {
          // What the UTF-8 encoder of an OutputStreamWriter writes for a lone surrogate.
          buffer[length++] = '?';
        }
      } else {
        buffer[length++] = (byte) (0xE0 | (c >> 12));
        buffer[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[length++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  private void pair(int cp) {
    buffer[length++] = (byte) (0xF0 | (cp >> 18));
    buffer[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    buffer[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    buffer[length++] = (byte) (0x80 | (cp & 0x3F));
  }

  /** Room for {@code n} more bytes, the buffer handed to the stream first if it is full. */
  private void ensure(int n) throws IOException {
    if (length + n > buffer.length) {
      out.write(buffer, 0, length);
      length = 0;
      if (n > buffer.length) {
        buffer = new byte[n];
      }
    }
  }

  private static byte[] ascii(String s) {
    byte[] bytes = new byte[s.length()];
    for (int i = 0; i < s.length(); i++) {
      bytes[i] = (byte) s.charAt(i);
    }
    return bytes;
  }
}
