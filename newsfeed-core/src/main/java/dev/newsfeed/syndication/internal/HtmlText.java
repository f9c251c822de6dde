// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.internal.Texts;
import dev.newsfeed.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Plain-text paragraphs from the HTML of feed summaries. Markup is never kept or run: tags are
 * dropped, the content of {@code script}, {@code style} and the other raw-text elements is dropped
 * whole, character references are decoded (the HTML 4 set), and the text is laid out as HTML
 * would: runs of spaces and line breaks collapse to one space; block elements ({@code p}, {@code
 * div}, {@code li}, headings…) and blank lines in the source end a paragraph; {@code <br>} is a
 * line break inside one.
 *
 * <p>The tokenizer follows the HTML tokenizer's main states only (HTML Living Standard §13.2.5):
 * a {@code <} not followed by a letter, {@code /}, {@code !} or {@code ?} is text; quoted attribute
 * values may hold {@code >}; an unclosed tag at the end is dropped. Each character is looked at a
 * bounded number of times, so the time is linear in the input.
 */
final class HtmlText {
  private HtmlText() {}

  /** Elements whose content is not text to show (§13.1.2 raw text and escapable raw text). */
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
          "noscript", "template", "object", "svg", "math", "head", "select");

  /** Elements that start and end a paragraph. */
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
          "blockquote", "pre", "table", "tr", "hr", "section", "article", "header", "footer",
          "figure", "figcaption", "address", "aside", "nav", "main", "details", "summary", "body",
          "html");

  /** The paragraphs of an HTML fragment. */
  static List<String> paragraphs(String html) {
    Layout layout = new Layout();
    tokenize(html, layout);
    return layout.paragraphs();
  }

  /** The paragraphs of plain text: blocks separated by blank lines; line breaks inside kept. */
  static List<String> plainParagraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t]*\n")) {
      String paragraph = Texts.trim(Escape.removeForbidden(block));
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return List.copyOf(paragraphs);
  }

  /** {@code text} on one line: every run of white space holding a line break becomes a space. */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        int start = i;
        boolean breaks = false;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i))
            || text.charAt(i) == '\u0085' || text.charAt(i) == '\u2028' || text.charAt(i) == '\u2029')) {
          breaks |= Texts.hasLineBreak(String.valueOf(text.charAt(i)));
          i++;
        }
        out.append(breaks ? " " : text.substring(start, i));
      } else {
        out.append(c);
        i++;
      }
    }
    return Texts.trim(Escape.removeForbidden(out.toString()));
  }

  /** Lays out text and tags as paragraphs; fed by the tokenizer below or by XHTML elements. */
  static final class Layout {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean pendingSpace;
    private int skipping;

    /** Text, already decoded. */
    void text(String text) {
      if (skipping > 0) {
        return;
      }
      int newlines = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          if (c == '\n') {
            newlines++;
          }
          if (newlines >= 2) {
            // A blank line in the source: feeds often mean a paragraph break by it.
            endParagraph();
            newlines = 0;
          } else {
            pendingSpace = true;
          }
        } else {
          newlines = 0;
          if (pendingSpace && current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
            current.append(' ');
          }
          pendingSpace = false;
          current.append(c);
        }
      }
    }

    void startTag(String tag) {
      String name = tag.toLowerCase(Locale.ROOT);
      if (SKIPPED.contains(name)) {
        skipping++;
      } else if (skipping == 0 && name.equals("br")) {
        // Two line breaks in a row end the paragraph, as a blank line does.
        if (current.length() > 0 && current.charAt(current.length() - 1) == '\n') {
          endParagraph();
        } else {
          current.append('\n');
        }
        pendingSpace = false;
      } else if (skipping == 0 && BLOCKS.contains(name)) {
        endParagraph();
      }
    }

    void endTag(String tag) {
      String name = tag.toLowerCase(Locale.ROOT);
      if (SKIPPED.contains(name)) {
        skipping = Math.max(0, skipping - 1);
      } else if (skipping == 0 && BLOCKS.contains(name)) {
        endParagraph();
      }
    }

    private void endParagraph() {
      String paragraph = Texts.trim(Escape.removeForbidden(current.toString()));
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
      current.setLength(0);
      pendingSpace = false;
    }

    List<String> paragraphs() {
      endParagraph();
      return List.copyOf(paragraphs);
    }
  }

  private static void tokenize(String html, Layout layout) {
    int n = html.length();
    int text = 0;
    int i = 0;
    while (i < n) {
      if (html.charAt(i) != '<' || i + 1 >= n) {
        i++;
        continue;
      }
      char next = html.charAt(i + 1);
      boolean endTag = next == '/' && i + 2 < n && isAsciiLetter(html.charAt(i + 2));
      if (!endTag && !isAsciiLetter(next) && next != '!' && next != '?') {
        i++;
        continue;
      }
      flushText(html, text, i, layout);
      if (html.startsWith("<!--", i)) {
        int close = html.indexOf("-->", i + 4);
        i = close < 0 ? n : close + 3;
      } else if (html.startsWith("<![CDATA[", i)) {
        int close = html.indexOf("]]>", i + 9);
        layout.text(html.substring(i + 9, close < 0 ? n : close));
        i = close < 0 ? n : close + 3;
      } else if (next == '!' || next == '?') {
        int close = html.indexOf('>', i);
        i = close < 0 ? n : close + 1;
      } else {
        int nameStart = endTag ? i + 2 : i + 1;
        int nameEnd = nameStart;
        while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
          nameEnd++;
        }
        String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        int close = tagEnd(html, nameEnd);
        if (close < 0) {
          // An unclosed tag at the end of the input is dropped (§13.2.5.6 "eof-in-tag").
          i = n;
          text = n;
          break;
        }
        boolean selfClosing = html.charAt(close - 1) == '/';
        i = close + 1;
        if (endTag) {
          layout.endTag(name);
        } else if (SKIPPED.contains(name) && !selfClosing) {
          // Raw text: everything up to the matching end tag is dropped, markup or not.
          i = rawTextEnd(html, i, name);
        } else {
          layout.startTag(name);
        }
      }
      text = i;
    }
    flushText(html, text, n, layout);
  }

  private static void flushText(String html, int start, int end, Layout layout) {
    if (end > start) {
      layout.text(StringEscapeUtils.unescapeHtml4(html.substring(start, end)));
    }
  }

  /** The index of the {@code >} ending a tag whose name ends at {@code from}, or -1. */
  private static int tagEnd(String html, int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }

  /** Just after the end tag {@code </name ...>} from {@code from}, or the end of the input. */
  private static int rawTextEnd(String html, int from, String name) {
    int i = from;
    while (true) {
      int open = html.indexOf("</", i);
      if (open < 0) {
        return html.length();
      }
      int after = open + 2 + name.length();
      if (html.regionMatches(true, open + 2, name, 0, name.length())
          && (after >= html.length() || !isNameChar(html.charAt(after)))) {
        int close = html.indexOf('>', after);
        return close < 0 ? html.length() : close + 1;
      }
      i = open + 2;
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
  }
}
