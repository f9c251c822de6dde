// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Escaping for each output context, the one place where text is made safe for markup.
 *
 * <p>Only the characters that are special in the context are replaced, so output stays UTF-8
 * text: {@code é}, {@code «} and Arabic letters pass through unchanged, and so do right-to-left
 * marks and other bidirectional controls, which are part of the text. Characters that HTML and XML
 * forbid are removed in every context: C0 controls other than tab, line feed and carriage return,
 * DEL and the C1 controls (U+007F to U+009F), noncharacters (U+FDD0 to U+FDEF and every code
 * point ending in FFFE or FFFF) and unpaired surrogates.
 *
 * <table class="striped">
 *   <caption>Input and output</caption>
 *   <thead><tr><th>input</th><th>{@link #forHtml}</th><th>{@link #forHtmlAttribute}</th><th>{@link #forXml}</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code a < b & c > d}</td><td>{@code a &lt; b &amp; c &gt; d}</td><td>{@code a &lt; b &amp; c &gt; d}</td><td>{@code a &lt; b &amp; c &gt; d}</td></tr>
 *     <tr><td>{@code "x" 'y'}</td><td>{@code &quot;x&quot; &#39;y&#39;}</td><td>{@code &quot;x&quot; &#39;y&#39;}</td><td>{@code &quot;x&quot; &apos;y&apos;}</td></tr>
 *     <tr><td>{@code Genève « Maroc »}</td><td>unchanged</td><td>unchanged</td><td>unchanged</td></tr>
 *     <tr><td><code>a&#92;u0000b&#92;u0085c</code> (controls)</td><td>{@code abc}</td><td>{@code abc}</td><td>{@code abc}</td></tr>
 *     <tr><td>{@code 😀} (a surrogate pair)</td><td>unchanged</td><td>unchanged</td><td>unchanged</td></tr>
 *     <tr><td><code>a&#92;uD800b</code> (an unpaired surrogate)</td><td>{@code ab}</td><td>{@code ab}</td><td>{@code ab}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>This class does not make text safe for unquoted attributes, URLs, JavaScript or CSS:
 * attribute values must be written between double or single quotes, and a URL must be validated
 * before it is escaped (as {@link dev.newsfeed.ItemText#parseLink} does).
 */
public final class Escape {
  private Escape() {}

  /** The five characters that may end a text node or a quoted attribute value. */
  private static final Map<CharSequence, CharSequence> HTML_SPECIALS =
      Map.of("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;", "'", "&#39;");

  /** The five predefined entities of XML 1.0 §4.6. */
  private static final Map<CharSequence, CharSequence> XML_SPECIALS =
      Map.of("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;", "'", "&apos;");

  private static final CharSequenceTranslator FORBIDDEN = new ForbiddenCharRemover();

  /**
   * HTML text and quoted attributes share one translator: escaping quotes in text costs nothing
   * and means a value can never break out of either context.
   */
  private static final CharSequenceTranslator HTML =
      new AggregateTranslator(new LookupTranslator(HTML_SPECIALS), FORBIDDEN);

  /**
   * Not Commons Text's {@code ESCAPE_XML10}: it keeps U+0085 and the noncharacters U+FDD0 to
   * U+FDEF and writes the other C1 controls as character references, where HTML and XML should
   * agree on one rule.
   */
  private static final CharSequenceTranslator XML =
      new AggregateTranslator(new LookupTranslator(XML_SPECIALS), FORBIDDEN);

  /**
   * Escapes {@code text} for an HTML text node.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String forHtml(String text) {
    return translate(HTML, Objects.requireNonNull(text, "text"), "&#39;");
  }

  /**
   * Escapes {@code text} for an HTML text node, writing to {@code out}.
   *
   * @param text the text
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void forHtml(String text, Writer out) throws IOException {
    HTML.translate(Objects.requireNonNull(text, "text"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Escapes {@code value} for an HTML attribute value between double or single quotes.
   *
   * @param value the value
   * @return the escaped value
   */
  public static String forHtmlAttribute(String value) {
    return translate(HTML, Objects.requireNonNull(value, "value"), "&#39;");
  }

  /**
   * Escapes {@code text} for XML 1.0 text or a quoted attribute value, removing the characters XML
   * 1.0 forbids (§2.2 Char) and those it discourages (controls and noncharacters).
   *
   * @param text the text
   * @return the escaped text
   */
  public static String forXml(String text) {
    return translate(XML, Objects.requireNonNull(text, "text"), "&apos;");
  }

  /**
   * Removes the characters that may not appear in HTML or XML text: controls other than tab, line
   * feed and carriage return, noncharacters and unpaired surrogates. Nothing is escaped.
   *
   * @param text the text
   * @return the text without those characters, {@code text} itself if it has none
   */
  public static String removeForbidden(String text) {
    Objects.requireNonNull(text, "text");
    // Only a forbidden character needs the translator: the markup characters stay as they are
    // (French text is full of apostrophes; going through Commons Text for each one made
    // FeedWriterBenchmark 20% slower).
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // The common case first, inline: most text is printable ASCII, Latin or Arabic.
      if (!((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0xD800)) && isForbidden(text, i)) {
        return FORBIDDEN.translate(text);
      }
    }
    return text;
  }

  /**
   * Escapes {@code text} for one line of a log: every character that could end the line, start
   * another or reorder what a reader sees is written as a Java-style escape, so that text from
   * news sources or requests cannot forge log lines (OWASP "Log Injection").
   *
   * <table class="striped">
   *   <caption>Input and output</caption>
   *   <thead><tr><th>input</th><th>output</th></tr></thead>
   *   <tbody>
   *     <tr><td>line feed, carriage return, tab</td><td><code>&#92;n</code>, <code>&#92;r</code>, <code>&#92;t</code></td></tr>
   *     <tr><td>a backslash</td><td>two backslashes</td></tr>
   *     <tr><td>other C0 and C1 controls, DEL, U+2028, U+2029</td><td><code>&#92;u0085</code> …</td></tr>
   *     <tr><td>bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
   *         U+2069)</td><td><code>&#92;u202e</code> …</td></tr>
   *     <tr><td>an unpaired surrogate</td><td><code>&#92;ud800</code> …</td></tr>
   *     <tr><td>{@code Genève}, Arabic letters, {@code 😀}</td><td>unchanged</td></tr>
   *   </tbody>
   * </table>
   *
   * @param text the text
   * @return the text on one line, {@code text} itself if nothing needs escaping
   */
  public static String forLog(String text) {
    Objects.requireNonNull(text, "text");
    int first = 0;
    while (first < text.length() && !needsLogEscape(text, first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsLogEscape(text, i)) {
        out.append(c);
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean needsLogEscape(String text, int index) {
    char c = text.charAt(index);
    if (Character.isSurrogate(c)) {
      boolean paired = Character.isHighSurrogate(c)
          ? index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))
          : index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
      return !paired;
    }
    return c < 0x20 || c == '\\' || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
        || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * Most text needs no change: return it as it is rather than copying it through a writer. Text
   * with markup characters but nothing to remove (French text is full of apostrophes) is escaped
   * here in one pass, as the translator would: through Commons Text's writer, escaping was 15 %
   * of a ticker cache miss. Text with a character to remove goes through the translator.
   */
  private static String translate(CharSequenceTranslator translator, String text, String apostrophe) {
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        first = first < 0 ? i : first;
      } else if (isForbidden(text, i)) {
        return translator.translate(text);
      }
    }
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append(apostrophe);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the code unit at {@code index} is (part of) a character to remove. */
  private static boolean isForbidden(CharSequence text, int index) {
    char c = text.charAt(index);
    // Printable ASCII, and U+00A0 to U+D7FF (Latin letters, Arabic, typographic spaces and
    // quotes), hold nothing to remove: the characters of nearly all text, answered first (this
    // check took 29 % of a first ticker fragment's samples in JFR).
    if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0xD800)) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      if (index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1))) {
        return true;
      }
      // Supplementary noncharacters: U+1FFFE, U+1FFFF, ... U+10FFFF (Unicode §23.7).
      int cp = Character.toCodePoint(c, text.charAt(index + 1));
      return (cp & 0xFFFE) == 0xFFFE;
    }
    if (Character.isLowSurrogate(c)) {
      return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
    }
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0xFDD0 && c <= 0xFDEF)
        || c == 0xFFFE
        || c == 0xFFFF;
  }

  /**
   * Drops forbidden characters (HTML Living Standard §13.2.2 "control-character-in-input-stream"
   * and "noncharacter-in-input-stream" parse errors; XML 1.0 §2.2 Char).
   */
  private static final class ForbiddenCharRemover extends CharSequenceTranslator {
    @Override
    public int translate(CharSequence input, int index, Writer writer) {
      // The contract counts code points, not chars: a supplementary noncharacter is one code
      // point even though it spans two chars, so this returns 1 for it too.
      return isForbidden(input, index) ? 1 : 0;
    }
  }
}
