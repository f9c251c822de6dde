// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.cli;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.json.NewsJson;
import dev.newsfeed.syndication.FeedFormat;
import dev.newsfeed.syndication.FeedOptions;
import dev.newsfeed.syndication.FeedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code convert --to json|jsonfeed|atom|rss [--lang TAG] [--date-order ...] [--encoding NAME]
 * [--lenient] [--site URL] [-o FILE] FILE...}: reads the files (merging several into one
 * multilingual feed) and writes the feed to standard output or {@code -o FILE}; diagnostics go to
 * standard error. Exit status 0 without errors, 1 with errors (in lenient mode the good items are
 * still written), 2 for usage errors.
 */
public final class ConvertCommand {
  private ConvertCommand() {}

  /** One line of usage. */
  public static final String USAGE =
      "convert --to json|jsonfeed|atom|rss [--lang TAG] [--date-order auto|mdy|dmy|ymd]"
          + " [--encoding NAME] [--max-source-bytes SIZE] [--lenient] [--site URL] [-o FILE] FILE...";

  /** The command's help. */
  public static final String HELP = String.join(System.lineSeparator(),
      "usage: " + USAGE,
      "Reads the FILEs (several are merged into one multilingual feed, the first leading) and",
      "writes the feed; problems go to standard error as FILE:LINE:COL: error|warning: MESSAGE.",
      "  FILE                a listing (.txt), JSON (.json) or a feed (.xml, .atom, .rss, .rdf);",
      "                      - reads a listing from standard input",
      "  --to FORMAT         json (newsfeed JSON), jsonfeed (JSON Feed 1.1), atom (Atom 1.0), rss",
      "  --lang TAG          the language of a FILE whose name declares none, and of the output",
      "  --date-order ORDER  the day/month order of numeric dates: auto (inferred), mdy, dmy, ymd",
      "  --encoding NAME     the encoding listings were saved in, such as windows-1252 (UTF-8)",
      "  --max-source-bytes SIZE  the largest file read, such as 64MiB (16MiB)",
      "  --lenient           skip bad items instead of writing nothing at the first error",
      "  --site URL          the site's public URL, for the links inside feeds",
      "  -o, --output FILE   write to FILE, replaced whole once written, instead of standard output",
      "Exit status: 0 without errors, 1 with errors, 2 for usage errors.");

  private static final URI DEFAULT_SITE = URI.create("http://localhost:8080/");

  /**
   * Runs the command.
   *
   * @param args the arguments after {@code convert}
   * @param in standard input, for {@code -}
   * @param out where the document goes, as UTF-8 bytes, unless {@code -o} names a file
   * @param err where diagnostics go
   * @return the exit status
   * @throws UsageException if the arguments are wrong
   * @throws IOException if writing fails
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err)
      throws UsageException, IOException {
    Set<String> valued = new HashSet<>(SourceArguments.OPTIONS);
    valued.addAll(List.of("to", "site", "output"));
    Arguments parsed = Arguments.parse(args, valued, Set.of("lenient"), Map.of('o', "output"));
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

    String output = parsed.single("output");
    Optional<ParseResult> result = sources.read(strictness, in, err).merged();
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
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    if (format.isPresent()) {
      FeedOptions options =
          FeedOptions.of(site.resolve("feed." + format.get().fileExtension()), site);
      if (sources.language().isPresent()) {
        options = options.withLanguage(LanguageChain.of(sources.language().get()));
      }
      FeedWriter.of(format.get()).write(result.get().feed(), options, document);
    } else {
      try (NewsJson json = NewsJson.create(NewsJson.Layout.INDENTED)) {
        Writer writer = new OutputStreamWriter(document, StandardCharsets.UTF_8);
        json.write(result.get().feed(), writer);
        writer.write('\n');
        writer.flush();
      }
    }
    if (output == null || output.equals("-")) {
      document.writeTo(out);
      out.flush();
    } else {
      writeWhole(Path.of(output), document.toByteArray());
    }
    return result.get().hasErrors() ? 1 : 0;
  }

  /**
   * Writes a file that readers see whole or not at all: a temporary file beside it, then a move
   * over it (atomic where the file system can).
   */
  private static void writeWhole(Path file, byte[] content) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      Files.write(temporary, content);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
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
