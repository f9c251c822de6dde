// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.internal.CalendarNames;
import dev.newsfeed.internal.Texts;
import java.text.DateFormatSymbols;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The time an editor may write after a date: {@code 30/07/2016 10:00}, {@code 30 juillet 2016 à
 * 10h30}, {@code July 30, 2016, 10:00 AM}, {@code 2016-07-30T10:00+01:00}, {@code 30.07.2016 10:00
 * UTC}.
 *
 * <p>A time is 24-hour {@code H:mm}, {@code H:mm:ss} or {@code HhMM} (French {@code 10h30}, {@code
 * 10h}), or 12-hour with the language's AM/PM marker from CLDR, optionally followed by a UTC offset
 * ({@code Z}, {@code UTC}, {@code GMT}, {@code +01:00}, {@code +0100}, {@code UTC+1}). Between
 * the date and the time may come a comma, a dash, {@code T}, or one or two short words ({@code
 * à}, {@code at}, {@code a las}, {@code um}, Arabic {@code الساعة}). A scanner from the end of the
 * line, no regular expression; the caller reads what is left as the date.
 */
final class TimeOfDay {
  /** Words of the first languages that introduce a time and are longer than {@link #SHORT_WORD}. */
  private static final Set<String> CONNECTORS = Set.of("الساعة", "على", "vers");
  private static final int SHORT_WORD = 3;

  private final Set<String> amPm = new HashSet<>();
  private final Set<String> pm = new HashSet<>();

  /**
   * A reader of times with {@code language}'s AM/PM markers.
   *
   * @param language the listing's language
   */
  TimeOfDay(Locale language) {
    String[] markers = DateFormatSymbols.getInstance(language).getAmPmStrings();
    String[] english = DateFormatSymbols.getInstance(Locale.ENGLISH).getAmPmStrings();
    for (String[] pair : new String[][] {markers, english}) {
      amPm.add(CalendarNames.key(pair[0]).replace(" ", ""));
      amPm.add(CalendarNames.key(pair[1]).replace(" ", ""));
      pm.add(CalendarNames.key(pair[1]).replace(" ", ""));
    }
  }

  /**
   * A time at the end of a date line.
   *
   * @param dateEnd the index in the line where the date part ends (connectors excluded)
   * @param column the 1-based column where the time starts
   * @param text the time as written, offset included
   * @param time the time, or empty if it is out of range (then {@code problem} says why)
   * @param offset the UTC offset, if one was written
   * @param problem what is wrong with the time, if anything
   */
  record Found(int dateEnd, int column, String text, Optional<LocalTime> time,
      Optional<ZoneOffset> offset, Optional<String> problem) {}

