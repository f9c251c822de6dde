package dev.newsfeed.listing.internal;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The month and weekday names a listing may use, taken from the JDK's CLDR data rather than
 * hand-typed tables, and matched without regard to case, accents or Arabic hamza and vowel marks
 * ({@code fevrier}, {@code AOUT}, {@code ابريل} all match).
 *
 * <p>A language accepts the names of its regional forms too: an Arabic listing accepts the
 * Egyptian and Gulf names CLDR gives {@code ar} ({@code مايو}, {@code يوليو}), the Moroccan ones
 * of {@code ar-MA} ({@code ماي}, {@code يوليوز}, {@code غشت}, {@code شتنبر}, {@code نونبر}, {@code
 * دجنبر}), the Algerian and Tunisian ones ({@code جويلية}) and the Levantine ones ({@code تموز},
 * {@code كانون الثاني}).
 */
public final class DateLexicon {
  /** Regional forms whose names differ from the language's own, per CLDR. */
  private static final Map<String, List<String>> REGIONAL_FORMS =
      Map.of(
          "ar", List.of("ar-MA", "ar-DZ", "ar-TN", "ar-LB"),
          "en", List.of("en-GB"),
          "fr", List.of("fr-CA"));

  private static final List<TextStyle> STYLES =
      List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE);

  /** Ordinal suffixes glued to a day: French {@code 1er}, English {@code 1st}, {@code 30th}. */
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("er", "st", "nd", "rd", "th");

  private final Locale language;
  private final Map<String, Month> months;
  private final Map<String, DayOfWeek> weekdays;

  private DateLexicon(Locale language, Map<String, Month> months, Map<String, DayOfWeek> weekdays) {
    this.language = language;
    this.months = months;
    this.weekdays = weekdays;
  }

  /**
   * The names for a listing in {@code language}.
   *
   * @param language the listing's language
   * @return the lexicon
   */
  public static DateLexicon of(Locale language) {
    Set<Locale> sources = new LinkedHashSet<>();
    sources.add(language);
    sources.add(Locale.forLanguageTag(language.getLanguage()));
    for (String tag : REGIONAL_FORMS.getOrDefault(language.getLanguage(), List.of())) {
      sources.add(Locale.forLanguageTag(tag));
    }
    Map<String, Month> months = new HashMap<>();
    Map<String, DayOfWeek> weekdays = new HashMap<>();
    for (Locale source : sources) {
      for (TextStyle style : STYLES) {
        for (Month month : Month.values()) {
          // The first source wins a name two months share, so the listing's own region decides.
          months.putIfAbsent(key(month.getDisplayName(style, source)), month);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
          weekdays.putIfAbsent(key(day.getDisplayName(style, source)), day);
        }
      }
    }
    months.remove("");
    weekdays.remove("");
    return new DateLexicon(language, Map.copyOf(months), Map.copyOf(weekdays));
  }

  /**
   * The form in which names are compared: lower case, compatibility-decomposed, without
   * combining marks (accents, Arabic vowel signs and hamza), tatweel, format characters and
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
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
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
   * The language this lexicon is for.
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
   * Whether {@code key} is an ordinal suffix written against a day number ({@code 1er}, {@code
   * 2nd}).
   *
   * @param key a {@link #key}
   * @return true for an ordinal suffix
   */
  public boolean isOrdinalSuffix(String key) {
    return ORDINAL_SUFFIXES.contains(key);
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
   * Whether {@code key} names a month in one of a few widespread languages (those with regional
   * forms above, and Spanish, German, Italian, Portuguese, Dutch), so that {@code 30 juillet 2016}
   * in an Arabic listing is reported as a date in the wrong language instead of read as text.
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
      Set<String> keys = new java.util.HashSet<>();
      for (String tag : List.of("en", "fr", "ar", "es", "de", "it", "pt", "nl")) {
        keys.addAll(of(Locale.forLanguageTag(tag)).months.keySet());
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
