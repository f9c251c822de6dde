package dev.newsfeed.internal;

import jakarta.json.stream.JsonParser.Event;

/** How the JSON readers (news JSON and JSON Feed) name what they found, in their messages. */
public final class JsonEvents {
  private JsonEvents() {}

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
}
