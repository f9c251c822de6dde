// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsfeed.servlet.DisplayOptions;
import dev.newsfeed.servlet.Motion;
import dev.newsfeed.servlet.NewsfeedServlet;
import dev.newsfeed.servlet.SourceSettings;
import dev.newsfeed.servlet.TickerOptions;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A host site's own styles against the ticker's, in a real browser: a host page (not the demo's)
 * whose stylesheet in {@code <head>}, loaded before {@code ticker.css}, sets every documented
 * custom property with a plain {@code .nf-ticker} selector, and wins in both colour schemes for
 * the included and the fetched ticker; the dark palette follows the reader's system unless the
 * host page says otherwise; the scroll fades out at its edges.
 */
class HostThemeInBrowserTest {
  /** Every custom property ticker.css documents, each with a value unlike its default. */
  static final String HOST_CSS = """
      .nf-ticker {
        --nf-ticker-background: #102030;
        --nf-ticker-text: #fafafa;
        --nf-ticker-muted: #e0e0e0;
        --nf-ticker-link: #ffd700;
        --nf-ticker-focus: #ff8c00;
        --nf-ticker-border: #00ff00;
        --nf-ticker-font: Georgia, serif;
        --nf-ticker-font-size: 20px;
        --nf-ticker-line-height: 2;
        --nf-ticker-padding: 7px 9px;
        --nf-ticker-gap: 11px;
        --nf-ticker-item-gap: 13px;
        --nf-ticker-radius: 5px;
        --nf-ticker-border-width: 3px;
        --nf-ticker-focus-width: 4px;
        --nf-ticker-fade: 10px;
        --nf-ticker-stack-gap: 17px;
        --nf-ticker-speed: 200;
      }
      /* A plain property with the ticker's own selector, earlier in the page: it wins too. */
      .nf-ticker__title {
        font-weight: 300;
      }
      """;

  /** The servlet's speed option, pixels per second; the host's --nf-ticker-speed overrides it. */
  private static final int SPEED = 40;

  @TempDir static Path dir;

  private static Server server;
  private static URI base;
  private static Chromium chromium;

  @BeforeAll
  static void start() throws Exception {
    server = hostSite(linkedNews());
    server.start();
    base = URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/");
    chromium = Chromium.launch();
  }

  private static Path linkedNews() throws Exception {
    return Samples.writeJson(dir.resolve("news.json"),
        Samples.linked(Samples.feed().items(), (item, text) -> URI.create("https://example.org/" + item.id())));
  }

  /**
   * A host site: {@code /} a page with the ticker included and, right after it, fetched; {@code
   * /?css=host} the same page with the host's stylesheet in its head; the newsfeed servlet at
   * {@code /news}; everything under the demo's Content-Security-Policy.
   */
  private static Server hostSite(Path news) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addFilter(new FilterHolder(new ContentSecurityPolicyFilter()), "/*",
        EnumSet.of(DispatcherType.REQUEST));
    TickerOptions options = TickerOptions.defaults()
        .withSources(SourceSettings.of(List.of(news.toAbsolutePath().toString())))
        .withDisplay(DisplayOptions.defaults().withMotion(Motion.defaults().withSpeed(SPEED)));
    context.addServlet(new ServletHolder("news", new NewsfeedServlet(options)), "/news/*");
    context.addServlet(new ServletHolder("css", new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/css; charset=utf-8");
        response.getWriter().write(HOST_CSS);
      }
    }), "/host.css");
    context.addServlet(new ServletHolder("icon", new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("image/svg+xml");
        response.getWriter().write("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>");
      }
    }), "/favicon.svg");
    context.addServlet(new ServletHolder("page", new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response)
          throws IOException, ServletException {
        response.setContentType("text/html; charset=utf-8");
        var out = response.getWriter();
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Host</title>\n"
            + "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n"
            + ("host".equals(request.getParameter("css")) ? "<link rel=\"stylesheet\" href=\"/host.css\">\n" : "")
            + "</head>\n<body>\n<main>\n<h1>A host page</h1>\n");
        out.flush();
        request.getRequestDispatcher("/news/ticker?lang=en&label=Included").include(request, response);
        out.write("<div data-newsfeed-src=\"/news/ticker?lang=en&amp;label=Fetched\"></div>\n"
            + "<script src=\"/news/ticker.js\" defer></script>\n</main>\n</body>\n</html>\n");
      }
    }), "");
    server.setHandler(context);
    return server;
  }

  @AfterAll
  static void stop() throws Exception {
    Chromium.closeThenStop(chromium, server);
  }

  @AfterEach
  void noConsoleErrorAndNoPolicyViolation() {
    colourScheme("");
    chromium.assertNoConsoleErrorNorPolicyViolation();
  }

  private void colourScheme(String scheme) {
    chromium.cdp("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  private List<WebElement> open(String query) {
    chromium.driver().get(base.resolve("/" + query).toString());
    chromium.waitUntil("both tickers running", () -> (Boolean) chromium.script(
        "var t = document.querySelectorAll('.nf-ticker');"
            + "return t.length === 2 && t[0].getAttribute('data-nf-state') === 'running'"
            + "    && t[1].getAttribute('data-nf-state') === 'running';"));
    return chromium.driver().findElements(By.cssSelector(".nf-ticker"));
  }

  private String style(WebElement element, String property) {
    return (String) chromium.script("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);",
        element, property);
  }

  private String style(WebElement ticker, String selector, String property) {
    return style(ticker.findElement(By.cssSelector(selector)), property);
  }

  /** The loop's duration is the list's width at that speed (at least 8 s). */
  private void assertSpeed(WebElement ticker, int pixelsPerSecond) {
    double seconds = ((Number) chromium.script(
        "return arguments[0].querySelector('.nf-ticker__track').getAnimations()[0]"
            + ".effect.getComputedTiming().duration / 1000;", ticker)).doubleValue();
    double width = ((Number) chromium.script(
        "return arguments[0].querySelector('.nf-ticker__list').scrollWidth;", ticker)).doubleValue();
    assertThat(seconds).as("the loop at %d px/s", pixelsPerSecond)
        .isCloseTo(Math.max(8, width / pixelsPerSecond), within(0.05));
  }

  @Test
  void theHostsStylesheetInItsHeadOverridesEveryCustomPropertyInBothColourSchemes() {
    for (String scheme : List.of("light", "dark")) {
      colourScheme(scheme);
      List<WebElement> tickers = open("?css=host");
      for (WebElement ticker : tickers) {
        String which = scheme + " " + ticker.getAttribute("aria-label");
        Map<String, String> root = Map.ofEntries(
            Map.entry("background-color", "rgb(16, 32, 48)"),
            Map.entry("color", "rgb(250, 250, 250)"),
            Map.entry("border-top-color", "rgb(0, 255, 0)"),
            Map.entry("border-top-width", "3px"),
            Map.entry("border-top-left-radius", "5px"),
            Map.entry("font-family", "Georgia, serif"),
            Map.entry("font-size", "20px"),
            Map.entry("line-height", "40px"),
            Map.entry("padding-top", "7px"),
            Map.entry("padding-left", "9px"),
            Map.entry("column-gap", "11px"));
        root.forEach((property, value) -> assertThat(style(ticker, property)).as(which + " " + property).isEqualTo(value));
        assertThat(style(ticker, ".nf-ticker__date", "color")).as(which + " muted").isEqualTo("rgb(224, 224, 224)");
        assertThat(style(ticker, ".nf-ticker__list a", "color")).as(which + " link").isEqualTo("rgb(255, 215, 0)");
        assertThat(style(ticker, ".nf-ticker__list a", "font-weight")).as(which + " plain property").isEqualTo("300");
        assertThat(style(ticker, ".nf-ticker__list .nf-ticker__item", "padding-inline-end")).as(which + " item gap")
            .isEqualTo("13px");
        assertThat(style(ticker, ".nf-ticker__viewport", "mask-image")).as(which + " fade")
            .contains("10px").contains("calc(100% - 10px)");
        assertSpeed(ticker, 200);
      }
      // Tickers one after the other keep the host's distance.
      assertThat(style(tickers.get(1), "margin-top")).as(scheme + " stack gap")
          .isEqualTo("17px");

      // The focus ring: the host's colour and width on a news link reached from the keyboard.
      WebElement link = tickers.get(0).findElement(By.cssSelector(".nf-ticker__list a"));
      for (int presses = 0; !chromium.driver().switchTo().activeElement().equals(link); presses++) {
        assertThat(presses).as("Tab presses").isLessThan(10);
        new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
      }
      assertThat(style(link, "outline-color")).as(scheme + " focus ring").isEqualTo("rgb(255, 140, 0)");
      assertThat(style(link, "outline-width")).as(scheme + " focus ring width").isEqualTo("4px");
    }
  }

  @Test
  void theDefaultsFollowTheReadersColourSchemeUnlessTheHostPageChoosesOne() {
    colourScheme("light");
    List<WebElement> tickers = open("");
    assertThat(style(tickers.get(0), "background-color")).isEqualTo("rgb(255, 255, 255)");
    assertThat(style(tickers.get(0), ".nf-ticker__viewport", "mask-image")).as("the edge fade, 1.5rem")
        .contains("24px");
    for (WebElement ticker : tickers) {
      assertSpeed(ticker, SPEED); // the servlet's speed option, without a host override
    }
    chromium.script("document.documentElement.setAttribute('data-newsfeed-theme', 'dark');");
    for (WebElement ticker : tickers) {
      assertThat(style(ticker, "background-color")).as("host says dark").isEqualTo("rgb(27, 27, 27)");
    }

    colourScheme("dark");
    tickers = open("");
    for (WebElement ticker : tickers) {
      assertThat(style(ticker, "background-color")).as("reader prefers dark").isEqualTo("rgb(27, 27, 27)");
      assertThat(style(ticker, "color")).isEqualTo("rgb(242, 242, 242)");
    }
    chromium.script("document.documentElement.setAttribute('data-newsfeed-theme', 'light');");
    for (WebElement ticker : tickers) {
      assertThat(style(ticker, "background-color")).as("host says light").isEqualTo("rgb(255, 255, 255)");
    }
    assertThat(chromium.axeViolations()).as("the light palette under a dark preference").isEmpty();
  }
}
