// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.internal.TextPositions;
import dev.newsfeed.internal.Texts;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON text being read, under its source name: turns offsets into lines and columns and
 * JSON-P's errors into diagnostics.
 *
 * <p>Lines and columns are {@link TextPositions}': lines end at LF, CR or CR LF, columns count
 * code points from 1, and the diagnostics of one reading cost one pass over the text in all.
 */
final class SourceText {
  /** JSON-P's own position, which our diagnostics replace ({@code at (line no=1, ...)}). */
  private static final Pattern AT_LOCATION = Pattern.compile(" at \\(line no=[^)]*\\)");

  private static final Pattern INVALID_TOKEN =
      Pattern.compile("Invalid token=(\\w+)\\. Expected tokens are: \\[([\\w, ]*)]");

  private static final Pattern EXPECTING = Pattern.compile(", expecting '(.)'$");

  private final String source;
  private final String text;
  private final TextPositions positions;

  SourceText(String source, String text) {
    this.source = source;
    this.text = text;
    this.positions = TextPositions.of(text);
  }

  String text() {
    return text;
  }

  /** The index of the first character at or after {@code from} that is not JSON white space (RFC 8259 §2), or -1. */
  int skipWhitespace(int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }

  /** What is at {@code index}, for a message: a few characters in brackets, or the end. */
  String found(int index) {
    if (index < 0 || index >= text.length()) {
      return "the end of the input";
    }
    int end = Math.min(text.length(), index + 20);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return Texts.quote(text.substring(index, end) + (end < text.length() ? "…" : ""));
  }

  Diagnostic error(long offset, String message) {
    return at(Diagnostic.Severity.ERROR, offset, message);
  }

  Diagnostic warning(long offset, String message) {
    return at(Diagnostic.Severity.WARNING, offset, message);
  }

  /** The diagnostics of the problems the deserializer collected. */
  List<Diagnostic> warnings(List<JsonProblem> problems, int omitted) {
    List<Diagnostic> diagnostics = new ArrayList<>(problems.size() + 1);
    for (JsonProblem problem : problems) {
      diagnostics.add(warning(tokenStart(problem.end, problem.token), problem.getMessage()));
    }
    if (omitted > 0) {
      diagnostics.add(
          new Diagnostic(
              Diagnostic.Severity.WARNING,
              source,
              0,
              0,
              omitted + " more warnings like these were left out"));
    }
    return diagnostics;
  }

  /**
   * The exception to throw for a failure of JSON-B: a located syntax error from JSON-P, a
   * located problem from the deserializer, or, for anything else, an error without a position.
   */
  NewsParseException failure(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProblem problem) {
        return new NewsParseException(
            List.of(error(tokenStart(problem.end, problem.token), problem.getMessage())),
            problem.getCause());
      }
      if (cause instanceof JsonParsingException syntax) {
        return syntaxError(syntax);
      }
    }
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    return new NewsParseException(
        List.of(
            new Diagnostic(
                Diagnostic.Severity.ERROR, source, 0, 0, "could not read the JSON: " + message)),
        e);
  }

  /** JSON-P's message made plain, at the start of the offending token. */
  private NewsParseException syntaxError(JsonParsingException e) {
    long offset = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getStreamOffset());
    String raw = e.getMessage() == null ? "" : AT_LOCATION.matcher(e.getMessage()).replaceAll("");
    String message;
    Matcher invalid = INVALID_TOKEN.matcher(raw);
    if (invalid.find()) {
      // JSON-P places these at the last character of the token.
      offset = tokenStart(offset + 1, tokenEvent(invalid.group(1)));
      List<String> expected = new ArrayList<>();
      for (String token : invalid.group(2).split(", ")) {
        expected.add(tokenName(token));
      }
      message = "expected " + String.join(" or ", expected) + ", found " + tokenName(invalid.group(1));
    } else if (raw.startsWith("Unexpected char")) {
      // The number in JSON-P's message is formatted in the default locale; read the text instead.
      message = "unexpected " + describeChar((int) Math.min(offset, text.length()));
      Matcher expecting = EXPECTING.matcher(raw);
      if (expecting.find()) {
        message += ", expected '" + expecting.group(1) + "'";
      }
    } else {
      message = raw;
    }
    return new NewsParseException(List.of(error(offset, "invalid JSON: " + message)), e);
  }

  private String describeChar(int offset) {
    if (offset >= text.length()) {
      return "end of the input";
    }
    int c = text.codePointAt(offset);
    if (Character.isISOControl(c) || Character.isWhitespace(c)) {
      return String.format(Locale.ROOT, "character U+%04X", c);
    }
    return "character '" + new String(Character.toChars(c)) + "'";
  }

  private static Event tokenEvent(String token) {
    return switch (token) {
      case "STRING" -> Event.VALUE_STRING;
      case "NUMBER", "TRUE", "FALSE", "NULL" -> Event.VALUE_NUMBER;
      default -> Event.START_OBJECT; // one character
    };
  }

  private static String tokenName(String token) {
    return switch (token) {
      case "CURLYOPEN" -> "'{'";
      case "CURLYCLOSE" -> "'}'";
      case "SQUAREOPEN" -> "'['";
      case "SQUARECLOSE" -> "']'";
      case "COLON" -> "':'";
      case "COMMA" -> "','";
      case "STRING" -> "a string";
      case "NUMBER" -> "a number";
      case "TRUE" -> "true";
      case "FALSE" -> "false";
      case "NULL" -> "null";
      case "EOF" -> "the end of the input";
      default -> token;
    };
  }

  /**
   * Where the token that ends just before {@code end} starts: JSON-P reports the offset after a
   * token, a diagnostic points at its first character. Falls back to {@code end} if the text does
   * not look as expected.
   */
  int tokenStart(long end, Event token) {
    int last = (int) Math.min(end, text.length()) - 1;
    if (last < 0) {
      return 0;
    }
    switch (token) {
      case KEY_NAME, VALUE_STRING -> {
        if (text.charAt(last) != '"') {
          return last + 1;
        }
        for (int i = last - 1; i >= 0; i--) {
          if (text.charAt(i) == '"' && !isEscaped(i)) {
            return i;
          }
        }
        return last + 1;
      }
      case VALUE_NUMBER, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
        int i = last;
        while (i > 0 && isLiteralChar(text.charAt(i - 1))) {
          i--;
        }
        return isLiteralChar(text.charAt(last)) ? i : last + 1;
      }
      default -> {
        return last; // a one-character token: { } [ ] , :
      }
    }
  }

  private boolean isEscaped(int quote) {
    int backslashes = 0;
    for (int i = quote - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static boolean isLiteralChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '-' || c == '.';
  }

  private Diagnostic at(Diagnostic.Severity severity, long offset, String message) {
    TextPositions.Position at = positions.at(offset);
    return new Diagnostic(severity, source, at.line(), at.column(), message);
  }
}
