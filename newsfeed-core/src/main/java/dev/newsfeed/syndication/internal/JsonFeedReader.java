// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static dev.newsfeed.internal.JsonMessages.describe;
import static dev.newsfeed.internal.JsonMessages.quoteName;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.internal.TextPositions;
import dev.newsfeed.internal.TextPositions.Position;
import dev.newsfeed.internal.Texts;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * JSON Feed 1.0 and 1.1 to the model, read with the JSON-P streaming parser so that each field's
 * problem has its line and column. Unknown fields are skipped; a field of the wrong JSON type is a
 * warning and is ignored.
 */
final class JsonFeedReader {
  private JsonFeedReader() {}

  private static final JsonParserFactory FACTORY = Json.createParserFactory(Map.of());

  static NewsFeed read(String text, ReadContext context) {
    EndsOnce input = new EndsOnce(text);
    JsonParser parser = FACTORY.createParser(input);
    try (parser) {
      return feed(parser, context);
    } catch (NewsParseException e) {
      throw e;
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      throw context.fatal(line(at), column(at), "not valid JSON: " + e.getMessage(), e);
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      if (input.overrun) {
        Position end = TextPositions.of(text).at(text.length());
        throw context.fatal(end.line(), end.column(),
            "not valid JSON: the input ends inside an array or object", e);
      }
      throw context.fatal(1, 1, "not valid JSON: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Parsson signals its own limits (nesting deeper than 1000) with a plain RuntimeException.
      JsonLocation at = parser.getLocation();
      throw context.fatal(line(at), column(at), "JSON refused: " + e.getMessage(), e);
    }
  }

  private static NewsFeed feed(JsonParser parser, ReadContext context) {
    if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
      throw context.fatal(1, 1, "expected a JSON Feed object such as {\"version\": \""
          + Namespaces.JSON_FEED_1_1 + "\", ...}", null);
    }
    String title = null;
    ItemDraft.Located language = null;
    boolean versionSeen = false;
    // Item drafts, and the positions of entries that are no item, in input order.
    List<Object> drafts = new ArrayList<>();
    while (parser.next() == Event.KEY_NAME) {
      Key key = Key.at(parser);
      Event event = parser.next();
      switch (key.name) {
        case "version" -> {
          versionSeen = true;
          Optional<String> version = string(parser, event, key, context);
          if (version.isPresent() && !version.get().equals(Namespaces.JSON_FEED_1_1)
              && !version.get().equals(Namespaces.JSON_FEED_1_0)) {
            context.warning(key.line, key.column, "expected the version " + Namespaces.JSON_FEED_1_1
                + " or " + Namespaces.JSON_FEED_1_0 + ", found " + Texts.quote(version.get()));
          }
        }
        case "title" -> title = string(parser, event, key, context).orElse(null);
        case "language" -> language = string(parser, event, key, context)
            .map(tag -> new ItemDraft.Located(tag, key.line, key.column)).orElse(null);
        case "items" -> {
          if (event == Event.START_ARRAY) {
            items(parser, drafts, context);
          } else {
            wrongType(parser, event, key, "an array", context);
          }
        }
        default -> skip(parser, event);
      }
    }
    if (!versionSeen) {
      context.warning(1, 1, "no \"version\"; read as JSON Feed " + Namespaces.JSON_FEED_1_1);
    }
    Optional<Locale> feedLanguage = Optional.ofNullable(language)
        .flatMap(tag -> ItemDraft.parseLanguage(tag, context));
    List<NewsItem> items = new ArrayList<>();
    for (Object entry : drafts) {
      if (entry instanceof ItemDraft draft) {
        draft.build(feedLanguage, context).ifPresent(items::add);
      } else if (entry instanceof NotAnItem bad) {
        context.error(bad.line(), bad.column(), "expected an item object in \"items\", found "
            + bad.found());
      }
    }
    Map<Locale, String> titles = new LinkedHashMap<>();
    if (title != null && !HtmlText.oneLine(title).isEmpty()) {
      titles.put(feedLanguage.orElseGet(() -> context.defaultLanguage(1, 1)), HtmlText.oneLine(title));
    }
    return new NewsFeed(titles, items);
  }

  /**
   * The text, which cannot be read again once it has said it ended. Parsing asks once there and
   * fails on the end; but Parsson 1.1.7's {@code skipArray()} and {@code skipObject()}, which skip
   * nesting of any depth without recursion, ask again forever when the input ends inside the value.
   */
  private static final class EndsOnce extends Reader {
    private final StringReader text;
    private boolean ended;
    /** Whether a read was refused because the end had already been reported. */
    boolean overrun;

    EndsOnce(String text) {
      this.text = new StringReader(text);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = text.read(buffer, offset, length);
      if (n < 0) {
        if (ended) {
          overrun = true;
          throw new IOException("read again after the end of the input");
        }
        ended = true;
      }
      return n;
    }

    @Override
    public void close() {
      text.close();
    }
  }

  /** An entry of "items" that is not an object. */
  private record NotAnItem(int line, int column, String found) {}

  private static void items(JsonParser parser, List<Object> drafts, ReadContext context) {
    Event event;
    while ((event = parser.next()) != Event.END_ARRAY) {
      JsonLocation at = parser.getLocation();
      if (event == Event.START_OBJECT) {
        drafts.add(item(parser, line(at), Math.max(1, column(at) - 1), context));
      } else {
        drafts.add(new NotAnItem(line(at), column(at), describe(event)));
        skip(parser, event);
      }
    }
  }

