// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.ItemText;
import dev.newsfeed.NewsItem;
import dev.newsfeed.servlet.internal.source.SourceStatus;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 *   "diagnostics": ["news.fr.txt:12:1: error: expected a date such as 07/30/2016 …"],
 *   "sources": [
 *     {"source": "/srv/news/news.fr.txt", "kind": "file", "state": "failing", "served": true,
 *      "items": 10, "lastAttempt": "2026-11-29T10:16:02Z", "lastSuccess": "2026-11-29T10:15:30Z",
 *      "lastChange": "2026-11-29T10:15:30Z", "nextAttempt": "2026-11-29T10:16:04Z",
 *      "failures": 1, "diagnostics": ["news.fr.txt:12:1: error: …"]},
 *     {"source": "https://example.org/feed/", "kind": "url", "state": "ok", "served": true,
 *      "items": 10, …, "httpStatus": 304, "failures": 0, "diagnostics": []}
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code version} is the content digest of the news served, {@code lastModified} when that
 * version was loaded, {@code lastReload} when a source's version or outcome last changed, {@code
 * lastReloadSucceeded} whether every source is read and none failing, and {@code diagnostics}
 * what the sources and their merge found, each in {@code FILE:LINE:COL: error|warning: MESSAGE}
 * form. Then one entry per source, in configured order (a directory's files after it): its
 * {@code state} ({@code ok}; {@code changing}, published once it stops; {@code pending}, not read
 * yet; {@code failing}, its last good version, if any, still served), whether a version of it is
 * {@code served}, and when it was last tried, last read successfully, last changed and will be
 * tried next; {@code httpStatus} for URLs. Times absent from an entry have not happened.
 */
public final class StatusDocument {
  private StatusDocument() {}

  /**
   * Writes the status of {@code state}.
   *
   * @param state the live feed's state
   * @param sources the status of each source
   * @return the document
   */
  public static Representation of(LiveFeed.State state, List<SourceStatus> sources) {
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
      json.writeEnd();
      json.writeStartArray("sources");
      for (SourceStatus source : sources) {
        write(json, source);
      }
      json.writeEnd().writeEnd();
    }
    return Representation.of(
        bytes.toByteArray(), "application/json", report.at(), Optional.empty());
  }

  private static void write(JsonGenerator json, SourceStatus source) {
    json.writeStartObject()
        .write("source", source.name())
        .write("kind", source.kind().label())
        .write("state", source.health().label())
        .write("served", source.served())
        .write("items", source.items());
    source.lastAttempt().ifPresent(at -> json.write("lastAttempt", instant(at)));
    source.lastSuccess().ifPresent(at -> json.write("lastSuccess", instant(at)));
    source.lastChange().ifPresent(at -> json.write("lastChange", instant(at)));
    source.nextAttempt().ifPresent(at -> json.write("nextAttempt", instant(at)));
    source.httpStatus().ifPresent(status -> json.write("httpStatus", status));
    json.write("failures", source.failures());
    json.writeStartArray("diagnostics");
    for (Diagnostic diagnostic : source.diagnostics()) {
      json.write(diagnostic.toString());
    }
    json.writeEnd().writeEnd();
  }

  private static String instant(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
