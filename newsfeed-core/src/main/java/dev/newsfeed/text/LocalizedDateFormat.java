// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import dev.newsfeed.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates formatted as readers of a language expect, through {@code java.time} and the JDK's CLDR
 * data: month names, field order and the locale's own digits ({@code ar} writes {@code ٣٠ يوليو
 * ٢٠١٦}, {@code ar-MA} writes {@code 30 يوليوز 2016} with Latin digits, as CLDR specifies).
 *
 * <p>Immutable and thread-safe; create one per (style or pattern, locale) and reuse it. Nothing
 * depends on the default locale.
 *
 * <table class="striped">
 *   <caption>2016-07-30 in the standard styles (JDK 17, CLDR 39)</caption>
 *   <thead><tr><th>locale</th><th>SHORT</th><th>MEDIUM</th><th>LONG</th><th>FULL</th></tr></thead>
 *   <tbody>
 *     <tr><td>fr</td><td>30/07/2016</td><td>30 juil. 2016</td><td>30 juillet 2016</td><td>samedi 30 juillet 2016</td></tr>
 *     <tr><td>en</td><td>7/30/16</td><td>Jul 30, 2016</td><td>July 30, 2016</td><td>Saturday, July 30, 2016</td></tr>
 *     <tr><td>ar-MA</td><td>30/7/2016</td><td>30/07/2016</td><td>30 يوليوز 2016</td><td>السبت، 30 يوليوز 2016</td></tr>
 *     <tr><td>ar</td><td>٣٠/٧/٢٠١٦</td><td>٣٠/٠٧/٢٠١٦</td><td>٣٠ يوليو ٢٠١٦</td><td>السبت، ٣٠ يوليو ٢٠١٦</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>In the Arabic numeric styles CLDR puts a RIGHT-TO-LEFT MARK (U+200F) after each day and
 * month, so that the fields keep their order inside left-to-right text; it is part of the output.
 *
 * @see DateTimeFormatter#ofLocalizedDate(FormatStyle)
 */
public final class LocalizedDateFormat {
  private static final LocalDate SAMPLE = LocalDate.of(2016, 7, 30);

  private final DateTimeFormatter formatter;
  private final Locale locale;
  /**
   * Formatted days: news has few distinct dates, and formatting one through CLDR patterns was 21 %
   * of rendering a ticker (JFR). Bounded: emptied when it reaches {@link #REMEMBERED} days.
   */
  private final Map<LocalDate, String> formatted = new ConcurrentHashMap<>();

  private static final int REMEMBERED = 4096;

  private LocalizedDateFormat(DateTimeFormatter formatter, Locale locale) {
    // The locale's digits: DateTimeFormatter otherwise always writes ASCII digits.
    this.formatter = formatter.withLocale(locale).withDecimalStyle(DecimalStyle.of(locale));
    this.locale = locale;
  }

  /**
   * A format in one of the standard CLDR styles.
   *
   * @param style the style
   * @param locale the readers' locale
   * @return the format
   */
  public static LocalizedDateFormat of(FormatStyle style, Locale locale) {
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(locale, "locale");
    return new LocalizedDateFormat(DateTimeFormatter.ofLocalizedDate(style), locale);
  }

  /**
   * A format from a custom {@link DateTimeFormatter} pattern of date fields, such as {@code d MMMM
   * y}; month and day names come from {@code locale}.
   *
   * @param pattern the pattern
   * @param locale the readers' locale
   * @return the format
   * @throws IllegalArgumentException if the pattern is invalid or has fields other than date
   *     fields
   */
  public static LocalizedDateFormat ofPattern(String pattern, Locale locale) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(locale, "locale");
    LocalizedDateFormat format =
        new LocalizedDateFormat(DateTimeFormatter.ofPattern(pattern, Locale.ROOT), locale);
    try {
      // Fail here rather than on the first format(): a time or zone field (HH, z) cannot be
      // printed from a date.
      format.format(SAMPLE);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "pattern must use date fields only, such as d MMMM y; found [" + pattern + "]", e);
    }
    return format;
  }

  /**
   * The locale's CLDR pattern for a style, such as {@code dd/MM/y} for {@code fr} SHORT.
   *
   * @param style the style
   * @param locale the locale
   * @return the pattern
   */
  public static String patternOf(FormatStyle style, Locale locale) {
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(locale, "locale");
    return DateTimeFormatterBuilder.getLocalizedDateTimePattern(
        style, null, IsoChronology.INSTANCE, locale);
  }

  /**
   * The locale of this format.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Formats a date.
   *
   * @param date the date
   * @return the formatted date
   */
  public String format(LocalDate date) {
    Objects.requireNonNull(date, "date");
    String known = formatted.get(date);
    if (known != null) {
      return known;
    }
    String text = formatter.format(date);
    if (formatted.size() >= REMEMBERED) {
      formatted.clear();
    }
    formatted.put(date, text);
    return text;
  }

  /**
   * Formats the calendar date of a publication date (a moment's date at its own offset).
   *
   * @param date the publication date
   * @return the formatted date
   */
  public String format(PublicationDate date) {
    return format(Objects.requireNonNull(date, "date").date());
  }
}
