// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.testing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Runs test code under another default locale, restoring every category afterwards. */
public final class DefaultLocale {
  private DefaultLocale() {}

  /**
   * Default locales that break code relying on them: Turkish (dotless i), Arabic (Arabic-Indic
   * digits), Thai with Thai digits and the Buddhist calendar, Japanese with its imperial calendar,
   * Persian (Extended Arabic-Indic digits), and the root locale.
   */
  public static final List<Locale> HOSTILE =
      List.of(
          Locale.ROOT,
          Locale.forLanguageTag("tr-TR"),
          Locale.forLanguageTag("ar-SA"),
          Locale.forLanguageTag("ar-MA"),
          Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"),
          Locale.forLanguageTag("ja-JP-u-ca-japanese"),
          Locale.forLanguageTag("fa-IR"),
          Locale.forLanguageTag("en-US"));

  /** Code that may throw. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs.
     *
     * @throws Exception anything
     */
    void run() throws Exception;
  }

  /**
   * Runs {@code body} with {@code locale} as the default for every category, then restores the
   * previous defaults.
   *
   * @param locale the temporary default
   * @param body the code
   * @throws Exception what {@code body} throws
   */
  public static void with(Locale locale, Body body) throws Exception {
    Objects.requireNonNull(locale, "locale");
    Locale saved = Locale.getDefault();
    Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
    Locale.setDefault(locale);
    try {
      body.run();
    } finally {
      Locale.setDefault(saved);
      Locale.setDefault(Locale.Category.FORMAT, savedFormat);
      Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
    }
  }
}
