// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.internal.LanguageTags;
import dev.newsfeed.internal.Texts;
import dev.newsfeed.text.Escape;
import dev.newsfeed.text.Excerpt;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a format reader found for one entry or item, before it becomes a {@link NewsItem}. Every
 * format fills the same fields, and {@link #build} applies the same rules to all of them:
 *
 * <ul>
 *   <li><b>Language</b>: the entry's own (xml:lang, {@code dc:language}, JSON {@code language}),
 *       else the feed's, else the reader's default, else {@code und} with one warning.
 *   <li><b>Date</b>: the first candidate that reads ({@code published} then {@code updated};
 *       {@code pubDate} then {@code dc:date}; {@code date_published} then {@code date_modified}).
 *       A bad candidate followed by a good one is a warning and the item is kept; when none reads
 *       the item has an error and is skipped (lenient) or stops reading (strict). An item with no
 *       date field at all takes the feed's date (RSS {@code pubDate}, {@code lastBuildDate}, {@code
 *       dc:date}, Atom {@code updated}) with one warning per feed, since RSS 0.91 dates only the
 *       channel; with no date in the whole document it is an error. {@code nf:date}
 *       / {@code _newsfeed.date} makes it a date without a time.
 *   <li><b>Id</b>: {@code nf:id} / {@code _newsfeed.id}, else the format's id ({@code atom:id},
 *       {@code guid}, {@code rdf:about}, JSON {@code id}), else the link, else {@code
 *       DATE-HASH}: the date and the first 12 hex digits of the SHA-256 of the title. A repeated id
 *       is an error.
 *   <li><b>Title</b>: one line; without one, an excerpt of the story marked {@link
 *       ItemText.TitleSource#EXCERPT} (a warning where the format requires a title); with neither
 *       title nor text, an error. <b>Link</b>: absolute http or https only; any other is
 *       dropped with a warning and the item kept.
 * </ul>
 */
final class ItemDraft {
  /**
   * Where something is in the document; an XML element finds its position only when asked, as
   * only a diagnostic needs it.
   */
  interface Place {
    int line();

    int column();
  }

  /** A position already known (JSON Feed's parser gives it as it goes). */
  record At(int line, int column) implements Place {}

  /** A date field's text and where it was. */
  record DateField(String element, String text, Place at, FeedDateParser.Form form) {
    DateField(String element, String text, int line, int column, FeedDateParser.Form form) {
      this(element, text, new At(line, column), form);
    }

    int line() {
      return at.line();
    }

    int column() {
      return at.column();
    }
  }

  /** A value and where it was. */
  record Located(String value, Place at) {
    Located(String value, int line, int column) {
      this(value, new At(line, column));
    }

    int line() {
      return at.line();
    }

    int column() {
      return at.column();
    }
  }

  final String element;
  private final Place at;
  Located id;
  String extensionId;
  String title;
  List<String> summary = List.of();
  String dateline;
  Located link;
  Located language;
  final List<DateField> dates = new ArrayList<>();
  /** The feed's own dates, used only when the item has none. */
  List<DateField> feedDates = List.of();
  Located day;
  final List<String> tags = new ArrayList<>();

  /** Whether the format requires a title (Atom, RSS 0.9x), and the rule that says so. */
  boolean titleRequired;
  String titleRule = "";

  /** How long a title made from the story is, in user-perceived characters: one ticker line. */
  static final int TITLE_EXCERPT_LENGTH = 80;

  ItemDraft(String element, Place at) {
    this.element = element;
    this.at = at;
  }

  ItemDraft(String element, int line, int column) {
    this(element, new At(line, column));
  }

  /**
   * The item, or empty when it has an error (reported to {@code context}, which throws in strict
   * mode).
   *
   * @param feedLanguage the feed's language, if it gave one
   */
  Optional<NewsItem> build(Optional<Locale> feedLanguage, ReadContext context) {
    Locale itemLanguage = language(feedLanguage, context);
    String oneLineTitle = title == null ? "" : HtmlText.oneLine(title);
    ItemText.TitleSource titleSource = ItemText.TitleSource.PUBLISHER;
    if (oneLineTitle.isEmpty()) {
      // JSON Feed and RSS 2.0 allow an item with text and no title: a ticker shows the start of
      // the story instead, marked as such.
      String story = HtmlText.oneLine(String.join(" ", summary));
      if (story.isEmpty()) {
        context.error(at.line(), at.column(), element + " has neither a title nor any text");
        return Optional.empty();
      }
      if (titleRequired) {
        context.warning(at.line(), at.column(), element + " has no title (" + titleRule + " requires one);"
            + " the start of its text stands in for it");
      }
      oneLineTitle = Excerpt.of(TITLE_EXCERPT_LENGTH, itemLanguage).cut(story);
      titleSource = ItemText.TitleSource.EXCERPT;
    }
    Optional<PublicationDate> published = date(context);
    if (published.isEmpty()) {
      return Optional.empty();
    }
    Optional<URI> uri = link(context);
    String itemId = id(published.get(), oneLineTitle, uri);
    if (itemId.length() > 1000 || Texts.hasLineBreak(itemId)) {
      context.error(at.line(), at.column(), element + " has an id that is not one line of at most 1000"
          + " characters: found " + Texts.quote(itemId));
      return Optional.empty();
    }
    Optional<Integer> first = context.claimId(itemId, at);
    if (first.isPresent()) {
      context.error(at.line(), at.column(), element + " repeats the id " + Texts.quote(itemId)
          + " of the item at line " + first.get());
      return Optional.empty();
    }
    Optional<String> ownDateline =
        Optional.ofNullable(dateline).map(HtmlText::oneLine).filter(d -> !d.isEmpty());
    ItemText text = new ItemText(
        itemLanguage,
        oneLineTitle,
        ownDateline.map(d -> withoutDateline(summary, d)).orElse(summary),
        ownDateline,
        uri,
        tags.stream().map(HtmlText::oneLine).toList(),
        titleSource);
    return Optional.of(NewsItem.of(itemId, published.get(), text));
  }

  /**
   * The paragraphs without the dateline the writers put at the start of the story ({@code New York
   * - Par l’entremise…}), since the extension holds it apart. A story that does not open with it
   * (edited by someone else) is kept as it is.
   */
  static List<String> withoutDateline(List<String> paragraphs, String dateline) {
    if (paragraphs.isEmpty() || !paragraphs.get(0).startsWith(dateline)) {
      return paragraphs;
    }
    String first = paragraphs.get(0);
    int i = dateline.length();
    if (i == first.length()) {
      return paragraphs.subList(1, paragraphs.size());
    }
    int separator = i;
    while (i < first.length() && Character.isWhitespace(first.charAt(i))) {
      i++;
    }
    if (i == separator || i >= first.length() || "-–—".indexOf(first.charAt(i)) < 0) {
      return paragraphs;
    }
    i++;
    while (i < first.length() && Character.isWhitespace(first.charAt(i))) {
      i++;
    }
    List<String> rest = new ArrayList<>(paragraphs);
    if (i >= first.length()) {
      rest.remove(0);
    } else {
      rest.set(0, first.substring(i));
    }
    return List.copyOf(rest);
  }

  private Locale language(Optional<Locale> feedLanguage, ReadContext context) {
    if (language != null) {
      Optional<Locale> own = parseLanguage(language, context);
      if (own.isPresent()) {
        return own.get();
      }
    }
    return feedLanguage.orElseGet(() -> context.defaultLanguage(at.line(), at.column()));
  }

  /** A language tag, or empty (with a warning for one that is not a tag; none for ""). */
  static Optional<Locale> parseLanguage(Located tag, ReadContext context) {
    String value = Texts.trim(tag.value());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LanguageTags.parse(value));
    } catch (IllegalArgumentException e) {
      context.warning(tag.line(), tag.column(), "expected a BCP 47 language tag such as fr or"
          + " ar-MA, found " + Texts.quote(value) + "; ignored");
      return Optional.empty();
    }
  }

  private Optional<PublicationDate> date(ReadContext context) {
    if (dates.isEmpty() && !feedDates.isEmpty()) {
      // RSS 0.91 and many RSS 2.0 feeds date the channel only; that date is the best there is.
      DateField feedDate = feedDates.get(0);
      context.feedDateUsed(at.line(), at.column(), element, feedDate.element());
      dates.add(feedDate);
    }
    if (dates.isEmpty()) {
      context.error(at.line(), at.column(), element + " has no date, and the feed has none either; every"
          + " news item needs one");
      return Optional.empty();
    }
    List<DateField> failed = new ArrayList<>();
    for (DateField field : dates) {
      FeedDateParser.Result result = FeedDateParser.parse(field.text(), field.form());
      if (result instanceof FeedDateParser.Parsed parsed) {
        for (DateField bad : failed) {
          context.warning(bad.line(), bad.column(), bad.element() + ": " + failedMessage(bad)
              + "; " + field.element() + " used instead");
        }
        for (String warning : parsed.warnings()) {
          context.warning(field.line(), field.column(), field.element() + ": " + warning);
        }
        return Optional.of(withDay(parsed.date(), context));
      }
      failed.add(field);
    }
    DateField bad = failed.get(0);
    context.error(bad.line(), bad.column(), bad.element() + ": " + failedMessage(bad));
    return Optional.empty();
  }

  private static String failedMessage(DateField field) {
    return ((FeedDateParser.Failed) FeedDateParser.parse(field.text(), field.form())).message();
  }

  /** The extension's date without a time, when it is given and valid. */
  private PublicationDate withDay(PublicationDate date, ReadContext context) {
    if (day == null) {
      return date;
    }
    try {
      return PublicationDate.of(isoDate(Texts.trim(day.value())));
    } catch (DateTimeParseException e) {
      context.warning(day.line(), day.column(), "expected a date such as 2016-07-30 in the"
          + " newsfeed extension, found " + Texts.quote(day.value()) + "; ignored");
      return date;
    }
  }

  /**
   * {@link LocalDate#parse} of {@code text}, with {@code yyyy-MM-dd} read without the formatter
   * (JFR of reading 1,000 Atom entries: the formatter took 4.5 % of the read).
   *
   * @throws DateTimeParseException as {@link LocalDate#parse} does
   */
  static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = FeedDateParser.digits(text, 0, 4);
      int month = FeedDateParser.digits(text, 5, 2);
      int day = FeedDateParser.digits(text, 8, 2);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
          // No such date: the formatter's own exception and message follow.
        }
      }
    }
    return LocalDate.parse(text);
  }

  private Optional<URI> link(ReadContext context) {
    if (link == null || Texts.isBlank(link.value())) {
      return Optional.empty();
    }
    try {
      return Optional.of(ItemText.parseLink(link.value()));
    } catch (IllegalArgumentException e) {
      context.warning(link.line(), link.column(), e.getMessage() + "; the link is dropped");
      return Optional.empty();
    }
  }

  private String id(PublicationDate date, String oneLineTitle, Optional<URI> uri) {
    // Characters XML forbids could not be written back; they are no part of an id anyone chose.
    if (extensionId != null && !Texts.isBlank(Escape.removeForbidden(extensionId))) {
      return Texts.trim(Escape.removeForbidden(extensionId));
    }
    if (id != null && !Texts.isBlank(Escape.removeForbidden(id.value()))) {
      return Texts.trim(Escape.removeForbidden(id.value()));
    }
    if (uri.isPresent()) {
      return uri.get().toString();
    }
    return date.date() + "-" + sha256(oneLineTitle).substring(0, 12);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
