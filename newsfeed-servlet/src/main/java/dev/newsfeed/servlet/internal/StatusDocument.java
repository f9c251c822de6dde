// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.ItemText;
import dev.newsfeed.NewsItem;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code /status} document, written with the JSON-P generator:
 *
 * <pre>{@code
 * {
 *   "version": "pWq0yE5eYXHCX2T3",
 *   "generation": 2,
 *   "items": 10,
 *   "itemsPerLanguage": {"ar": 10, "en": 10, "fr": 10},
 *   "languages": ["en", "fr", "ar"],
 *   "lastModified": "2026-11-29T10:15:30Z",
 *   "lastReload": "2026-11-29T10:16:02Z",
 *   "lastReloadSucceeded": false,
 *   "diagnostics": ["news.fr.txt:12:1: error: expected a date such as 07/30/2016 …"]
 * }
 * }</pre>
 *
 * <p>{@code version} is the content digest of the news served, {@code lastModified} when that
 * version was loaded, {@code lastReload} when the sources were last read (successfully or not)
 * and {@code diagnostics} what that read found, each in {@code FILE:LINE:COL: error|warning:
 * MESSAGE} form.
 */
public final class StatusDocument {
  private StatusDocument() {}

  /**
   * Writes the status of {@code state}.
   *
   * @param state the live feed's state
   * @return the document
   */
  public static Representation of(LiveFeed.State state) {
    Snapshot snapshot = state.snapshot();
    ReloadReport report = state.lastLoad();
    Map<String, Integer> perLanguage = new TreeMap<>();
    for (NewsItem item : snapshot.feed().items()) {
      for (ItemText text : item.texts()) {
        perLanguage.merge(text.languageTag(), 1, Integer::sum);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(bytes, StandardCharsets.UTF_8)) {
      json.writeStartObject()
          .write("version", snapshot.version())
          .write("generation", snapshot.generation())
          .write("items", snapshot.feed().size());
      json.writeStartObject("itemsPerLanguage");
      perLanguage.forEach(json::write);
      json.writeEnd();
      json.writeStartArray("languages");
      for (Locale language : snapshot.negotiator().supported()) {
        json.write(language.toLanguageTag());
      }
      json.writeEnd();
      json.write("lastModified", instant(snapshot.lastModified()))
          .write("lastReload", instant(report.at()))
          .write("lastReloadSucceeded", report.succeeded());
      json.writeStartArray("diagnostics");
      for (Diagnostic diagnostic : report.diagnostics()) {
        json.write(diagnostic.toString());
      }
      json.writeEnd().writeEnd();
    }
    return Representation.of(
        bytes.toByteArray(), "application/json", report.at(), Optional.empty());
  }

  private static String instant(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
