// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import static dev.newsfeed.internal.JsonMessages.describe;
import static dev.newsfeed.internal.JsonMessages.quoteName;
import static dev.newsfeed.json.JsonNames.DATELINE;
import static dev.newsfeed.json.JsonNames.EXCERPT;
import static dev.newsfeed.json.JsonNames.TITLE_SOURCE;
import static dev.newsfeed.json.JsonNames.ID;
import static dev.newsfeed.json.JsonNames.ITEMS;
import static dev.newsfeed.json.JsonNames.LANGUAGE;
import static dev.newsfeed.json.JsonNames.LINK;
import static dev.newsfeed.json.JsonNames.PUBLISHED;
import static dev.newsfeed.json.JsonNames.SUMMARY;
import static dev.newsfeed.json.JsonNames.TAGS;
import static dev.newsfeed.json.JsonNames.TEXTS;
import static dev.newsfeed.json.JsonNames.TITLE;
import static dev.newsfeed.json.JsonNames.TITLES;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.internal.LanguageTags;
import dev.newsfeed.internal.Texts;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads a feed from JSON-P events, one pass, building the model records as it goes so that their
 * constructors check every value. Called with the root object's {@code START_OBJECT} already
 * read ({@link NewsJson} checks the input starts with one).
 *
 * <p>Every problem is thrown or collected as a {@link JsonProblem} naming the JSON path
 * ({@code items[3].texts[0].link}) and the offset of the offending token; unknown members are
 * skipped with a warning, so that JSON written by a later version can still be read.
 */
final class FeedDeserializer implements JsonbDeserializer<DecodedFeed> {

  @Override
  public DecodedFeed deserialize(JsonParser parser, DeserializationContext context, Type type) {
    return new Reading(parser).feed();
  }

  /**
   * The member names of one object met so far: compared in turn while they are few (a feed's
   * objects have at most eight), a set only for an object with many. A set per object was most of
   * the hashing in reading.
   */
  private static final class MemberNames {
    private static final int SCANNED = 12;
    private final String[] few = new String[SCANNED];
    private int count;
    private Set<String> many;

