// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.internal.CalendarNames;
import dev.newsfeed.internal.Texts;
import dev.newsfeed.listing.internal.Paragraph.Located;
import dev.newsfeed.text.LocalizedDateFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The dates of a listing: a tokenizer and a small recursive-descent grammar, no regular
 * expressions.
 *
 * <p>A date line is numeric ({@code 07/30/2016}, {@code 30.07.16}, {@code 2016-07-30}) or long
 * ({@code 30 juillet 2016}, {@code samedi 30 juillet 2016}, {@code 1er juillet 2016}, {@code July
 * 30, 2016}, {@code Saturday, July 30th, 2016}, {@code السبت، 30 يوليوز 2016}, {@code ٣٠ يوليو
 * ٢٠١٦}). Digits of any script count (Arabic-Indic and Eastern Arabic-Indic included); bidi marks
 * are ignored. Month and weekday names come from {@link CalendarNames}.
 *
 * <p>A line that is not a date at all is told apart from one that looks like a date but is wrong
 * ({@code 02/30/2016}, {@code 30 juilet 2016}, {@code 30 juillet}): only the first may be text, so
 * that a mistyped date is reported instead of becoming part of a summary.
 */
public final class DateGrammar {
  /**
   * Longer lines are never date lines: {@code Saturday, September 30th, 2016} has 31, the longest
   * full date CLDR writes (Makonde's, with a 30-letter December) 66.
   */
  public static final int MAX_DATE_LENGTH = 80;

  private static final LocalDate EXAMPLE = LocalDate.of(2016, 7, 30);

  private static final NotADate NOT_A_DATE = new NotADate();

  /** Ordinal suffixes glued to a day: French {@code 1er}, English {@code 1st}, {@code 30th}. */
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("er", "st", "nd", "rd", "th");

  private final CalendarNames names;
  private final TimeOfDay times;
  private DatePatterns patterns;

  /**
   * A grammar using the month and weekday names of {@code names}.
   *
   * @param names the names, usually {@link CalendarNames#forLanguage} of the listing's language
   */
  public DateGrammar(CalendarNames names) {
    this.names = names;
    this.times = new TimeOfDay(names.language());
  }

  /** What a line is, as a date. */
  public sealed interface DateParse permits NotADate, Invalid, Fixed, DayMonth {}

  /** The line is not meant as a date. */
  public record NotADate() implements DateParse {}

  /**
   * The line is meant as a date but is wrong.
   *
   * @param column where the problem is
   * @param message what was expected and found
   */
  public record Invalid(int column, String message) implements DateParse {}

  /**
   * A date whose fields are known: long form or year first.
   *
   * @param column where the date starts
   * @param text the date as written
   * @param date the date
   * @param numeric whether it was written with digits only ({@code 2016-07-30})
   * @param warnings what was guessed (a two-digit year, a weekday that does not match)
   * @param time the time written after the date, if any
   */
  public record Fixed(int column, String text, LocalDate date, boolean numeric, List<Located> warnings,
      Optional<TimeOfDay.Found> time) implements DateParse {
    Fixed withTime(Optional<TimeOfDay.Found> found) {
      return new Fixed(column, text, date, numeric, warnings, found);
    }
  }

  /**
   * A numeric date with the year last, whose day/month order is decided for the whole listing.
   *
   * @param column where the date starts
   * @param text the date as written
   * @param first the first field, 1 to 31
   * @param second the second field, 1 to 31, not both above 12
   * @param year the year
   * @param warnings what was guessed (a two-digit year)
   * @param time the time written after the date, if any
   */
  public record DayMonth(
      int column, String text, int first, int second, int year, List<Located> warnings,
      Optional<TimeOfDay.Found> time) implements DateParse {
    DayMonth withTime(Optional<TimeOfDay.Found> found) {
      return new DayMonth(column, text, first, second, year, warnings, found);
    }
  }

