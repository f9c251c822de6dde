// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.consumer;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.json.NewsJson;
import dev.newsfeed.listing.ListingOptions;
import dev.newsfeed.listing.ListingParser;
import dev.newsfeed.servlet.NewsProvider;
import dev.newsfeed.servlet.NewsfeedServlet;
import dev.newsfeed.servlet.TickerOptions;
import dev.newsfeed.servlet.TickerRenderer;
import dev.newsfeed.syndication.FeedFormat;
import dev.newsfeed.syndication.FeedOptions;
import dev.newsfeed.syndication.FeedReader;
import dev.newsfeed.syndication.FeedWriter;
import dev.newsfeed.text.Escape;
import dev.newsfeed.text.LocalizedDateFormat;
import jakarta.json.bind.spi.JsonbProvider;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the listing named by its argument and prints what each part of newsfeed made of it; the
 * test that launches it compares the output with {@code consumer-output.txt}.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the application.
   *
   * @param args the path of a French listing
   * @throws IOException if the listing cannot be read
   * @throws ServletException if the servlet does not start
   */
  public static void main(String[] args) throws IOException, ServletException {
    // Java 17 encodes System.out in the platform charset, which may not be UTF-8.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    Locale french = Locale.FRENCH;
    Locale arabic = Locale.forLanguageTag("ar");

    NewsFeed feed = ListingParser.create(ListingOptions.of(french)).parse(Path.of(args[0])).feed();
    NewsItem newest = feed.items().get(0);
    out.println("listing: " + feed.size() + " items, the newest " + newest.id() + " " + newest.original().title());

    // JSON-B: the JsonbProvider lookup finds Yasson only if the module graph has it.
    out.println("JSON-B provider: " + JsonbProvider.provider().getClass().getModule().getName());
    try (NewsJson json = NewsJson.create()) {
      NewsFeed back = json.fromJson("feed.json", json.toJson(feed));
      out.println("NewsJson: " + same(back.equals(feed)) + " feed after a round trip");
    }

    FeedOptions options =
        FeedOptions.of(URI.create("https://news.example.org/feed"), URI.create("https://news.example.org/"), french);
    FeedReader reader = FeedReader.create(Strictness.STRICT);
    for (FeedFormat format : FeedFormat.values()) {
      byte[] document = FeedWriter.of(format).toBytes(feed, options);
      ParseResult read = reader.read("feed." + format.fileExtension(), document);
      out.println(format + ": " + read.feed().size() + " items read back, " + same(read.feed().items().equals(feed.items()))
          + " items, " + read.diagnostics().size() + " diagnostics");
    }

    for (Locale language : List.of(french, Locale.ENGLISH, arabic)) {
      out.println("date [" + language.toLanguageTag() + "]: "
          + LocalizedDateFormat.of(FormatStyle.LONG, language).format(newest.published()));
    }
    out.println("Escape.forHtml: " + Escape.forHtml("<b title=\"x\">R&D</b>"));

    // init loads the ticker's stylesheet and script, resources of an unexported package.
    NewsfeedServlet servlet = new NewsfeedServlet(NewsProvider.of(feed), TickerOptions.defaults());
    servlet.init(new Config());
    servlet.destroy();
    out.println("NewsfeedServlet: started and stopped");

    out.print(TickerRenderer.create(FormatStyle.LONG).render(feed, LanguageChain.of(arabic, french), 2, Optional.empty()));
  }

  private static String same(boolean same) {
    return same ? "the same" : "A DIFFERENT";
  }

  /** The least a container gives a servlet: a name and no init parameters. */
  private static final class Config implements ServletConfig {
    @Override
    public String getServletName() {
      return "news";
    }

    @Override
    public ServletContext getServletContext() {
      throw new UnsupportedOperationException("no container: the servlet reads its news from a NewsProvider");
    }

    @Override
    public String getInitParameter(String name) {
      return null;
    }

    @Override
    public Enumeration<String> getInitParameterNames() {
      return Collections.emptyEnumeration();
    }
  }
}