  private static ItemDraft item(JsonParser parser, int line, int column, ReadContext context) {
    ItemDraft draft = new ItemDraft("item", line, column);
    ItemDraft.DateField published = null;
    ItemDraft.DateField modified = null;
    String contentText = null;
    String contentHtml = null;
    String summary = null;
    ItemDraft.Located[] externalUrl = {null};
    while (parser.next() == Event.KEY_NAME) {
      Key key = Key.at(parser);
      Event event = parser.next();
      switch (key.name) {
        case "id" -> {
          if (event == Event.VALUE_NUMBER) {
            // JSON Feed 1.1 says a string; some 1.0 feeds wrote numbers.
            context.warning(key.line, key.column, "\"id\" should be a string, found a number");
            draft.id = new ItemDraft.Located(parser.getString(), key.line, key.column);
          } else {
            string(parser, event, key, context).ifPresent(id ->
                draft.id = new ItemDraft.Located(id, key.line, key.column));
          }
        }
        case "url" -> string(parser, event, key, context).ifPresent(url ->
            draft.link = new ItemDraft.Located(url, key.line, key.column));
        case "external_url" -> string(parser, event, key, context).ifPresent(url ->
            externalUrl[0] = new ItemDraft.Located(url, key.line, key.column));
        case "image", "banner_image" -> {
          context.dropped("\"" + key.name + "\"", key.line, key.column);
          skip(parser, event);
        }
        case "attachments" -> {
          context.dropped("\"attachments\"", key.line, key.column);
          skip(parser, event);
        }
        case "title" -> draft.title = string(parser, event, key, context).orElse(null);
        case "content_text" -> contentText = string(parser, event, key, context).orElse(null);
        case "content_html" -> contentHtml = string(parser, event, key, context).orElse(null);
        case "summary" -> summary = string(parser, event, key, context).orElse(null);
        case "date_published" -> published = string(parser, event, key, context)
            .map(date -> new ItemDraft.DateField("\"date_published\"", date, key.line, key.column,
                FeedDateParser.Form.RFC_3339)).orElse(null);
        case "date_modified" -> modified = string(parser, event, key, context)
            .map(date -> new ItemDraft.DateField("\"date_modified\"", date, key.line, key.column,
                FeedDateParser.Form.RFC_3339)).orElse(null);
        case "language" -> string(parser, event, key, context).ifPresent(tag ->
            draft.language = new ItemDraft.Located(tag, key.line, key.column));
        case "tags" -> {
          if (event == Event.START_ARRAY) {
            for (JsonValue tag : parser.getArray()) {
              if (tag.getValueType() == JsonValue.ValueType.STRING) {
                draft.tags.add(((jakarta.json.JsonString) tag).getString());
              }
            }
          } else {
            wrongType(parser, event, key, "an array of strings", context);
          }
        }
        case Namespaces.JSON_EXTENSION -> {
          if (event == Event.START_OBJECT) {
            extension(parser, draft, context);
          } else {
            wrongType(parser, event, key, "an object", context);
          }
        }
        default -> skip(parser, event);
      }
    }
    if (draft.link == null) {
      // JSON Feed 1.1: external_url is the page the item is about, elsewhere; the best link left.
      draft.link = externalUrl[0];
    }
    if (published != null) {
      draft.dates.add(published);
    }
    if (modified != null) {
      draft.dates.add(modified);
    }
    if (contentText != null && !HtmlText.plainParagraphs(contentText).isEmpty()) {
      draft.summary = HtmlText.plainParagraphs(contentText);
    } else if (contentHtml != null && !HtmlText.paragraphs(contentHtml).isEmpty()) {
      draft.summary = HtmlText.paragraphs(contentHtml);
    } else if (summary != null) {
      draft.summary = HtmlText.plainParagraphs(summary);
    }
    return draft;
  }

  private static void extension(JsonParser parser, ItemDraft draft, ReadContext context) {
    while (parser.next() == Event.KEY_NAME) {
      Key key = Key.at(parser);
      Event event = parser.next();
      switch (key.name) {
        case Extension.ID -> draft.extensionId = string(parser, event, key, context).orElse(null);
        case Extension.DATE -> string(parser, event, key, context).ifPresent(date ->
            draft.day = new ItemDraft.Located(date, key.line, key.column));
        case Extension.DATELINE -> draft.dateline = string(parser, event, key, context).orElse(null);
        default -> skip(parser, event);
      }
    }
  }

  /** A field name and where it starts. */
  private record Key(String name, int line, int column) {
    static Key at(JsonParser parser) {
      String name = parser.getString();
      JsonLocation after = parser.getLocation();
      // The parser stands just after the closing quote; step back over the name and its quotes.
      return new Key(name, JsonFeedReader.line(after),
          Math.max(1, JsonFeedReader.column(after) - name.length() - 2));
    }
  }

  private static Optional<String> string(
      JsonParser parser, Event event, Key key, ReadContext context) {
    if (event == Event.VALUE_STRING) {
      return Optional.of(parser.getString());
    }
    if (event != Event.VALUE_NULL) {
      wrongType(parser, event, key, "a string", context);
    }
    return Optional.empty();
  }

  private static void wrongType(
      JsonParser parser, Event event, Key key, String expected, ReadContext context) {
    context.warning(key.line, key.column, "expected " + expected + " for " + quoteName(key.name)
        + ", found " + describe(event) + "; ignored");
    skip(parser, event);
  }

  private static void skip(JsonParser parser, Event event) {
    if (event == Event.START_OBJECT) {
      parser.skipObject();
    } else if (event == Event.START_ARRAY) {
      parser.skipArray();
    }
  }

  private static int line(JsonLocation at) {
    return at == null ? 1 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, at.getLineNumber()));
  }

  private static int column(JsonLocation at) {
    return at == null ? 1 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, at.getColumnNumber()));
  }
}
