// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Server;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver. Nothing is downloaded: with
 * the driver executable given to the service and the browser binary given in the options,
 * Selenium Manager is never run. Each instance has a fresh profile, deleted on {@link #close()}.
 *
 * <p>Missing programs fail the test with the command that installs them: the browser tests never
 * pass by not running.
 */
final class Chromium implements AutoCloseable {

  /** The names Debian's packages and other distributions give the browser and its driver. */
  static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser");

  static final List<String> DRIVER_NAMES = List.of("chromedriver");

  /** Exactly these switches (and a fresh --user-data-dir): headless, no network of its own. */
  static final List<String> SWITCHES =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  /** The viewport, also the size of the README screenshot. */
  static final int WIDTH = 1280;

  static final int HEIGHT = 800;

  /**
   * Collects the page's Content-Security-Policy violations from the start of every document
   * (DevTools-injected scripts are not subject to the page's policy).
   */
  private static final String CSP_LISTENER =
      "window.__newsfeedCspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', function (e) {"
          + "  window.__newsfeedCspViolations.push(e.effectiveDirective + ' blocked ' + e.blockedURI"
          + "      + ' at ' + e.sourceFile + ':' + e.lineNumber);"
          + "});";

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts the browser.
   *
   * @return the browser, with the CSP listener installed and a 1280×800 viewport
   * @throws AssertionError naming the missing program and how to install it
   */
  /**
   * Closes a browser test class's browser (if it was launched) and stops its servers, each even
   * when closing what came before it failed: what every browser test does after all its tests.
   *
   * @param chromium the browser, or null if launching it failed
   * @param servers the servers the tests ran against (null for one that was never made)
   * @throws Exception the first failure, with the later ones suppressed
   */
  static void closeThenStop(Chromium chromium, Server... servers) throws Exception {
    Exception failure = null;
    List<AutoCloseable> steps = new ArrayList<>();
    if (chromium != null) {
      steps.add(chromium);
    }
    for (Server server : servers) {
      if (server != null) {
        steps.add(server::stop);
      }
    }
    for (AutoCloseable step : steps) {
      try {
        step.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  static Chromium launch() throws IOException {
    Path binary = onPath("newsfeed.chromium", BROWSER_NAMES, System.getenv("PATH"));
    Path chromedriver = onPath("newsfeed.chromedriver", DRIVER_NAMES, System.getenv("PATH"));
    Path profile = Files.createTempDirectory("newsfeed-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
    options.addArguments(SWITCHES);
    options.addArguments("--user-data-dir=" + profile);
    // Debian's Chromium still makes requests of its own with these switches (network time,
    // Google account list, component and model updates: seen with --log-net-log). Every request
    // not for the loopback interface (which proxies never serve) goes to a closed port there
    // instead: no DNS query, no connection leaves the machine. Preferences, not switches, so that
    // the command line stays as above; the Local State one covers the browser's own requests.
    Map<String, Object> noNetwork = Map.of("mode", "fixed_servers", "server", "127.0.0.1:9");
    options.setExperimentalOption("prefs", Map.of("proxy", noNetwork));
    options.setExperimentalOption("localState", Map.of("proxy", noNetwork));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);

    Path log = Path.of("target", "chromedriver.log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .withLogFile(log.toFile())
            .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      deleteRecursively(profile);
      throw e;
    }
    Chromium chromium = new Chromium(driver, profile);
    chromium.cdp("Emulation.setDeviceMetricsOverride",
        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    chromium.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
    return chromium;
  }

  /**
   * Fails, naming the command that installs it, unless {@code program} is an executable.
   *
   * @param program Chromium or its ChromeDriver
   */
  /**
   * The program named by the system property, else the first of {@code names} found in a
   * directory of {@code path}, as a shell finds it.
   *
   * @throws AssertionError naming the program and the command that installs it
   */
  static Path onPath(String property, List<String> names, String path) {
    String configured = System.getProperty(property, "");
    if (!configured.isEmpty()) {
      requireInstalled(Path.of(configured));
      return Path.of(configured);
    }
    for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
      for (String name : names) {
        Path program = dir.isEmpty() ? null : Path.of(dir, name);
        if (program != null && Files.isRegularFile(program) && Files.isExecutable(program)) {
          return program;
        }
      }
    }
    throw missing(String.join(" or ", names) + " on the PATH (" + path + ")");
  }

  static void requireInstalled(Path program) {
    if (!Files.isExecutable(program)) {
      throw missing(program.toString());
    }
  }

  private static AssertionError missing(String what) {
    return new AssertionError(what + " is missing: the browser tests need Debian's Chromium and"
        + " its ChromeDriver; install them with `sudo apt-get install -y chromium chromium-driver`"
        + " (.ci/run does), or name them with -Dnewsfeed.chromium=… -Dnewsfeed.chromedriver=…");
  }

  ChromeDriver driver() {
    return driver;
  }

  /**
   * Opens a demo page and waits until both tickers are running: the included one started by
   * ticker.js, the fetched one inserted and started.
   */
  void open(URI page) {
    driver.get(page.toString());
    waitUntil("the tickers to start", () -> (Boolean) script(
        "var hosts = document.querySelectorAll('[data-newsfeed-src]');"
            + "for (var i = 0; i < hosts.length; i++) {"
            + "  if (hosts[i].getAttribute('data-nf-state') !== 'loaded') { return false; }"
            + "}"
            + "var tickers = document.querySelectorAll('.nf-ticker');"
            + "if (tickers.length !== hosts.length * 2) { return false; }"
            + "for (var j = 0; j < tickers.length; j++) {"
            + "  if (!tickers[j].hasAttribute('data-nf-state')) { return false; }"
            + "}"
            + "return document.readyState === 'complete';"));
  }

  Object script(String javascript, Object... args) {
    return driver.executeScript(javascript, args);
  }

  Map<String, Object> cdp(String command, Map<String, Object> parameters) {
    return driver.executeCdpCommand(command, parameters);
  }

  void waitUntil(String what, Supplier<Boolean> condition) {
    new WebDriverWait(driver, WAIT)
        .withMessage("waiting for " + what)
        .until(d -> Boolean.TRUE.equals(condition.get()));
  }

  /** The left edge of an element in the viewport, in CSS pixels, moved by the scroll transform. */
  double x(WebElement element) {
    return ((Number) script("return arguments[0].getBoundingClientRect().left;", element))
        .doubleValue();
  }

  /**
   * Moves every animation of the page to a point of its cycle (paused animations stay paused).
   *
   * @param fraction from 0 (the start) to 1 (the end of one loop)
   */
  void seekAnimations(double fraction) {
    script("var fraction = arguments[0];"
        + "document.getAnimations().forEach(function (a) {"
        + "  a.currentTime = a.effect.getComputedTiming().duration * fraction;"
        + "});", fraction);
  }

  /** Emulates {@code prefers-reduced-motion: reduce}, or stops emulating it. */
  void reducedMotion(boolean reduce) {
    cdp("Emulation.setEmulatedMedia",
        Map.of("features",
            List.of(Map.of("name", "prefers-reduced-motion", "value", reduce ? "reduce" : ""))));
  }

  /**
   * The console errors and every console message about the Content Security Policy since the last
   * call (reading the browser log empties it).
   */
  List<String> consoleProblems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
          || entry.getMessage().contains("Content Security Policy")) {
        problems.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    return problems;
  }

  /**
   * Fails if the current document has seen a CSP violation, or the console an error or a CSP
   * message since the last call: what every browser test checks after each test.
   */
  void assertNoConsoleErrorNorPolicyViolation() {
    assertThat(cspViolations()).as("CSP violations").isEmpty();
    assertThat(consoleProblems()).as("console errors and CSP messages").isEmpty();
  }

  /** The CSP violations the current document has seen. */
  @SuppressWarnings("unchecked")
  List<String> cspViolations() {
    Object violations = script("return window.__newsfeedCspViolations || ['listener missing'];");
    return List.copyOf((List<String>) violations);
  }

  /**
   * Runs axe-core on the current page for the WCAG 2.0, 2.1 and 2.2 A and AA rules.
   *
   * @return one line per violation: the rule, its help and the elements that fail it
   */
  List<String> axeViolations() {
    return axe("{runOnly: {type: 'tag',"
        + "    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}}");
  }

  /**
   * Runs the named axe-core rules on the current page, such as {@code landmark-unique} (a best
   * practice, not among the WCAG tags).
   *
   * @param rules the rule ids
   * @return one line per violation
   */
  List<String> axeViolations(String... rules) {
    return axe("{runOnly: {type: 'rule', values: " + Json.array(rules) + "}}");
  }

  @SuppressWarnings("unchecked")
  private List<String> axe(String options) {
    try {
      // Injected by WebDriver, which the page's Content-Security-Policy does not govern.
      script(Files.readString(RepositoryFiles.axeScript(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Object result = driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, " + options + ")"
            + "  .then(function (results) {"
            + "    done(results.violations.map(function (v) {"
            + "      return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
            + "          + v.nodes.map(function (n) { return n.target.join(' ') + ' ' + n.failureSummary; })"
            + "              .join(' | ');"
            + "    }));"
            + "  })"
            + "  .catch(function (e) { done(['axe failed: ' + e]); });");
    return List.copyOf((List<String>) result);
  }

  /** JavaScript literals for the rule ids, which are plain ASCII words. */
  private static final class Json {
    static String array(String... words) {
      StringBuilder out = new StringBuilder("[");
      for (String word : words) {
        if (!word.matches("[a-z0-9-]+")) {
          throw new IllegalArgumentException("not an axe rule id: " + word);
        }
        out.append(out.length() > 1 ? ", " : "").append('\'').append(word).append('\'');
      }
      return out.append(']').toString();
    }
  }

  byte[] screenshot() {
    return driver.getScreenshotAs(OutputType.BYTES);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteRecursively(profile);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A profile left in the temporary directory is harmless.
    }
  }
}
