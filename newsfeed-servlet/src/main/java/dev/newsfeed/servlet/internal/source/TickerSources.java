// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.FetchSettings;
import dev.newsfeed.servlet.NewsProvider;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceFormat;
import dev.newsfeed.source.SourceOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Turns the configured source locations into a {@link SourceSet}:
 *
 * <ul>
 *   <li>{@code http://…} and {@code https://…}: a feed or listing fetched by URL ({@link
 *       HttpSource});
 *   <li>{@code classpath:news/news.fr.txt}: a class-path resource, read once;
 *   <li>{@code jndi:java:comp/env/jdbc/news}: a database, through the provider the servlet makes
 *       for that JNDI name;
 *   <li>anything else: a file or directory path; relative paths are looked up in the web
 *       application first, then in the working directory.
 * </ul>
 *
 * <p>Only what is wrong in the configuration itself fails here (a URL that is not one, a
 * class-path resource that is not packaged); a file that does not exist yet is a source that
 * fails until it appears.
 */
public final class TickerSources {
  private TickerSources() {}

  /** The prefix of a class-path resource. */
  public static final String CLASSPATH = "classpath:";

  /** The prefix of a JNDI-bound {@code DataSource}. */
  public static final String JNDI = "jndi:";

  /** The longest start-up waits for a recently modified file to settle. */
  static final Duration MAX_SETTLE = Duration.ofSeconds(2);

  /**
   * Where the sources are and how to read them.
   *
   * @param parameter the init parameter that names the locations, for error messages
   * @param parser reads each source's bytes
   * @param reloadInterval how often polled sources are checked; zero for never
   * @param fetch how URL sources are fetched
   * @param clock the clock
   * @param realPath the web application's {@code ServletContext.getRealPath}, null for a path it
   *     cannot map
   * @param loader where {@code classpath:} resources are looked up
   * @param databases the provider for a {@code jndi:} name
   */
  public record Settings(
      String parameter,
      SourceParser parser,
      Duration reloadInterval,
      FetchSettings fetch,
      Clock clock,
      Function<String, String> realPath,
      ClassLoader loader,
      Function<String, NewsProvider> databases) {

    /**
     * Checks every part is present.
     *
     * @param parameter the init parameter naming the locations
     * @param parser reads each source's bytes
     * @param reloadInterval how often polled sources are checked
     * @param fetch how URL sources are fetched
     * @param clock the clock
     * @param realPath the web application's real-path lookup
     * @param loader where resources are looked up
     * @param databases the provider for a {@code jndi:} name
     */
    public Settings {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(parser, "parser");
      Objects.requireNonNull(reloadInterval, "reloadInterval");
      Objects.requireNonNull(fetch, "fetch");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(realPath, "realPath");
      Objects.requireNonNull(loader, "loader");
      Objects.requireNonNull(databases, "databases");
    }
  }

  /**
   * Core's reader for every source, in {@code reading}'s way.
   *
   * @param reading strictness, day/month order, forced language
   * @return the parser
   */
  public static SourceParser parser(SourceOptions reading) {
    Objects.requireNonNull(reading, "reading");
    return new SourceParser() {
      @Override
      public ParseResult parse(String name, byte[] content, SourceFormat format) {
        return NewsSources.read(name, content, format, reading);
      }

      @Override
      public int maxBytes() {
        return reading.maxBytes();
      }
    };
  }