  /**
   * The time at the end of {@code line}, if it has one after something else.
   *
   * @param line a line as written
   * @return the time, or empty
   */
  Optional<Found> find(String line) {
    int end = line.length();
    while (end > 0 && Texts.isSpace(line.charAt(end - 1))) {
      end--;
    }
    Scanner in = new Scanner(line, end);
    int timeEnd = end;
    Optional<ZoneOffset> offset = in.offset();
    boolean afternoon = false;
    boolean twelveHour = false;
    Optional<String> marker = in.wordBefore();
    if (marker.isPresent() && amPm.contains(marker.get())) {
      twelveHour = true;
      afternoon = pm.contains(marker.get());
      in.skipSpaces();
    } else {
      in.restoreWord();
    }
    // minutes or seconds, then the separator, then the hour
    int[] fields = new int[3];
    int count = 0;
    int minutesDigits = in.digitsBefore();
    boolean hourOnly = false;
    if (minutesDigits < 0) {
      // 10h: the French hour without minutes
      if (in.at('h') || in.at('H')) {
        in.back();
        int hourDigits = in.digitsBefore();
        if (hourDigits < 1 || hourDigits > 2) {
          return Optional.empty();
        }
        fields[count++] = in.number;
        hourOnly = true;
      } else {
        return Optional.empty();
      }
    } else {
      if (minutesDigits != 2) {
        return Optional.empty();
      }
      fields[count++] = in.number;
      while (true) {
        if (in.at(':')) {
          in.back();
        } else if (count == 1 && (in.at('h') || in.at('H'))) {
          in.back();
        } else {
          return Optional.empty();
        }
        int digits = in.digitsBefore();
        if (digits < 1 || digits > 2) {
          return Optional.empty();
        }
        fields[count++] = in.number;
        if (count == 3 || !in.at(':')) {
          break;
        }
      }
    }
    int timeStart = in.position;
    // Something must come before, set off by a space, a comma, a dash, T or a connector.
    int before = in.position;
    boolean iso = before > 0 && line.charAt(before - 1) == 'T';
    if (iso) {
      in.back();
    } else if (before == 0 || !Texts.isSpace(line.charAt(before - 1))) {
      return Optional.empty();
    }
    in.skipSpaces();
    if (!iso) {
      skipConnectors(in);
    }
    int dateEnd = in.position;
    if (Texts.isBlank(line.substring(0, dateEnd))) {
      return Optional.empty();
    }
    int hour;
    int minute;
    int second = 0;
    if (hourOnly) {
      hour = fields[0];
      minute = 0;
    } else if (count == 2) {
      hour = fields[1];
      minute = fields[0];
    } else {
      hour = fields[2];
      minute = fields[1];
      second = fields[0];
    }
    String text = Texts.trim(line.substring(timeStart, timeEnd));
    int column = line.codePointCount(0, timeStart) + 1;
    Optional<String> problem = Optional.empty();
    if (twelveHour) {
      if (hour < 1 || hour > 12) {
        problem = Optional.of("expected an hour from 1 to 12 before " + marker.get() + ", found " + hour);
      } else {
        hour = hour % 12 + (afternoon ? 12 : 0);
      }
    }
    if (problem.isEmpty() && (hour > 23 || minute > 59 || second > 59)) {
      problem = Optional.of("expected a time from 00:00 to 23:59, found " + Texts.quote(text));
    }
    Optional<LocalTime> time = problem.isPresent() ? Optional.empty() : Optional.of(LocalTime.of(hour, minute, second));
    return Optional.of(new Found(dateEnd, column, text, time, offset, problem));
  }

  private static void skipConnectors(Scanner in) {
    for (int words = 0; words < 2; words++) {
      int mark = in.position;
      if (in.position > 0 && (in.charBefore() == ',' || in.charBefore() == '\u060C' || isDash(in.charBefore()))) {
        in.back();
        in.skipSpaces();
        continue;
      }
      Optional<String> word = in.wordBefore();
      if (word.isPresent() && (word.get().length() <= SHORT_WORD && isLowerCase(in.lastWord)
          || CONNECTORS.contains(word.get()))) {
        in.skipSpaces();
        continue;
      }
      in.position = mark;
      return;
    }
  }

