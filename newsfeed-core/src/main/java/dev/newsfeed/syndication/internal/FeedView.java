// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.ItemText;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.ResolvedText;
import dev.newsfeed.TimestampPolicy;
import dev.newsfeed.text.Escape;
import dev.newsfeed.text.Excerpt;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A feed as every format writes it: one language, one text per item, ids, timestamps and cleaned
 * text already decided. The writers only lay this out, so the formats cannot disagree.
 *
 * @param language the language the feed is written in
 * @param title the feed title in that language (else its first title, else the site's host)
 * @param author the author name for Atom
 * @param selfLink the feed's URL
 * @param siteLink the site's URL
 * @param updated the newest entry's timestamp, or 1970-01-01T00:00:00Z for an empty feed
 * @param entries the entries, newest first
 */
public record FeedView(
    Locale language,
    String title,
    String author,
    URI selfLink,
    URI siteLink,
    OffsetDateTime updated,
    List<Entry> entries) {

  /** The date of an empty feed: fixed, so that its output is as deterministic as any other. */
  static final OffsetDateTime EMPTY_FEED_DATE = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  /** The language of a feed with no language at all (no title, no item). */
  static final Locale NO_LANGUAGE = Locale.ENGLISH;

  /**
   * One item in the feed's language.
   *
   * @param itemId the newsfeed item id
   * @param id the entry id, a {@code tag:} URI
   * @param language the language of the text
   * @param title the title
   * @param titleSource whether the title is the publisher's or an excerpt of the story (written
   *     only where the format requires a title: Atom)
   * @param summary the paragraphs, without the dateline
   * @param dateline the dateline, if any
   * @param excerpt a short form of the story for Atom {@code summary} and JSON Feed {@code
   *     summary}, present only where it is shorter than the story
   * @param link the link of the text, if any
   * @param translations the links of the item's other texts
   * @param tags the tags
   * @param published the publication timestamp
   * @param day the date, when the item has no time (the timestamp then comes from the policy)
   */
  public record Entry(
      String itemId,
      String id,
      Locale language,
      String title,
      ItemText.TitleSource titleSource,
      List<String> summary,
      Optional<String> dateline,
      Optional<String> excerpt,
      Optional<URI> link,
      List<Translation> translations,
      List<String> tags,
      OffsetDateTime published,
      Optional<LocalDate> day) {

    /** {@return whether the entry has a title of its own, which RSS and JSON Feed then write} */
    public boolean hasOwnTitle() {
      // story() is empty exactly when there are neither paragraphs nor a dateline.
      return titleSource == ItemText.TitleSource.PUBLISHER || (summary.isEmpty() && dateline.isEmpty());
    }

    /** {@return the BCP 47 tag of the entry's language} */
    public String languageTag() {
      return language.toLanguageTag();
    }

    /**
     * The story as the publisher wrote it: the paragraphs, the first one opening with the dateline
     * ({@code New York - Par l’entremise…}), so that a reader that knows nothing of the extension
     * loses nothing.
     *
     * @return the paragraphs
     */
    public List<String> story() {
      return FeedView.story(dateline, summary);
    }

    /** {@return the story's paragraphs separated by blank lines; empty if it has none} */
    public String storyText() {
      return String.join("\n\n", story());
    }
  }

  /**
   * What separates a dateline from the story in the standard text fields, as in the listings
   * ({@code New York - Par l’entremise…}); readers strip it again where {@code nf:dateline} says
   * the story opens with a dateline.
   */
  public static final String DATELINE_SEPARATOR = " - ";

  /** How long an excerpt is, in user-perceived characters: about two lines of a feed reader. */
  static final int EXCERPT_LENGTH = 200;

  static List<String> story(Optional<String> dateline, List<String> paragraphs) {
    if (dateline.isEmpty()) {
      return paragraphs;
    }
    List<String> story = new ArrayList<>(paragraphs.size());
    story.add(paragraphs.isEmpty()
        ? dateline.get()
        : dateline.get() + DATELINE_SEPARATOR + paragraphs.get(0));
    story.addAll(paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size()));
    return List.copyOf(story);
  }

  /**
   * Where the item can be read in another language.
   *
   * @param language the language
   * @param link the link
   */
  public record Translation(Locale language, URI link) {
    /** {@return the BCP 47 tag} */
    public String languageTag() {
      return language.toLanguageTag();
    }
  }

  /** {@return the BCP 47 tag of the feed's language} */
  public String languageTag() {
    return language.toLanguageTag();
  }

  /**
   * The view of {@code feed}.
   *
   * @param chain the languages to write in, or null for the feed's first language
   * @param policy how dates without a time become timestamps
   * @param authority the authority of the {@code tag:} ids
   * @param author the author name, or null for the title
   * @throws IllegalArgumentException if a date cannot be written (a year beyond 9999)
   */
  public static FeedView of(
      NewsFeed feed,
      LanguageChain chain,
      TimestampPolicy policy,
      String authority,
      String author,
      URI selfLink,
      URI siteLink) {
    LanguageChain languages = chain != null ? chain : defaultChain(feed);
    String title = clean(feed.title(languages).orElse(siteLink.getHost()));
    List<Entry> entries = new ArrayList<>(feed.size());
    // One excerpt maker (and its word break iterator) per language of the feed, not per entry.
    Map<Locale, Excerpt> excerpts = new HashMap<>();
    for (NewsItem item : feed.items()) {
      entries.add(entry(item, languages, policy, authority, excerpts));
    }
    OffsetDateTime updated =
        entries.stream()
            .map(Entry::published)
            .max(Comparator.comparing(OffsetDateTime::toInstant))
            .orElse(EMPTY_FEED_DATE);
    return new FeedView(
        languages.preferred(),
        title,
        author != null ? clean(author) : title,
        selfLink,
        siteLink,
        updated,
        List.copyOf(entries));
  }

  private static LanguageChain defaultChain(NewsFeed feed) {
    List<Locale> languages = feed.languages();
    return LanguageChain.of(languages.isEmpty() ? NO_LANGUAGE : languages.get(0));
  }

  private static Entry entry(NewsItem item, LanguageChain chain, TimestampPolicy policy,
      String authority, Map<Locale, Excerpt> excerpts) {
    ResolvedText resolved = item.textFor(chain);
    ItemText text = resolved.text();
    PublicationDate date = item.published();
    OffsetDateTime published = date.toTimestamp(policy);
    if (published.getYear() < 0 || published.getYear() > 9999) {
      throw new IllegalArgumentException(
          "item " + item.id() + " has the timestamp " + published
              + "; RFC 3339 needs a year of four digits");
    }
    List<Translation> translations = new ArrayList<>();
    for (ItemText other : item.texts()) {
      if (other != text && other.link().isPresent()) {
        translations.add(new Translation(other.language(), other.link().get()));
      }
    }
    List<String> paragraphs =
        text.summary().stream().map(FeedView::clean).filter(p -> !p.isBlank()).toList();
    Optional<String> dateline = text.dateline().map(FeedView::clean).filter(d -> !d.isBlank());
    String oneLine = String.join(" ", story(dateline, paragraphs)).replace('\n', ' ');
    String excerpt = excerpts.computeIfAbsent(text.language(), language -> Excerpt.of(EXCERPT_LENGTH, language))
        .cut(oneLine);
    return new Entry(
        item.id(),
        TagUri.of(authority, date.date(), item.id()),
        text.language(),
        clean(text.title()),
        text.titleSource(),
        paragraphs,
        dateline,
        excerpt.length() < oneLine.length() ? Optional.of(excerpt) : Optional.empty(),
        text.link(),
        List.copyOf(translations),
        text.tags().stream().map(FeedView::cleanLine).toList(),
        published,
        date instanceof PublicationDate.Day day ? Optional.of(day.date()) : Optional.empty());
  }

  /**
   * Removes what XML 1.0 forbids (XML 1.0 §2.2) and writes line ends as LF, which is what an XML
   * reader would make of them anyway (§2.11).
   */
  private static String clean(String text) {
    return Escape.removeForbidden(text).replace("\r\n", "\n").replace('\r', '\n');
  }

  /** A value written in an attribute, where line breaks and tabs would become spaces (§3.3.3). */
  private static String cleanLine(String text) {
    return clean(text).replace('\n', ' ').replace('\t', ' ');
  }
}
