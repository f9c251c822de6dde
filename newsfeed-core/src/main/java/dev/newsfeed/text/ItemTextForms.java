// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import dev.newsfeed.ItemText;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.internal.LanguageTags;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every field of an item's text, ready for output in a {@link TextForm}: plain, or escaped for
 * HTML text or a quoted HTML attribute. The fragment renderer and the feed writers take their
 * text from here, so that each field is cleaned and escaped the same way everywhere.
 *
 * <pre>{@code
 * ItemTextForms f = ItemTextForms.of(item.published(), text, LocalizedDateFormat.of(LONG, text.language()));
 * out.write("<h3 lang=\"" + f.language() + "\" dir=\"" + f.direction() + "\">" + f.title(TextForm.HTML) + "</h3>");
 * }</pre>
 *
 * <p>Fields are cleaned as {@link TextForm} describes (forbidden characters removed, white space
 * collapsed); a paragraph or tag left empty by that is dropped. The link is the URI's US-ASCII
 * form ({@link URI#toASCIIString()}), valid in an {@code href} and in any feed; it is always http
 * or https, as {@link ItemText} guarantees. Immutable and thread-safe.
 */
public final class ItemTextForms {
  private final String title;
  /** The summary and tags, cleaned when asked for: the ticker shows neither by default. */
  private final ItemText text;
  private final Optional<String> dateline;
  private final Optional<String> link;
  private final String date;
  private final String isoDate;
  private final String language;
  private final boolean rightToLeft;

  private ItemTextForms(PublicationDate published, ItemText text, LocalizedDateFormat dates) {
    this.title = TextForm.PLAIN.apply(text.title());
    this.text = text;
    this.dateline = text.dateline().map(TextForm.PLAIN::apply).filter(s -> !s.isEmpty());
    this.link = text.link().map(URI::toASCIIString);
    this.date = TextForm.PLAIN.apply(dates.format(published));
    this.isoDate = published.toIsoString();
    this.language = text.languageTag();
    this.rightToLeft = LanguageTags.isRightToLeft(text.language());
  }

  /**
   * The fields of {@code text}, published on {@code published}.
   *
   * @param published the item's publication date
   * @param text the text, usually the one a {@link dev.newsfeed.LanguageChain} chose
   * @param dates how to write the date, usually in the text's language
   * @return the fields
   */
  public static ItemTextForms of(
      PublicationDate published, ItemText text, LocalizedDateFormat dates) {
    return new ItemTextForms(
        Objects.requireNonNull(published, "published"),
        Objects.requireNonNull(text, "text"),
        Objects.requireNonNull(dates, "dates"));
  }

  /**
   * The title.
   *
   * @param form the output form
   * @return the title in that form; empty only if the title was nothing but forbidden characters
   */
  public String title(TextForm form) {
    return form.apply(title);
  }

  /**
   * The summary's paragraphs, each one line.
   *
   * @param form the output form
   * @return the paragraphs in that form, in order
   */
  public List<String> summary(TextForm form) {
    return plainList(text.summary()).stream().map(form::apply).toList();
  }

  /**
   * The dateline, such as {@code Rabat, 16-19 mai 2016}.
   *
   * @param form the output form
   * @return the dateline in that form, or empty
   */
  public Optional<String> dateline(TextForm form) {
    return dateline.map(form::apply);
  }

  /**
   * The link, in its US-ASCII form.
   *
   * @param form the output form ({@link TextForm#HTML_ATTRIBUTE} for an {@code href})
   * @return the link in that form, or empty
   */
  public Optional<String> link(TextForm form) {
    return link.map(form::apply);
  }

  /**
   * The tags.
   *
   * @param form the output form
   * @return the tags in that form, in order
   */
  public List<String> tags(TextForm form) {
    return plainList(text.tags()).stream().map(form::apply).toList();
  }

  /**
   * The publication date for readers, as the date format writes it ({@code 30 juillet 2016}).
   *
   * @param form the output form
   * @return the date in that form
   */
  public String date(TextForm form) {
    return form.apply(date);
  }

  /**
   * The publication date for machines: {@code 2016-07-30} for a day, an ISO 8601 timestamp with
   * offset for a moment; ASCII digits, dashes, colons, dots, {@code T}, {@code Z} and {@code +},
   * safe in every form as it is (for an HTML {@code <time datetime>}).
   *
   * @return the ISO form of the date
   */
  public String isoDate() {
    return isoDate;
  }

  /**
   * The text's language as a BCP 47 tag, such as {@code ar-MA}; letters, digits and dashes only,
   * safe in every form as it is (for {@code lang} attributes).
   *
   * @return the tag
   */
  public String language() {
    return language;
  }

  /**
   * The direction of the text's language, as the HTML {@code dir} attribute writes it.
   *
   * @return {@code rtl} for Arabic and the other right-to-left languages, else {@code ltr}
   */
  public String direction() {
    return rightToLeft ? "rtl" : "ltr";
  }

  private static List<String> plainList(List<String> values) {
    return values.stream().map(TextForm.PLAIN::apply).filter(s -> !s.isEmpty()).toList();
  }
}
