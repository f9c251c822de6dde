// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.internal.TextPositions;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * What real feeds carry that an XML parser with DTDs off refuses, made readable before parsing
 * without ever loading or expanding a DTD:
 *
 * <ul>
 *   <li><b>The RSS 0.91 DOCTYPE</b> Netscape published ({@code <!DOCTYPE rss PUBLIC "-//Netscape
 *       Communications//DTD RSS 0.91//EN" ...>}), with no internal subset: it is blanked out (its
 *       characters become spaces, so positions stay right) and nothing is fetched. Its DTD only
 *       declares the HTML 4 entities, which the next step reads. Any other DOCTYPE is left for the
 *       parser to refuse.
 *   <li><b>HTML named character references</b> ({@code &eacute; &rsquo; &nbsp;}), which WordPress
 *       themes and many CMSs write into XML outside CDATA: each one HTML5 defines becomes the
 *       numeric reference of the same characters ({@code &#xE9;}), outside comments, CDATA
 *       sections and processing instructions. XML's own five are left alone; a name HTML does not
 *       define either is left for the parser to report.
 * </ul>
 *
 * <p>One pass over the text, each character looked at once.
 */
final class LegacyMarkup {
  private LegacyMarkup() {}

  /** The public identifier of Netscape's RSS 0.91 DTD. */
  static final String NETSCAPE_RSS_091 = "-//Netscape Communications//DTD RSS 0.91//EN";

  /** That DOCTYPE, with or without its system identifier, and no internal subset. */
  private static final Pattern NETSCAPE_DOCTYPE = Pattern.compile(
      "<!DOCTYPE\\s+rss\\s+PUBLIC\\s+([\"'])" + Pattern.quote(NETSCAPE_RSS_091)
          + "\\1(\\s+(\"[^\"<>]*\"|'[^'<>]*'))?\\s*>");

  private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

  /** The longest HTML5 entity name is 31 characters ({@code CounterClockwiseContourIntegral}). */
  private static final int MAX_NAME = 32;

  static String prepare(String text, ReadContext context) {
    if (!mayNeedPreparing(text)) {
      // JFR of reading 1,000 Atom entries: the full pass below took 11 % of the read, for
      // documents that (as most do) have neither a DOCTYPE nor an HTML entity.
      return text;
    }
    return prepareFully(text, context);
  }

  /** The pass of {@link #prepare}, whatever the text holds. */
  static String prepareFully(String text, ReadContext context) {
    String doctypeFree = withoutNetscapeDoctype(text);
    boolean declared = doctypeFree != text;
    StringBuilder out = null;
    int copied = 0;
    int replaced = 0;
    int firstAt = -1;
    String firstName = null;
    int i = 0;
    int n = doctypeFree.length();
    while (i < n) {
      char c = doctypeFree.charAt(i);
      if (c == '<') {
        String close = doctypeFree.startsWith("<!--", i) ? "-->"
            : doctypeFree.startsWith("<![CDATA[", i) ? "]]>"
            : doctypeFree.startsWith("<?", i) ? "?>" : null;
        if (close != null) {
          int end = doctypeFree.indexOf(close, i + 2);
          i = end < 0 ? n : end + close.length();
          continue;
        }
        i++;
      } else if (c == '&') {
        int end = i + 1;
        while (end < n && end - i <= MAX_NAME && isNameChar(doctypeFree.charAt(end))) {
          end++;
        }
        if (end < n && end > i + 1 && doctypeFree.charAt(end) == ';') {
          String name = doctypeFree.substring(i + 1, end);
          if (!XML_ENTITIES.contains(name) && Entities.isNamedEntity(name)) {
            if (out == null) {
              out = new StringBuilder(n);
            }
            out.append(doctypeFree, copied, i);
            String value = Entities.getByName(name);
            for (int k = 0; k < value.length(); k = value.offsetByCodePoints(k, 1)) {
              out.append("&#x").append(Integer.toHexString(value.codePointAt(k))).append(';');
            }
            copied = end + 1;
            if (firstAt < 0) {
              firstAt = i;
              firstName = name;
            }
            replaced++;
          }
        }
        i = Math.max(i + 1, end);
      } else {
        i++;
      }
    }
    if (out == null) {
      return doctypeFree;
    }
    if (!declared) {
      TextPositions.Position at = TextPositions.of(doctypeFree).at(firstAt);
      context.warning(at.line(), at.column(), "not well-formed XML: &" + firstName + ";"
          + (replaced > 1 ? " and " + (replaced - 1) + " more HTML named entities" : " is an HTML"
              + " named entity") + ", which XML does not define; read as HTML defines them"
          + " (write &#" + Entities.getByName(firstName).codePointAt(0) + "; or the character"
          + " itself)");
    }
    return out.append(doctypeFree, copied, n).toString();
  }

  /**
   * Whether {@link #prepare} could change anything: the text has a {@code <!DOCTYPE}, or an
   * {@code &name;} whose name is not one of XML's five, anywhere (comments and CDATA included,
   * which the full pass then skips). Where neither occurs the full pass finds nothing to do.
   * Each {@code &} is found by {@link String#indexOf(int, int)}, which the JIT makes fast.
   */
  static boolean mayNeedPreparing(String text) {
    if (text.contains("<!DOCTYPE")) {
      return true;
    }
    int n = text.length();
    for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      int end = i + 1;
      while (end < n && end - i <= MAX_NAME && isNameChar(text.charAt(end))) {
        end++;
      }
      if (end < n && end > i + 1 && text.charAt(end) == ';' && !isXmlEntity(text, i + 1, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isXmlEntity(String text, int from, int to) {
    int length = to - from;
    return switch (length) {
      case 2 -> text.startsWith("lt", from) || text.startsWith("gt", from);
      case 3 -> text.startsWith("amp", from);
      case 4 -> text.startsWith("quot", from) || text.startsWith("apos", from);
      default -> false;
    };
  }

  /** {@code text} with Netscape's RSS 0.91 DOCTYPE blanked out, or {@code text} itself. */
  private static String withoutNetscapeDoctype(String text) {
    int doctype = text.indexOf("<!DOCTYPE");
    if (doctype < 0) {
      return text;
    }
    Matcher matcher = NETSCAPE_DOCTYPE.matcher(text);
    if (!matcher.find(doctype) || matcher.start() != doctype) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = matcher.start(); i < matcher.end(); i++) {
      char c = out.charAt(i);
      if (c != '\n' && c != '\r') {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
