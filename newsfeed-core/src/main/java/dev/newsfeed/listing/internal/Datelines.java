// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.internal.Texts;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the dateline at the start of a summary: {@code New York - }, {@code Rabat, 16-19 mai
 * 2016 - }, {@code Rabat, mercredi 23 mars – }, {@code Casablanca, le 3 juin 2016 – }, {@code PARIS
 * (AFP) - }, {@code LONDON, July 30 (Reuters) - }, {@code WASHINGTON (AP) — }, {@code جنيف (و م ع) - }.
 *
 * <p>The separator is a hyphen-minus, en dash or em dash with a space (normal, no-break or narrow
 * no-break) on each side, or, after an agency, a full stop and a dash ({@code (EFE).- }, as Spanish
 * agencies write it). Before it comes a place, optionally followed by a comma (or the Arabic
 * comma) and a date, which French may introduce with {@code le}, and optionally an agency in
 * parentheses: one to four words, each capitalised, in capitals or in a script without case
 * ({@code AFP}, {@code Reuters}, {@code و م ع}), or a short lower-case abbreviation ({@code dpa}).
 * The place is one to four words without digits, each capitalised or in a script without case,
 * such as Arabic (then at most three words), with lower-case particles such as {@code de} between
 * them ({@code Rio de Janeiro}). The date must be what {@link DateGrammar#isDatelineDate} accepts.
 * After the separator, the body starts as a sentence does: with a capital, a digit, a quotation
 * mark, or a letter of a script without case.
 *
 * <p>Nothing else is a dateline: a sentence that happens to hold a dash ({@code Les 20 et 27 mai
 * derniers, …}, {@code COP22- La Mobilité …}) is left alone, and so is a word followed by a
 * lower-case clause ({@code Well - this is not a dateline, really.}).
 */
public final class Datelines {
  /** The separator is looked for this far only, so a dash late in a long sentence never counts. */
  private static final int MAX_DATELINE_LENGTH = 80;

  private static final int MAX_PLACE_WORDS = 4;
  private static final int MAX_CASELESS_PLACE_WORDS = 3;

  /** {@code dpa}, {@code epd}, {@code kna}: a lower-case word this short in parentheses is an agency. */
  private static final int MAX_AGENCY_ABBREVIATION = 4;

  /** Lower-case words that may join the capitalised words of a place name. */
  private static final Set<String> PARTICLES =
      Set.of("de", "del", "della", "des", "di", "da", "do", "dos", "du", "el", "en", "es", "la",
          "le", "les", "lès", "sur", "sous", "upon", "on", "am", "an", "der", "van", "von", "y");

  private final DateGrammar dates;

  /**
   * Datelines whose dates {@code dates} reads.
   *
   * @param dates the date grammar of the listing's language
   */
  public Datelines(DateGrammar dates) {
    this.dates = dates;
  }

  /**
   * A paragraph split into its dateline and body.
   *
   * @param dateline the dateline, without the dash: {@code Rabat, 16-19 mai 2016}
   * @param body the rest of the paragraph
   */
  public record Split(String dateline, String body) {}

  /**
   * The dateline at the start of {@code paragraph}, if it has one.
   *
   * @param paragraph a summary paragraph, trimmed
   * @return the dateline and the body, or empty
   */
  public Optional<Split> split(String paragraph) {
    int limit = Math.min(paragraph.length(), MAX_DATELINE_LENGTH);
    for (int i = 1; i < limit; i++) {
      if (!isDash(paragraph.charAt(i))
          || i + 1 >= paragraph.length()
          || !Texts.isSpace(paragraph.charAt(i + 1))) {
        continue;
      }
      String prefix;
      if (Texts.isSpace(paragraph.charAt(i - 1))) {
        prefix = Texts.trim(paragraph.substring(0, i));
      } else if (paragraph.charAt(i - 1) == '.' && i >= 2 && paragraph.charAt(i - 2) == ')') {
        // Spanish agencies close the dateline with a full stop: "Madrid, 30 jul (EFE).- El…".
        prefix = Texts.trim(paragraph.substring(0, i - 1));
      } else {
        continue;
      }
      if (startsASentence(paragraph, i + 1) && isDateline(prefix)) {
        // The body is cut only once a dateline is found: each candidate costs O(prefix), not O(n).
        String body = Texts.trim(paragraph.substring(i + 1));
        return body.isEmpty() ? Optional.empty() : Optional.of(new Split(prefix, body));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code paragraph} starts with a dateline.
   *
   * @param paragraph a paragraph, trimmed
   * @return true if it does
   */
  public boolean startsWithDateline(String paragraph) {
    return split(paragraph).isPresent();
  }

  /**
   * Whether the text after {@code from} starts as a sentence: past spaces and opening quotation
   * marks, a letter that is not lower case (a capital, or a script without case) or a digit.
   */
  private static boolean startsASentence(String paragraph, int from) {
    int i = from;
    while (i < paragraph.length()) {
      int c = paragraph.codePointAt(i);
      int type = Character.getType(c);
      if (Texts.isSpace(c) || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.START_PUNCTUATION
          || c == '"' || c == '\'' || c == '\u00AB' || Character.getType(c) == Character.FORMAT) {
        i += Character.charCount(c);
        continue;
      }
      return Character.isDigit(c) || Character.isLetter(c) && !Character.isLowerCase(c);
    }
    return false;
  }

  private boolean isDateline(String prefix) {
    if (prefix.endsWith(")")) {
      int open = prefix.lastIndexOf('(');
      if (open > 0 && isAgency(Texts.trim(prefix.substring(open + 1, prefix.length() - 1)))) {
        String before = Texts.trim(prefix.substring(0, open));
        return !before.isEmpty() && isPlaceAndDate(before);
      }
      // Not an agency: a date may end with parentheses, as the JDK writes Basque ones
      // ("2016(e)ko uztailakren 30(a)").
    }
    return isPlaceAndDate(prefix);
  }

  /**
   * {@code AFP}, {@code Reuters}, {@code AP}, {@code MAP}, {@code و م ع}: short, capitalised words;
   * or one short lower-case abbreviation, as German agencies write theirs ({@code dpa}, {@code epd}).
   */
  private static boolean isAgency(String agency) {
    if (agency.isEmpty()) {
      return false;
    }
    if (isLowerCaseAbbreviation(agency)) {
      return true;
    }
    String[] words = agency.split("[\\s\u00a0\u202f]+");
    if (words.length > MAX_PLACE_WORDS) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty() || !isPlaceWord(word)) {
        return false;
      }
      int first = word.codePointAt(0);
      if (Character.isLowerCase(first)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerCaseAbbreviation(String word) {
    if (word.length() < 2 || word.length() > MAX_AGENCY_ABBREVIATION) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean isPlaceAndDate(String prefix) {
    int comma = -1;
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c == ',' || c == '\u060C') {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return isPlace(prefix);
    }
    String date = withoutArticle(Texts.trim(prefix.substring(comma + 1)));
    return isPlace(Texts.trim(prefix.substring(0, comma))) && !date.isEmpty() && dates.isDatelineDate(date);
  }

  /** French writes {@code Genève, le 30 juin}: the article before the date is not part of it. */
  private static String withoutArticle(String date) {
    if ((date.startsWith("le ") || date.startsWith("Le ") || date.startsWith("le\u00a0"))
        && date.length() > 3) {
      return Texts.trim(date.substring(3));
    }
    return date;
  }

  private static boolean isPlace(String place) {
    if (place.isEmpty()) {
      return false;
    }
    int words = 0;
    boolean allCaseless = true;
    boolean lastIsParticle = false;
    int i = 0;
    while (i < place.length()) {
      while (i < place.length() && Texts.isSpace(place.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < place.length() && !Texts.isSpace(place.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      String word = place.substring(start, i);
      if (!isPlaceWord(word)) {
        return false;
      }
      int first = word.codePointAt(0);
      boolean particle = Character.isLowerCase(first);
      if (particle && (words == 0 || !PARTICLES.contains(word))) {
        return false;
      }
      allCaseless &= !Character.isUpperCase(first) && !Character.isTitleCase(first) && !particle;
      lastIsParticle = particle;
      words++;
      if (words > MAX_PLACE_WORDS) {
        return false;
      }
    }
    return words > 0 && !lastIsParticle && (!allCaseless || words <= MAX_CASELESS_PLACE_WORDS);
  }

  /** Letters and marks, with inner hyphens, apostrophes and periods ({@code Aix-en-Provence}, {@code St.}). */
  private static boolean isPlaceWord(String word) {
    if (!Character.isLetter(word.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean ok = Character.isLetter(c)
          || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || c == '-' || c == '\'' || c == '\u2019' || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }
}