  /**
   * Reads a line that stands alone in its paragraph.
   *
   * @param line the line as written
   * @param lineNumber its number, for warnings
   * @return what the line is
   */
  public DateParse parseLine(String line, int lineNumber) {
    String whole = Texts.trim(line);
    if (whole.length() > 2 * MAX_DATE_LENGTH
        || whole.codePointCount(0, whole.length()) > MAX_DATE_LENGTH) {
      return NOT_A_DATE;
    }
    // Every date has a digit (a day, a year), and most lines of a listing with none are titles:
    // they need no tokens (tokenising every title was 21 % of a parse, JFR).
    if (!hasDigit(whole)) {
      return NOT_A_DATE;
    }
    DateParse simple = simpleNumeric(line, whole);
    return simple != null ? simple : parseLineInFull(line, lineNumber);
  }

  /**
   * {@link #parseLine} without the fast path for the common numeric date, which {@code
   * DateGrammarFastPathTest} compares with it.
   */
  DateParse parseLineInFull(String line, int lineNumber) {
    Optional<TimeOfDay.Found> time = times.find(line);
    if (time.isPresent()) {
      DateParse date = parseDate(line.substring(0, time.get().dateEnd()), lineNumber);
      if (date instanceof Fixed fixed) {
        return fixed.withTime(time);
      }
      if (date instanceof DayMonth dayMonth) {
        return dayMonth.withTime(time);
      }
    }
    return parseDate(line, lineNumber);
  }

  /**
   * The line's reading when it is just a valid numeric date with a year of four ASCII digits, in
   * the usual orders ({@code 07/30/2016}, {@code 30.07.2016}, {@code 2016-07-30}), else null for
   * the tokenizer and grammar to read: the same result, without a token list (a listing's every
   * date line is one of these).
   */
  private static DateParse simpleNumeric(String line, String text) {
    int n = text.length();
    if (n < 8 || n > 10) {
      return null;
    }
    char separator;
    int yearFirst = n > 4 ? digitsAt(text, 0) : 0;
    if (yearFirst == 4) {
      separator = text.charAt(4);
      int b = digitsAt(text, 5);
      if (b < 1 || b > 2 || 5 + b >= n || text.charAt(5 + b) != separator) {
        return null;
      }
      int c = digitsAt(text, 6 + b);
      if (c < 1 || c > 2 || 6 + b + c != n || !isSimpleSeparator(separator)) {
        return null;
      }
      int year = number(text, 0, 4);
      int month = number(text, 5, 5 + b);
      int day = number(text, 6 + b, n);
      if (problemWith(year, month, day).isPresent()) {
        return null;
      }
      return new Fixed(columnOfText(line), text, LocalDate.of(year, month, day), true, List.of(),
          Optional.empty());
    }
    int a = yearFirst;
    if (a < 1 || a > 2 || a >= n) {
      return null;
    }
    separator = text.charAt(a);
    int b = digitsAt(text, a + 1);
    if (!isSimpleSeparator(separator) || b < 1 || b > 2 || a + 1 + b >= n
        || text.charAt(a + 1 + b) != separator || digitsAt(text, a + 2 + b) != 4 || a + b + 6 != n) {
      return null;
    }
    int first = number(text, 0, a);
    int second = number(text, a + 1, a + 1 + b);
    if (first < 1 || first > 31 || second < 1 || second > 31 || first > 12 && second > 12) {
      return null;
    }
    return new DayMonth(columnOfText(line), text, first, second, number(text, n - 4, n), List.of(),
        Optional.empty());
  }

  private static boolean isSimpleSeparator(char c) {
    return c == '/' || c == '.' || c == '-';
  }

