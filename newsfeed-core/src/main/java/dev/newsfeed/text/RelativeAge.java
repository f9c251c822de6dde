// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.text;

import dev.newsfeed.PublicationDate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * The age of a publication date in words, relative to an injected {@link Clock}: "aujourd’hui",
 * "il y a 3 jours", "2 weeks ago", "منذ يومين", or for a future date "dans 2 jours".
 *
 * <p>Ages are counted in calendar days. The clock's zone decides which day is today; a {@link
 * PublicationDate.Day} is taken as the calendar date it is, and a {@link PublicationDate.Moment}
 * as an instant, so its day is the day it falls on in the clock's zone (not at its own offset).
 * The unit then follows from the distance between the two days:
 *
 * <table class="striped">
 *   <caption>Units</caption>
 *   <thead><tr><th>distance</th><th>fr</th><th>en</th><th>ar</th></tr></thead>
 *   <tbody>
 *     <tr><td>same day</td><td>aujourd’hui</td><td>today</td><td>اليوم</td></tr>
 *     <tr><td>one day before / after</td><td>hier / demain</td><td>yesterday / tomorrow</td><td>أمس / غدًا</td></tr>
 *     <tr><td>2 to 13 days</td><td>il y a 3 jours</td><td>3 days ago</td><td>منذ 3 أيام</td></tr>
 *     <tr><td>14 days to less than a month</td><td>il y a 2 semaines</td><td>2 weeks ago</td><td>منذ أسبوعين</td></tr>
 *     <tr><td>1 to 11 months</td><td>il y a 1 mois</td><td>1 month ago</td><td>منذ شهر واحد</td></tr>
 *     <tr><td>a year or more</td><td>il y a 2 ans</td><td>2 years ago</td><td>منذ سنتين</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Months and years are calendar months and years ({@link Period}), so 31 January to 29 February
 * is 4 weeks and 29 February 2016 to 28 February 2017 is 11 months.
 *
 * <p>The JDK has no relative-time formatter, so the wording lives in one small table per language,
 * read by a single code path: a phrase per direction ("il y a {0}" / "dans {0}") around a
 * quantity chosen by the CLDR plural category of the count (one, two, few, many, other...). The
 * wording follows CLDR, except that Arabic uses "منذ" (since), usual in Moroccan and news writing,
 * where CLDR has "قبل". Languages with a table: French, English and Arabic, in any region
 * ({@code fr-CA}, {@code ar-MA}). <strong>In any other language the age is the absolute date
 * instead</strong>, in the CLDR long format of the locale ({@code 30 de julio de 2016}, {@code 30.
 * Juli 2016}): never another language's words. {@link #isRelative()} tells which of the two a
 * formatter gives.
 *
 * <p>Numbers are written with the locale's digits, as {@link LocalizedDateFormat} does: {@code ar}
 * writes "منذ ٣ أيام", {@code ar-MA} writes "منذ 3 أيام".
 *
 * <p>Immutable and thread-safe.
 */
public final class RelativeAge {
  private final Locale locale;
  private final Clock clock;
  private final Wording wording;
  private final char zeroDigit;

  private final LocalizedDateFormat absolute;

  private RelativeAge(Locale locale, Clock clock) {
    this.locale = locale;
    this.clock = clock;
    this.wording = WORDINGS.get(locale.getLanguage());
    this.zeroDigit = DecimalStyle.of(locale).getZeroDigit();
    this.absolute = wording == null ? LocalizedDateFormat.of(FormatStyle.LONG, locale) : null;
  }

