// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The encoding a listing that is not UTF-8 was most likely saved in, so that the error can name
 * it: an editor's tool on Windows saves Windows-1252 (French, English, Spanish…), Windows-1256
 * (Arabic), Windows-1251 (Russian)….
 *
 * <p>Each candidate must decode the whole input without an error, and the letters it gives outside
 * ASCII must be, for the most part, in the scripts of the listing's language (those of its CLDR
 * month and weekday names): Windows-1252 reads {@code 0xE9} as {@code é}, a Latin letter, where
 * Windows-1251 reads {@code й}. The first candidate with the best score wins; none wins below
 * {@link #MIN_SCORE}, and the bytes are then reported one by one.
 */
final class EncodingGuess {
  private EncodingGuess() {}

  /** The single-byte encodings of Windows, then the East Asian multi-byte ones. */
  private static final List<String> CANDIDATES =
      List.of("windows-1252", "windows-1250", "windows-1251", "windows-1253", "windows-1254",
          "windows-1255", "windows-1256", "windows-1257", "windows-1258", "x-windows-874",
          "Shift_JIS", "GB18030", "EUC-KR", "Big5", "KOI8-R");

  private static final double MIN_SCORE = 0.8;

  /**
   * The likely encoding of {@code bytes}, which are not UTF-8.
   *
   * @param bytes the input
   * @param language the listing's language
   * @return the encoding, or empty if none is likely
   */
  static Optional<Charset> likely(byte[] bytes, Locale language) {
    Set<Character.UnicodeScript> scripts = scriptsOf(language);
    Charset best = null;
    double bestScore = MIN_SCORE - 1e-9;
    for (String name : CANDIDATES) {
      if (!Charset.isSupported(name)) {
        continue;
      }
      Charset charset = Charset.forName(name);
      Optional<String> text = decodeStrictly(bytes, charset);
      if (text.isEmpty()) {
        continue;
      }
      double score = score(text.get(), scripts);
      if (score > bestScore) {
        best = charset;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * The share of non-ASCII characters that are letters of the language's scripts, punctuation
   * (quotes, dashes, no-break spaces) not counted; controls and symbols count against.
   */
  private static double score(String text, Set<Character.UnicodeScript> scripts) {
    int good = 0;
    int counted = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        continue;
      }
      int type = Character.getType(c);
      boolean punctuation = type == Character.INITIAL_QUOTE_PUNCTUATION
          || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION
          || type == Character.OTHER_PUNCTUATION || type == Character.SPACE_SEPARATOR
          || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION;
      if (punctuation || type == Character.NON_SPACING_MARK) {
        continue;
      }
      counted++;
      if (Character.isLetter(c) && scripts.contains(Character.UnicodeScript.of(c))) {
        good++;
      }
    }
    return counted == 0 ? 0 : (double) good / counted;
  }

  private static Set<Character.UnicodeScript> scriptsOf(Locale language) {
    Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
    StringBuilder names = new StringBuilder();
    for (Month month : Month.values()) {
      names.append(month.getDisplayName(TextStyle.FULL, language));
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      names.append(day.getDisplayName(TextStyle.FULL, language));
    }
    names.codePoints().filter(Character::isLetter).forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
    if (scripts.contains(Character.UnicodeScript.HAN) && "ja".equals(language.getLanguage())) {
      scripts.add(Character.UnicodeScript.HIRAGANA);
      scripts.add(Character.UnicodeScript.KATAKANA);
    }
    if ("ko".equals(language.getLanguage())) {
      scripts.add(Character.UnicodeScript.HAN);
    }
    return scripts;
  }
}