  /** How many ASCII digits {@code text} has from {@code from} on, at most 5. */
  private static int digitsAt(String text, int from) {
    int i = from;
    while (i < text.length() && i - from < 5 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
  }

  /** Whether {@code text} has a digit of any script. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if (c >= 0x80 && (Character.isDigit(c)
          || Character.isHighSurrogate(c) && Character.isDigit(text.codePointAt(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The grammar's reading of a date, and where it finds none, the reading of the language's own
   * CLDR patterns ({@code 30 de julio de 2016}, {@code 30. Juli 2016}, {@code 2016年7月30日}).
   */
  private DateParse parseDate(String line, int lineNumber) {
    DateParse parsed = parseWithGrammar(line, lineNumber);
    // Every CLDR pattern has a day and a year: a line with fewer numbers (most titles) is none.
    if (parsed instanceof Fixed || parsed instanceof DayMonth || numbersIn(line) < 2) {
      return parsed;
    }
    Optional<DatePatterns.Match> match = patterns().read(line);
    if (match.isEmpty()) {
      return parsed;
    }
    LocalDate date = match.get().date();
    int column = columnOfText(line);
    List<Located> warnings = new ArrayList<>();
    match.get().weekday().filter(day -> day != date.getDayOfWeek()).ifPresent(day -> warnings.add(
        new Located(lineNumber, column, "expected " + names.nameOf(date.getDayOfWeek()) + " for " + date
            + ", found " + names.nameOf(day))));
    return new Fixed(column, Texts.trim(line), date, false, List.copyOf(warnings), Optional.empty());
  }

  /**
   * Built on first use: most listings never need it. A race builds it twice at worst; every field
   * of {@link DatePatterns} is final, so another thread sees it whole.
   */
  private DatePatterns patterns() {
    if (patterns == null) {
      patterns = new DatePatterns(names.language());
    }
    return patterns;
  }

  /** How many runs of digits {@code text} has. */
  private static int numbersIn(String text) {
    int runs = 0;
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      boolean digit = Character.isDigit(text.charAt(i))
          || Character.isHighSurrogate(text.charAt(i)) && Character.isDigit(text.codePointAt(i));
      if (digit && !inRun) {
        runs++;
      }
      inRun = digit;
    }
    return runs;
  }

  private static int columnOfText(String line) {
    int i = 0;
    while (i < line.length() && Texts.isSpace(line.charAt(i))) {
      i++;
    }
    return line.codePointCount(0, i) + 1;
  }

