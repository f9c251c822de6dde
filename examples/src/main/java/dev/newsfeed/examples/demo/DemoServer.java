// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import dev.newsfeed.servlet.DisplayOptions;
import dev.newsfeed.servlet.HttpOptions;
import dev.newsfeed.servlet.Motion;
import dev.newsfeed.servlet.LanguageNegotiator;
import dev.newsfeed.servlet.NewsfeedServlet;
import dev.newsfeed.servlet.SourceSettings;
import dev.newsfeed.source.SourceOptions;
import dev.newsfeed.servlet.TickerOptions;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The demo host site on an embedded Jetty 12 (ee10): the {@link NewsfeedServlet} at {@code
 * /news/*}, the {@linkplain DemoPage host page} at {@code /}, its stylesheet and icon, every
 * response under {@code Content-Security-Policy: default-src 'self'}.
 *
 * <p>Separate from the {@code serve} command so that tests start it on port 0:
 *
 * <pre>{@code
 * Server server = DemoServer.newServer(0, List.of());
 * server.start();
 * URI base = DemoServer.baseUri(server); // http://127.0.0.1:41234/
 * }</pre>
 */
public final class DemoServer {
  private DemoServer() {}

  /** Where the newsfeed servlet is mapped. */
  public static final String NEWS_PATH = "/news";

  /**
   * The bundled sample listings, read by the servlet from the class path: the French seed leads,
   * the English and Arabic translations of the same ten news merge into it.
   */
  public static final List<String> BUNDLED_SAMPLES =
      List.of(
          "classpath:dev/newsfeed/examples/samples/seed.fr.txt",
          "classpath:dev/newsfeed/examples/samples/news.en.txt",
          "classpath:dev/newsfeed/examples/samples/news.ar.txt");

  /**
   * How often {@code --feed} files are checked: a change shows once two checks have seen it the
   * same (so that a file caught half-saved is never shown), within twice this interval plus one
   * read, inside the two seconds the demo promises.
   */
  public static final Duration RELOAD_INTERVAL = Duration.ofMillis(500);

  /**
   * How often the open page asks for new news (the shortest interval allowed): an edited file
   * shows in both tickers without a reload within this interval of being published, so within
   * the two seconds the demo promises. A site keeps the default, 60 s.
   */
  public static final Duration UPDATE_INTERVAL = Duration.ofSeconds(1);

  /** The language of the page and the ticker when the request names none of theirs. */
  public static final Locale DEFAULT_LANGUAGE = Locale.ENGLISH;

  private static final String SITE_RESOURCES = "dev/newsfeed/examples/demo/site/";

  /**
   * A demo server listening on the loopback interface, not yet started.
   *
   * @param port the port; 0 for any free port (see {@link #baseUri})
   * @param feeds the news files, the leading one first, each one's language taken from its name
   *     ({@code news.fr.txt}); empty for the {@linkplain #BUNDLED_SAMPLES bundled samples}
   * @return the server; {@link Server#start()} fails if a file cannot be read
   * @throws IllegalArgumentException if the port is not between 0 and 65535
   */
  public static Server newServer(int port, List<Path> feeds) {
    return newServer(port, feeds, Optional.empty());
  }

  /**
   * A demo server reading every news file in one language, for files whose names declare none.
   *
   * @param port the port; 0 for any free port (see {@link #baseUri})
   * @param feeds the news files, the leading one first; empty for the bundled samples
   * @param language the language of every file, or empty to take each one's from its name
   * @return the server; {@link Server#start()} fails if a file cannot be read
   * @throws IllegalArgumentException if the port is not between 0 and 65535
   */
  public static Server newServer(int port, List<Path> feeds, Optional<Locale> language) {
    // Absolute, so that the servlet does not look for them inside the web application.
    return newServerReading(port, Objects.requireNonNull(feeds, "feeds").stream()
        .map(feed -> feed.toAbsolutePath().normalize().toString()).toList(), language);
  }

  /**
   * A demo server reading news files and feeds by URL together, not yet started.
   *
   * @param port the port; 0 for any free port (see {@link #baseUri})
   * @param locations absolute file paths and {@code http(s)://} URLs of feeds, the leading one
   *     first; empty for the {@linkplain #BUNDLED_SAMPLES bundled samples}
   * @param language the language of every source, or empty to take each one's from its name
   * @return the server
   * @throws IllegalArgumentException if the port is not between 0 and 65535
   */
  public static Server newServerReading(int port, List<String> locations, Optional<Locale> language) {
    return newServerReading(port, locations, language, LIVE_EDITING);
  }

  /**
   * The demo's HTTP options: {@code Cache-Control: max-age=0}, so that every page view revalidates
   * (a cheap 304) and an edited file shows in the fetched ticker as soon as in the included one.
   * For live editing only: a site serves its readers with {@link #BEHIND_A_CACHE}'s policy.
   */
  public static final HttpOptions LIVE_EDITING =
      HttpOptions.defaults().withDefaultLanguage(DEFAULT_LANGUAGE).withCacheMaxAge(Duration.ZERO);

  /**
   * The HTTP options recommended for instances behind a shared cache such as nginx (README,
   * "Several instances behind a cache"): fresh for 60 s, then served stale for up to 30 s while the
   * cache revalidates in the background, and for up to a day while the instances fail.
   */
  public static final HttpOptions BEHIND_A_CACHE =
      HttpOptions.defaults()
          .withDefaultLanguage(DEFAULT_LANGUAGE)
          .withCacheMaxAge(Duration.ofSeconds(60))
          .withStale(Duration.ofSeconds(30), Duration.ofDays(1));

  /**
   * A demo server with the given HTTP options, such as {@link #BEHIND_A_CACHE}.
   *
   * @param port the port; 0 for any free port
   * @param feeds the news files, the leading one first; empty for the bundled samples
   * @param httpOptions language, caching and origins
   * @return the server, not started
   * @throws IllegalArgumentException if the port is not between 0 and 65535
   */
  public static Server newServer(int port, List<Path> feeds, HttpOptions httpOptions) {
    return newServerReading(port, Objects.requireNonNull(feeds, "feeds").stream()
        .map(feed -> feed.toAbsolutePath().normalize().toString()).toList(), Optional.empty(), httpOptions);
  }

  /**
   * A demo server reading news files and feeds by URL, with the given HTTP options.
   *
   * @param port the port; 0 for any free port
   * @param locations absolute file paths and {@code http(s)://} URLs of feeds; empty for the
   *     bundled samples
   * @param language the language of every source, or empty to take each one's from its name
   * @param httpOptions language, caching and origins, such as {@link #LIVE_EDITING}
   * @return the server, not started
   * @throws IllegalArgumentException if the port is not between 0 and 65535
   */
  public static Server newServerReading(
      int port, List<String> locations, Optional<Locale> language, HttpOptions httpOptions) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(httpOptions, "httpOptions");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    List<String> sources =
        Objects.requireNonNull(locations, "locations").isEmpty() ? BUNDLED_SAMPLES : locations;
    TickerOptions options =
        TickerOptions.defaults()
            .withSources(SourceSettings.of(sources).withReloadInterval(RELOAD_INTERVAL)
                .withReading(language.map(SourceOptions.defaults()::withLanguage).orElse(SourceOptions.defaults())))
            .withDisplay(DisplayOptions.defaults()
                .withMotion(Motion.defaults().withUpdateInterval(UPDATE_INTERVAL))
                // The demo's own list of all news: its page in list mode.
                .withAllNews(Optional.of(URI.create("/?display=list"))))
            .withHttp(httpOptions);

    return site(port, new NewsfeedServlet(options));
  }

  /**
   * The host site around a newsfeed servlet: the page at {@code /}, the servlet at {@link
   * #NEWS_PATH}, the static files, every response under the Content-Security-Policy.
   */
  static Server site(int port, NewsfeedServlet news) {
    Server server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.setBaseResource(ResourceFactory.of(context).newClassLoaderResource(SITE_RESOURCES));
    context.addFilter(
        new FilterHolder(new ContentSecurityPolicyFilter()),
        "/*",
        EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));

    ServletHolder holder = new ServletHolder("newsfeed", news);
    holder.setInitOrder(1); // read the news at start-up, not at the first request
    context.addServlet(holder, NEWS_PATH + "/*");

    LanguageNegotiator pageLanguages = LanguageNegotiator.of(DEFAULT_LANGUAGE, PageText.LANGUAGES);
    // "" is the context root exactly (Servlet 6.0 §12.2); other paths go to the static files.
    context.addServlet(new ServletHolder("page", new DemoPage(pageLanguages, NEWS_PATH)), "");
    ServletHolder files = new ServletHolder("site", ResourceServlet.class);
    files.setInitParameter("dirAllowed", "false");
    context.addServlet(files, "/");

    server.setHandler(context);
    return server;
  }

  /**
   * The URL of a started server's home page.
   *
   * @param server a server made by {@link #newServer}, started
   * @return the URL, such as {@code http://127.0.0.1:8080/}
   * @throws IllegalStateException if the server is not started
   */
  public static URI baseUri(Server server) {
    ServerConnector connector = (ServerConnector) server.getConnectors()[0];
    int port = connector.getLocalPort();
    if (port <= 0) {
      throw new IllegalStateException("the server is not started");
    }
    return URI.create("http://127.0.0.1:" + port + "/");
  }
}
