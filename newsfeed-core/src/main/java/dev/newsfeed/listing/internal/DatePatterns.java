// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.internal.CalendarNames;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Long and medium dates the way CLDR (the JDK's locale data) writes them in a language, read from
 * that language's own date patterns: {@code d 'de' MMMM 'de' y} gives {@code 30 de julio de 2016},
 * {@code d. MMMM y} gives {@code 30. Juli 2016}, {@code y年M月d日} gives {@code 2016年7月30日},
 * {@code d בMMMM y} gives {@code 30 ביולי 2016}.
 *
 * <p>Each pattern (full, long and medium, those with a month name or a word between the fields)
 * becomes a short list of elements matched against the line folded as {@link CalendarNames#key}
 * folds names (case, accents and periods ignored, digits of any script read as digits). Literal
 * words ({@code de}, {@code г.}) and the weekday are optional, so that an editor who leaves them
 * out is still understood; punctuation and spaces between fields are skipped. A handful of
 * elements per pattern and lines of at most {@link DateGrammar#MAX_DATE_LENGTH} code points keep a
 * match bounded.
 */
final class DatePatterns {
  private enum Kind { DAY, MONTH_NAME, MONTH_NUMBER, YEAR, WEEKDAY, ERA, LITERAL }

  /**
   * One element of a pattern.
   *
   * @param kind what it matches
   * @param literal the folded text of a literal
   * @param glued whether the next element follows it without a space or punctuation
   */
  private record Element(Kind kind, String literal, boolean glued) {}

  /** What a match found. */
  private static final class Fields {
    int day = -1;
    int month = -1;
    int year = -1;
    DayOfWeek weekday;
  }

  private final List<List<Element>> patterns = new ArrayList<>();
  private final Set<String> eras = new LinkedHashSet<>();
  private final Map<String, Month> months = new HashMap<>();
  private final Map<String, DayOfWeek> weekdays = new HashMap<>();
  private final List<String> monthKeys;
  private final List<String> weekdayKeys;

  /**
   * The patterns of {@code language}.
   *
   * @param language the listing's language
   */
  DatePatterns(Locale language) {
    for (FormatStyle style : List.of(FormatStyle.FULL, FormatStyle.LONG, FormatStyle.MEDIUM)) {
      String pattern =
          DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, language);
      List<Element> elements = compile(pattern);
      if (!isPlainNumeric(pattern) && !patterns.contains(elements)) {
        patterns.add(elements);
      }
    }
    LocalDate sample = LocalDate.of(2016, 7, 30);
    for (String pattern : List.of("G", "GGGG")) {
      String era = fold(DateTimeFormatter.ofPattern(pattern, language).format(sample));
      if (!era.isEmpty()) {
        eras.add(era);
      }
    }
    Set<String> ambiguous = new HashSet<>();
    for (Month month : Month.values()) {
      for (TextStyle style : STYLES) {
        String key = fold(month.getDisplayName(style, language));
        if (!key.isEmpty() && months.getOrDefault(key, month) != month) {
          ambiguous.add(key);
        }
        months.putIfAbsent(key, month);
      }
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      for (TextStyle style : STYLES) {
        String key = fold(day.getDisplayName(style, language));
        if (!key.isEmpty() && weekdays.getOrDefault(key, day) != day) {
          ambiguous.add(key);
        }
        weekdays.putIfAbsent(key, day);
      }
    }
    // A name two months share (a short form in some languages) cannot tell them apart: a date
    // that uses it is not read rather than read wrong.
    months.keySet().removeAll(ambiguous);
    weekdays.keySet().removeAll(ambiguous);
    months.remove("");
    weekdays.remove("");
    // The longest name first, so that "julio" is not taken for "jul".
    monthKeys = months.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
    weekdayKeys = weekdays.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
  }

  private static final List<TextStyle> STYLES =
      List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE);

  /**
   * Whether {@code pattern} is one {@link DateGrammar}'s numeric dates already read, with the day
   * and month order of the whole listing: digits separated by one slash, period or hyphen.
   */
  private static boolean isPlainNumeric(String pattern) {
    boolean field = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == 'd' || c == 'M' || c == 'L' || c == 'y' || c == 'u') {
        if (c == 'M' || c == 'L') {
          int run = 1;
          while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
            run++;
          }
          if (run >= 3) {
            return false;
          }
        }
        field = true;
      } else if (c == '/' || c == '.' || c == '-') {
        if (!field || i + 1 >= pattern.length()) {
          return false;
        }
        field = false;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * The date {@code line} gives in one of the patterns.
   *
   * @param line the line, trimmed or not
   * @return the date and, if a weekday was written, the weekday; empty if no pattern matches or
   *     the fields make no date
   */
  Optional<Match> read(String line) {
    String folded = fold(line);
    for (List<Element> pattern : patterns) {
      Fields fields = new Fields();
      if (match(pattern, 0, folded, skipSeparators(folded, 0), fields, false)
          && DateGrammar.problemWith(fields.year, fields.month, fields.day).isEmpty()) {
        return Optional.of(new Match(LocalDate.of(fields.year, fields.month, fields.day),
            Optional.ofNullable(fields.weekday)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text} is a date in one of the patterns, the year left out or not, as the date
   * of a dateline may be ({@code Ginebra, 30 de julio - }).
   *
   * @param text the candidate
   * @return true if it is a possible date
   */
  boolean isDatelineDate(String text) {
    String folded = fold(text);
    for (List<Element> pattern : patterns) {
      Fields fields = new Fields();
      if (match(pattern, 0, folded, skipSeparators(folded, 0), fields, true) && fields.day > 0
          && fields.month > 0 && (fields.year < 0
              ? fields.day <= Month.of(fields.month).maxLength()
              : DateGrammar.problemWith(fields.year, fields.month, fields.day).isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A date read from a pattern.
   *
   * @param date the date
   * @param weekday the weekday written with it, if any
   */
  record Match(LocalDate date, Optional<DayOfWeek> weekday) {}

  private boolean match(
      List<Element> pattern, int index, String text, int at, Fields fields, boolean yearOptional) {
    if (index == pattern.size()) {
      return at == text.length();
    }
    Element element = pattern.get(index);
    if (element.kind == Kind.YEAR && yearOptional && at == text.length()) {
      return match(pattern, index + 1, text, at, fields, true);
    }
    boolean mayGlue = element.glued;
    switch (element.kind) {
      case DAY, MONTH_NUMBER, YEAR -> {
        int end = at;
        while (end < text.length() && end - at < 4 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
          end++;
        }
        int digits = end - at;
        if (digits == 0 || end < text.length() && Character.isDigit(text.charAt(end))) {
          return false;
        }
        boolean fits = element.kind == Kind.YEAR ? digits == 4 : digits <= 2;
        if (!fits) {
          return false;
        }
        int value = Integer.parseInt(text.substring(at, end));
        int saved = element.kind == Kind.DAY ? fields.day : element.kind == Kind.YEAR ? fields.year : fields.month;
        set(fields, element.kind, value);
        if (match(pattern, index + 1, text, skipSeparators(text, end), fields, yearOptional)) {
          return true;
        }
        set(fields, element.kind, saved);
        return false;
      }
      case MONTH_NAME -> {
        for (String key : monthKeys) {
          if (text.startsWith(key, at) && (mayGlue || boundary(text, at + key.length()))) {
            int saved = fields.month;
            fields.month = months.get(key).getValue();
            if (match(pattern, index + 1, text, skipSeparators(text, at + key.length()), fields, yearOptional)) {
              return true;
            }
            fields.month = saved;
          }
        }
        return false;
      }
      case WEEKDAY -> {
        for (String key : weekdayKeys) {
          if (text.startsWith(key, at) && (mayGlue || boundary(text, at + key.length()))) {
            DayOfWeek saved = fields.weekday;
            fields.weekday = weekdays.get(key);
            if (match(pattern, index + 1, text, skipSeparators(text, at + key.length()), fields, yearOptional)) {
              return true;
            }
            fields.weekday = saved;
          }
        }
        return match(pattern, index + 1, text, at, fields, yearOptional);
      }
      case ERA -> {
        for (String era : eras) {
          if (text.startsWith(era, at) && boundary(text, at + era.length())
              && match(pattern, index + 1, text, skipSeparators(text, at + era.length()), fields, yearOptional)) {
            return true;
          }
        }
        return match(pattern, index + 1, text, at, fields, yearOptional);
      }
      default -> {
        String literal = element.literal;
        if (text.startsWith(literal, at) && (mayGlue || boundary(text, at + literal.length()))
            && match(pattern, index + 1, text, skipSeparators(text, at + literal.length()), fields, yearOptional)) {
          return true;
        }
        return match(pattern, index + 1, text, at, fields, yearOptional);
      }
    }
  }

  private static void set(Fields fields, Kind kind, int value) {
    switch (kind) {
      case DAY -> fields.day = value;
      case YEAR -> fields.year = value;
      default -> fields.month = value;
    }
  }

  /** Whether a word ends at {@code at}: the end, a space, or anything but a letter or mark. */
  private static boolean boundary(String text, int at) {
    if (at >= text.length()) {
      return true;
    }
    int c = text.codePointAt(at);
    return !Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
        && Character.getType(c) != Character.COMBINING_SPACING_MARK;
  }

  private static int skipSeparators(String text, int at) {
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    return at;
  }

  /**
   * The line as names are compared: each letter folded by {@link CalendarNames#key}, digits of
   * any script as ASCII digits, and spaces and punctuation as single spaces.
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      int c = line.codePointAt(i);
      if (Character.isDigit(c)) {
        out.append((char) ('0' + Character.digit(c, 10)));
        i += Character.charCount(c);
      } else if (isWordChar(c)) {
        int start = i;
        while (i < line.length() && isWordChar(line.codePointAt(i))) {
          i += Character.charCount(line.codePointAt(i));
        }
        out.append(CalendarNames.key(line.substring(start, i)));
        // The period of an abbreviation goes with it, as CalendarNames.key drops it: "juil.".
        if (i < line.length() && line.charAt(i) == '.') {
          i++;
        }
      } else {
        i += Character.charCount(c);
        if (c != '\u0640' && Character.getType(c) != Character.FORMAT && out.length() > 0
            && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
  }

  private static boolean isWordChar(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /**
   * The elements of a CLDR date pattern (the syntax of {@link DateTimeFormatter#ofPattern}): the
   * fields, and between them the literal text, quoted or not, as folded words. An element is glued
   * to the next when nothing separates them ({@code d בMMMM}, {@code y年M月d日}).
   */
  private static List<Element> compile(String pattern) {
    List<Element> elements = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        i++;
        while (i < pattern.length()) {
          if (pattern.charAt(i) == '\'') {
            if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
              literal.append('\'');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          literal.append(pattern.charAt(i++));
        }
      } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        int start = i;
        while (i < pattern.length() && pattern.charAt(i) == c) {
          i++;
        }
        int count = i - start;
        Kind kind = switch (c) {
          case 'd' -> Kind.DAY;
          case 'M', 'L' -> count >= 3 ? Kind.MONTH_NAME : Kind.MONTH_NUMBER;
          case 'y', 'u' -> Kind.YEAR;
          case 'E', 'c', 'e' -> Kind.WEEKDAY;
          case 'G' -> Kind.ERA;
          default -> null;
        };
        if (kind != null) {
          flush(elements, literal, true);
          elements.add(new Element(kind, "", false));
        }
      } else {
        literal.append(c);
        i++;
      }
    }
    flush(elements, literal, false);
    return List.copyOf(elements);
  }

  /** Adds the literal text read since the last field, before a field if {@code beforeField}. */
  private static void flush(List<Element> elements, StringBuilder literal, boolean beforeField) {
    String text = literal.toString();
    literal.setLength(0);
    if (!elements.isEmpty() && (text.isEmpty() || !startsWithSeparator(text))) {
      Element last = elements.get(elements.size() - 1);
      elements.set(elements.size() - 1, new Element(last.kind, last.literal, true));
    }
    String folded = fold(text);
    if (folded.isEmpty()) {
      return;
    }
    // A literal of several words is as many literals: "'ngày' dd" or "y 'оны' MMMM".
    String[] words = folded.split(" ");
    for (int w = 0; w < words.length; w++) {
      boolean glued = w == words.length - 1 && beforeField && !endsWithSeparator(text);
      elements.add(new Element(Kind.LITERAL, words[w], glued));
    }
  }

  private static boolean startsWithSeparator(String literal) {
    return !isWordChar(literal.codePointAt(0)) && !Character.isDigit(literal.codePointAt(0));
  }

  private static boolean endsWithSeparator(String literal) {
    int c = literal.codePointBefore(literal.length());
    return !isWordChar(c) && !Character.isDigit(c);
  }
}
