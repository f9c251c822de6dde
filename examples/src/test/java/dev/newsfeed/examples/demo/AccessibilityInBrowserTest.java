// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The demo page against the WCAG 2.2 A and AA rules of axe-core, with the ticker moving and
 * paused, and driven from the keyboard alone. The bundled listings have no links, so a second demo
 * serves the same news with a link on every item, as most sites' news has.
 */
class AccessibilityInBrowserTest {
  @TempDir static Path dir;

  private static Server bundled;
  private static Server linked;
  private static URI bundledBase;
  private static URI linkedBase;
  private static Chromium chromium;

  @BeforeAll
  static void start() throws Exception {
    bundled = DemoServer.newServer(0, List.of());
    bundled.start();
    bundledBase = DemoServer.baseUri(bundled);
    linked = DemoServer.newServer(0, List.of(linkedNews(bundledBase)));
    linked.start();
    linkedBase = DemoServer.baseUri(linked);
    chromium = Chromium.launch();
  }

  /** The samples, each text linking to the bundled demo's page in its language. */
  private static Path linkedNews(URI site) throws Exception {
    return Samples.writeJson(dir.resolve("news.json"), Samples.linked(Samples.feed().items(),
        (item, text) -> site.resolve("/?lang=" + text.languageTag() + "#" + item.id())));
  }

  @AfterAll
  static void stop() throws Exception {
    Chromium.closeThenStop(chromium, linked, bundled);
  }

  @AfterEach
  void noConsoleErrorAndNoPolicyViolation() {
    // Also shows that injecting axe-core through WebDriver does not trip the page's policy.
    chromium.assertNoConsoleErrorNorPolicyViolation();
  }

  private List<WebElement> tickers() {
    List<WebElement> tickers = chromium.driver().findElements(By.cssSelector(".nf-ticker"));
    assertThat(tickers).as("the included and the fetched ticker").hasSize(2);
    return tickers;
  }

  private void pauseBoth() {
    for (WebElement ticker : tickers()) {
      ticker.findElement(By.cssSelector(".nf-ticker__toggle")).click();
      assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("paused");
    }
  }

  private void tab() {
    new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
  }

  private WebElement focused() {
    return chromium.driver().switchTo().activeElement();
  }

  private boolean isIn(WebElement element, String selector) {
    return (Boolean) chromium.script("return arguments[0].closest(arguments[1]) !== null;", element, selector);
  }

  /** Whether the element's box lies wholly inside the ticker's viewport and the window. */
  private boolean isFullyVisible(WebElement element) {
    return (Boolean) chromium.script(
        "var r = arguments[0].getBoundingClientRect();"
            + "var v = arguments[0].closest('.nf-ticker__viewport').getBoundingClientRect();"
            + "return r.width > 0 && r.left >= v.left - 0.5 && r.right <= v.right + 0.5"
            + "    && r.top >= v.top - 0.5 && r.bottom <= v.bottom + 0.5"
            + "    && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;",
        element);
  }

  /**
   * Whether a focused link is shown as well as the strip's one line allows: wholly inside the
   * viewport when it fits, else from its start edge across the whole viewport (WCAG 2.4.11: not
   * hidden; the rest of a title longer than the strip cannot be on the same line).
   */
  private boolean isShown(WebElement link, boolean rtl) {
    if (isFullyVisible(link)) {
      return true;
    }
    return (Boolean) chromium.script(
        "var r = arguments[0].getBoundingClientRect();"
            + "var v = arguments[0].closest('.nf-ticker__viewport').getBoundingClientRect();"
            + "var wider = r.width > v.width - 16;"
            + "var start = arguments[1] ? r.right <= v.right - 0.5 && r.right >= v.right - 16"
            + "    : r.left >= v.left + 0.5 && r.left <= v.left + 16;"
            + "var across = arguments[1] ? r.left <= v.left : r.right >= v.right;"
            + "return wider && start && across && r.top >= v.top - 0.5 && r.bottom <= v.bottom + 0.5;",
        link, rtl);
  }

  private void assertStill(WebElement item) throws InterruptedException {
    double before = chromium.x(item);
    Thread.sleep(1000);
    assertThat(chromium.x(item)).as("position after a second").isEqualTo(before);
  }

