// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.servlet.DisplayMode;
import dev.newsfeed.servlet.DisplayOptions;
import dev.newsfeed.servlet.Motion;
import dev.newsfeed.servlet.NewsfeedServlet;
import dev.newsfeed.servlet.SourceSettings;
import dev.newsfeed.servlet.TickerOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The three display modes (scroll, list, slides) on the demo page in fr, en and ar: axe-core finds
 * no WCAG 2.2 A/AA violation in light and dark, the slides work from the keyboard and stop for the
 * pointer and for focus, nothing moves under reduced motion, every mode is a readable list without
 * JavaScript, and an edited source shows in the open page without a reload unless the ticker is
 * paused. One browser and two servers for the whole class: one whose news stays the same, one whose
 * news file the live-update tests edit. Both turn slides every 2 s and ask for new news every
 * second, so that no test waits long.
 */
class DisplayModesInBrowserTest {
  private static final String ITEMS = ".nf-ticker__list:not(.nf-ticker__copy) > .nf-ticker__item";
  private static final Duration SLIDE_INTERVAL = Duration.ofSeconds(2);
  private static final Duration UPDATE_INTERVAL = Duration.ofSeconds(1);

  @TempDir static Path dir;

  private static Server fixed;
  private static Server live;
  private static URI fixedBase;
  private static URI liveBase;
  private static Path liveNews;
  private static List<NewsItem> liveItems;
  private static Chromium chromium;

  @BeforeAll
  static void start() throws Exception {
    fixed = server(write(dir.resolve("fixed.json"), linked(Samples.feed().items())));
    fixed.start();
    fixedBase = DemoServer.baseUri(fixed);
    liveItems = new ArrayList<>(Samples.feed().items());
    liveNews = write(dir.resolve("live.json"), liveItems);
    live = server(liveNews);
    live.start();
    liveBase = DemoServer.baseUri(live);
    chromium = Chromium.launch();
  }

  /** The demo site, its slides and live updates quicker than the demo's. */
  private static Server server(Path news) {
    TickerOptions options = TickerOptions.defaults()
        .withSources(SourceSettings.of(List.of(news.toAbsolutePath().toString()))
            .withReloadInterval(Duration.ofMillis(200)))
        .withDisplay(DisplayOptions.defaults()
            .withMotion(Motion.defaults().withSlideInterval(SLIDE_INTERVAL).withUpdateInterval(UPDATE_INTERVAL))
            .withAllNews(Optional.of(URI.create("/?display=list"))))
        .withHttp(DemoServer.LIVE_EDITING);
    return DemoServer.site(0, new NewsfeedServlet(options));
  }

  /** The samples, each text linking to a page in its language, as most sites' news does. */
  private static List<NewsItem> linked(List<NewsItem> items) {
    return Samples.linked(items,
        (item, text) -> URI.create("https://example.org/" + text.languageTag() + "/" + item.id()));
  }

  private static Path write(Path file, List<NewsItem> items) throws Exception {
    return Samples.writeJson(file, items);
  }

  @AfterAll
  static void stop() throws Exception {
    Chromium.closeThenStop(chromium, fixed, live);
  }

  @AfterEach
  void noConsoleErrorAndNoPolicyViolation() {
    chromium.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    chromium.cdp("Emulation.setEmulatedMedia", Map.of("features", List.of(
        Map.of("name", "prefers-reduced-motion", "value", ""),
        Map.of("name", "prefers-color-scheme", "value", ""))));
    new Actions(chromium.driver()).moveToLocation(0, 0).perform();
    chromium.assertNoConsoleErrorNorPolicyViolation();
  }

  static Stream<Arguments> modesAndLanguages() {
    List<Arguments> all = new ArrayList<>();
    for (DisplayMode mode : DisplayMode.values()) {
      for (String lang : List.of("fr", "en", "ar")) {
        all.add(Arguments.of(mode, lang));
      }
    }
    return all.stream();
  }

  private void open(URI base, DisplayMode mode, String lang) {
    chromium.open(base.resolve("/?lang=" + lang + "&display=" + mode.parameterValue()));
  }

