// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.internal.Texts;
import dev.newsfeed.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain-text paragraphs from the HTML of feed summaries and content. The HTML is parsed by jsoup,
 * which follows the WHATWG HTML parsing rules (the whole HTML5 named character reference set
 * included: {@code &apos;}, {@code &NewLine;}, {@code &check;}); markup is never kept or run:
 * elements are dropped, the content of {@code script}, {@code style} and the other elements whose
 * content is not text to show is dropped whole, and the text is laid out as HTML would: runs of
 * spaces and line breaks collapse to one space; block elements ({@code p}, {@code div}, {@code
 * li}, headings…) and blank lines in the source end a paragraph; {@code <br>} is a line break
 * inside one. Links inside the HTML are not kept: an item's only link is its own, which the model
 * restricts to http and https.
 */
final class HtmlText {
  private HtmlText() {}

  /** Nesting deeper than this is flattened by jsoup (its own guard is 512), bounding the work. */
  private static final int MAX_DEPTH = 256;

  /** Elements whose content is not text to show (raw text, templates, embedded documents). */
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
    if (hasNoMarkup(html)) {
      // What jsoup gives for it: the body's one text node, as it is. JFR of reading a 1,000-item
      // RSS feed of plain descriptions: parsing each as HTML took 37 % of the read.
      Layout layout = new Layout();
      layout.text(html);
      return layout.paragraphs();
    }
    List<String> simple = simpleParagraphs(html);
    return simple != null ? simple : parsedParagraphs(html);
  }

  /** Inline elements the fast path reads; each must be closed, in order, within its paragraph. */
  private static final Set<String> SIMPLE_INLINE = Set.of("a", "em", "strong", "b", "i", "span");

  /** Deeper inline nesting than this goes to jsoup (whose own limit is {@link #MAX_DEPTH}). */
  private static final int SIMPLE_DEPTH = 16;

  /**
   * The paragraphs of HTML written with a few common tags, as jsoup's parse would give them, or
   * null for anything else. Read: {@code <p>} and {@code </p>} outside any other element, {@code
   * <br>} (also {@code <br/>}) anywhere, the inline elements of {@link #SIMPLE_INLINE} properly
   * nested and closed (attributes in double quotes, on {@code <a>} and {@code <span>} only), and
   * the character references {@code &amp; &lt; &gt; &quot; &#39;} (what {@link
   * dev.newsfeed.text.Escape#forHtml} writes, and so the RSS that newsfeed writes). For such HTML,
   * the WHATWG tree builder makes no element of its own (no implied end tag, no adoption agency,
   * no foster parenting), so the tags and text runs seen here in order are jsoup's nodes in
   * document order; anything else (another tag or reference, a {@code <}, CR or NUL that is not
   * part of those) returns null. {@code HtmlTextFastPathTest} compares both on random HTML.
   * JFR of reading 1,000 RSS items with {@code <p>} descriptions: jsoup's parse took 18 %.
   */
  static List<String> simpleParagraphs(String html) {
    Layout layout = new Layout();
    StringBuilder run = new StringBuilder();
    String[] open = new String[SIMPLE_DEPTH];
    int depth = 0;
    boolean inParagraph = false;
    int n = html.length();
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i + 1);
        if (end < 0) {
          return null;
        }
        boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
        int nameStart = closing ? i + 2 : i + 1;
        int nameEnd = nameStart;
        while (nameEnd < end && html.charAt(nameEnd) >= 'a' && html.charAt(nameEnd) <= 'z') {
          nameEnd++;
        }
        String name = html.substring(nameStart, nameEnd);
        if (name.isEmpty()) {
          return null;
        }
        if (closing) {
          if (nameEnd != end) {
            return null;
          }
          if (name.equals("p")) {
            if (!inParagraph || depth > 0) {
              return null;
            }
            inParagraph = false;
          } else if (depth == 0 || !open[depth - 1].equals(name)) {
            return null;
          } else {
            depth--;
          }
          flush(run, layout);
          layout.endTag(name);
        } else {
          boolean selfClosing = end > nameEnd && html.charAt(end - 1) == '/';
          int attributesEnd = selfClosing ? end - 1 : end;
          boolean withAttributes = name.equals("a") || name.equals("span");
          if (!simpleAttributes(html, nameEnd, attributesEnd, withAttributes)) {
            return null;
          }
          if (name.equals("br")) {
            flush(run, layout);
            layout.startTag(name);
            layout.endTag(name);
          } else if (selfClosing) {
            // "<p/>" and "<a/>" are start tags to HTML, not empty elements.
            return null;
          } else if (name.equals("p")) {
            if (inParagraph || depth > 0) {
              return null;
            }
            inParagraph = true;
            flush(run, layout);
            layout.startTag(name);
          } else if (SIMPLE_INLINE.contains(name) && depth < SIMPLE_DEPTH
              && !(name.equals("a") && isOpen(open, depth, "a"))) {
            open[depth++] = name;
            flush(run, layout);
            layout.startTag(name);
          } else {
            return null;
          }
        }
        i = end + 1;
      } else if (c == '&') {
        int semicolon = html.indexOf(';', i + 1);
        String reference = semicolon < 0 || semicolon - i > 6 ? "" : html.substring(i, semicolon + 1);
        switch (reference) {
          case "&amp;" -> run.append('&');
          case "&lt;" -> run.append('<');
          case "&gt;" -> run.append('>');
          case "&quot;" -> run.append('"');
          case "&#39;" -> run.append('\'');
          default -> {
            return null;
          }
        }
        i = semicolon + 1;
      } else if (c == '\r' || c == '\0') {
        return null;
      } else {
        int end = i + 1;
        while (end < n && !isSimpleSpecial(html.charAt(end))) {
          end++;
        }
        run.append(html, i, end);
        i = end;
      }
    }
    if (depth > 0) {
      return null;
    }
    flush(run, layout);
    if (inParagraph) {
      // jsoup closes the paragraph at the end of the body.
      layout.endTag("p");
    }
    return layout.paragraphs();
  }

  private static boolean isSimpleSpecial(char c) {
    return c == '<' || c == '&' || c == '\r' || c == '\0';
  }

  private static boolean isOpen(String[] open, int depth, String name) {
    for (int k = 0; k < depth; k++) {
      if (open[k].equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code html[from, to)} is nothing, or (if {@code allowed}) attributes of the form
   * {@code  name="value"}: a space, lower-case letters and hyphens, and a double-quoted value
   * with no {@code <} or {@code >}.
   */
  private static boolean simpleAttributes(String html, int from, int to, boolean allowed) {
    int i = from;
    while (i < to) {
      if (!allowed || html.charAt(i) != ' ') {
        return false;
      }
      i++;
      int nameStart = i;
      while (i < to && ((html.charAt(i) >= 'a' && html.charAt(i) <= 'z') || html.charAt(i) == '-')) {
        i++;
      }
      if (i == nameStart || i + 1 >= to || html.charAt(i) != '=' || html.charAt(i + 1) != '"') {
        return false;
      }
      int close = html.indexOf('"', i + 2);
      if (close < 0 || close >= to) {
        return false;
      }
      for (int k = i + 2; k < close; k++) {
        char c = html.charAt(k);
        if (c == '<' || c == '>' || c == '\r' || c == '\0') {
          return false;
        }
      }
      i = close + 1;
    }
    return true;
  }

  /** Hands the text run so far to the layout as one text node, as jsoup's would be. */
  private static void flush(StringBuilder run, Layout layout) {
    if (run.length() > 0) {
      layout.text(run.toString());
      run.setLength(0);
    }
  }

  /** The paragraphs of an HTML fragment, through jsoup's parser whatever it holds. */
  static List<String> parsedParagraphs(String html) {
    Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    Element body = parser.parseInput("<body>" + html, "").body();
    Layout layout = new Layout();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          layout.text(text.getWholeText());
        } else if (node instanceof Element element && depth > 0) {
          layout.startTag(element.normalName());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && depth > 0) {
          layout.endTag(element.normalName());
        }
      }
    }, body);
    return layout.paragraphs();
  }

  /**
   * Whether the HTML parser would see {@code html} as one run of text: no tag or character
   * reference can start without {@code <} or {@code &}, and the parser's input preprocessing
   * (carriage returns to line feeds, NUL dropped) changes nothing without CR or NUL.
   */
  private static boolean hasNoMarkup(String html) {
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '<' || c == '&' || c == '\r' || c == '\0') {
        return false;
      }
    }
    return true;
  }

  /** The paragraphs of plain text: blocks separated by blank lines; line breaks inside kept. */
  static List<String> plainParagraphs(String text) {
    // Blocks end at a line feed, spaces or tabs, and a line feed, as split("\n[ \t]*\n") would
    // cut them, found without the regular expression (9.5 % of reading 1,000 Atom entries, JFR).
    String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    List<String> paragraphs = new ArrayList<>(2);
    int n = lines.length();
    int start = 0;
    for (int i = lines.indexOf('\n'); i >= 0 && i < n; i = lines.indexOf('\n', i + 1)) {
      int j = i + 1;
      while (j < n && (lines.charAt(j) == ' ' || lines.charAt(j) == '\t')) {
        j++;
      }
      if (j < n && lines.charAt(j) == '\n') {
        addParagraph(lines.substring(start, i), paragraphs);
        start = j + 1;
        i = j;
      }
    }
    addParagraph(lines.substring(start), paragraphs);
    return List.copyOf(paragraphs);
  }

  /** The paragraphs of plain text as {@link #plainParagraphs} found them with a regular expression. */
  static List<String> plainParagraphsBySplit(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t]*\n")) {
      addParagraph(block, paragraphs);
    }
    return List.copyOf(paragraphs);
  }

  private static void addParagraph(String block, List<String> paragraphs) {
    String paragraph = Texts.trim(Escape.removeForbidden(block));
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
  }

  /** {@code text} on one line: every run of white space holding a line break becomes a space. */
  static String oneLine(String text) {
    if (!hasSpaceOtherThanBlank(text)) {
      // Nothing to join: what the loop below would give, without copying the text.
      return Texts.trim(Escape.removeForbidden(text));
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        int start = i;
        boolean breaks = false;
        while (i < text.length() && isSpace(text.charAt(i))) {
          breaks |= isLineBreak(text.charAt(i));
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

  private static boolean hasSpaceOtherThanBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && isSpace(c)) {
        return true;
      }
    }
    return false;
  }

  /** What {@link Texts#hasLineBreak} finds. */
  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Lays out text and tags as paragraphs; fed by jsoup's tree or by XHTML elements. */
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
      int n = text.length();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (isLayoutSpace(c)) {
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
          i++;
        } else {
          newlines = 0;
          if (pendingSpace && current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
            current.append(' ');
          }
          pendingSpace = false;
          // The rest of the word at once.
          int end = i + 1;
          while (end < n && !isLayoutSpace(text.charAt(end))) {
            end++;
          }
          current.append(text, i, end);
          i = end;
        }
      }
    }

    /** The white space of HTML (WHATWG "ASCII whitespace") and CR. */
    private static boolean isLayoutSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
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
}
