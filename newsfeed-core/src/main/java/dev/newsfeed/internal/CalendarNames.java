// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.internal;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Month and weekday names taken from the JDK's CLDR data rather than hand-typed tables, and
 * matched by {@link #key} without regard to case, accents, Arabic hamza and vowel marks, tatweel
 * or abbreviation dots ({@code fevrier}, {@code AOUT}, {@code ابريل}, {@code juil} all match).
 *
 * <p>Which names are accepted is the reader's choice, made by the factory it calls:
 *
 * <ul>
 *   <li>{@link #forLanguage} (the listing reader): one language in all its regional forms. An
 *       Arabic listing accepts the Egyptian and Gulf names CLDR gives {@code ar} ({@code مايو},
 *       {@code يوليو}), the Moroccan ones of {@code ar-MA} ({@code ماي}, {@code يوليوز}, {@code
 *       غشت}, {@code شتنبر}, {@code نونبر}, {@code دجنبر}), the Algerian and Tunisian ones ({@code
 *       جويلية}) and the Levantine ones ({@code تموز}, {@code كانون الثاني}).
 *   <li>{@link #fromLocales} (the feed date parser): exactly the names of the locales given, such
 *       as {@link #WIDESPREAD_LANGUAGES}, or {@code en} alone for the names RFC 822 writes.
 * </ul>
 *
 * <p>Where two locales give one name to different months (or weekdays), the earlier locale wins.
 */
public final class CalendarNames {
  /**
   * Languages whose dates turn up in any language's text: the project's own (English, French,
   * Arabic), then Spanish, German, Italian, Portuguese and Dutch.
   */
  public static final List<Locale> WIDESPREAD_LANGUAGES =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"),
          Locale.forLanguageTag("es"), Locale.GERMAN, Locale.ITALIAN, Locale.forLanguageTag("pt"),
          Locale.forLanguageTag("nl"));

  /** Regional forms whose names differ from the language's own, per CLDR. */
  private static final Map<String, List<String>> REGIONAL_FORMS =
      Map.of(
          "ar", List.of("ar-MA", "ar-DZ", "ar-TN", "ar-LB"),
          "en", List.of("en-GB"),
          "fr", List.of("fr-CA"));

  /** Every style but the narrow ones, whose single letters would match ordinary words. */
  private static final List<TextStyle> STYLES =
      List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE);

  private final Locale language;
  private final Map<String, Month> months;
  private final Map<String, DayOfWeek> weekdays;

  private CalendarNames(Locale language, Map<String, Month> months, Map<String, DayOfWeek> weekdays) {
    this.language = language;
    this.months = months;
    this.weekdays = weekdays;
  }

  /**
   * The names of {@code language} in its own region, its base language and the regional forms
   * whose names differ; the region given decides a name two forms give different months.
   *
   * @param language a listing's language, such as {@code fr} or {@code ar-MA}
   * @return the names
   */
  public static CalendarNames forLanguage(Locale language) {
    Objects.requireNonNull(language, "language");
    Set<Locale> sources = new LinkedHashSet<>();
    sources.add(language);
    sources.add(Locale.forLanguageTag(language.getLanguage()));
    for (String tag : REGIONAL_FORMS.getOrDefault(language.getLanguage(), List.of())) {
      sources.add(Locale.forLanguageTag(tag));
    }
    return fromLocales(List.copyOf(sources));
  }

  /**
   * The names CLDR gives exactly these locales, without their regional forms; the first locale is
   * the one {@link #language()} and {@link #nameOf} use.
   *
   * @param locales the locales, earlier ones winning a name later ones give another month
   * @return the names
   * @throws IllegalArgumentException if {@code locales} is empty
   */
  public static CalendarNames fromLocales(List<Locale> locales) {
    if (locales.isEmpty()) {
      throw new IllegalArgumentException("locales is empty");
    }
    Map<String, Month> months = new HashMap<>();
    Map<String, DayOfWeek> weekdays = new HashMap<>();
    for (Locale source : locales) {
      Map<String, Month> ownMonths = new HashMap<>();
      Map<String, DayOfWeek> ownWeekdays = new HashMap<>();
      Set<String> ambiguous = new HashSet<>();
      for (TextStyle style : STYLES) {
        for (Month month : Month.values()) {
          String name = key(month.getDisplayName(style, source));
          if (ownMonths.getOrDefault(name, month) != month) {
            ambiguous.add(name);
          }
          ownMonths.putIfAbsent(name, month);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
          String name = key(day.getDisplayName(style, source));
          if (ownWeekdays.getOrDefault(name, day) != day) {
            ambiguous.add(name);
          }
          ownWeekdays.putIfAbsent(name, day);
        }
      }
      // A short name a locale gives two months (Jola-Fonyi's "Sú") tells neither: left out, so
      // that a date using it is reported rather than read as the wrong month.
      ownMonths.keySet().removeAll(ambiguous);
      ownWeekdays.keySet().removeAll(ambiguous);
      ownMonths.forEach(months::putIfAbsent);
      ownWeekdays.forEach(weekdays::putIfAbsent);
    }
    months.remove("");
    weekdays.remove("");
    return new CalendarNames(locales.get(0), Map.copyOf(months), Map.copyOf(weekdays));
  }

  /**
   * The form in which names are compared: lower case, compatibility-decomposed, without
   * combining marks on Latin, Greek, Cyrillic, Arabic and Hebrew letters (accents, vowel signs and
   * hamza; other scripts keep theirs, which tell names apart), tatweel, format characters and
   * periods, with the Arabic letter variants alef wasla and alef maksura folded, and runs of
   * spaces as one space.
   *
   * @param word a word or two
   * @return the key
   */
  public static String key(CharSequence word) {
    String decomposed =
        Normalizer.normalize(word.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    boolean optionalMarks = true;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
      if (Character.isLetter(c)) {
        optionalMarks = hasOptionalMarks(Character.UnicodeScript.of(c));
      }
      if (mark && !optionalMarks) {
        out.appendCodePoint(c);
        continue;
      }
      if (mark
          || type == Character.FORMAT
          || c == '.'
          || c == '\u0640') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(
          switch (c) {
            case '\u0671' -> '\u0627'; // alef wasla → alef
            case '\u0649' -> '\u064A'; // alef maksura → yeh
            default -> c;
          });
    }
    return out.toString();
  }

  /**
   * Whether the marks on letters of {@code script} are accents and vowel signs an editor may leave
   * out (Latin, Greek and Cyrillic accents, Arabic and Hebrew vowel signs and hamza), rather than
   * part of the letters, as Thai, Devanagari or Tibetan vowel signs are (without them, {@code
   * มี.ค.}, March, would be {@code ม.ค.}, January).
   */
  private static boolean hasOptionalMarks(Character.UnicodeScript script) {
    return switch (script) {
      case LATIN, GREEK, CYRILLIC, ARABIC, HEBREW, COMMON, INHERITED -> true;
      default -> false;
    };
  }

  /**
   * The language of names in messages: the listing's, or the first locale given.
   *
   * @return the language
   */
  public Locale language() {
    return language;
  }

  /**
   * The month named {@code key}.
   *
   * @param key a {@link #key} of one or two words
   * @return the month, or empty
   */
  public Optional<Month> month(String key) {
    return Optional.ofNullable(months.get(key));
  }

  /**
   * The weekday named {@code key}.
   *
   * @param key a {@link #key}
   * @return the weekday, or empty
   */
  public Optional<DayOfWeek> weekday(String key) {
    return Optional.ofNullable(weekdays.get(key));
  }

  /**
   * Whether {@code key} is a near miss of a month or weekday name: at most one edit away (two for
   * words of four letters or more), a swap of two neighbours counting as one edit, so that {@code
   * juilet}, {@code Juyl} and {@code Samdi} are taken for misspelt dates.
   *
   * @param key a {@link #key}
   * @return true if some name is that close
   */
  public boolean resemblesName(String key) {
    int limit = key.length() >= 4 ? 2 : 1;
    for (String name : months.keySet()) {
      if (distance(key, name, limit) <= limit) {
        return true;
      }
    }
    for (String name : weekdays.keySet()) {
      if (distance(key, name, limit) <= limit) {
        return true;
      }
    }
    return false;
  }

  /**
   * The optimal string alignment distance of two short strings (Levenshtein plus transpositions),
   * or {@code limit + 1} as soon as it must exceed {@code limit}.
   */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * Whether {@code key} names a month in one of the {@link #WIDESPREAD_LANGUAGES}, in any of its
   * regional forms, so that {@code 30 juillet 2016} in an Arabic listing is reported as a date in
   * the wrong language instead of read as text.
   *
   * @param key a {@link #key}
   * @return true for such a month name
   */
  public static boolean isCommonMonthName(String key) {
    return CommonMonths.KEYS.contains(key);
  }

  /** Built on first use; immutable. */
  private static final class CommonMonths {
    static final Set<String> KEYS = build();

    private static Set<String> build() {
      Set<String> keys = new HashSet<>();
      for (Locale language : WIDESPREAD_LANGUAGES) {
        keys.addAll(forLanguage(language).months.keySet());
      }
      return Set.copyOf(keys);
    }
  }

  /**
   * The name of {@code month} in this language, for messages.
   *
   * @param month the month
   * @return its full name
   */
  public String nameOf(Month month) {
    return month.getDisplayName(TextStyle.FULL, language);
  }

  /**
   * The name of {@code day} in this language, for messages.
   *
   * @param day the weekday
   * @return its full name
   */
  public String nameOf(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, language);
  }
}
