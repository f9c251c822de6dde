// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import dev.newsfeed.servlet.DisplayMode;
import dev.newsfeed.text.Escape;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The demo page's words in one language. One table for every language, one rendering path.
 *
 * <p>Sentences that mention code hold {@code {0}}, {@code {1}} … where a {@code <code>} element
 * goes, so that translators can move it; {@link #html} escapes the sentence and the code alike.
 *
 * @param language the language of these strings
 * @param title the document title
 * @param siteName the name in the site header
 * @param tagline the line under the site name
 * @param languageNavigation the accessible name of the language switch
 * @param heading the page's {@code h1}
 * @param intro the introduction: {0} the servlet class, {1} its mapping, {2} the CSP header
 * @param serverHeading the heading of the server-side embedding
 * @param serverText about it: {0} the included path, {1} the API, {2} the JSP tag
 * @param serverTicker the region name of the included ticker (two tickers need two names)
 * @param clientHeading the heading of the client-side embedding
 * @param clientText about it: {0} the attribute, {1} the script
 * @param clientTicker the region name of the fetched ticker
 * @param clientFallback the link shown until (or unless) the script replaces it
 * @param feedsHeading the heading of the feed links
 * @param feedsText the sentence before them
 * @param status the name of the status document link
 * @param footer the note on live reload: {0} the option
 */
record PageText(
    Locale language,
    String title,
    String siteName,
    String tagline,
    String languageNavigation,
    String heading,
    String intro,
    String serverHeading,
    String serverText,
    String serverTicker,
    String clientHeading,
    String clientText,
    String clientTicker,
    String clientFallback,
    String feedsHeading,
    String feedsText,
    String status,
    String footer) {

  /** The languages of the page, in the order of its language switch, each with its own name. */
  static final List<Locale> LANGUAGES =
      List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"));

  private static final Map<String, String> NATIVE_NAMES =
      Map.of("fr", "Français", "en", "English", "ar", "العربية");

  /** Per language: the display switch's name, then the names of scroll, list and slides. */
  private static final Map<String, List<String>> DISPLAY_NAMES =
      Map.of(
          "en", List.of("Display", "Scrolling", "List", "Slides"),
          "fr", List.of("Affichage", "Défilement", "Liste", "Diapositives"),
          "ar", List.of("طريقة العرض", "تمرير", "قائمة", "شرائح"));

  private static final PageText ENGLISH =
      new PageText(
          Locale.ENGLISH,
          "newsfeed demo: a host page with the news ticker",
          "newsfeed",
          "Demo host site",
          "Language",
          "A host page with the news ticker",
          "This page stands for your site. The news below comes from {0}, mapped at {1}, and the"
              + " page is served with {2}: the ticker needs no other permission.",
          "Included by the server",
          "The page includes {0} with {1}, as {2} does in a JSP.",
          "News included by the server",
          "Fetched by the browser",
          "For pages not rendered by Java: an element with {0} and the script {1}.",
          "News fetched by the browser",
          "Read the news feed",
          "Feeds",
          "The same news for feed readers and programs:",
          "Status (JSON)",
          "Edit a listing given with {0} while the demo runs: the page shows the change within two"
              + " seconds; an edit with an error is reported and the last good version stays.");

  private static final Map<String, PageText> BY_LANGUAGE =
      Map.of(
          "en",
          ENGLISH,
          "fr",
          new PageText(
              Locale.FRENCH,
              "Démo newsfeed\u00a0: une page hôte avec le bandeau d’actualités",
              "newsfeed",
              "Site hôte de démonstration",
              "Langue",
              "Une page hôte avec le bandeau d’actualités",
              "Cette page représente votre site. Les actualités ci-dessous viennent de {0}, monté"
                  + " sur {1}, et la page est servie avec {2}\u00a0: le bandeau n’a besoin"
                  + " d’aucune autre permission.",
              "Inclus par le serveur",
              "La page inclut {0} avec {1}, comme le fait {2} dans une JSP.",
              "Actualités incluses par le serveur",
              "Chargé par le navigateur",
              "Pour les pages qui ne sont pas produites par Java\u00a0: un élément avec {0} et le"
                  + " script {1}.",
              "Actualités chargées par le navigateur",
              "Lire le fil d’actualités",
              "Flux",
              "Les mêmes actualités pour les lecteurs de flux et les programmes\u00a0:",
              "État (JSON)",
              "Modifiez une liste donnée avec {0} pendant que la démo tourne\u00a0: la page montre"
                  + " le changement en moins de deux secondes\u00a0; une modification erronée est"
                  + " signalée et la dernière bonne version reste en ligne."),
          "ar",
          new PageText(
              Locale.forLanguageTag("ar"),
              "عرض newsfeed: صفحة مضيفة مع شريط الأخبار",
              "newsfeed",
              "موقع مضيف تجريبي",
              "اللغة",
              "صفحة مضيفة مع شريط الأخبار",
              "تمثّل هذه الصفحة موقعك. تأتي الأخبار أدناه من {0}، المركَّب على {1}، وتُقدَّم"
                  + " الصفحة مع {2}: لا يحتاج الشريط إلى أي إذن آخر.",
              "مُدرَج من الخادم",
              "تُدرج الصفحة {0} بواسطة {1}، كما يفعل {2} في صفحة JSP.",
              "الأخبار المُدرَجة من الخادم",
              "مُحمَّل من المتصفح",
              "للصفحات التي لا تُنتجها Java: عنصر يحمل {0} والبرنامج النصي {1}.",
              "الأخبار المُحمَّلة من المتصفح",
              "اقرأ موجز الأخبار",
              "الموجزات",
              "الأخبار نفسها لقارئات الموجزات والبرامج:",
              "الحالة (JSON)",
              "عدّل قائمة مُعطاة بـ {0} أثناء تشغيل العرض: تُظهر الصفحة التغيير في أقل من"
                  + " ثانيتين، ويُبلَّغ عن أي تعديل فيه خطأ وتبقى آخر نسخة سليمة."));

  /**
   * Checks every string is present.
   *
   * @param language the language of these strings
   * @param title the document title
   * @param siteName the name in the site header
   * @param tagline the line under the site name
   * @param languageNavigation the accessible name of the language switch
   * @param heading the page's {@code h1}
   * @param intro the introduction
   * @param serverHeading the heading of the server-side embedding
   * @param serverText about it
   * @param serverTicker the region name of the included ticker
   * @param clientHeading the heading of the client-side embedding
   * @param clientText about it
   * @param clientTicker the region name of the fetched ticker
   * @param clientFallback the link shown until the script replaces it
   * @param feedsHeading the heading of the feed links
   * @param feedsText the sentence before them
   * @param status the name of the status document link
   * @param footer the note on live reload
   */
  PageText {
    Objects.requireNonNull(language, "language");
    List.of(title, siteName, tagline, languageNavigation, heading, intro, serverHeading,
        serverText, clientHeading, clientText, clientFallback, feedsHeading, feedsText, status,
        footer); // List.of rejects null elements
  }

  /**
   * The strings for {@code language}, matched on its language subtag; English when there are none.
   *
   * @param language the language
   * @return the strings
   */
  static PageText of(Locale language) {
    return BY_LANGUAGE.getOrDefault(language.getLanguage(), ENGLISH);
  }

  /**
   * The accessible name of the display switch.
   *
   * @return its name, such as {@code Affichage}
   */
  String displayNavigation() {
    return DISPLAY_NAMES.getOrDefault(language.getLanguage(), DISPLAY_NAMES.get("en")).get(0);
  }

  /**
   * The name of a display mode in this language.
   *
   * @param mode the mode
   * @return its name, such as {@code Défilement}
   */
  String displayName(DisplayMode mode) {
    return DISPLAY_NAMES.getOrDefault(language.getLanguage(), DISPLAY_NAMES.get("en")).get(1 + mode.ordinal());
  }

  /**
   * The name of a language in that language, as a language switch shows it.
   *
   * @param language one of {@link #LANGUAGES}
   * @return its name, such as {@code Français}
   */
  static String nativeName(Locale language) {
    return NATIVE_NAMES.getOrDefault(language.getLanguage(), language.toLanguageTag());
  }

  /**
   * A sentence as HTML: the text escaped, each {@code {n}} replaced by the n-th code snippet,
   * escaped, in a left-to-right {@code <code>} element (the {@code dir} attribute isolates it, so
   * that it reads the same inside right-to-left text).
   *
   * @param sentence the sentence with placeholders
   * @param code the snippets
   * @return the HTML
   */
  static String html(String sentence, String... code) {
    String html = Escape.forHtml(sentence);
    for (int i = 0; i < code.length; i++) {
      html = html.replace("{" + i + "}", "<code dir=\"ltr\">" + Escape.forHtml(code[i]) + "</code>");
    }
    return html;
  }
}