  private static boolean isLowerCase(String word) {
    return !word.isEmpty() && word.codePoints().allMatch(c -> Character.isLetter(c) && !Character.isUpperCase(c));
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  /** A cursor that moves backwards from the end of a line. */
  private static final class Scanner {
    private final String line;
    private int position;
    private int wordStart;
    private int wordEnd;
    private int number;
    private String lastWord = "";

    Scanner(String line, int end) {
      this.line = line;
      this.position = end;
    }

    char charBefore() {
      return line.charAt(position - 1);
    }

    boolean at(char c) {
      return position > 0 && line.charAt(position - 1) == c;
    }

    void back() {
      position--;
    }

    void skipSpaces() {
      while (position > 0 && Texts.isSpace(line.charAt(position - 1))) {
        position--;
      }
    }

    /** The ASCII digits just before the cursor, read into {@link #number}; their count or -1. */
    int digitsBefore() {
      int end = position;
      while (position > 0 && position > end - 3 && line.charAt(position - 1) >= '0'
          && line.charAt(position - 1) <= '9') {
        position--;
      }
      if (position == end) {
        return -1;
      }
      number = Integer.parseInt(line.substring(position, end));
      return end - position;
    }

    /** The word (letters and periods) just before the cursor, as a key without spaces. */
    Optional<String> wordBefore() {
      wordEnd = position;
      skipSpaces();
      int end = position;
      while (position > 0 && (Character.isLetter(line.charAt(position - 1))
          || line.charAt(position - 1) == '.' || Character.getType(line.charAt(position - 1))
              == Character.NON_SPACING_MARK)) {
        position--;
      }
      // "a. m." is one marker in Spanish: take a second dotted piece.
      if (position < end && position > 1 && Texts.isSpace(line.charAt(position - 1))
          && line.charAt(position - 2) == '.') {
        int mark = position;
        position--;
        skipSpaces();
        int second = position;
        while (position > 0 && (Character.isLetter(line.charAt(position - 1)) || line.charAt(position - 1) == '.')) {
          position--;
        }
        if (position == second || second - position > 3) {
          position = mark;
        }
      }
      wordStart = position;
      if (wordStart == end) {
        position = wordEnd;
        return Optional.empty();
      }
      lastWord = line.substring(wordStart, end);
      return Optional.of(CalendarNames.key(lastWord).replace(" ", ""));
    }

    void restoreWord() {
      position = wordEnd;
    }

    /** A UTC offset at the end, which the cursor then moves before; empty if there is none. */
    Optional<ZoneOffset> offset() {
      int end = position;
      int sign = 0;
      int hours = 0;
      int minutes = 0;
      // +01:00, +0100, +01, +1, with U+2212 MINUS SIGN too
      int digitsEnd = position;
      while (position > 0 && position > digitsEnd - 4 && Character.isDigit(line.charAt(position - 1))
          && line.charAt(position - 1) < 0x80) {
        position--;
      }
      String digits = line.substring(position, digitsEnd);
      if (!digits.isEmpty() && at(':')) {
        int colon = position - 1;
        int hoursEnd = colon;
        int p = colon;
        while (p > 0 && hoursEnd - p < 2 && Character.isDigit(line.charAt(p - 1)) && line.charAt(p - 1) < 0x80) {
          p--;
        }
        if (p > 0 && p < hoursEnd && digits.length() == 2 && isSign(line.charAt(p - 1))) {
          sign = line.charAt(p - 1) == '+' ? 1 : -1;
          hours = Integer.parseInt(line.substring(p, hoursEnd));
          minutes = Integer.parseInt(digits);
          position = p - 1;
        } else {
          position = end;
          return Optional.empty();
        }
      } else if (!digits.isEmpty() && position > 0 && isSign(line.charAt(position - 1))) {
        sign = line.charAt(position - 1) == '+' ? 1 : -1;
        if (digits.length() <= 2) {
          hours = Integer.parseInt(digits);
        } else if (digits.length() == 4) {
          hours = Integer.parseInt(digits.substring(0, 2));
          minutes = Integer.parseInt(digits.substring(2));
        } else {
          position = end;
          return Optional.empty();
        }
        position--;
      } else {
        position = end;
      }
      // UTC, GMT or Z, alone or before the signed part
      boolean named = false;
      for (String name : new String[] {"UTC", "GMT", "Z"}) {
        if (position >= name.length() && line.startsWith(name, position - name.length())
            && (position == name.length() || !Character.isLetter(line.charAt(position - name.length() - 1)))) {
          position -= name.length();
          named = true;
          break;
        }
      }
      if (sign == 0 && !named) {
        position = end;
        return Optional.empty();
      }
      if (hours > 18 || minutes > 59) {
        position = end;
        return Optional.empty();
      }
      skipSpaces();
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }

    private static boolean isSign(char c) {
      return c == '+' || c == '-' || c == '\u2212';
    }
  }
}
