// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.api;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.listing.ListingOptions;
import dev.newsfeed.listing.ListingParser;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.syndication.FeedFormat;
import dev.newsfeed.syndication.FeedOptions;
import dev.newsfeed.syndication.FeedWriter;
import dev.newsfeed.text.LocalizedDateFormat;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * newsfeed-core on its own, no servlet and no container: parses a plain-text news listing, prints
 * its five latest items dated as French, English and Arabic readers write dates, and writes the
 * news as a JSON Feed.
 *
 * <pre>
 * java -cp examples/target/newsfeed-examples.jar dev.newsfeed.examples.api.CoreOnlyExample \
 *     [LISTING [FEED_JSON]]
 * </pre>
 *
 * <p>Without arguments it reads the bundled French sample listing and writes {@code feed.json} in
 * the working directory. The listing's language comes from its name ({@code news.fr.txt}).
 */
public final class CoreOnlyExample {
  private CoreOnlyExample() {}

  /** The languages of the readers the dates are written for. */
  static final List<Locale> READERS =
      List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"));

  private static final String SAMPLE = "/dev/newsfeed/examples/samples/seed.fr.txt";

  /**
   * Runs the example.
   *
   * @param args the listing (default: the bundled French sample) and the JSON Feed to write
   *     (default: {@code feed.json})
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    // Java 17 encodes System.out in the platform charset, which may not be UTF-8: write UTF-8.
    run(List.of(args),
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example as {@link #main} does, printing to {@code out}.
   *
   * @param args the listing and the JSON Feed to write, both optional
   * @param out where to print
   * @throws IOException if a file cannot be read or written
   */
  public static void run(List<String> args, PrintStream out) throws IOException {
    Path feed = Path.of(args.size() > 1 ? args.get(1) : "feed.json");
    if (!args.isEmpty()) {
      Path listing = Path.of(args.get(0));
      run(listing.getFileName().toString(), Files.readAllBytes(listing), feed, out);
    } else {
      try (InputStream sample = CoreOnlyExample.class.getResourceAsStream(SAMPLE)) {
        run("seed.fr.txt", sample.readAllBytes(), feed, out);
      }
    }
  }

  /**
   * Parses {@code listing}, prints its five latest items for each of the {@link #READERS} and
   * writes the whole feed to {@code jsonFeed}.
   *
   * @param name the listing's file name: its language suffix tells the language, and problems
   *     cite it
   * @param listing the listing's bytes
   * @param jsonFeed where to write the JSON Feed
   * @param out where to print
   * @throws IOException if the JSON Feed cannot be written
   * @throws dev.newsfeed.NewsParseException at the listing's first error, located by line and
   *     column
   */
  public static void run(String name, byte[] listing, Path jsonFeed, PrintStream out)
      throws IOException {
    // 1. Parse. The language gives the month names the dates are written with.
    Locale language = NewsSources.languageOf(name).orElse(Locale.FRENCH);
    ParseResult result = ListingParser.create(ListingOptions.of(language)).parse(name, listing);
    result.warnings().forEach(out::println);
    NewsFeed feed = result.feed();

    // 2. The five latest items, each date as a reader of each language writes it (CLDR, with
    //    the language's own digits).
    for (Locale reader : READERS) {
      LocalizedDateFormat dates = LocalizedDateFormat.of(FormatStyle.LONG, reader);
      out.println("[" + reader.toLanguageTag() + "]");
      for (NewsItem item : feed.latest(5).items()) {
        out.println("  " + dates.format(item.published()) + " | " + item.original().title());
      }
    }

    // 3. A JSON Feed 1.1 document. Its links say where it will be published.
    FeedOptions options =
        FeedOptions.of(
            URI.create("https://news.example.org/feed.json"),
            URI.create("https://news.example.org/"));
    Files.write(jsonFeed, FeedWriter.of(FeedFormat.JSON_FEED).toBytes(feed, options));
    out.println("wrote " + jsonFeed + " (" + feed.size() + " items, JSON Feed 1.1)");
  }
}
