// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

/** The member names of the JSON shape, shared by the writer and the reader. */
final class JsonNames {
  private JsonNames() {}

  static final String TITLES = "titles";
  static final String ITEMS = "items";
  static final String ID = "id";
  static final String PUBLISHED = "published";
  static final String TEXTS = "texts";
  static final String LANGUAGE = "language";
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String DATELINE = "dateline";
  static final String LINK = "link";
  static final String TAGS = "tags";
  /** Written only for a title that is an excerpt: {@code "titleSource": "excerpt"}. */
  static final String TITLE_SOURCE = "titleSource";
  static final String EXCERPT = "excerpt";
}
