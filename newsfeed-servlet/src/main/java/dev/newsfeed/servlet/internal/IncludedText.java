// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The fragment as an including page's response can carry it: every character that page's charset
 * cannot encode becomes an HTML numeric character reference ({@code ع} → {@code &#x639;}), which
 * browsers decode in text and attribute values alike (HTML §13.1.4). The fragment's markup and
 * URLs are ASCII, so the references only ever stand for text.
 */
public final class IncludedText {
  private IncludedText() {}

  /**
   * The charset a response writes in.
   *
   * @param name {@code ServletResponse.getCharacterEncoding()}, which is ISO-8859-1 when the page
   *     set none (Servlet 6.0 §5.6); null is taken as that too
   * @return the charset; ISO-8859-1 for a name the JVM does not know
   */
  public static Charset charsetOf(String name) {
    if (name == null) {
      return StandardCharsets.ISO_8859_1;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }

  /**
   * {@code html} with every character {@code charset} cannot encode as a hexadecimal character
   * reference.
   *
   * @param html the fragment
   * @param charset the response's charset
   * @return the fragment, {@code html} itself if the charset encodes all of it
   */
  public static String encodable(String html, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.UTF_16)) {
      return html;
    }
    CharsetEncoder encoder = charset.newEncoder();
    if (!charset.canEncode() || encoder.canEncode(html)) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 64);
    for (int i = 0; i < html.length(); ) {
      int cp = html.codePointAt(i);
      int length = Character.charCount(cp);
      CharSequence character = html.subSequence(i, i + length);
      if (encoder.canEncode(character)) {
        out.append(character);
      } else {
        out.append("&#x").append(Integer.toHexString(cp).toUpperCase(Locale.ROOT)).append(';');
      }
      i += length;
    }
    return out.toString();
  }
}