  private List<WebElement> tickers() {
    List<WebElement> tickers = chromium.driver().findElements(By.cssSelector(".nf-ticker"));
    assertThat(tickers).as("the included and the fetched ticker").hasSize(2);
    return tickers;
  }

  private void colourScheme(String scheme) {
    chromium.cdp("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  private String counter(WebElement ticker) {
    return ticker.findElement(By.cssSelector(".nf-ticker__counter")).getText();
  }

  private WebElement focused() {
    return chromium.driver().switchTo().activeElement();
  }

  private void press(CharSequence key) {
    new Actions(chromium.driver()).sendKeys(key).perform();
  }

  private void tabTo(WebElement target) {
    for (int presses = 0; !focused().equals(target); presses++) {
      assertThat(presses).as("Tab presses to reach %s", target.getAttribute("class")).isLessThan(30);
      press(Keys.TAB);
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> titles(WebElement ticker) {
    // textContent, not getText(): items out of the viewport are not "displayed".
    return (List<String>) chromium.script(
        "return Array.from(arguments[0].querySelectorAll(arguments[1]))"
            + ".map(function (e) { return e.textContent; });",
        ticker, ITEMS + " .nf-ticker__title");
  }

  private static final Map<String, Map<String, String>> WORDS = Map.of(
      "fr", Map.of("pause", "Pause", "play", "Lecture", "next", "Suivant", "previous", "Précédent",
          "of", "%s sur %s", "pause-updates", "Suspendre les mises à jour",
          "resume-updates", "Reprendre les mises à jour", "all", "Toutes les actualités"),
      "en", Map.of("pause", "Pause", "play", "Play", "next", "Next", "previous", "Previous",
          "of", "%s of %s", "pause-updates", "Pause updates", "resume-updates", "Resume updates",
          "all", "All news"),
      "ar", Map.of("pause", "إيقاف مؤقت", "play", "تشغيل", "next", "التالي", "previous", "السابق",
          "of", "%s من %s", "pause-updates", "إيقاف التحديثات مؤقتًا",
          "resume-updates", "استئناف التحديثات", "all", "كل الأخبار"));

  /** A number in the page's digits: Arabic-Indic for ar (as its dates), else Latin. */
  private static String number(String lang, int n) {
    if (!lang.equals("ar")) {
      return Integer.toString(n);
    }
    StringBuilder digits = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      digits.append((char) ('\u0660' + (c - '0')));
    }
    return digits.toString();
  }

  private static String slideOf(String lang, int n, int of) {
    return String.format(Locale.ROOT, WORDS.get(lang).get("of"), number(lang, n), number(lang, of));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("modesAndLanguages")
  void axeFindsNoWcagViolationInEachModeLightOrDarkRunningOrPaused(DisplayMode mode, String lang) {
    open(fixedBase, mode, lang);
    assertThat(chromium.axeViolations()).as("light, running").isEmpty();
    for (WebElement ticker : tickers()) {
      ticker.findElement(By.cssSelector(".nf-ticker__toggle")).click();
      assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("paused");
    }
    assertThat(chromium.axeViolations()).as("light, paused").isEmpty();

    colourScheme("dark");
    open(fixedBase, mode, lang);
    assertThat(chromium.script("return getComputedStyle(arguments[0]).backgroundColor;", tickers().get(0)))
        .as("the dark palette").isEqualTo("rgb(27, 27, 27)");
    assertThat(chromium.axeViolations()).as("dark, running").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void slidesShowOneItemAtATimeAndAreTurnedFromTheKeyboard(String lang) throws InterruptedException {
    open(fixedBase, DisplayMode.SLIDES, lang);
    Map<String, String> words = WORDS.get(lang);
    for (WebElement ticker : tickers()) {
      List<WebElement> items = ticker.findElements(By.cssSelector(ITEMS));
      assertThat(items).hasSize(10);
      WebElement next = ticker.findElement(By.cssSelector("button.nf-ticker__next"));
      WebElement previous = ticker.findElement(By.cssSelector("button.nf-ticker__previous"));
      WebElement toggle = ticker.findElement(By.cssSelector("button.nf-ticker__toggle"));
      assertThat(next.getAccessibleName()).isEqualTo(words.get("next"));
      assertThat(previous.getAccessibleName()).isEqualTo(words.get("previous"));
      assertThat(toggle.getText()).isEqualTo(words.get("pause"));

      // Focus in the ticker stops the turning (WCAG 2.2.2): the slide shown stays put.
      tabTo(next);
      int shown = shownSlide(ticker, lang, items);
      Thread.sleep(SLIDE_INTERVAL.toMillis() + 500);
      assertThat(shownSlide(ticker, lang, items)).as("the slide while focus is in the ticker").isEqualTo(shown);

      press(Keys.ENTER);
      assertThat(shownSlide(ticker, lang, items)).as("after Next").isEqualTo(shown % 10 + 1);
      assertThat(ticker.findElement(By.cssSelector(".nf-ticker__viewport")).getAttribute("aria-live"))
          .as("a slide the reader asked for is announced").isEqualTo("polite");
      new Actions(chromium.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      assertThat(focused()).as("after Shift+Tab: %s", focused().getAttribute("outerHTML")).isEqualTo(previous);
      press(Keys.ENTER);
      press(Keys.ENTER);
      assertThat(shownSlide(ticker, lang, items)).as("after Previous twice").isEqualTo((shown + 8) % 10 + 1);

      // After the buttons come the one slide shown and the link to all news, then whatever follows
      // the ticker: the hidden slides are inert and take no focus.
      tabTo(toggle);
      press(Keys.ENTER);
      assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("paused");
      assertThat(toggle.getText()).isEqualTo(words.get("play"));
      press(Keys.TAB);
      WebElement current = ticker.findElement(By.cssSelector(".nf-ticker__item--current a"));
      assertThat(focused()).isEqualTo(current);
      press(Keys.TAB);
      assertThat(focused()).as("the link to all news").isEqualTo(ticker.findElement(By.cssSelector("a.nf-ticker__all")));
      press(Keys.TAB);
      assertThat((Boolean) chromium.script("return arguments[0].contains(document.activeElement);", ticker))
          .as("focus left the ticker after the slide shown").isFalse();
      assertThat(ticker.findElements(By.cssSelector(ITEMS + ":not([inert])"))).hasSize(1);
      assertThat(ticker.findElements(By.cssSelector("[aria-hidden=true] a, [aria-hidden=true] button")))
          .as("nothing focusable under aria-hidden").isEmpty();
    }
  }

  /**
   * Which slide is shown, from 1: checks the counter and that exactly that item is rendered (not
   * isDisplayed(): a slide still sliding in from below is clipped by the viewport for a moment).
   */
  private int shownSlide(WebElement ticker, String lang, List<WebElement> items) {
    int shown = 0;
    for (int i = 0; i < items.size(); i++) {
      if (!"none".equals(chromium.script("return getComputedStyle(arguments[0]).display;", items.get(i)))) {
        assertThat(shown).as("more than one slide shown").isZero();
        shown = i + 1;
      }
    }
    assertThat(shown).as("a slide shown").isPositive();
    assertThat(counter(ticker)).isEqualTo(slideOf(lang, shown, items.size()));
    return shown;
  }

  @Test
  void slidesTurnByThemselvesAndStopWhileThePointerIsOverThem() throws InterruptedException {
    open(fixedBase, DisplayMode.SLIDES, "en");
    WebElement ticker = tickers().get(0);
    String first = counter(ticker);
    chromium.waitUntil("the next slide", () -> !counter(ticker).equals(first));
    // Turning by itself, it is not announced (the WAI carousel pattern).
    assertThat(ticker.findElement(By.cssSelector(".nf-ticker__viewport")).getAttribute("aria-live")).isEqualTo("off");

    new Actions(chromium.driver()).moveToElement(ticker).perform();
    String hovered = counter(ticker);
    Thread.sleep(SLIDE_INTERVAL.toMillis() + 500);
    assertThat(counter(ticker)).as("the slide under the pointer").isEqualTo(hovered);

    new Actions(chromium.driver()).moveToElement(chromium.driver().findElement(By.tagName("h1"))).perform();
    chromium.waitUntil("the slides to turn again", () -> !counter(ticker).equals(hovered));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void theListShowsEveryItemStillWithAnAllNewsLinkAndAButtonThatPausesItsUpdates(String lang)
      throws InterruptedException {
    open(fixedBase, DisplayMode.LIST, lang);
    for (WebElement ticker : tickers()) {
      List<WebElement> items = ticker.findElements(By.cssSelector(ITEMS));
      assertThat(items).hasSize(10).allMatch(WebElement::isDisplayed);
      assertThat(ticker.findElements(By.cssSelector(".nf-ticker__track, .nf-ticker__copy, .nf-ticker__next"))).isEmpty();
      assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("static");
      WebElement toggle = ticker.findElement(By.cssSelector("button.nf-ticker__toggle"));
      assertThat(toggle.getText()).isEqualTo(WORDS.get(lang).get("pause-updates"));
      toggle.click();
      assertThat(toggle.getText()).isEqualTo(WORDS.get(lang).get("resume-updates"));
      WebElement all = ticker.findElement(By.cssSelector("a.nf-ticker__all"));
      assertThat(all.getText()).isEqualTo(WORDS.get(lang).get("all"));
      assertThat(URI.create(all.getAttribute("href")).getPath()).isEqualTo("/");
    }
    assertThat(runningAnimations()).isZero();
  }

  private long runningAnimations() {
    return ((Number) chromium.script(
        "return document.getAnimations().filter(function (a) { return a.playState === 'running'; }).length;"))
        .longValue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"scroll", "list", "slides"})
  void underReducedMotionNothingMovesInAnyMode(String name) throws InterruptedException {
    DisplayMode mode = DisplayMode.named(name).orElseThrow();
    chromium.reducedMotion(true);
    open(fixedBase, mode, "ar");
    for (WebElement ticker : tickers()) {
      assertThat(ticker.findElements(By.cssSelector(".nf-ticker__track, .nf-ticker__copy"))).isEmpty();
      if (mode == DisplayMode.SLIDES) {
        // The slides do not turn by themselves; the reader may turn them, without animation.
        assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("paused");
        assertThat(ticker.findElement(By.cssSelector(".nf-ticker__toggle")).getText()).isEqualTo(WORDS.get("ar").get("play"));
        assertThat(counter(ticker)).isEqualTo(slideOf("ar", 1, 10));
        ticker.findElement(By.cssSelector(".nf-ticker__next")).click();
        assertThat(counter(ticker)).isEqualTo(slideOf("ar", 2, 10));
      } else {
        assertThat(ticker.findElements(By.cssSelector(ITEMS))).hasSize(10).allMatch(WebElement::isDisplayed);
      }
    }
    assertThat(runningAnimations()).as("animations running").isZero();
    Thread.sleep(SLIDE_INTERVAL.toMillis() + 500);
    if (mode == DisplayMode.SLIDES) {
      for (WebElement ticker : tickers()) {
        assertThat(counter(ticker)).as("no slide turned by itself").isEqualTo(slideOf("ar", 2, 10));
      }
    }
    assertThat(runningAnimations()).as("animations running later").isZero();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("modesAndLanguages")
  void withoutJavaScriptEachModeIsTheWholeListReadable(DisplayMode mode, String lang) {
    chromium.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    chromium.driver().get(fixedBase.resolve("/?lang=" + lang + "&display=" + mode.parameterValue()).toString());
    // The included ticker is there as a plain list; the fetched one needs the script.
    List<WebElement> tickers = chromium.driver().findElements(By.cssSelector(".nf-ticker"));
    assertThat(tickers).hasSize(1);
    WebElement ticker = tickers.get(0);
    assertThat(ticker.getAttribute("data-nf-display")).isEqualTo(mode.parameterValue());
    assertThat(ticker.getAttribute("data-nf-state")).isNull();
    List<WebElement> items = ticker.findElements(By.cssSelector(ITEMS));
    assertThat(items).hasSize(10).allMatch(WebElement::isDisplayed);
    assertThat(ticker.findElements(By.tagName("button"))).isEmpty();
    assertThat(Samples.titles(Samples.feed(), Locale.forLanguageTag(lang)))
        .containsExactlyElementsOf(items.stream().map(i -> i.findElement(By.cssSelector(".nf-ticker__title")).getText()).toList());
  }

  private static int added = 0;

  /** Adds an item, the newest, to the live server's news file, and returns its title. */
  private static String addItem(String lang) throws Exception {
    added++;
    String title = "Nouvelle " + added + " " + lang;
    NewsItem item = NewsItem.of("live-" + added, PublicationDate.of(LocalDate.of(2016, 8, 1).plusDays(added)),
        ItemText.of(Locale.FRENCH, title));
    liveItems.add(0, item);
    write(liveNews, liveItems);
    return title;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("modesAndLanguages")
  void anEditedSourceShowsInTheOpenPageWithoutAReload(DisplayMode mode, String lang) throws Exception {
    open(liveBase, mode, lang);
    chromium.script("window.__sameDocument = true;");
    List<WebElement> tickers = tickers();
    if (mode == DisplayMode.SCROLL) {
      // The pointer over the news stops the motion, not the updates: the item in view must not
      // jump when the new items come in.
      new Actions(chromium.driver()).moveToElement(tickers.get(0).findElement(By.cssSelector(".nf-ticker__viewport"))).perform();
    }
    String anchor = mode == DisplayMode.SCROLL ? firstInView(tickers.get(0)) : null;
    double before = anchor == null ? 0 : left(tickers.get(0), anchor);
    String title = addItem(lang);

    for (WebElement ticker : tickers) {
      chromium.waitUntil("the new item in " + ticker.getAttribute("aria-label"),
          () -> titles(ticker).contains(title));
      assertThat(titles(ticker).get(0)).isEqualTo(title);
    }
    assertThat(chromium.script("return window.__sameDocument === true;")).as("no reload").isEqualTo(true);
    if (anchor != null) {
      assertThat(left(tickers.get(0), anchor)).as("where the item in view stands").isCloseTo(before, org.assertj.core.api.Assertions.within(1.0));
    }
    if (mode == DisplayMode.SLIDES) {
      // The counter counts the new item.
      assertThat(counter(tickers.get(0))).endsWith(number(lang, liveItems.size()));
    }
  }

  private String firstInView(WebElement ticker) {
    return (String) chromium.script(
        "var view = arguments[0].querySelector('.nf-ticker__viewport').getBoundingClientRect();"
            + "var items = arguments[0].querySelectorAll('.nf-ticker__track .nf-ticker__item');"
            + "for (var i = 0; i < items.length; i++) {"
            + "  var box = items[i].getBoundingClientRect();"
            + "  if (box.right > view.left + 20 && box.left < view.right - 20"
            + "      && !items[i].closest('.nf-ticker__copy')) { return items[i].getAttribute('data-nf-item'); }"
            + "}"
            + "return null;", ticker);
  }

  private double left(WebElement ticker, String id) {
    return ((Number) chromium.script(
        "return arguments[0].querySelector('.nf-ticker__list:not(.nf-ticker__copy) [data-nf-item=\"' + arguments[1] + '\"]')"
            + ".getBoundingClientRect().left;", ticker, id)).doubleValue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"scroll", "list", "slides"})
  void aPausedTickerDoesNotChangeUntilItPlaysAgain(String name) throws Exception {
    DisplayMode mode = DisplayMode.named(name).orElseThrow();
    open(liveBase, mode, "en");
    List<WebElement> tickers = tickers();
    for (WebElement ticker : tickers) {
      ticker.findElement(By.cssSelector(".nf-ticker__toggle")).click();
      assertThat(ticker.getAttribute("data-nf-state")).isEqualTo("paused");
    }
    List<String> shown = titles(tickers.get(0));
    String title = addItem("en");
    // Three update intervals, and the file is published well within the first.
    Thread.sleep(3 * UPDATE_INTERVAL.toMillis() + 500);
    for (WebElement ticker : tickers) {
      assertThat(titles(ticker)).as("a paused ticker").isEqualTo(shown).doesNotContain(title);
    }

    for (WebElement ticker : tickers) {
      ticker.findElement(By.cssSelector(".nf-ticker__toggle")).click();
      chromium.waitUntil("the new item once playing", () -> titles(ticker).contains(title));
    }
  }
  @Test
  @SuppressWarnings("unchecked")
  void aHiddenPageAsksForNoNewsAndCatchesUpWhenShownAgain() throws Exception {
    open(liveBase, DisplayMode.SCROLL, "en");
    // The page's own record of when it was hidden and shown (Page Visibility API).
    chromium.script("window.__visibility = [];"
        + "document.addEventListener('visibilitychange', function () {"
        + "  window.__visibility.push([document.visibilityState, performance.now()]);"
        + "});");
    String page = chromium.driver().getWindowHandle();
    chromium.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    Thread.sleep(3 * UPDATE_INTERVAL.toMillis() + 500);
    chromium.driver().close();
    chromium.driver().switchTo().window(page);
    chromium.waitUntil("the page shown again", () -> (Boolean) chromium.script(
        "return document.visibilityState === 'visible' && window.__visibility.length >= 2;"));
    List<List<Object>> changes = (List<List<Object>>) chromium.script("return window.__visibility;");
    assertThat(changes.get(0).get(0)).as("hidden behind the other tab").isEqualTo("hidden");
    double hidden = ((Number) changes.get(0).get(1)).doubleValue();
    double shown = ((Number) changes.get(1).get(1)).doubleValue();
    assertThat(shown - hidden).as("how long it was hidden, ms").isGreaterThan(2.5 * UPDATE_INTERVAL.toMillis());
    // The fragment's requests that started between two times (ms since the page's time origin).
    String fetches = "var from = arguments[0], to = arguments[1];"
        + "return performance.getEntriesByType('resource').filter(function (e) {"
        + "  return e.name.indexOf('/news/ticker?') >= 0 && e.startTime > from && e.startTime < to;"
        + "}).length;";
    assertThat(((Number) chromium.script(fetches, 0, hidden)).longValue())
        .as("requests before it was hidden (the control)").isPositive();
    // ticker.js hears the change before this test's listener does: a margin of 20 ms.
    assertThat(((Number) chromium.script(fetches, hidden + 20, shown - 20)).longValue())
        .as("requests while hidden").isZero();
    chromium.waitUntil("the request made as soon as it is shown", () -> ((Number) chromium.script(
        fetches, shown - 20, shown + UPDATE_INTERVAL.toMillis() / 2.0)).longValue() > 0);
  }

  @Test
  void writesTheReadmeScreenshotsOfEachModeLightAndDark() throws Exception {
    for (DisplayMode mode : DisplayMode.values()) {
      for (String scheme : List.of("light", "dark")) {
        colourScheme(scheme);
        open(fixedBase, mode, "en");
        WebElement ticker = tickers().get(0);
        if (mode == DisplayMode.SLIDES) {
          ticker.findElement(By.cssSelector(".nf-ticker__toggle")).click();
        }
        // Drawn without animation (the scroll at its start, the slide in place), so that the same
        // page gives the same picture; two frames, so that the compositor has drawn it.
        chromium.script("document.getAnimations().forEach(function (a) { a.cancel(); });"
            + "window.scrollTo(0, 0); arguments[0].scrollIntoView({block: 'center'});", ticker);
        chromium.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
            + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
        byte[] png = ticker.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).as("%s %s width", mode, scheme).isGreaterThan(300);
        String name = "ticker-" + mode.parameterValue() + "-" + scheme + ".png";
        // Every run writes target/; docs/ (shown in README.md) only on request
        // (-Dnewsfeed.updateScreenshot=true), as for docs/demo.png.
        Path target = RepositoryFiles.root().resolve("examples/target/" + name);
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        Path readme = RepositoryFiles.root().resolve("docs/" + name);
        if (Boolean.getBoolean("newsfeed.updateScreenshot")) {
          Files.write(readme, png);
        }
        assertThat(javax.imageio.ImageIO.read(readme.toFile()).getWidth()).as("docs/%s", name).isGreaterThan(300);
      }
    }
  }
}
