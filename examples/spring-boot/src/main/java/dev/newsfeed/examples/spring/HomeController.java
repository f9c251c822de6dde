// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.spring;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The host page, a Thymeleaf template: the ticker included server-side in the page's own
 * language, and a second one that the browser fetches ({@code data-newsfeed-src} and {@code
 * ticker.js}).
 */
@Controller
class HomeController {

  /** The page's languages; the first is the default. */
  static final List<String> LANGUAGES = List.of("fr", "ar", "en");

  /** The page's heading in each language, so that its text is in the language it declares. */
  private static final Map<String, String> HEADINGS =
      Map.of("fr", "Actualités", "ar", "الأخبار", "en", "News");

  @GetMapping("/")
  String home(@RequestParam(name = "lang", required = false) String lang, HttpServletRequest request,
      HttpServletResponse response, Model model) throws ServletException, IOException {
    String tag = lang != null && LANGUAGES.contains(lang) ? lang : LANGUAGES.get(0);
    Locale language = Locale.forLanguageTag(tag);
    model.addAttribute("lang", tag);
    model.addAttribute("dir", tag.equals("ar") ? "rtl" : "ltr");
    model.addAttribute("heading", HEADINGS.get(tag));
    model.addAttribute("ticker", TickerInclude.fragment(request, response, language));
    // The other languages' tickers, fetched by ticker.js: another language than the page's.
    model.addAttribute("otherLang", tag.equals("en") ? "fr" : "en");
    return "home";
  }
}