  private DateParse parseWithGrammar(String line, int lineNumber) {
    // A character no date token has (the parenthesis of "Bilan (3)") rules the line out before
    // any token is built.
    if (hasOtherCharacter(line)) {
      return NOT_A_DATE;
    }
    String text = Texts.trim(line);
    List<Token> tokens = tokenize(line);
    if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.kind == Kind.OTHER)) {
      return NOT_A_DATE;
    }
    int endColumn = endColumn(line);
    if (isNumericShape(tokens)) {
      return numeric(tokens, text, lineNumber);
    }
    int numbers = 0;
    int words = 0;
    for (Token token : tokens) {
      if (token.kind == Kind.NUMBER) {
        numbers++;
      } else if (token.kind == Kind.WORD && !token.joined) {
        words++;
      }
    }
    if (numbers == 0 || words == 0 || words > 4) {
      return new NotADate();
    }
    Cursor cursor = new Cursor(tokens, endColumn, false);
    try {
      LongDate parsed = parseLong(cursor);
      return fixed(parsed, text, tokens.get(0).column, lineNumber);
    } catch (Mismatch e) {
      return looksLikeDate(tokens) ? new Invalid(e.column, e.getMessage()) : new NotADate();
    }
  }

  /**
   * Whether {@code text} is the date part of a dateline, after {@code PLACE,}: a day or day range
   * ({@code 16-19}), an optional weekday, a month name and an optional year, in the orders the
   * language writes them ({@code 16-19 mai 2016}, {@code mercredi 23 mars}, {@code Wednesday,
   * March 23}, {@code May 16-19, 2016}).
   *
   * @param text the candidate
   * @return true if it is such a date
   */
  public boolean isDatelineDate(String text) {
    List<Token> tokens = tokenize(text);
    if (tokens.isEmpty() || tokens.size() > 16) {
      return false;
    }
    if (tokens.stream().anyMatch(t -> t.kind == Kind.OTHER)) {
      return numbersIn(text) > 0 && patterns().isDatelineDate(text);
    }
    try {
      LongDate parsed = parseLong(new Cursor(tokens, 0, true));
      if (parsed.year != null) {
        return problemWith(parsed.year.value, parsed.month.getValue(), parsed.day.value).isEmpty()
            && (parsed.endDay == null
                || problemWith(parsed.year.value, parsed.month.getValue(), parsed.endDay.value).isEmpty());
      }
      return parsed.day.value <= parsed.month.maxLength()
          && (parsed.endDay == null || parsed.endDay.value <= parsed.month.maxLength());
    } catch (Mismatch e) {
      return numbersIn(text) > 0 && patterns().isDatelineDate(text);
    }
  }

  /**
   * An example date in the language's CLDR long form, for messages: {@code 30 juillet 2016},
   * {@code July 30, 2016}.
   *
   * @return the example
   */
  public String longExample() {
    return LocalizedDateFormat.of(FormatStyle.LONG, names.language()).format(EXAMPLE);
  }

  // ---- numeric dates

  private static boolean isNumericShape(List<Token> t) {
    return t.size() >= 5
        && t.get(0).kind == Kind.NUMBER
        && isNumericSeparator(t.get(1))
        && t.get(2).kind == Kind.NUMBER
        && isNumericSeparator(t.get(3))
        && t.get(4).kind == Kind.NUMBER;
  }

  private static boolean isNumericSeparator(Token t) {
    return t.kind == Kind.SLASH || t.kind == Kind.DOT || t.kind == Kind.DASH && t.text.equals("-");
  }

  private DateParse numeric(List<Token> t, String text, int lineNumber) {
    Token a = t.get(0);
    Token b = t.get(2);
    Token c = t.get(4);
    if (t.size() > 5) {
      // 07/30/2016. is a date with a stray period; 1.2.3 Release is a title.
      boolean punctuationOnly =
          t.subList(5, t.size()).stream().allMatch(x -> x.kind != Kind.WORD && x.kind != Kind.NUMBER);
      return punctuationOnly
          ? new Invalid(t.get(5).column, "expected the end of the date, found " + quote(t.get(5)))
          : new NotADate();
    }
    if (!t.get(1).text.equals(t.get(3).text)) {
      return new Invalid(t.get(3).column, "expected the same separator between the fields of a date, found "
          + quote(t.get(1)) + " then " + quote(t.get(3)));
    }
    if (a.digits == 4) {
      if (b.digits > 2) {
        return new Invalid(b.column, "expected a month of 1 or 2 digits, found " + quote(b));
      }
      if (c.digits > 2) {
        return new Invalid(c.column, "expected a day of 1 or 2 digits, found " + quote(c));
      }
      Optional<String> problem = problemWith(a.value, b.value, c.value);
      if (problem.isPresent()) {
        return new Invalid(b.value < 1 || b.value > 12 ? b.column : a.column, problem.get());
      }
      return new Fixed(a.column, text, LocalDate.of(a.value, b.value, c.value), true, List.of(),
          Optional.empty());
    }
    if (a.digits > 2) {
      return new Invalid(a.column,
          "expected a day or month of 1 or 2 digits, or a year of 4 digits, found " + quote(a));
    }
    if (b.digits > 2) {
      return new Invalid(b.column, "expected a day or month of 1 or 2 digits, found " + quote(b));
    }
    List<Located> warnings = new ArrayList<>();
    Integer year = year(c, lineNumber, warnings);
    if (year == null) {
      return new Invalid(c.column, "expected a year of 4 digits, found " + quote(c));
    }
    for (Token field : List.of(a, b)) {
      if (field.value == 0) {
        return new Invalid(field.column, "expected a day or month from 1, found " + quote(field));
      }
      if (field.value > 31) {
        return new Invalid(field.column, "expected a day from 1 to 31 or a month from 1 to 12, found "
            + quote(field));
      }
    }
    if (a.value > 12 && b.value > 12) {
      return new Invalid(a.column, "expected a month from 1 to 12 in the first or second field, found ["
          + text + "]");
    }
    return new DayMonth(a.column, text, a.value, b.value, year, List.copyOf(warnings), Optional.empty());
  }

  /** The year a numeric field gives: 4 digits as is, 2 digits in the 2000s with a warning. */
  private static Integer year(Token token, int lineNumber, List<Located> warnings) {
    if (token.digits == 4) {
      return token.value;
    }
    if (token.digits == 2) {
      int year = 2000 + token.value;
      warnings.add(new Located(lineNumber, token.column, "two-digit year " + token.text
          + " read as " + year + "; write the year with four digits"));
      return year;
    }
    return null;
  }

  /**
   * Why {@code year-month-day} is not a date.
   *
   * @param year the year
   * @param month the month, 1 to 12 if valid
   * @param day the day of the month
   * @return the reason, such as {@code February 2016 has no day 30}, or empty if it is a date
   */
  public static Optional<String> problemWith(int year, int month, int day) {
    if (month < 1 || month > 12) {
      return Optional.of("expected a month from 1 to 12, found " + month);
    }
    if (day < 1) {
      return Optional.of("expected a day from 1, found " + day);
    }
    if (!YearMonth.of(year, month).isValidDay(day)) {
      return Optional.of(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
          + " has no day " + day);
    }
    return Optional.empty();
  }

  // ---- long dates

  /** The parts of a long date; the year is absent only in a dateline. */
  private record LongDate(
      DayOfWeek weekday, Token weekdayToken, Token day, Token endDay, Month month, Token monthToken, Token year) {}

  private LongDate parseLong(Cursor in) {
    DayOfWeek weekday = null;
    Token weekdayToken = null;
    if (in.at(Kind.WORD) && monthAt(in) == null) {
      Token word = in.peek();
      weekday = names.weekday(CalendarNames.key(word.text)).orElseThrow(() -> in.mismatch(
          "expected a day, a month or a weekday such as " + longExample() + ", found " + quote(word)));
      weekdayToken = word;
      in.advance();
      in.skip(Kind.COMMA);
    }
    Token day;
    Token endDay = null;
    Month month;
    Token monthToken;
    Token year = null;
    if (in.at(Kind.NUMBER)) {
      day = in.next();
      endDay = endOfDayRange(in);
      monthToken = in.peekOrNull();
      month = month(in, "after the day " + quote(day));
      in.skip(Kind.DOT);
      boolean comma = in.skip(Kind.COMMA);
      year = year(in, monthToken, comma);
    } else {
      monthToken = in.peekOrNull();
      if (monthAt(in) == null) {
        throw in.mismatch("expected a day or a month name such as " + longExample() + ", found "
            + in.found());
      }
      month = month(in, "");
      in.skip(Kind.DOT);
      if (!in.at(Kind.NUMBER)) {
        throw in.mismatch("expected a day after " + quote(monthToken) + ", found " + in.found());
      }
      day = in.next();
      endDay = endOfDayRange(in);
      boolean comma = in.skip(Kind.COMMA);
      year = year(in, monthToken, comma);
    }
    if (!in.atEnd()) {
      throw in.mismatch("expected the end of the date, found " + in.found());
    }
    for (Token each : endDay == null ? List.of(day) : List.of(day, endDay)) {
      if (each.digits > 2 || each.value < 1 || each.value > 31) {
        throw new Mismatch(each.column, "expected a day from 1 to 31, found " + quote(each));
      }
    }
    if (year != null && year.digits != 4 && year.digits != 2) {
      throw new Mismatch(year.column, "expected a year of four digits, found " + quote(year));
    }
    return new LongDate(weekday, weekdayToken, day, endDay, month, monthToken, year);
  }

  private Token year(Cursor in, Token monthToken, boolean afterComma) {
    if (in.at(Kind.NUMBER)) {
      Token year = in.next();
      // Arabic writes the Gregorian era as a letter glued to the year: 2016م.
      if (in.at(Kind.WORD) && in.peek().joined && CalendarNames.key(in.peek().text).equals("\u0645")) {
        in.advance();
      }
      return year;
    }
    if (in.dateline && !afterComma) {
      return null;
    }
    throw in.mismatch("expected a year after " + quote(monthToken) + ", found " + in.found());
  }

  private Month month(Cursor in, String where) {
    int before = in.index;
    Month month = monthAt(in);
    if (month == null) {
      throw in.mismatch("expected a month name such as " + names.nameOf(Month.JULY)
          + (where.isEmpty() ? "" : " " + where) + ", found " + in.found());
    }
    in.index = before + in.lastMonthLength;
    return month;
  }

  /** The month named at the cursor, in one or two words (Levantine {@code كانون الثاني}). */
  private Month monthAt(Cursor in) {
    if (!in.at(Kind.WORD)) {
      return null;
    }
    if (in.peekAt(1, Kind.WORD) && !in.peekToken(1).joined) {
      Optional<Month> two =
          names.month(CalendarNames.key(in.peek().text + " " + in.peekToken(1).text));
      if (two.isPresent()) {
        in.lastMonthLength = 2;
        return two.get();
      }
    }
    in.lastMonthLength = 1;
    return names.month(CalendarNames.key(in.peek().text)).orElse(null);
  }

  /**
   * After a day: its ordinal suffix ({@code 1er}), and in a dateline the end of a day range
   * ({@code 16-19}), which is returned.
   */
  private Token endOfDayRange(Cursor in) {
    skipOrdinal(in);
    if (in.dateline && in.at(Kind.DASH) && in.peekAt(1, Kind.NUMBER)) {
      in.advance();
      Token end = in.next();
      skipOrdinal(in);
      return end;
    }
    return null;
  }

  private void skipOrdinal(Cursor in) {
    if (in.at(Kind.WORD) && in.peek().joined && ORDINAL_SUFFIXES.contains(CalendarNames.key(in.peek().text))) {
      in.advance();
    }
  }

  private DateParse fixed(LongDate parsed, String text, int column, int lineNumber) {
    List<Located> warnings = new ArrayList<>();
    int year;
    if (parsed.year.digits == 2) {
      year = year(parsed.year, lineNumber, warnings);
    } else {
      year = parsed.year.value;
    }
    Optional<String> problem = problemWith(year, parsed.month.getValue(), parsed.day.value);
    if (problem.isPresent()) {
      return new Invalid(column, problem.get());
    }
    LocalDate date = LocalDate.of(year, parsed.month, parsed.day.value);
    if (parsed.weekday != null && parsed.weekday != date.getDayOfWeek()) {
      warnings.add(new Located(lineNumber, parsed.weekdayToken.column, "expected "
          + names.nameOf(date.getDayOfWeek()) + " for " + date + ", found "
          + quote(parsed.weekdayToken)));
    }
    return new Fixed(column, text, date, false, List.copyOf(warnings), Optional.empty());
  }

  /**
   * Whether a line the long grammar rejected was still meant as a date: every word is a month or
   * weekday name ({@code 30 juillet}), but for one that is a near miss of one ({@code 30 juilet
   * 2016}, {@code Samdi 30 juillet 2016}). A title such as {@code Signature le 3 juin 2016} or
   * {@code Bilan 3 juin 2016} is not.
   */
  private boolean looksLikeDate(List<Token> tokens) {
    boolean month = false;
    String unknown = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind != Kind.WORD || token.joined) {
        continue;
      }
      String key = CalendarNames.key(token.text);
      if (i + 1 < tokens.size() && tokens.get(i + 1).kind == Kind.WORD
          && names.month(key + " " + CalendarNames.key(tokens.get(i + 1).text)).isPresent()) {
        month = true;
        i++;
      } else if (names.month(key).isPresent()) {
        month = true;
      } else if (names.weekday(key).isEmpty()) {
        if (unknown != null) {
          return false;
        }
        unknown = key;
      }
    }
    return unknown == null
        ? month
        : names.resemblesName(unknown) || CalendarNames.isCommonMonthName(unknown);
  }

  // ---- tokens

  private enum Kind { NUMBER, WORD, SLASH, DOT, DASH, COMMA, OTHER }

  /**
   * A token of a date.
   *
   * @param joined whether it follows the previous token without a space ({@code er} in {@code 1er})
   * @param value the value of a number, capped at 999999
   * @param digits the number of digits of a number
   */
  private record Token(Kind kind, String text, int column, boolean joined, int value, int digits) {}

  private static List<Token> tokenize(String line) {
    List<Token> tokens = new ArrayList<>();
    int column = 1;
    boolean joined = false;
    int i = 0;
    while (i < line.length()) {
      int c = line.codePointAt(i);
      if (Texts.isSpace(c) || Character.getType(c) == Character.FORMAT) {
        i += Character.charCount(c);
        column++;
        joined = false;
        continue;
      }
      int start = i;
      int startColumn = column;
      if (Character.isDigit(c)) {
        int value = 0;
        int digits = 0;
        while (i < line.length() && Character.isDigit(line.codePointAt(i))) {
          int d = line.codePointAt(i);
          value = Math.min(999_999, value * 10 + Character.digit(d, 10));
          digits++;
          i += Character.charCount(d);
          column++;
        }
        tokens.add(new Token(Kind.NUMBER, line.substring(start, i), startColumn, joined, value, digits));
      } else if (isWordChar(c)) {
        while (i < line.length() && isWordChar(line.codePointAt(i))) {
          i += Character.charCount(line.codePointAt(i));
          column++;
        }
        tokens.add(new Token(Kind.WORD, line.substring(start, i), startColumn, joined, 0, 0));
      } else {
        Kind kind = separatorKind(c);
        i += Character.charCount(c);
        column++;
        tokens.add(new Token(kind, line.substring(start, i), startColumn, joined, 0, 0));
      }
      joined = true;
    }
    return tokens;
  }

  /** Whether {@link #tokenize} would make a {@link Kind#OTHER} token of some character of {@code line}. */
  private static boolean hasOtherCharacter(String line) {
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80 ? !isAsciiDateCharacter(c)
          : !(Texts.isSpace(c) || Character.getType(c) == Character.FORMAT || Character.isDigit(c)
              || isWordChar(c) || separatorKind(c) != Kind.OTHER)) {
        return true;
      }
    }
    return false;
  }

  /** The ASCII characters a token or the space between tokens may have. */
  private static boolean isAsciiDateCharacter(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || Texts.isSpace(c)
        || c == '/' || c == '.' || c == '-' || c == ',';
  }

  private static Kind separatorKind(int c) {
    return switch (c) {
      case '/' -> Kind.SLASH;
      case '.' -> Kind.DOT;
      case '-', '\u2010', '\u2011', '\u2013', '\u2014', '\u2212' -> Kind.DASH;
      case ',', '\u060C' -> Kind.COMMA;
      default -> Kind.OTHER;
    };
  }

  private static boolean isWordChar(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static int endColumn(String line) {
    String trimmedEnd = line;
    int end = line.length();
    while (end > 0 && Texts.isSpace(line.charAt(end - 1))) {
      end--;
    }
    return trimmedEnd.codePointCount(0, end) + 1;
  }

  private static String quote(Token token) {
    return token == null ? "the end of the line" : "[" + token.text + "]";
  }

  /** The grammar's position in a list of tokens. */
  private static final class Cursor {
    private final List<Token> tokens;
    private final int endColumn;
    private final boolean dateline;
    private int index;
    private int lastMonthLength;

    Cursor(List<Token> tokens, int endColumn, boolean dateline) {
      this.tokens = tokens;
      this.endColumn = endColumn;
      this.dateline = dateline;
    }

    boolean atEnd() {
      return index >= tokens.size();
    }

    boolean at(Kind kind) {
      return !atEnd() && tokens.get(index).kind == kind;
    }

    boolean peekAt(int ahead, Kind kind) {
      return index + ahead < tokens.size() && tokens.get(index + ahead).kind == kind;
    }

    Token peek() {
      return tokens.get(index);
    }

    Token peekToken(int ahead) {
      return tokens.get(index + ahead);
    }

    Token peekOrNull() {
      return atEnd() ? null : tokens.get(index);
    }

    Token next() {
      return tokens.get(index++);
    }

    void advance() {
      index++;
    }

    boolean skip(Kind kind) {
      if (at(kind)) {
        index++;
        return true;
      }
      return false;
    }

    String found() {
      return quote(peekOrNull());
    }

    Mismatch mismatch(String message) {
      return new Mismatch(atEnd() ? endColumn : tokens.get(index).column, message);
    }
  }

  /** A grammar failure; cheap, as it is part of normal control flow. */
  private static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int column;

    Mismatch(int column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }
}