  /**
   * Ages in {@code locale}'s language, measured against {@code clock}.
   *
   * @param locale the readers' locale; its language picks the wording and its numbering system
   *     the digits
   * @param clock the clock giving today's date, in its zone
   * @return the formatter
   */
  public static RelativeAge of(Locale locale, Clock clock) {
    return new RelativeAge(
        Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The locale this formatter was created for.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The language the words are in: the language of the locale's table, or the locale itself for
   * a language without one, whose dates are given in its own CLDR format.
   *
   * @return {@code fr}, {@code en} or {@code ar}, or the locale
   */
  public Locale wordingLanguage() {
    return wording != null ? wording.language() : locale;
  }

  /**
   * Whether ages are given in words ("il y a 3 jours"), or as the absolute date because the
   * locale's language has no relative wording here.
   *
   * @return true for French, English and Arabic in any region
   */
  public boolean isRelative() {
    return wording != null;
  }

  /**
   * The age of {@code date} in words.
   *
   * @param date the publication date
   * @return such as "il y a 3 jours", "yesterday" or "منذ يومين"; in a language without wording,
   *     the date, such as "30 de julio de 2016"
   */
  public String format(PublicationDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate today = LocalDate.now(clock);
    LocalDate day =
        date instanceof PublicationDate.Moment moment
            ? moment.dateTime().atZoneSameInstant(clock.getZone()).toLocalDate()
            : date.date();
    if (wording == null) {
      return absolute.format(day);
    }
    long days = ChronoUnit.DAYS.between(day, today);
    if (days == 0) {
      return wording.today();
    }
    if (days == 1) {
      return wording.yesterday();
    }
    if (days == -1) {
      return wording.tomorrow();
    }
    boolean past = days > 0;
    Period period = past ? Period.between(day, today) : Period.between(today, day);
    long distance = Math.abs(days);
    Unit unit;
    long count;
    if (period.getYears() > 0) {
      unit = Unit.YEAR;
      count = period.getYears();
    } else if (period.getMonths() > 0) {
      unit = Unit.MONTH;
      count = period.getMonths();
    } else if (distance >= 14) {
      unit = Unit.WEEK;
      count = distance / 7;
    } else {
      unit = Unit.DAY;
      count = distance;
    }
    String quantity = wording.quantity(unit, count).replace("{0}", digits(count));
    return (past ? wording.past() : wording.future()).replace("{0}", quantity);
  }

  /** {@code n} in the locale's digits, without grouping separators. */
  private String digits(long n) {
    String ascii = Long.toString(n);
    if (zeroDigit == '0') {
      return ascii;
    }
    StringBuilder out = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      out.append((char) (zeroDigit + (ascii.charAt(i) - '0')));
    }
    return out.toString();
  }

  /** The units an age is counted in. */
  private enum Unit {
    DAY,
    WEEK,
    MONTH,
    YEAR
  }

  /** CLDR plural categories (UTS #35 part 3, §5.1 "Plural rules syntax"). */
  private enum Plural {
    ZERO,
    ONE,
    TWO,
    FEW,
    MANY,
    OTHER
  }

  /**
   * The words of one language.
   *
   * @param language the language of the words
   * @param today the word for the same day
   * @param yesterday the word for the day before
   * @param tomorrow the word for the day after
   * @param past the phrase for a past quantity, {@code {0}} standing for the quantity
   * @param future the phrase for a future quantity
   * @param plural the language's CLDR plural rule for integers
   * @param quantities for each unit, a quantity per plural category; {@code {0}} stands for the
   *     number, and {@link Plural#OTHER} is used for a category not listed
   */
  private record Wording(
      Locale language,
      String today,
      String yesterday,
      String tomorrow,
      String past,
      String future,
      LongFunction<Plural> plural,
      Map<Unit, Map<Plural, String>> quantities) {

    String quantity(Unit unit, long count) {
      Map<Plural, String> forms = quantities.get(unit);
      String form = forms.get(plural.apply(count));
      return form != null ? form : forms.get(Plural.OTHER);
    }
  }

  /** Quantities per unit, listed in {@link Unit} order. */
  @SafeVarargs
  private static Map<Unit, Map<Plural, String>> units(Map<Plural, String>... perUnit) {
    Map<Unit, Map<Plural, String>> all = new EnumMap<>(Unit.class);
    for (Unit unit : Unit.values()) {
      all.put(unit, perUnit[unit.ordinal()]);
    }
    return all;
  }

  // CLDR 39 plural rules for integers (plurals.xml); the decimal conditions never apply here.

  /** en: one is 1. */
  private static Plural englishPlural(long n) {
    return n == 1 ? Plural.ONE : Plural.OTHER;
  }

  /** fr: one is 0 and 1; many is a non-zero multiple of a million. */
  private static Plural frenchPlural(long n) {
    if (n == 0 || n == 1) {
      return Plural.ONE;
    }
    return n % 1_000_000 == 0 ? Plural.MANY : Plural.OTHER;
  }

  /** ar: zero 0, one 1, two 2, few n % 100 in 3..10, many n % 100 in 11..99, other the rest. */
  private static Plural arabicPlural(long n) {
    long mod100 = n % 100;
    if (n == 0) {
      return Plural.ZERO;
    } else if (n == 1) {
      return Plural.ONE;
    } else if (n == 2) {
      return Plural.TWO;
    } else if (mod100 >= 3 && mod100 <= 10) {
      return Plural.FEW;
    } else if (mod100 >= 11) {
      return Plural.MANY;
    }
    return Plural.OTHER;
  }

  private static final Wording ENGLISH =
      new Wording(
          Locale.ENGLISH,
          "today",
          "yesterday",
          "tomorrow",
          "{0} ago",
          "in {0}",
          RelativeAge::englishPlural,
          units(
              Map.of(Plural.ONE, "{0} day", Plural.OTHER, "{0} days"),
              Map.of(Plural.ONE, "{0} week", Plural.OTHER, "{0} weeks"),
              Map.of(Plural.ONE, "{0} month", Plural.OTHER, "{0} months"),
              Map.of(Plural.ONE, "{0} year", Plural.OTHER, "{0} years")));

  private static final Wording FRENCH =
      new Wording(
          Locale.FRENCH,
          "aujourd’hui",
          "hier",
          "demain",
          "il y a {0}",
          "dans {0}",
          RelativeAge::frenchPlural,
          units(
              Map.of(Plural.ONE, "{0} jour", Plural.OTHER, "{0} jours"),
              Map.of(Plural.ONE, "{0} semaine", Plural.OTHER, "{0} semaines"),
              Map.of(Plural.OTHER, "{0} mois"),
              Map.of(Plural.ONE, "{0} an", Plural.OTHER, "{0} ans")));

  /**
   * Arabic counts agree with the noun: the dual has no number ("يومين", two days), 3 to 10 take
   * the plural ("أيام"), 11 to 99 the accusative singular ("يومًا"), 100 and up the genitive
   * singular ("يوم").
   */
  private static final Wording ARABIC =
      new Wording(
          Locale.forLanguageTag("ar"),
          "اليوم",
          "أمس",
          "غدًا",
          "منذ {0}",
          "خلال {0}",
          RelativeAge::arabicPlural,
          units(
              Map.of(
                  Plural.ONE, "يوم واحد",
                  Plural.TWO, "يومين",
                  Plural.FEW, "{0} أيام",
                  Plural.MANY, "{0} يومًا",
                  Plural.OTHER, "{0} يوم"),
              Map.of(
                  Plural.ONE, "أسبوع واحد",
                  Plural.TWO, "أسبوعين",
                  Plural.FEW, "{0} أسابيع",
                  Plural.MANY, "{0} أسبوعًا",
                  Plural.OTHER, "{0} أسبوع"),
              Map.of(
                  Plural.ONE, "شهر واحد",
                  Plural.TWO, "شهرين",
                  Plural.FEW, "{0} أشهر",
                  Plural.MANY, "{0} شهرًا",
                  Plural.OTHER, "{0} شهر"),
              Map.of(
                  Plural.ONE, "سنة واحدة",
                  Plural.TWO, "سنتين",
                  Plural.FEW, "{0} سنوات",
                  Plural.MANY, "{0} سنة",
                  Plural.OTHER, "{0} سنة")));

  private static final Map<String, Wording> WORDINGS =
      Map.of(
          "en", ENGLISH,
          "fr", FRENCH,
          "ar", ARABIC);
}
