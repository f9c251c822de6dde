// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import dev.newsfeed.internal.LanguageTags;
import dev.newsfeed.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of a news item in one language.
 *
 * <p>Fields are normalised on construction: the language becomes its canonical BCP 47 form,
 * spaces (no-break ones included) are trimmed at the ends of every field, blank paragraphs and
 * tags are dropped. Inner spaces are kept as they are, since a no-break space before « or around a
 * dateline dash is typographically meaningful.
 *
 * <p>Some items have no title of their own (JSON Feed and RSS 2.0 allow that); a reader gives them
 * a short excerpt of the story as their title, marked {@link TitleSource#EXCERPT}, so that every
 * display has a line to show and can tell it from a headline.
 *
 * @param language the language of this text, never the root locale
 * @param title the title, one line, not blank
 * @param summary the summary's paragraphs in order, without the dateline; may be empty
 * @param dateline the place/date prefix of the summary ({@code Rabat, 16-19 mai 2016}), if any
 * @param link where the full story lives in this language, if anywhere; http or https only
 * @param tags the item's tags in this language, in source order
 * @param titleSource whether the publisher wrote the title or it is an excerpt of the story
 */
public record ItemText(
    Locale language,
    String title,
    List<String> summary,
    Optional<String> dateline,
    Optional<URI> link,
    List<String> tags,
    TitleSource titleSource) {

  /** Where a title comes from. */
  public enum TitleSource {
    /** The publisher wrote it: a headline. */
    PUBLISHER,
    /** The item had none: the title is a short excerpt of its story, ending with "…" if cut. */
    EXCERPT
  }

  /**
   * Normalises the fields and checks them.
   *
   * @param language the language of this text, never the root locale
   * @param title the title, one line, not blank
   * @param summary the summary's paragraphs in order, without the dateline; may be empty
   * @param dateline the place/date prefix of the summary ({@code Rabat, 16-19 mai 2016}), if any
   * @param link where the full story lives in this language, if anywhere; http or https only
   * @param tags the item's tags in this language, in source order
   * @param titleSource whether the publisher wrote the title or it is an excerpt of the story
   */
  public ItemText {
    language = LanguageTags.canonical(Objects.requireNonNull(language, "language"));
    title = Texts.trim(Objects.requireNonNull(title, "title"));
    if (title.isEmpty()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    if (Texts.hasLineBreak(title)) {
      throw new IllegalArgumentException("title must be one line, found " + Texts.quote(title));
    }
    summary = nonBlank(Objects.requireNonNull(summary, "summary"), "summary");
    dateline =
        Objects.requireNonNull(dateline, "dateline").map(Texts::trim).filter(d -> !d.isEmpty());
    link = Objects.requireNonNull(link, "link").map(ItemText::checkLink);
    tags = nonBlank(Objects.requireNonNull(tags, "tags"), "tags");
    Objects.requireNonNull(titleSource, "titleSource");
  }

  /**
   * A text whose title the publisher wrote.
   *
   * @param language the language of this text, never the root locale
   * @param title the title, one line, not blank
   * @param summary the summary's paragraphs in order, without the dateline; may be empty
   * @param dateline the place/date prefix of the summary, if any
   * @param link where the full story lives in this language, if anywhere; http or https only
   * @param tags the item's tags in this language, in source order
   */
  public ItemText(
      Locale language,
      String title,
      List<String> summary,
      Optional<String> dateline,
      Optional<URI> link,
      List<String> tags) {
    this(language, title, summary, dateline, link, tags, TitleSource.PUBLISHER);
  }

  /**
   * A text with a title and summary paragraphs, and no dateline, link or tags.
   *
   * @param language the language
   * @param title the title
   * @param summary the paragraphs of the summary
   * @return the text
   */
  public static ItemText of(Locale language, String title, String... summary) {
    return new ItemText(
        language, title, List.of(summary), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * A copy with another summary.
   *
   * @param paragraphs the paragraphs
   * @return the copy
   */
  public ItemText withSummary(List<String> paragraphs) {
    return new ItemText(language, title, paragraphs, dateline, link, tags, titleSource);
  }

  /**
   * A copy with a dateline.
   *
   * @param place the dateline, such as {@code Rabat, 16-19 mai 2016}
   * @return the copy
   */
  public ItemText withDateline(String place) {
    return new ItemText(language, title, summary, Optional.of(place), link, tags, titleSource);
  }

  /**
   * A copy with a link.
   *
   * @param uri an absolute http or https URI
   * @return the copy
   * @throws IllegalArgumentException if {@code uri} is not one
   */
  public ItemText withLink(String uri) {
    return new ItemText(
        language, title, summary, dateline, Optional.of(parseLink(uri)), tags, titleSource);
  }

  /**
   * A copy with a link.
   *
   * @param uri an absolute http or https URI
   * @return the copy
   * @throws IllegalArgumentException if {@code uri} is not one
   */
  public ItemText withLink(URI uri) {
    return new ItemText(language, title, summary, dateline, Optional.of(uri), tags, titleSource);
  }

  /**
   * A copy with other tags.
   *
   * @param newTags the tags
   * @return the copy
   */
  public ItemText withTags(List<String> newTags) {
    return new ItemText(language, title, summary, dateline, link, newTags, titleSource);
  }

  /**
   * A copy in another language (for tests and converters that relabel a text).
   *
   * @param newLanguage the language
   * @return the copy
   */
  public ItemText withLanguage(Locale newLanguage) {
    return new ItemText(newLanguage, title, summary, dateline, link, tags, titleSource);
  }

  /**
   * The summary as one string, paragraphs separated by a blank line.
   *
   * @return the summary text, empty if there is none
   */
  public String summaryText() {
    return String.join("\n\n", summary);
  }

  /**
   * The language as a BCP 47 tag, such as {@code ar-MA}.
   *
   * @return the tag
   */
  public String languageTag() {
    return language.toLanguageTag();
  }

  /**
   * Parses a link, accepting only absolute http and https URIs with a host.
   *
   * @param uri the text of the link
   * @return the URI
   * @throws IllegalArgumentException naming what was expected and what was found
   */
  public static URI parseLink(String uri) {
    Objects.requireNonNull(uri, "uri");
    try {
      return checkLink(new URI(Texts.trim(uri)));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "link must be an absolute http or https URI, found " + Texts.quote(uri), e);
    }
  }

  private static URI checkLink(URI uri) {
    String scheme = uri.getScheme();
    boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    if (!web || uri.getHost() == null || uri.isOpaque()) {
      throw new IllegalArgumentException(
          "link must be an absolute http or https URI, found " + Texts.quote(uri.toString()));
    }
    return uri;
  }

  private static List<String> nonBlank(List<String> values, String name) {
    List<String> kept = new ArrayList<>(values.size());
    for (String value : values) {
      String trimmed = Texts.trim(Objects.requireNonNull(value, name + " element"));
      if (!trimmed.isEmpty()) {
        kept.add(trimmed);
      }
    }
    return List.copyOf(kept);
  }
}
