// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import jakarta.json.stream.JsonParser.Event;
import java.util.Locale;

/** How the JSON readers (news JSON and JSON Feed) name members and values in their messages. */
public final class JsonMessages {
  private JsonMessages() {}

  /**
   * What an event is, after "found": {@code an object}, {@code a string}, {@code null}; the
   * literals {@code true} and {@code false} as themselves, which says the type and the value.
   *
   * @param event a JSON-P parser event
   * @return its description
   */
  public static String describe(Event event) {
    return switch (event) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER -> "a number";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> event.name();
    };
  }

  /**
   * A member name in double quotes, cut after 40 characters, with quotes, backslashes and controls
   * escaped: {@code "title"}, {@code "a\"b"}.
   *
   * @param name the member name
   * @return the name as a message shows it
   */
  public static String quoteName(String name) {
    String shown = name.length() <= 40 ? name : name.substring(0, 40) + "…";
    StringBuilder out = new StringBuilder("\"");
    shown.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
