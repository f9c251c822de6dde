// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.json.NewsJson;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/**
 * Text that breaks naive layouts, in a real browser: mixed-direction titles and datelines keep
 * their visual order in fr, en and ar; a 10,000-letter word wraps inside the ticker (with and
 * without JavaScript); a tower of combining marks is cut at its item. Each check has a control
 * that shows it would see the failure.
 */
class TickerTextInBrowserTest {
  private static final Locale FR = Locale.FRENCH;
  private static final Locale EN = Locale.ENGLISH;
  private static final Locale AR = Locale.forLanguageTag("ar");

  /** A tower: one letter carrying 60 marks above it and 60 below. */
  static final String ZALGO = "Z" + "\u030d\u030e\u0304\u0305\u033f\u0311".repeat(10)
      + "\u0316\u0317\u0318\u0319\u031c\u031d".repeat(10) + "algo";

  static final Path NOTO_SANS = Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");

  static final String LONG_WORD = "Anticonstitutionnellement".repeat(400);

  @TempDir static Path dir;

  private static Server server;
  private static URI base;
  private static Chromium chromium;

  @BeforeAll
  static void start() throws Exception {
    server = DemoServer.newServer(0, List.of(news()));
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
    chromium.reducedMotion(false);
    chromium.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    assertThat(chromium.consoleProblems()).as("console errors and CSP messages").isEmpty();
  }

  /** The newest first: the tower, the conference (the example), the long word. */
  private static Path news() throws Exception {
    NewsItem zalgo = NewsItem.of("zalgo", day(3),
        ItemText.of(FR, ZALGO), ItemText.of(EN, ZALGO), ItemText.of(AR, ZALGO));
    NewsItem conference = NewsItem.of("conference", day(2),
        ItemText.of(FR, "Conférence : مؤتمر الهجرة").withDateline("16-19 mai 2016, Rabat"),
        ItemText.of(EN, "Conference: مؤتمر الهجرة").withDateline("16-19 May 2016, Rabat"),
        ItemText.of(AR, "مؤتمر الهجرة: Conference").withDateline("16-19 ماي 2016، الرباط"));
    NewsItem word = NewsItem.of("word", day(1),
        ItemText.of(FR, LONG_WORD), ItemText.of(EN, LONG_WORD), ItemText.of(AR, LONG_WORD));
    try (NewsJson json = NewsJson.create()) {
      return Files.writeString(dir.resolve("news.json"),
          json.toJson(NewsFeed.of(List.of(zalgo, conference, word))), StandardCharsets.UTF_8);
    }
  }

  private static PublicationDate day(int n) {
    return PublicationDate.of(LocalDate.of(2016, 5, 16).plusDays(n));
  }

  /** The included ticker's item with this id's date, frozen where it stands. */
  private WebElement conference(String lang) {
    chromium.open(base.resolve("/?lang=" + lang));
    chromium.script("document.getAnimations().forEach(function (a) { a.pause(); });");
    return (WebElement) chromium.script(
        "return document.querySelector('.nf-ticker__list:not(.nf-ticker__copy) time[datetime=\"2016-05-18\"]')"
            + ".closest('.nf-ticker__item');");
  }

  /** The left edge, in the viewport, of the first occurrence of {@code text} in the item's {@code piece}. */
  private double left(WebElement item, String piece, String text) {
    Object x = chromium.script(
        "var walker = document.createTreeWalker(arguments[0].querySelector(arguments[2]), NodeFilter.SHOW_TEXT);"
            + "for (var node = walker.nextNode(); node; node = walker.nextNode()) {"
            + "  var at = node.data.indexOf(arguments[1]);"
            + "  if (at >= 0) {"
            + "    var range = document.createRange();"
            + "    range.setStart(node, at); range.setEnd(node, at + arguments[1].length);"
            + "    return range.getBoundingClientRect().left;"
            + "  }"
            + "}"
            + "return null;", item, text, piece);
    assertThat(x).as("%s in %s", text, piece).isNotNull();
    return ((Number) x).doubleValue();
  }

  private double edge(WebElement item, String selector, String side) {
    return ((Number) chromium.script(
        "return arguments[0].querySelector(arguments[1]).getBoundingClientRect()[arguments[2]];",
        item, selector, side)).doubleValue();
  }

