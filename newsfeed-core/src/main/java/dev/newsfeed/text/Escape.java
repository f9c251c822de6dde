package dev.newsfeed.text;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Escaping for each output context, the one place where text is made safe for markup.
 *
 * <p>Only the characters that are special in the context are replaced, so output stays UTF-8
 * text: {@code é}, {@code «} and Arabic letters pass through unchanged. Characters that the
 * context forbids (controls, noncharacters, unpaired surrogates) are removed.
 *
 * <table class="striped">
 *   <caption>Input and output</caption>
 *   <thead><tr><th>input</th><th>{@link #forHtml}</th><th>{@link #forHtmlAttribute}</th><th>{@link #forXml}</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code a < b & c}</td><td>{@code a &lt; b &amp; c}</td><td>{@code a &lt; b &amp; c}</td><td>{@code a &lt; b &amp; c}</td></tr>
 *     <tr><td>{@code "x" 'y'}</td><td>{@code &quot;x&quot; &#39;y&#39;}</td><td>{@code &quot;x&quot; &#39;y&#39;}</td><td>{@code &quot;x&quot; &apos;y&apos;}</td></tr>
 *     <tr><td>{@code Genève « Maroc »}</td><td>unchanged</td><td>unchanged</td><td>unchanged</td></tr>
 *     <tr><td>{@code a\u0000b}</td><td>{@code ab}</td><td>{@code ab}</td><td>{@code ab}</td></tr>
 *     <tr><td>{@code 😀} (a surrogate pair)</td><td>unchanged</td><td>unchanged</td><td>unchanged</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Attribute values must be written between double or single quotes; this class does not make
 * text safe for unquoted attributes, URLs, JavaScript or CSS.
 */
public final class Escape {
  private Escape() {}

  /** The five characters that may end a text node or a quoted attribute value. */
  private static final Map<CharSequence, CharSequence> HTML_SPECIALS =
      Map.of("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;", "'", "&#39;");

  /**
   * HTML text and quoted attributes share one translator: escaping quotes in text costs nothing
   * and means a value can never break out of either context.
   */
  private static final CharSequenceTranslator HTML =
      new AggregateTranslator(new LookupTranslator(HTML_SPECIALS), new ForbiddenCharRemover());

  /**
   * Escapes {@code text} for an HTML text node.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String forHtml(String text) {
    return HTML.translate(Objects.requireNonNull(text, "text"));
  }

  /**
   * Escapes {@code text} for an HTML text node, writing to {@code out}.
   *
   * @param text the text
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void forHtml(String text, Writer out) throws IOException {
    HTML.translate(Objects.requireNonNull(text, "text"), out);
  }

  /**
   * Escapes {@code value} for an HTML attribute value between double or single quotes.
   *
   * @param value the value
   * @return the escaped value
   */
  public static String forHtmlAttribute(String value) {
    return HTML.translate(Objects.requireNonNull(value, "value"));
  }

  /**
   * Escapes {@code text} for XML 1.0 text or a quoted attribute value, removing the characters XML
   * 1.0 forbids.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String forXml(String text) {
    return StringEscapeUtils.ESCAPE_XML10.translate(Objects.requireNonNull(text, "text"));
  }

  /**
   * Removes the characters that may not appear in HTML or XML text: controls other than tab, line
   * feed and carriage return, noncharacters and unpaired surrogates. Nothing is escaped.
   *
   * @param text the text
   * @return the text without those characters
   */
  public static String removeForbidden(String text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      if (isForbidden(text, i)) {
        return FORBIDDEN.translate(text);
      }
    }
    return text;
  }

  private static final CharSequenceTranslator FORBIDDEN = new ForbiddenCharRemover();

  /** Whether the code unit at {@code index} is (part of) a character to remove. */
  private static boolean isForbidden(CharSequence text, int index) {
    char c = text.charAt(index);
    if (Character.isHighSurrogate(c)) {
      if (index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1))) {
        return true;
      }
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
   * Drops forbidden characters (HTML Living Standard §13.2.5 "control" and "noncharacter" parse
   * errors; XML 1.0 §2.2 Char).
   */
  private static final class ForbiddenCharRemover extends CharSequenceTranslator {
    @Override
    public int translate(CharSequence input, int index, Writer writer) {
      if (!isForbidden(input, index)) {
        return 0;
      }
      // A supplementary noncharacter spans two code units; drop both.
      boolean pair =
          Character.isHighSurrogate(input.charAt(index))
              && index + 1 < input.length()
              && Character.isLowSurrogate(input.charAt(index + 1));
      return pair ? 2 : 1;
    }
  }
}