    /** Adds {@code name}; false if the object had it already. */
    boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      for (int i = 0; i < count; i++) {
        if (few[i].equals(name)) {
          return false;
        }
      }
      if (count < SCANNED) {
        few[count++] = name;
        return true;
      }
      many = new HashSet<>(Arrays.asList(few));
      return many.add(name);
    }
  }

  /** The state of one reading: the position in the document and what was found so far. */
  private static final class Reading {
    /** Warnings kept, so that any input uses bounded memory; the others are only counted. */
    private static final int MAX_WARNINGS = 100;

    /** How deep an ignored value may nest; the feed's own members nest five levels at most. */
    private static final int MAX_UNKNOWN_DEPTH = 64;

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final JsonParser parser;
    /** Member names, and array indexes as Integers: formatted only when a problem is reported. */
    private final List<Object> path = new ArrayList<>();
    private final List<JsonProblem> warnings = new ArrayList<>();
    /** The index of the item that first used each id. */
    private final Map<String, Integer> itemIndexById = new HashMap<>();
    /** The language tags met so far: a feed uses a handful, each parsed once. */
    private final Map<String, Locale> languages = new HashMap<>();
    private int omittedWarnings;
    private Event event;

    Reading(JsonParser parser) {
      this.parser = parser;
    }

    /**
     * The offset just past the current token. Asked only where a position may be reported: taking
     * the parser's location after every token cost 13 % of reading (JFR, 1,000 items).
     */
    private long end() {
      return parser.getLocation().getStreamOffset();
    }

    DecodedFeed feed() {
      long start = end();
      Map<Locale, String> titles = new LinkedHashMap<>();
      List<NewsItem> items = null;
      MemberNames seen = new MemberNames();
      for (String name; (name = nextMember(seen)) != null; leave()) {
        switch (name) {
          case TITLES -> readTitles(titles);
          case ITEMS -> items = readItems();
          default -> skipUnknown();
        }
      }
      require(items, ITEMS, start);
      List<NewsItem> all = items;
      NewsFeed feed = build(start, () -> new NewsFeed(titles, all));
      return new DecodedFeed(feed, warnings, omittedWarnings, end());
    }

    private void readTitles(Map<Locale, String> titles) {
      if (next() == Event.VALUE_NULL) {
        return;
      }
      expect(Event.START_OBJECT, "an object of titles by language, such as {\"fr\": \"Actualités\"}");
      MemberNames seen = new MemberNames();
      for (String name; (name = nextMember(seen)) != null; leave()) {
        long keyEnd = end();
        String tag = name;
        Locale language = at(keyEnd, Event.KEY_NAME, () -> LanguageTags.parse(tag));
        if (titles.containsKey(language)) {
          throw problem(keyEnd, Event.KEY_NAME, "a second title in " + language.toLanguageTag());
        }
        String title = requiredString();
        // The feed's own rules for a title, checked here to point at the value.
        at(event, () -> NewsFeed.of(language, title, List.of()));
        titles.put(language, title);
      }
    }

    private List<NewsItem> readItems() {
      next();
      expect(Event.START_ARRAY, "an array of items");
      List<NewsItem> items = new ArrayList<>();
      for (int index = 0; next() != Event.END_ARRAY; index++, leave()) {
        path.add(index);
        expect(Event.START_OBJECT, "an item, such as {\"id\": ..., \"published\": ..., \"texts\": [...]}");
        items.add(readItem(index));
      }
      return items;
    }

    private NewsItem readItem(int index) {
      long start = end();
      String id = null;
      PublicationDate published = null;
      List<ItemText> texts = null;
      MemberNames seen = new MemberNames();
      for (String name; (name = nextMember(seen)) != null; leave()) {
        switch (name) {
          case ID -> id = readId(index);
          case PUBLISHED -> {
            String iso = requiredString();
            published = at(event, () -> JsonDates.parse(iso));
          }
          case TEXTS -> texts = readTexts();
          default -> skipUnknown();
        }
      }
      require(id, ID, start);
      require(published, PUBLISHED, start);
      require(texts, TEXTS, start);
      String finalId = id;
      PublicationDate finalPublished = published;
      List<ItemText> finalTexts = texts;
      return build(start, () -> new NewsItem(finalId, finalPublished, finalTexts));
    }

    private String readId(int index) {
      String id = requiredString();
      // The model trims ids, so " a " and "a" are the same id.
      Integer first = itemIndexById.putIfAbsent(Texts.trim(id), index);
      if (first != null) {
        throw problem(end(), event, "the id " + Texts.quote(id) + " is already used by items[" + first + "]");
      }
      return id;
    }

    private List<ItemText> readTexts() {
      next();
      expect(Event.START_ARRAY, "an array of texts");
      List<ItemText> texts = new ArrayList<>();
      Set<Locale> languages = new HashSet<>();
      for (int index = 0; next() != Event.END_ARRAY; index++, leave()) {
        path.add(index);
        expect(Event.START_OBJECT, "a text, such as {\"language\": \"fr\", \"title\": ...}");
        texts.add(readText(languages));
      }
      return texts;
    }

    private ItemText readText(Set<Locale> languagesOfItem) {
      long start = end();
      Locale language = null;
      String title = null;
      List<String> summary = List.of();
      Optional<String> dateline = Optional.empty();
      Optional<URI> link = Optional.empty();
      List<String> tags = List.of();
      ItemText.TitleSource titleSource = ItemText.TitleSource.PUBLISHER;
      MemberNames seen = new MemberNames();
      for (String name; (name = nextMember(seen)) != null; leave()) {
        switch (name) {
          case LANGUAGE -> {
            String tag = requiredString();
            language = languages.get(tag);
            if (language == null) {
              language = at(event, () -> LanguageTags.parse(tag));
              languages.put(tag, language);
            }
            if (!languagesOfItem.add(language)) {
              throw problem(end(), event, "the item has a second text in " + language.toLanguageTag());
            }
          }
          case TITLE -> title = requiredString();
          case SUMMARY -> summary = optionalStrings();
          case DATELINE -> dateline = optionalString();
          case LINK -> {
            Optional<String> uri = optionalString();
            link = uri.map(u -> at(event, () -> ItemText.parseLink(u)));
          }
          case TAGS -> tags = optionalStrings();
          case TITLE_SOURCE -> {
            String source = requiredString();
            if (!source.equals(EXCERPT)) {
              throw problem(end(), event, "expected \"" + EXCERPT + "\" for \"" + TITLE_SOURCE
                  + "\" (a title the publisher wrote has none), found [" + source + "]");
            }
            titleSource = ItemText.TitleSource.EXCERPT;
          }
          default -> skipUnknown();
        }
      }
      require(language, LANGUAGE, start);
      require(title, TITLE, start);
      Locale finalLanguage = language;
      String finalTitle = title;
      List<String> finalSummary = summary;
      Optional<String> finalDateline = dateline;
      Optional<URI> finalLink = link;
      List<String> finalTags = tags;
      ItemText.TitleSource finalTitleSource = titleSource;
      return build(
          start,
          () ->
              new ItemText(finalLanguage, finalTitle, finalSummary, finalDateline, finalLink,
                  finalTags, finalTitleSource));
    }

    // ---- values

    private String requiredString() {
      if (next() != Event.VALUE_STRING) {
        throw problem(end(), event, "expected a string, found " + describe(event));
      }
      return parser.getString();
    }

    private Optional<String> optionalString() {
      return switch (next()) {
        case VALUE_NULL -> Optional.empty();
        case VALUE_STRING -> Optional.of(parser.getString());
        default -> throw problem(end(), event, "expected a string or null, found " + describe(event));
      };
    }

    private List<String> optionalStrings() {
      if (next() == Event.VALUE_NULL) {
        return List.of();
      }
      expect(Event.START_ARRAY, "an array of strings");
      List<String> values = new ArrayList<>();
      for (int index = 0; next() != Event.END_ARRAY; index++, leave()) {
        path.add(index);
        if (event != Event.VALUE_STRING) {
          throw problem(end(), event, "expected a string, found " + describe(event));
        }
        values.add(parser.getString());
      }
      return values;
    }

    /** Skips the value of an unknown member with a warning. */
    private void skipUnknown() {
      warn(end(), Event.KEY_NAME, "unknown member, ignored");
      int depth = nesting(next());
      while (depth > 0) {
        depth += nesting(next());
        if (depth > MAX_UNKNOWN_DEPTH) {
          // Parsson stops at 1000 levels too, but with an exception that has no position.
          throw problem(end(), event, "unknown member nested deeper than " + MAX_UNKNOWN_DEPTH + " levels");
        }
      }
    }

    private static int nesting(Event event) {
      return switch (event) {
        case START_OBJECT, START_ARRAY -> 1;
        case END_OBJECT, END_ARRAY -> -1;
        default -> 0;
      };
    }

    // ---- structure

    private Event next() {
      event = parser.next();
      return event;
    }

    /**
     * The next member's name, pushed on the path; null at the end of the object. JSON-P has
     * checked the grammar, so only a name or the end can come here.
     */
    private String nextMember(MemberNames seen) {
      if (next() == Event.END_OBJECT) {
        return null;
      }
      String name = parser.getString();
      if (!seen.add(name)) {
        throw problem(end(), event, "a second member named " + quoteName(name));
      }
      path.add(name);
      return name;
    }

    private void leave() {
      path.remove(path.size() - 1);
    }

    private void expect(Event expected, String what) {
      if (event != expected) {
        throw problem(end(), event, "expected " + what + ", found " + describe(event));
      }
    }

    private void require(Object value, String member, long objectStart) {
      if (value == null) {
        throw problem(
            objectStart, Event.START_OBJECT, "this object has no member " + quoteName(member));
      }
    }

    /** Runs a model check, reporting its IllegalArgumentException at the current token. */
    private <T> T at(Event token, Supplier<T> check) {
      try {
        return check.get();
      } catch (IllegalArgumentException e) {
        throw problem(end(), token, e.getMessage(), e);
      }
    }

    /** Runs a model check, reporting its IllegalArgumentException at the given token. */
    private <T> T at(long tokenEnd, Event token, Supplier<T> check) {
      try {
        return check.get();
      } catch (IllegalArgumentException e) {
        throw problem(tokenEnd, token, e.getMessage(), e);
      }
    }

    /** Builds a record, reporting what its constructor rejects at the object that held it. */
    private <T> T build(long objectStart, Supplier<T> constructor) {
      return at(objectStart, Event.START_OBJECT, constructor);
    }

    private void warn(long tokenEnd, Event token, String message) {
      if (warnings.size() < MAX_WARNINGS) {
        warnings.add(new JsonProblem(tokenEnd, token, located(message), null));
      } else {
        omittedWarnings++;
      }
    }

    private JsonProblem problem(long tokenEnd, Event token, String message) {
      return problem(tokenEnd, token, message, null);
    }

    private JsonProblem problem(long tokenEnd, Event token, String message, Throwable cause) {
      return new JsonProblem(tokenEnd, token, located(message), cause);
    }

    private String located(String message) {
      return path.isEmpty() ? message : pathString() + ": " + message;
    }

    /** The JSON path of the current value: {@code items[3].texts[0].link}. */
    private String pathString() {
      StringBuilder out = new StringBuilder();
      for (Object part : path) {
        if (part instanceof Integer index) {
          out.append('[').append(index).append(']');
          continue;
        }
        String segment = (String) part;
        if (PLAIN_NAME.matcher(segment).matches()) {
          out.append(out.length() == 0 ? "" : ".").append(segment);
        } else {
          out.append('[').append(quoteName(segment)).append(']');
        }
      }
      return out.toString();
    }
  }
}
