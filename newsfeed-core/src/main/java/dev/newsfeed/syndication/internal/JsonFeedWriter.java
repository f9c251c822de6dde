// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), laid out from a {@link FeedView} with the
 * JSON-P generator, which does all escaping.
 */
public final class JsonFeedWriter {
  private JsonFeedWriter() {}

  /** Created once: looking the provider up is costly. Indented, for people reading the feed. */
  private static final JsonGeneratorFactory FACTORY =
      Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  /** Writes {@code view} to {@code out} (left open). */
  public static void write(FeedView view, OutputStream out) throws IOException {
    // A generator closes the stream it writes to; the caller's stream must stay open.
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.write("version", Namespaces.JSON_FEED_1_1);
      json.write("title", view.title());
      json.write("home_page_url", view.siteLink().toString());
      json.write("feed_url", view.selfLink().toString());
      json.write("language", view.languageTag());
      json.writeStartArray("items");
      for (FeedView.Entry entry : view.entries()) {
        item(json, entry);
      }
      json.writeEnd();
      json.writeEnd();
    }
    out.write(text.toString().strip().getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    out.flush();
  }

  private static void item(JsonGenerator json, FeedView.Entry entry) {
    json.writeStartObject();
    json.write("id", entry.id());
    entry.link().ifPresent(link -> json.write("url", link.toString()));
    // JSON Feed 1.1: title is optional; an item that had none keeps none.
    if (entry.hasOwnTitle()) {
      json.write("title", entry.title());
    }
    // content_text is required unless content_html is given; an item without a summary has "".
    // It is the story as published, dateline included; "summary" is the excerpt where shorter.
    json.write("content_text", entry.storyText());
    entry.excerpt().ifPresent(excerpt -> json.write("summary", excerpt));
    json.write("date_published", FeedDates.rfc3339(entry.published()));
    json.write("language", entry.languageTag());
    if (!entry.tags().isEmpty()) {
      json.writeStartArray("tags");
      entry.tags().forEach(json::write);
      json.writeEnd();
    }
    // JSON Feed 1.1 "Extensions": a key starting with an underscore, holding an object.
    json.writeStartObject(Namespaces.JSON_EXTENSION);
    json.write(Extension.ID, entry.itemId());
    entry.day().ifPresent(day -> json.write(Extension.DATE, day.toString()));
    entry.dateline().ifPresent(dateline -> json.write(Extension.DATELINE, dateline));
    if (!entry.translations().isEmpty()) {
      json.writeStartArray(Extension.TRANSLATIONS);
      for (FeedView.Translation translation : entry.translations()) {
        json.writeStartObject()
            .write("language", translation.languageTag())
            .write("url", translation.link().toString())
            .writeEnd();
      }
      json.writeEnd();
    }
    json.writeEnd();
    json.writeEnd();
  }
}
