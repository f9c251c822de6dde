// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.examples.cli.Arguments;
import dev.newsfeed.examples.cli.UsageException;
import dev.newsfeed.source.NewsSources;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.LogManager;
import org.eclipse.jetty.server.Server;

/**
 * {@code serve [--port N] [--lang TAG] [--behind-cache] [--feed FILE|URL]...}: runs the {@linkplain DemoServer demo
 * host site} until Ctrl-C. Without {@code --feed} it serves the bundled samples; {@code --feed}
 * takes files and {@code http(s)://} URLs of feeds (fetched every five minutes) together; each file's language comes from its
 * name, several files merge into multilingual items, and a changed file is read again within two
 * seconds (an edit with errors is reported and the last good version keeps serving; so is a file
 * with errors at start-up, the others being served).
 *
 * <p>Responses carry {@code Cache-Control: max-age=0} for live editing; {@code --behind-cache}
 * gives them the policy recommended behind a shared cache instead ({@link
 * DemoServer#BEHIND_A_CACHE}), as {@code examples/scale-out/run.sh} does for two instances behind
 * nginx.
 *
 * <p>Prints one line, the URL to open. Exit status 1 if the server cannot start (a file that does
 * not exist, a port in use), 2 for usage errors.
 */
public final class ServeCommand {
  private ServeCommand() {}

  /** The port when {@code --port} is not given. */
  public static final int DEFAULT_PORT = 8080;

  /** One line of usage. */
  public static final String USAGE = "serve [--port N] [--lang TAG] [--behind-cache] [--feed FILE|URL]...";

  /** The command's help. */
  public static final String HELP = String.join(System.lineSeparator(),
      "usage: " + USAGE,
      "Runs the demo host site on http://127.0.0.1:PORT/ until Ctrl-C. Without --feed it serves",
      "the bundled samples; a changed file is read again within two seconds (an edit with errors",
      "is reported and the last good version keeps serving).",
      "  --port N     the port, 0 for any free one (default " + DEFAULT_PORT + ")",
      "  --lang TAG   the language of every --feed, for files whose names declare none",
      "  --behind-cache  Cache-Control for instances behind a shared cache, not max-age=0",
      "  --feed FILE|URL  a news file, or the http(s):// URL of a feed; several merge into",
      "               multilingual items, each file's language taken from its name (news.fr.txt)",
      "Exit status: 1 if the server cannot start, 2 for usage errors.");


  /**
   * Runs the demo until the JVM is asked to stop.
   *
   * @param args the arguments after {@code serve}
   * @param out where the URL is printed
   * @param err where problems are printed
   * @return the exit status
   * @throws UsageException if the arguments are wrong
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Arguments arguments = Arguments.parse(args, Set.of("port", "feed", "lang"), Set.of("behind-cache"));
    if (!arguments.operands().isEmpty()) {
      throw new UsageException(
          "serve takes no FILE operands, give news files with --feed: " + arguments.operands().get(0));
    }
    int port = port(arguments.single("port"));
    List<String> feeds = new ArrayList<>();
    boolean missing = false;
    for (String feed : arguments.all("feed")) {
      if (feed.regionMatches(true, 0, "http://", 0, 7) || feed.regionMatches(true, 0, "https://", 0, 8)) {
        feeds.add(feed);
        continue;
      }
      Path file = Path.of(feed);
      if (!Files.isRegularFile(file)) {
        err.println(Diagnostic.error(feed, 0, 0, "no such file"));
        missing = true;
      }
      // Absolute, so that the servlet does not look for it inside the web application.
      feeds.add(file.toAbsolutePath().normalize().toString());
    }
    if (missing) {
      return 1;
    }
    Optional<Locale> language = language(arguments.single("lang"), feeds);

    quietLogging(err);
    Server server = DemoServer.newServerReading(port, feeds, language,
        arguments.has("behind-cache") ? DemoServer.BEHIND_A_CACHE : DemoServer.LIVE_EDITING);
    // Ctrl-C (SIGINT) and SIGTERM run the shutdown hooks: Jetty's stops the server gracefully.
    server.setStopAtShutdown(true);
    try {
      server.start();
    } catch (Exception e) {
      err.println("newsfeed: cannot start the demo: " + rootMessage(e));
      stopQuietly(server);
      return 1;
    }
    out.println("newsfeed demo: open " + DemoServer.baseUri(server) + " (Ctrl-C to stop)");
    try {
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopQuietly(server);
    }
    return 0;
  }

  /**
   * The {@code --lang} value: the servlet reads every source in it, so with several feeds it may
   * not override languages their names declare.
   */
  private static Optional<Locale> language(String tag, List<String> feeds) throws UsageException {
    if (tag == null) {
      return Optional.empty();
    }
    Locale language;
    try {
      language = LanguageChain.ofTags(tag).preferred();
    } catch (IllegalArgumentException e) {
      throw new UsageException("--lang: " + e.getMessage());
    }
    if (feeds.isEmpty()) {
      throw new UsageException("--lang gives the language of --feed files; give at least one");
    }
    if (feeds.size() > 1) {
      for (String feed : feeds) {
        if (NewsSources.languageOf(feed).isPresent()) {
          throw new UsageException("--lang gives every --feed one language, but " + feed
              + " declares its own: with several languages, name each file for its language"
              + " (news.fr.txt, news.en.txt)");
        }
      }
    }
    return Optional.of(language);
  }

  private static int port(String value) throws UsageException {
    if (value == null) {
      return DEFAULT_PORT;
    }
    if (value.matches("[0-9]{1,5}") && Integer.parseInt(value) <= 65535) {
      return Integer.parseInt(value);
    }
    throw new UsageException("--port must be a number from 0 to 65535, not " + value);
  }

  /**
   * One line per message, and only the reloads and their problems: unless the user configured
   * java.util.logging, in which case theirs stands.
   */
  private static void quietLogging(PrintStream err) {
    if (System.getProperty("java.util.logging.config.file") != null
        || System.getProperty("java.util.logging.config.class") != null) {
      return;
    }
    try (InputStream config = ServeCommand.class.getResourceAsStream("logging.properties")) {
      if (config != null) {
        LogManager.getLogManager().readConfiguration(config);
      }
    } catch (IOException e) {
      err.println("newsfeed: keeping the default logging: " + e.getMessage());
    }
  }

  /**
   * The servlet's message names the problem (the file, line and column), and the exceptions Jetty
   * wraps it in only repeat it; any other failure is told by the messages of its chain, such as
   * {@code Failed to bind to /127.0.0.1:8080: Address already in use}.
   */
  private static String rootMessage(Throwable e) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ServletException) {
        return t.getMessage();
      }
      String message = t.getMessage() != null ? t.getMessage() : t.getClass().getName();
      if (messages.isEmpty() || !messages.get(messages.size() - 1).contains(message)) {
        messages.add(message);
      }
    }
    return String.join(": ", messages);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping a server that failed to start: nothing more to report than the start failure.
    }
  }
}
