// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import dev.newsfeed.servlet.DisplayMode;
import dev.newsfeed.servlet.LanguageNegotiator;
import dev.newsfeed.text.Escape;
import dev.newsfeed.text.TextDirection;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo host page: a site header with a language switch, some content, and the ticker twice,
 * once included by the server and once fetched by the browser.
 *
 * <p>The page's language is negotiated like the ticker's ({@code lang}, else {@code
 * Accept-Language}, else English) and passed to both embeddings, so that page and ticker agree.
 * The markup has no inline script or style: it is served under {@code default-src 'self'}.
 */
final class DemoPage extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient LanguageNegotiator negotiator;
  private final String newsPath;

  /**
   * A page embedding the ticker served at {@code newsPath}.
   *
   * @param negotiator chooses the page's language
   * @param newsPath where the newsfeed servlet is mapped, such as {@code /news}
   */
  DemoPage(LanguageNegotiator negotiator, String newsPath) {
    this.negotiator = Objects.requireNonNull(negotiator, "negotiator");
    this.newsPath = Objects.requireNonNull(newsPath, "newsPath");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Locale language =
        negotiator.negotiate(
            Optional.ofNullable(request.getParameter("lang")),
            Optional.ofNullable(request.getHeader("Accept-Language")));
    PageText text = PageText.of(language);
    String tag = language.toLanguageTag();
    String langQuery = "?lang=" + tag; // a canonical tag: letters, digits and hyphens only
    // The display mode to try, as the ticker's own parameter; anything else is the default.
    Optional<DisplayMode> display =
        Optional.ofNullable(request.getParameter("display")).flatMap(DisplayMode::named);
    String displayQuery = display.map(d -> "&display=" + d.parameterValue()).orElse("");

    response.setContentType("text/html; charset=utf-8");
    response.setHeader("Content-Language", tag);
    response.setHeader("Vary", "Accept-Language");
    response.setHeader("Cache-Control", "no-cache");
    PrintWriter out = response.getWriter();
    out.write("<!DOCTYPE html>\n<html" + attribute("lang", tag)
        + attribute("dir", TextDirection.of(language).htmlValue()) + ">\n<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Escape.forHtml(text.title()) + "</title>\n"
        + "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n"
        + "<link rel=\"stylesheet\" href=\"/demo.css\">\n"
        + "<link rel=\"alternate\" type=\"application/feed+json\""
        + attribute("href", newsPath + "/feed.json" + langQuery) + ">\n"
        + "<link rel=\"alternate\" type=\"application/atom+xml\""
        + attribute("href", newsPath + "/feed.atom" + langQuery) + ">\n"
        + "</head>\n<body>\n");
    header(out, text, language, displayQuery);
    out.write("<main class=\"demo-main\">\n"
        + "<h1>" + Escape.forHtml(text.heading()) + "</h1>\n"
        + modes(text, tag, display.orElse(DisplayMode.SCROLL))
        + "<p>" + PageText.html(text.intro(), "NewsfeedServlet", newsPath + "/*",
            "Content-Security-Policy: default-src 'self'") + "</p>\n"
        + "<section class=\"demo-embed\" aria-labelledby=\"server-side\">\n"
        + "<h2 id=\"server-side\">" + Escape.forHtml(text.serverHeading()) + "</h2>\n"
        + "<p>" + PageText.html(text.serverText(), newsPath + "/ticker",
            "RequestDispatcher.include", "<jsp:include page=\"" + newsPath + "/ticker\"/>")
        + "</p>\n");
    out.flush();
    // The fragment brings its stylesheet and versioned script; the included servlet writes the
    // fragment only and leaves this response's headers alone.
    request.getRequestDispatcher(newsPath + "/ticker" + langQuery + displayQuery
            + "&label=" + query(text.serverTicker()))
        .include(request, response);
    out.write("</section>\n"
        + "<section class=\"demo-embed\" aria-labelledby=\"client-side\">\n"
        + "<h2 id=\"client-side\">" + Escape.forHtml(text.clientHeading()) + "</h2>\n"
        + "<p>" + PageText.html(text.clientText(), "data-newsfeed-src", "ticker.js") + "</p>\n"
        // What a page not rendered by Java would hold: the element and the script. ticker.js
        // replaces the element's content with the fetched fragment; the link stays without it.
        + "<div" + attribute("data-newsfeed-src",
            newsPath + "/ticker" + langQuery + "&label=" + query(text.clientTicker()))
        + display.map(d -> attribute("data-newsfeed-display", d.parameterValue())).orElse("") + ">\n"
        + "<p><a" + attribute("href", newsPath + "/feed.json" + langQuery) + ">"
        + Escape.forHtml(text.clientFallback()) + "</a></p>\n"
        + "</div>\n"
        + "<script" + attribute("src", newsPath + "/ticker.js") + " defer></script>\n"
        + "</section>\n"
        + "<section aria-labelledby=\"feeds\">\n"
        + "<h2 id=\"feeds\">" + Escape.forHtml(text.feedsHeading()) + "</h2>\n"
        + "<p>" + Escape.forHtml(text.feedsText()) + "</p>\n"
        + "<ul class=\"demo-feeds\">\n"
        + feedLink(newsPath + "/feed.json" + langQuery, "JSON Feed")
        + feedLink(newsPath + "/feed.atom" + langQuery, "Atom")
        + feedLink(newsPath + "/feed.rss" + langQuery, "RSS")
        + feedLink(newsPath + "/status", text.status())
        + "</ul>\n"
        + "</section>\n"
        + "</main>\n"
        + "<footer class=\"demo-footer\">\n"
        + "<p>" + PageText.html(text.footer(), "--feed") + "</p>\n"
        + "</footer>\n"
        + "</body>\n</html>\n");
  }

  /** The display switch: a link per mode, the current one marked. */
  private static String modes(PageText text, String tag, DisplayMode current) {
    StringBuilder html = new StringBuilder("<nav class=\"demo-modes\"")
        .append(attribute("aria-label", text.displayNavigation())).append(">\n<ul>\n");
    for (DisplayMode mode : DisplayMode.values()) {
      html.append("<li><a").append(attribute("href", "?lang=" + tag + "&display=" + mode.parameterValue()));
      if (mode == current) {
        html.append(" aria-current=\"page\"");
      }
      html.append('>').append(Escape.forHtml(text.displayName(mode))).append("</a></li>\n");
    }
    return html.append("</ul>\n</nav>\n").toString();
  }

  private static void header(PrintWriter out, PageText text, Locale current, String displayQuery) {
    StringBuilder html = new StringBuilder();
    html.append("<header class=\"demo-header\">\n<div class=\"demo-brand\">\n")
        .append("<p class=\"demo-site-name\"><a href=\"/\">")
        .append(Escape.forHtml(text.siteName())).append("</a></p>\n")
        .append("<p class=\"demo-tagline\">").append(Escape.forHtml(text.tagline()))
        .append("</p>\n</div>\n")
        .append("<nav class=\"demo-languages\"")
        .append(attribute("aria-label", text.languageNavigation())).append(">\n<ul>\n");
    for (Locale language : PageText.LANGUAGES) {
      String tag = language.toLanguageTag();
      // Each name in its own language (WCAG 3.1.2), the current page marked for assistive
      // technology as well as visually.
      html.append("<li><a").append(attribute("href", "?lang=" + tag + displayQuery))
          .append(attribute("hreflang", tag)).append(attribute("lang", tag))
          .append(attribute("dir", TextDirection.of(language).htmlValue()));
      if (language.getLanguage().equals(current.getLanguage())) {
        html.append(" aria-current=\"page\"");
      }
      html.append('>').append(Escape.forHtml(PageText.nativeName(language))).append("</a></li>\n");
    }
    html.append("</ul>\n</nav>\n</header>\n");
    out.write(html.toString());
  }

  private static String feedLink(String href, String name) {
    return "<li><a" + attribute("href", href) + ">" + Escape.forHtml(name) + "</a></li>\n";
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String attribute(String name, String value) {
    return " " + name + "=\"" + Escape.forHtmlAttribute(value) + "\"";
  }
}