  private void assertMoves(WebElement item) {
    double before = chromium.x(item);
    chromium.waitUntil("the ticker to move", () -> Math.abs(chromium.x(item) - before) > 5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void axeFindsNoWcagViolationWhileTheTickersMoveNorOnceTheyArePaused(String lang) {
    chromium.open(bundledBase.resolve("/?lang=" + lang));
    assertThat(chromium.axeViolations()).as("moving").isEmpty();

    pauseBoth();
    assertThat(chromium.axeViolations()).as("paused").isEmpty();
  }

  @Test
  void axeReportsAViolationAddedToThePage() {
    // The control for the checks above: axe runs under the page's policy and does report.
    chromium.open(bundledBase.resolve("/?lang=en"));
    chromium.script("var image = document.createElement('img');"
        + "image.src = '/favicon.svg';"
        + "document.querySelector('main').appendChild(image);");

    assertThat(chromium.axeViolations()).singleElement().asString().startsWith("image-alt ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ar"})
  void axeFindsNoWcagViolationWithLinkedNewsMovingFocusedOrPausedAnywhereInTheLoop(String lang) {
    chromium.open(linkedBase.resolve("/?lang=" + lang));
    assertThat(chromium.axeViolations()).as("moving").isEmpty();

    WebElement link = tickers().get(0).findElement(By.cssSelector(".nf-ticker__list a"));
    while (!focused().equals(link)) {
      tab();
    }
    assertThat(chromium.axeViolations()).as("a news link focused").isEmpty();

    // Where the links stand when the reader pauses matters (a link half under the button, say):
    // check the whole loop, in tenths.
    pauseBoth();
    for (int tenth = 0; tenth < 10; tenth++) {
      chromium.seekAnimations(tenth / 10.0);
      assertThat(chromium.axeViolations()).as("paused at %d/10 of the loop", tenth).isEmpty();
    }
  }

  private double height(WebElement element) {
    return ((Number) chromium.script("return arguments[0].getBoundingClientRect().height;", element)).doubleValue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void keyboardFocusOnANewsLinkStopsTheTickerAndShowsTheWholeLinkWithoutChangingItsHeight(String lang)
      throws InterruptedException {
    chromium.open(linkedBase.resolve("/?lang=" + lang));
    WebElement ticker = tickers().get(0);
    WebElement first = ticker.findElement(By.cssSelector(".nf-ticker__list:not(.nf-ticker__copy) .nf-ticker__item"));
    assertMoves(first);
    double strip = height(ticker);
    double pageTop = ((Number) chromium.script("return document.querySelector('main').getBoundingClientRect().top + scrollY;"))
        .doubleValue();

    for (int presses = 0; !isIn(focused(), ".nf-ticker__list"); presses++) {
      assertThat(presses).as("Tab presses to reach the news").isLessThan(20);
      tab();
    }
    List<WebElement> links = ticker.findElements(By.cssSelector(".nf-ticker__list:not(.nf-ticker__copy) a"));
    assertThat(links).hasSize(10);
    assertThat(focused()).isEqualTo(links.get(0));
    assertThat(ticker.getAttribute("class")).contains("nf-ticker--focus");
    assertStill(first);

    // Every link in turn is brought into the strip (WCAG 2.4.11): whole, or from its start when it
    // is longer than the strip; and the strip keeps its one line: nothing below it moves.
    for (int i = 0; i < links.size(); i++) {
      WebElement link = links.get(i);
      assertThat(focused()).as("focus after %d Tab presses", i).isEqualTo(link);
      chromium.waitUntil("link " + i + " shown", () -> isShown(link, lang.equals("ar")));
      assertThat(height(ticker)).as("the strip's height with link %d focused", i).isCloseTo(strip, within(0.5));
      assertThat(isIn(link, ".nf-ticker__copy")).as("the looping copy takes no focus").isFalse();
      tab();
    }
    assertThat(((Number) chromium.script("return document.querySelector('main').getBoundingClientRect().top + scrollY;"))
        .doubleValue()).as("the page's content did not move").isCloseTo(pageTop, within(0.5));

    // Past the last link, focus has left the news: it moves again, from where it stood.
    assertThat(isIn(focused(), ".nf-ticker__list")).isFalse();
    assertThat(ticker.getAttribute("class")).doesNotContain("nf-ticker--focus");
    double left = chromium.x(links.get(links.size() - 1));
    assertMoves(first);
    assertThat(Math.abs(chromium.x(links.get(links.size() - 1)) - left))
        .as("no jump when the news moves on").isLessThan(Chromium.WIDTH / 2.0);
  }

  @Test
  void thePauseButtonWorksFromTheKeyboard() throws InterruptedException {
    chromium.open(bundledBase.resolve("/?lang=ar"));
    WebElement ticker = tickers().get(0);
    WebElement button = ticker.findElement(By.cssSelector(".nf-ticker__toggle"));
    WebElement first = ticker.findElement(By.cssSelector(".nf-ticker__item"));

    for (int presses = 0; !focused().equals(button); presses++) {
      assertThat(presses).as("Tab presses to reach the button").isLessThan(20);
      tab();
    }
    Map<String, String> labels = Map.of("pause", "إيقاف مؤقت", "play", "تشغيل");
    assertThat(button.getText()).isEqualTo(labels.get("pause"));
    // Focus on the button itself does not stop the news: the button does.
    assertMoves(first);

    new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
    assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("paused");
    assertThat(button.getText()).isEqualTo(labels.get("play"));
    assertStill(first);

    new Actions(chromium.driver()).sendKeys(Keys.SPACE).perform();
    assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("running");
    assertThat(button.getText()).isEqualTo(labels.get("pause"));
    assertMoves(first);
  }
}
