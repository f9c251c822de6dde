// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

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
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.List;

/**
 * Writes a feed in the shape {@link dev.newsfeed.json} documents. Members always come in the same
 * order, titles in the feed's order, and empty or absent optional members are left out, so that
 * equal feeds built the same way give identical bytes (and ETags). All text goes through the JSON
 * generator, which escapes it.
 */
final class FeedSerializer implements JsonbSerializer<NewsFeed> {

  @Override
  public void serialize(NewsFeed feed, JsonGenerator out, SerializationContext context) {
    out.writeStartObject();
    if (!feed.titles().isEmpty()) {
      out.writeStartObject(TITLES);
      feed.titles().forEach((language, title) -> out.write(language.toLanguageTag(), title));
      out.writeEnd();
    }
    out.writeStartArray(ITEMS);
    for (NewsItem item : feed.items()) {
      writeItem(item, out);
    }
    out.writeEnd();
    out.writeEnd();
  }

  private static void writeItem(NewsItem item, JsonGenerator out) {
    out.writeStartObject();
    out.write(ID, item.id());
    out.write(PUBLISHED, JsonDates.format(item.published()));
    out.writeStartArray(TEXTS);
    for (ItemText text : item.texts()) {
      writeText(text, out);
    }
    out.writeEnd();
    out.writeEnd();
  }

  private static void writeText(ItemText text, JsonGenerator out) {
    out.writeStartObject();
    out.write(LANGUAGE, text.languageTag());
    out.write(TITLE, text.title());
    if (text.titleSource() == ItemText.TitleSource.EXCERPT) {
      out.write(TITLE_SOURCE, EXCERPT);
    }
    writeStrings(SUMMARY, text.summary(), out);
    text.dateline().ifPresent(dateline -> out.write(DATELINE, dateline));
    text.link().ifPresent(link -> out.write(LINK, link.toString()));
    writeStrings(TAGS, text.tags(), out);
    out.writeEnd();
  }

  private static void writeStrings(String name, List<String> values, JsonGenerator out) {
    if (values.isEmpty()) {
      return;
    }
    out.writeStartArray(name);
    values.forEach(out::write);
    out.writeEnd();
  }
}
