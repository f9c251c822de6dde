// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * The shape of newsfeed's JSON as plain records, for the JSON peers: what a user of Jackson or
 * JSON-B would bind the same document to, with no checks. Yasson 3.0 reads records through a
 * {@link JsonbCreator} with named parameters, and writes them only with {@link #JSONB_CONFIG}:
 * it looks for getters, finds none on a record and writes {@code {}}. Jackson needs nothing.
 *
 * @param titles the feed's title by language tag
 * @param items the items
 */
public record PlainFeed(
    @JsonbProperty("titles") Map<String, String> titles,
    @JsonbProperty("items") List<PlainFeed.Item> items) {

  /**
   * Yasson's configuration for records: their (private) component fields are the properties, and
   * no method is (a record's accessors are not getters, and {@code hashCode()} is not a property).
   */
  public static final JsonbConfig JSONB_CONFIG = new JsonbConfig().withPropertyVisibilityStrategy(
      new PropertyVisibilityStrategy() {
        @Override
        public boolean isVisible(Field field) {
          return field.getDeclaringClass().isRecord();
        }

        @Override
        public boolean isVisible(Method method) {
          return false;
        }
      });

  /** The constructor Yasson binds through. */
  @JsonbCreator
  public PlainFeed {}

  /**
   * One item.
   *
   * @param id its id
   * @param published its ISO date
   * @param texts its texts
   */
  public record Item(
      @JsonbProperty("id") String id,
      @JsonbProperty("published") String published,
      @JsonbProperty("texts") List<Text> texts) {
    /** The constructor Yasson binds through. */
    @JsonbCreator
    public Item {}
  }

  /**
   * One text of an item.
   *
   * @param language the language tag
   * @param title the title
   * @param summary the paragraphs
   * @param dateline the dateline or null
   * @param link the link or null
   * @param tags the tags
   */
  public record Text(
      @JsonbProperty("language") String language,
      @JsonbProperty("title") String title,
      @JsonbProperty("summary") List<String> summary,
      @JsonbProperty("dateline") String dateline,
      @JsonbProperty("link") String link,
      @JsonbProperty("tags") List<String> tags) {
    /** The constructor Yasson binds through. */
    @JsonbCreator
    public Text {}
  }
}
