// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.cli;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.json.NewsJson;
import dev.newsfeed.syndication.FeedFormat;
import dev.newsfeed.syndication.FeedOptions;
import dev.newsfeed.syndication.FeedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code convert --to json|jsonfeed|atom|rss [--lang TAG] [--date-order ...] [--lenient]
 * [--site URL] FILE...}: reads the files (merging several into one multilingual feed) and writes
 * the feed to standard output; diagnostics go to standard error. Exit status 0 without errors, 1
 * with errors (in lenient mode the good items are still written), 2 for usage errors.
 */
public final class ConvertCommand {
  private ConvertCommand() {}

  /** One line of usage. */
  public static final String USAGE =
      "convert --to json|jsonfeed|atom|rss [--lang TAG] [--date-order auto|mdy|dmy|ymd]"
          + " [--lenient] [--site URL] FILE...";

  private static final URI DEFAULT_SITE = URI.create("http://localhost:8080/");

  /**
   * Runs the command.
   *
   * @param args the arguments after {@code convert}
   * @param out where the document goes, as UTF-8 bytes
   * @param err where diagnostics go
   * @return the exit status
   * @throws UsageException if the arguments are wrong
   * @throws IOException if writing fails
   */
  public static int run(List<String> args, PrintStream out, PrintStream err)
      throws UsageException, IOException {
    Arguments parsed =
        Arguments.parse(args, Set.of("to", "lang", "date-order", "site"), Set.of("lenient"));
    String to = parsed.single("to");
    if (to == null) {
      throw new UsageException("--to is required: json, jsonfeed, atom or rss");
    }
    Optional<FeedFormat> format = formatNamed(to);
    if (format.isEmpty() && !to.equals("json")) {
      throw new UsageException("--to must be json, jsonfeed, atom or rss, not " + to);
    }
    URI site = site(parsed.single("site"));
    SourceArguments sources = SourceArguments.from(parsed);
    Strictness strictness = parsed.has("lenient") ? Strictness.LENIENT : Strictness.STRICT;

    Optional<ParseResult> result = sources.read(strictness, err);
    if (result.isEmpty()) {
      return 1;
    }
    if (format.isPresent() && parsed.single("site") == null) {
      // Ids and links of a published feed must be the site's own: a feed reader that saw
      // tag:localhost ids treats the same news under the real site as new items.
      err.println("warning: no --site given: the feed's links point to " + DEFAULT_SITE
          + " and its entry ids are tag:localhost,…; publish it with --site URL, the public"
          + " address of the site, such as --site https://www.example.org/");
    }
    if (format.isPresent()) {
      FeedOptions options =
          FeedOptions.of(site.resolve("feed." + format.get().fileExtension()), site);
      if (sources.language().isPresent()) {
        options = options.withLanguage(LanguageChain.of(sources.language().get()));
      }
      FeedWriter.of(format.get()).write(result.get().feed(), options, out);
    } else {
      try (NewsJson json = NewsJson.create(NewsJson.Layout.INDENTED)) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        json.write(result.get().feed(), writer);
        writer.write('\n');
        writer.flush();
      }
    }
    out.flush();
    return result.get().hasErrors() ? 1 : 0;
  }

  private static Optional<FeedFormat> formatNamed(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "jsonfeed" -> Optional.of(FeedFormat.JSON_FEED);
      case "atom" -> Optional.of(FeedFormat.ATOM);
      case "rss" -> Optional.of(FeedFormat.RSS);
      default -> Optional.empty();
    };
  }

  private static URI site(String value) throws UsageException {
    if (value == null) {
      return DEFAULT_SITE;
    }
    try {
      URI uri = new URI(value.endsWith("/") ? value : value + "/");
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new UsageException("--site must be an absolute http or https URL, not " + value);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageException("--site must be an absolute http or https URL, not " + value);
    }
  }
}