  /**
   * The sources at {@code locations}.
   *
   * @param locations the locations, the leading one first
   * @param settings how to find and read them
   * @return the set, not started
   * @throws IllegalArgumentException naming the init parameter and the location that is wrong
   */
  public static SourceSet resolve(List<String> locations, Settings settings) {
    Objects.requireNonNull(locations, "locations");
    Objects.requireNonNull(settings, "settings");
    if (locations.isEmpty()) {
      throw new IllegalArgumentException(
          "init parameter " + settings.parameter() + ": expected at least one file, directory,"
              + " URL, classpath: resource or jndi: data source, found none");
    }
    Duration interval = settings.reloadInterval();
    Duration settle =
        interval.isZero() || interval.compareTo(MAX_SETTLE) > 0 ? MAX_SETTLE : interval;
    List<Source> sources = new ArrayList<>();
    HttpClient client = null;
    ExecutorService clientExecutor = null;
    for (String location : locations) {
      String lower = location.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        if (client == null) {
          clientExecutor = Executors.newCachedThreadPool(SourceSet.daemon("newsfeed-http"));
          client = client(settings.fetch(), clientExecutor);
        }
        sources.add(new HttpSource(url(location, settings), client, settings.fetch(),
            settings.parser(), settings.clock(), new SplittableRandom()));
      } else if (location.startsWith(CLASSPATH)) {
        sources.add(resource(location, settings));
      } else if (location.startsWith(JNDI)) {
        String name = location.substring(JNDI.length()).strip();
        if (name.isEmpty()) {
          throw wrong(settings, location, "expected a JNDI name after jndi:");
        }
        sources.add(new ProviderSource(
            settings.databases().apply(name), location, settings.clock(), interval));
      } else {
        Path path = path(location, settings);
        sources.add(Files.isDirectory(path) || location.endsWith("/")
            ? new DirectorySource(path, location, settings.parser(), settings.clock(), settle, interval)
            : new FileSource(path, location, settings.parser(), settings.clock(), settle, interval));
      }
    }
    return new SourceSet(sources, settle, clientExecutor);
  }

  private static HttpClient client(FetchSettings fetch, ExecutorService executor) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .executor(executor)
        .connectTimeout(fetch.connectTimeout())
        // Redirects are followed by hand: counted, and never from https to http.
        .followRedirects(HttpClient.Redirect.NEVER);
    ProxySelector proxies = ProxySelector.getDefault();
    if (proxies != null) {
      builder.proxy(proxies); // the JVM's http.proxyHost, https.proxyHost and nonProxyHosts
    }
    // The client starts its selector thread now, and a thread keeps its creator's context class
    // loader: the web application's would then outlive an undeployment (Tomcat reports the leak).
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    thread.setContextClassLoader(HttpClient.class.getClassLoader());
    try {
      return builder.build();
    } finally {
      thread.setContextClassLoader(context);
    }
  }

  private static URI url(String location, Settings settings) {
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      throw wrong(settings, location, "not a valid URL (" + e.getReason() + ")");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw wrong(settings, location, "expected a URL with a host name");
    }
    if (uri.getRawUserInfo() != null) {
      // They would show on /status and in logs; HttpClient would not send them anyway.
      throw wrong(settings, location, "a URL with credentials in it is not supported");
    }
    // The fragment is never sent; a path is needed for the request line.
    String text = uri.getRawFragment() == null ? location : location.substring(0, location.indexOf('#'));
    return uri.getRawPath() == null || uri.getRawPath().isEmpty()
        ? URI.create(text.replaceFirst("(?i)^(https?://[^/?#]*)", "$1/"))
        : URI.create(text);
  }

  private static ResourceSource resource(String location, Settings settings) {
    String name = location.substring(CLASSPATH.length());
    String relative = name.startsWith("/") ? name.substring(1) : name;
    byte[] content;
    try (InputStream in = settings.loader().getResourceAsStream(relative)) {
      if (in == null) {
        throw wrong(settings, location, "no such class-path resource");
      }
      content = in.readNBytes(settings.parser().maxBytes() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ResourceSource(location, relative.substring(relative.lastIndexOf('/') + 1),
        content, settings.parser(), settings.clock().instant());
  }

  private static Path path(String location, Settings settings) {
    try {
      Path path = Path.of(location);
      if (path.isAbsolute()) {
        return path;
      }
      String real = settings.realPath().apply(location.startsWith("/") ? location : "/" + location);
      return Optional.ofNullable(real).map(Path::of).filter(Files::exists)
          .orElse(path.toAbsolutePath());
    } catch (InvalidPathException e) {
      throw wrong(settings, location, "not a valid path");
    }
  }

  private static IllegalArgumentException wrong(Settings settings, String location, String why) {
    return new IllegalArgumentException(
        "init parameter " + settings.parameter() + ": " + why + ": [" + location + "]");
  }
}
