// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsFeed;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The demo page in a real browser: both tickers show the bundled news in the page's language and
 * direction, move, stop for the pause button, the pointer and reduced motion, and the page runs
 * without a console error or a Content-Security-Policy violation. Writes the README screenshot.
 */
class TickerInBrowserTest {
  private static final String ITEMS =
      ".nf-ticker__list:not(.nf-ticker__copy) > .nf-ticker__item";

  private static Server server;
  private static URI base;
  private static Chromium chromium;
  private static NewsFeed samples;

  @BeforeAll
  static void start() throws Exception {
    samples = Samples.feed();
    server = DemoServer.newServer(0, List.of());
    server.start();
    base = DemoServer.baseUri(server);
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stop() throws Exception {
    Chromium.closeThenStop(chromium, server);
  }

  @AfterEach
  void noConsoleErrorAndNoPolicyViolation() {
    chromium.assertNoConsoleErrorNorPolicyViolation();
  }

  private void open(String lang) {
    chromium.open(base.resolve("/?lang=" + lang));
  }

  private List<WebElement> tickers() {
    List<WebElement> tickers = chromium.driver().findElements(By.cssSelector(".nf-ticker"));
    assertThat(tickers).as("the included and the fetched ticker").hasSize(2);
    return tickers;
  }

  private WebElement firstItem(WebElement ticker) {
    return ticker.findElement(By.cssSelector(ITEMS));
  }

  @SuppressWarnings("unchecked")
  private List<String> texts(WebElement ticker, String selector) {
    // textContent, not getText(): the items scrolled out of the viewport are not "displayed".
    return (List<String>) chromium.script(
        "return Array.from(arguments[0].querySelectorAll(arguments[1]))"
            + ".map(function (e) { return e.textContent; });",
        ticker, ITEMS + " " + selector);
  }

  private void assertMoves(WebElement item) {
    double before = chromium.x(item);
    chromium.waitUntil("the ticker to move", () -> Math.abs(chromium.x(item) - before) > 5);
  }

  private void assertStill(WebElement item) throws InterruptedException {
    double before = chromium.x(item);
    Thread.sleep(1000);
    assertThat(chromium.x(item)).as("position after a second").isEqualTo(before);
  }

  private static Locale locale(String lang) {
    return Locale.forLanguageTag(lang);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void bothTickersShowEveryItemWithItsDateForTheReadersLanguage(String lang) {
    open(lang);

    List<String> titles = Samples.titles(samples, locale(lang));
    List<String> dates = Samples.dates(samples, locale(lang));
    assertThat(titles).hasSize(10);
    for (WebElement ticker : tickers()) {
      assertThat(ticker.getAttribute("lang")).isEqualTo(lang);
      assertThat(texts(ticker, ".nf-ticker__title")).containsExactlyElementsOf(titles);
      assertThat(texts(ticker, "time")).containsExactlyElementsOf(dates);
    }
    // CLDR's long dates, the Arabic ones in Arabic-Indic digits.
    String newest = Map.of("fr", "30 juillet 2016", "en", "July 30, 2016", "ar", "٣٠ يوليو ٢٠١٦").get(lang);
    assertThat(dates.get(0)).isEqualTo(newest);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void theArabicPageIsRightToLeftAndItsTickersScrollTheOtherWay(String lang) {
    open(lang);

    String direction = lang.equals("ar") ? "rtl" : "ltr";
    assertThat(chromium.script("return getComputedStyle(document.documentElement).direction;"))
        .isEqualTo(direction);
    assertThat(chromium.script("return document.documentElement.lang;")).isEqualTo(lang);
    for (WebElement ticker : tickers()) {
      assertThat(chromium.script("return getComputedStyle(arguments[0]).direction;", ticker))
          .isEqualTo(direction);
      WebElement item = firstItem(ticker);
      double before = chromium.x(item);
      chromium.waitUntil("the ticker to move", () -> Math.abs(chromium.x(item) - before) > 5);
      // Left-to-right news enters from the right and moves left; right-to-left news the reverse.
      if (direction.equals("rtl")) {
        assertThat(chromium.x(item)).isGreaterThan(before);
      } else {
        assertThat(chromium.x(item)).isLessThan(before);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void eachTickerHasItsOwnLocalizedRegionNameAndButtonLabels(String lang) {
    open(lang);
    Map<String, List<String>> expected = Map.of(
        "fr", List.of("Actualités incluses par le serveur", "Actualités chargées par le navigateur", "Pause", "Lecture"),
        "en", List.of("News included by the server", "News fetched by the browser", "Pause", "Play"),
        "ar", List.of("الأخبار المُدرَجة من الخادم", "الأخبار المُحمَّلة من المتصفح", "إيقاف مؤقت", "تشغيل"));
    List<String> words = expected.get(lang);
    List<WebElement> tickers = tickers();
    for (int i = 0; i < 2; i++) {
      WebElement ticker = tickers.get(i);
      assertThat(ticker.getAttribute("aria-label")).isEqualTo(words.get(i));
      assertThat(chromium.driver().findElements(By.xpath("//*[@aria-label='" + words.get(i) + "']"))).hasSize(1);
      WebElement button = ticker.findElement(By.cssSelector("button.nf-ticker__toggle"));
      assertThat(button.getText()).isEqualTo(words.get(2));
      button.click();
      assertThat(button.getText()).isEqualTo(words.get(3));
    }
    // Two regions with one name would be two landmarks a screen reader cannot tell apart.
    assertThat(chromium.axeViolations("landmark-unique", "region", "aria-allowed-attr")).isEmpty();
  }

  @Test
  void axeSeesTwoTickersWithOneName() {
    // The control for the check above.
    open("en");
    chromium.script("document.querySelectorAll('.nf-ticker').forEach(function (t) { t.setAttribute('aria-label', 'News'); });");
    assertThat(chromium.axeViolations("landmark-unique")).singleElement().asString().startsWith("landmark-unique ");
  }

  @Test
  void thePauseButtonStopsTheTickerAndPlayResumesIt() throws InterruptedException {
    open("fr");

    for (WebElement ticker : tickers()) {
      WebElement item = firstItem(ticker);
      WebElement button = ticker.findElement(By.cssSelector("button.nf-ticker__toggle"));
      assertMoves(item);
      assertThat(button.getText()).isEqualTo("Pause");

      button.click();
      assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("paused");
      assertThat(button.getText()).isEqualTo("Lecture");
      assertStill(item);

      button.click();
      assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("running");
      assertThat(button.getText()).isEqualTo("Pause");
      assertMoves(item);
    }
  }

  @Test
  void thePointerOverTheNewsPausesTheTicker() throws InterruptedException {
    open("en");

    for (WebElement ticker : tickers()) {
      WebElement item = firstItem(ticker);
      WebElement viewport = ticker.findElement(By.cssSelector(".nf-ticker__viewport"));
      new Actions(chromium.driver()).moveToElement(viewport).perform();
      assertStill(item);

      new Actions(chromium.driver()).moveToElement(chromium.driver().findElement(By.tagName("h1"))).perform();
      assertMoves(item);
    }
  }

  @Test
  void withReducedMotionNothingMovesAndEveryItemIsShown() throws InterruptedException {
    open("en");
    WebElement running = firstItem(tickers().get(0));
    assertMoves(running);
    try {
      // Asked for while the page runs: ticker.js stops both tickers at once.
      chromium.reducedMotion(true);
      chromium.waitUntil("the tickers to stop",
          () -> (Boolean) chromium.script("return document.querySelectorAll('.nf-ticker__track').length === 0;"));
      assertStill(running);

      // Asked for before the page loads: the tickers never start.
      open("ar");
      assertThat(chromium.script("return matchMedia('(prefers-reduced-motion: reduce)').matches;")).isEqualTo(true);
      for (WebElement ticker : tickers()) {
        assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("static");
        assertThat(ticker.findElements(By.cssSelector(".nf-ticker__track, .nf-ticker__copy"))).isEmpty();
        // The demo's tickers update themselves: what is left to pause is the updates (WCAG 2.2.2).
        assertThat(ticker.findElement(By.cssSelector("button.nf-ticker__toggle")).getText())
            .isEqualTo("إيقاف التحديثات مؤقتًا");
        List<WebElement> items = ticker.findElements(By.cssSelector(ITEMS));
        assertThat(items).hasSize(10).allMatch(WebElement::isDisplayed);
        assertStill(items.get(0));
      }
    } finally {
      chromium.reducedMotion(false);
    }
  }

  @Test
  void theViolationListenerAndTheConsoleSeeABlockedInlineStyle() {
    // The control for the checks after every test: a violation would be seen.
    open("en");
    chromium.script("var style = document.createElement('style');"
        + "style.textContent = 'body { color: red; }';"
        + "document.head.appendChild(style);");
    chromium.waitUntil("the violation event", () -> !chromium.cspViolations().isEmpty());

    assertThat(chromium.cspViolations()).singleElement().asString().startsWith("style-src-elem blocked inline");
    assertThat(chromium.consoleProblems()).anySatisfy(message -> assertThat(message).contains("Content Security Policy"));
    open("en"); // a new document, without the violation
  }

  @Test
  void writesTheReadmeScreenshotOfTheEnglishPage() throws Exception {
    open("en");
    // The scroll's starting position, drawn without animation (a paused animation keeps its own
    // compositor layer, whose text antialiasing varies), so that the same page gives the same
    // picture.
    chromium.script("document.getAnimations().forEach(function (a) { a.cancel(); });"
        + "window.scrollTo(0, 0);");
    // Two frames, so that the compositor has drawn the page without them.
    chromium.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
    byte[] png = chromium.screenshot();
    chromium.script("document.getAnimations().forEach(function (a) { a.play(); });");

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(Chromium.WIDTH);
    assertThat(image.getHeight()).isEqualTo(Chromium.HEIGHT);
    // Every run writes target/demo.png. The README's docs/demo.png is replaced only on request
    // (-Dnewsfeed.updateScreenshot=true): antialiasing differs by a few pixels between machines,
    // and a test run should not leave the working tree changed.
    Path screenshot = RepositoryFiles.root().resolve("examples/target/demo.png");
    Files.createDirectories(screenshot.getParent());
    Files.write(screenshot, png);
    assertThat(screenshot).hasBinaryContent(png);
    Path readme = RepositoryFiles.root().resolve("docs/demo.png");
    if (Boolean.getBoolean("newsfeed.updateScreenshot")) {
      Files.createDirectories(readme.getParent());
      Files.write(readme, png);
    }
    BufferedImage committed = ImageIO.read(readme.toFile());
    assertThat(committed.getWidth()).as("docs/demo.png width").isEqualTo(Chromium.WIDTH);
    assertThat(committed.getHeight()).as("docs/demo.png height").isEqualTo(Chromium.HEIGHT);
  }
}
