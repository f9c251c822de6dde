// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import dev.newsfeed.internal.Texts;
import java.util.Objects;

/**
 * The form a piece of text takes on output: plain text, or escaped for an HTML context.
 *
 * <p>Every form first makes the text one clean line: characters that HTML and XML forbid are
 * removed (see {@link Escape}), each run of white space (tabs and line breaks included) becomes one
 * space, and spaces are trimmed at both ends. No-break spaces are not white space here: the one
 * before « or ! in French stays where it is.
 *
 * <table class="striped">
 *   <caption>Forms of <code>Prix&#92;t« Maroc »&#92;n&amp; &lt;b&gt;&#92;u0007</code> (a tab, a line feed, a BEL control)</caption>
 *   <thead><tr><th>form</th><th>output</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@link #PLAIN}</td><td>{@code Prix « Maroc » & <b>}</td></tr>
 *     <tr><td>{@link #HTML}</td><td>{@code Prix « Maroc » &amp; &lt;b&gt;}</td></tr>
 *     <tr><td>{@link #HTML_ATTRIBUTE}</td><td>{@code Prix « Maroc » &amp; &lt;b&gt;}</td></tr>
 *   </tbody>
 * </table>
 */
public enum TextForm {
  /**
   * Plain text, for writers that escape on their own (an {@code XMLStreamWriter}, a JSON
   * generator) and for plain-text output.
   */
  PLAIN,
  /** Text escaped for an HTML text node, through {@link Escape#forHtml}. */
  HTML,
  /** Text escaped for a quoted HTML attribute value, through {@link Escape#forHtmlAttribute}. */
  HTML_ATTRIBUTE;

  /**
   * {@code text} in this form.
   *
   * @param text the text
   * @return the text as one clean line, escaped for this form's context
   */
  public String apply(String text) {
    String line = oneLine(Objects.requireNonNull(text, "text"));
    return switch (this) {
      case PLAIN -> line;
      case HTML -> Escape.forHtml(line);
      case HTML_ATTRIBUTE -> Escape.forHtmlAttribute(line);
    };
  }

  private static String oneLine(String text) {
    if (isOneLineAlready(text)) {
      return text;
    }
    // NEXT LINE (U+0085) is a line break (Unicode §5.8) as well as a C1 control: make it a space
    // before the controls are removed, so that it still separates words.
    String clean = Escape.removeForbidden(text.replace('\u0085', ' '));
    StringBuilder out = new StringBuilder(clean.length());
    boolean space = false;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return Texts.trim(out.toString());
  }

  /**
   * Whether {@link #oneLine} would give {@code text} back: no forbidden character, no white space
   * but single spaces between other characters, no space to trim at either end. Nearly every
   * field is; checking costs one pass where cleaning costs three copies.
   */
  private static boolean isOneLineAlready(String text) {
    int length = text.length();
    if (length == 0) {
      return true;
    }
    if (Texts.isSpace(text.charAt(0)) || Texts.isSpace(text.charAt(length - 1))) {
      return false;
    }
    boolean space = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (space) {
          return false;
        }
        space = true;
        continue;
      }
      space = false;
      if (c < 0x20 || c >= 0x7F && (c <= 0x9F || Character.isWhitespace(c) || Character.isSurrogate(c)
          || c >= 0xFDD0 && c <= 0xFDEF || c >= 0xFFFE)) {
        return false;
      }
    }
    return true;
  }
}