  /** Date, title and dateline side by side in reading order, and the numbers of 16-19 in order. */
  private void assertReadingOrder(WebElement item, String lang) {
    boolean rtl = lang.equals("ar");
    double dateLeft = edge(item, ".nf-ticker__date", "left");
    double dateRight = edge(item, ".nf-ticker__date", "right");
    double titleLeft = edge(item, ".nf-ticker__title", "left");
    double titleRight = edge(item, ".nf-ticker__title", "right");
    double datelineLeft = edge(item, ".nf-ticker__dateline", "left");
    double datelineRight = edge(item, ".nf-ticker__dateline", "right");
    if (rtl) {
      assertThat(titleRight).as("title left of the date").isLessThanOrEqualTo(dateLeft + 0.5);
      assertThat(datelineRight).as("dateline left of the title").isLessThanOrEqualTo(titleLeft + 0.5);
    } else {
      assertThat(titleLeft).as("title right of the date").isGreaterThanOrEqualTo(dateRight - 0.5);
      assertThat(datelineLeft).as("dateline right of the title").isGreaterThanOrEqualTo(titleRight - 0.5);
    }
    // Inside each piece: the Arabic words and the Latin ones as a reader of each expects.
    String title = ".nf-ticker__title";
    String dateline = ".nf-ticker__dateline";
    double arabic = left(item, title, "مؤتمر");
    double latin = left(item, title, lang.equals("fr") ? "Conférence" : "Conference");
    if (rtl) {
      assertThat(latin).as("Conference after مؤتمر الهجرة, to its left").isLessThan(arabic);
      assertThat(left(item, dateline, "الرباط")).as("الرباط at the dateline's end, on its left")
          .isLessThan(left(item, dateline, "16"));
    } else {
      assertThat(latin).as("Conference before مؤتمر الهجرة").isLessThan(arabic);
      assertThat(left(item, dateline, "Rabat")).as("Rabat at the dateline's end")
          .isGreaterThan(left(item, dateline, "19"));
    }
    assertThat(left(item, dateline, "16")).as("16 before 19 in 16-19").isLessThan(left(item, dateline, "19"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar"})
  void mixedDirectionTitleAndDatelineKeepTheirVisualOrder(String lang) {
    assertReadingOrder(conference(lang), lang);
  }

  @Test
  void withoutIsolationTheSameItemIsShownOutOfOrder() {
    // The control: the fragment as it was before (no dir on the pieces) shows the reported
    // "Conference: 19-16 مؤتمر الهجرة May…".
    WebElement item = conference("en");
    chromium.script("arguments[0].querySelectorAll('[dir]').forEach(function (e) { e.removeAttribute('dir'); });",
        item);
    assertThat(left(item, ".nf-ticker__dateline", "19")).as("19 drawn before 16")
        .isLessThan(left(item, ".nf-ticker__dateline", "16"));
  }

  /** The widest the page's content reaches, measured by the browser's layout, not by page script. */
  private double contentWidth() {
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) chromium.cdp("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    return ((Number) size.get("width")).doubleValue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "ar"})
  void aVeryLongWordWrapsInsideTheTickerWithoutJavaScript(String lang) {
    chromium.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    chromium.driver().get(base.resolve("/?lang=" + lang).toString());
    // The server-side ticker is there as a plain list; the fetched one needs the script.
    assertThat(chromium.driver().getPageSource()).contains("Anticonstitutionnellement").contains("nf-ticker__list");
    assertThat(contentWidth()).as("page width").isLessThanOrEqualTo(Chromium.WIDTH);
  }

  @Test
  void aVeryLongWordScrollsInsideTheTickerWithJavaScriptAndWrapsUnderReducedMotion() {
    chromium.open(base.resolve("/?lang=en"));
    assertThat(contentWidth()).as("page width, scrolling").isLessThanOrEqualTo(Chromium.WIDTH);
    chromium.reducedMotion(true);
    chromium.open(base.resolve("/?lang=en"));
    assertThat(contentWidth()).as("page width, reduced motion").isLessThanOrEqualTo(Chromium.WIDTH);
  }

  @Test
  void aTowerOfCombiningMarksIsCutAtItsItemNotDrawnOverThePage() throws Exception {
    assertThat(NOTO_SANS)
        .withFailMessage("%s is missing: the test of stacked marks needs a font that stacks them;"
            + " install it with `sudo apt-get install -y fonts-noto-core` (.ci/run does)", NOTO_SANS)
        .exists();
    chromium.reducedMotion(true); // every item shown in place, the tower first
    chromium.open(base.resolve("/?lang=en"));
    // Set through the CSSOM, which the page's policy allows: the tower in a font that stacks marks.
    chromium.script("document.querySelectorAll('.nf-ticker__title').forEach(function (t) {"
        + "  t.style.fontFamily = '\"Noto Sans\"';"
        + "});");
    WebElement ticker = chromium.driver().findElement(org.openqa.selenium.By.cssSelector(".nf-ticker"));
    chromium.script("window.scrollTo(0, window.scrollY + arguments[0].getBoundingClientRect().top - 300);", ticker);
    double top = ((Number) chromium.script("return arguments[0].getBoundingClientRect().top;", ticker)).doubleValue();
    assertThat(top).as("room above the ticker to look at").isGreaterThan(150);

    BufferedImage withTower = screenshot();
    String hide = "document.querySelectorAll('.nf-ticker__title').forEach(function (t) {"
        + "  if (t.textContent.indexOf('algo') >= 0) { t.style.visibility = arguments[0]; }"
        + "});";
    chromium.script(hide, "hidden");
    BufferedImage without = screenshot();
    assertThat(differingRows(withTower, without, 0, (int) top - 1))
        .as("rows above the ticker that the tower changes").isZero();

    // The control: without the clip the tower does reach above the ticker, and the check sees it.
    chromium.script(hide, "visible");
    chromium.script("document.querySelectorAll('.nf-ticker__item').forEach(function (i) { i.style.overflowY = 'visible'; });");
    assertThat(differingRows(screenshot(), without, 0, (int) top - 1))
        .as("rows above the ticker that an unclipped tower changes").isPositive();
  }

  private BufferedImage screenshot() throws Exception {
    chromium.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
    return ImageIO.read(new ByteArrayInputStream(chromium.screenshot()));
  }

  private static int differingRows(BufferedImage a, BufferedImage b, int from, int to) {
    int rows = 0;
    for (int y = Math.max(0, from); y < Math.min(to, a.getHeight()); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          rows++;
          break;
        }
      }
    }
    return rows;
  }
}
