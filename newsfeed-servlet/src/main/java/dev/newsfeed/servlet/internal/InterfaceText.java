// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The ticker's own words in one language: the name of its region, the labels of its pause/play
 * button (handed to {@code ticker.js} through data attributes) and the text shown when there is no
 * news. One table for every language; a language without an entry gets English.
 *
 * @param language the language of these strings
 * @param regionLabel the accessible name of the ticker's region
 * @param pause the button's label while the ticker moves
 * @param play the button's label while it is paused
 * @param empty the text shown when there are no items
 */
public record InterfaceText(
    Locale language, String regionLabel, String pause, String play, String empty) {

  private static final InterfaceText ENGLISH =
      new InterfaceText(Locale.ENGLISH, "News", "Pause", "Play", "No news at the moment.");

  private static final Map<String, InterfaceText> BY_LANGUAGE =
      Map.of(
          "en", ENGLISH,
          "fr",
          new InterfaceText(
              Locale.FRENCH, "Actualités", "Pause", "Lecture", "Aucune actualité pour le moment."),
          "ar",
          new InterfaceText(
              Locale.forLanguageTag("ar"), "الأخبار", "إيقاف مؤقت", "تشغيل",
              "لا توجد أخبار حاليًا."));

  /**
   * Checks every string is present.
   *
   * @param language the language of these strings
   * @param regionLabel the accessible name of the ticker's region
   * @param pause the button's label while the ticker moves
   * @param play the button's label while it is paused
   * @param empty the text shown when there are no items
   */
  public InterfaceText {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(regionLabel, "regionLabel");
    Objects.requireNonNull(pause, "pause");
    Objects.requireNonNull(play, "play");
    Objects.requireNonNull(empty, "empty");
  }

  /**
   * The strings for {@code language}, matched on its language subtag ({@code ar-MA} gets Arabic),
   * English when there are none.
   *
   * @param language the language
   * @return the strings
   */
  public static InterfaceText forLanguage(Locale language) {
    return BY_LANGUAGE.getOrDefault(language.getLanguage(), ENGLISH);
  }
}
