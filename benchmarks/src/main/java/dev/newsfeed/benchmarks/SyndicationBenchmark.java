// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.SyndFeedOutput;
import com.rometools.rome.io.XmlReader;
import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.Strictness;
import dev.newsfeed.syndication.FeedFormat;
import dev.newsfeed.syndication.FeedOptions;
import dev.newsfeed.syndication.FeedReader;
import dev.newsfeed.syndication.FeedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing RSS 2.0 and Atom, newsfeed against ROME 2.1.0 on the same {@link Corpus}
 * items. The method names pair them ({@code rssRead1000_newsfeed}, {@code rssRead1000_rome}) so
 * that JMH, which runs benchmarks in name order, runs each pair back to back.
 *
 * <p>Both readers read the same bytes, the document newsfeed writes. ROME's writers get what a
 * ROME user would do with the same news: build a {@link SyndFeed} from it, then write it; both
 * steps are measured, as newsfeed's writer also works from its model.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// 10 s of warm-up: the listing parser and the RSS reader reach their steady state only after 8
// to 10 one-second iterations (3 gave half their speed); the peers get the same.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SyndicationBenchmark {

  private static final URI SELF = URI.create("https://www.example.org/news/feed");
  private static final URI SITE = URI.create("https://www.example.org/");

  /** The same news, n items, in every form the benchmarks read or write. */
  @State(Scope.Benchmark)
  public abstract static class Items {
    NewsFeed feed;
    FeedOptions options;
    byte[] rss;
    byte[] atom;
    FeedReader reader;

    abstract int n();

    /** Builds the feed and writes its documents once per trial. */
    @Setup
    public void setUp() {
      feed = Corpus.feed(n());
      options = FeedOptions.of(SELF, SITE, Corpus.FRENCH);
      rss = FeedWriter.of(FeedFormat.RSS).toBytes(feed, options);
      atom = FeedWriter.of(FeedFormat.ATOM).toBytes(feed, options);
      reader = FeedReader.create(Strictness.STRICT);
      try {
        checkEveryoneDoesTheWork();
      } catch (IOException | FeedException e) {
        throw new IllegalStateException("a peer failed on the corpus", e);
      }
    }

    /**
     * Every reader finds every item's title in each document, and every document written (ours
     * and ROME's) reads back, with ROME, as the same titles: no side skips work.
     */
    void checkEveryoneDoesTheWork() throws IOException, FeedException {
      List<String> titles = titles(feed);
      PeerCheck.sameList("newsfeed reading RSS", titles, titles(reader.read("feed.rss", rss).feed()));
      PeerCheck.sameList("newsfeed reading Atom", titles, titles(reader.read("feed.atom", atom).feed()));
      PeerCheck.sameList("ROME reading RSS", titles, titles(romeRead(rss)));
      PeerCheck.sameList("ROME reading Atom", titles, titles(romeRead(atom)));
      PeerCheck.sameList("ROME writing RSS", titles, titles(romeRead(romeWrite(feed, "rss_2.0"))));
      PeerCheck.sameList("ROME writing Atom", titles, titles(romeRead(romeWrite(feed, "atom_1.0"))));
    }

    private static List<String> titles(NewsFeed news) {
      return news.items().stream().map(item -> item.text(Corpus.FRENCH).orElse(item.original()).title()).toList();
    }

    private static List<String> titles(SyndFeed feed) {
      return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }
  }

  /** 20 items, a ticker's worth. */
  public static class Items20 extends Items {
    @Override
    int n() {
      return 20;
    }
  }

  /** 1,000 items, a long archive. */
  public static class Items1000 extends Items {
    @Override
    int n() {
      return 1000;
    }
  }

  // ---- reading

  /**
   * newsfeed reads the RSS.
   *
   * @param items the news
   * @return the result
   */
  @Benchmark
  public ParseResult rssRead1000_newsfeed(Items1000 items) {
    return items.reader.read("feed.rss", items.rss);
  }

  /**
   * ROME reads the same RSS.
   *
   * @param items the news
   * @return the feed
   * @throws Exception never for this input
   */
  @Benchmark
  public SyndFeed rssRead1000_rome(Items1000 items) throws Exception {
    return romeRead(items.rss);
  }

  /**
   * newsfeed reads the Atom.
   *
   * @param items the news
   * @return the result
   */
  @Benchmark
  public ParseResult atomRead1000_newsfeed(Items1000 items) {
    return items.reader.read("feed.atom", items.atom);
  }

  /**
   * ROME reads the same Atom.
   *
   * @param items the news
   * @return the feed
   * @throws Exception never for this input
   */
  @Benchmark
  public SyndFeed atomRead1000_rome(Items1000 items) throws Exception {
    return romeRead(items.atom);
  }

  // ---- writing

  /**
   * newsfeed writes Atom.
   *
   * @param items the news
   * @return the document
   */
  @Benchmark
  public byte[] atomWrite20_newsfeed(Items20 items) {
    return FeedWriter.of(FeedFormat.ATOM).toBytes(items.feed, items.options);
  }

  /**
   * ROME builds and writes Atom.
   *
   * @param items the news
   * @return the document
   * @throws Exception never for this input
   */
  @Benchmark
  public byte[] atomWrite20_rome(Items20 items) throws Exception {
    return romeWrite(items.feed, "atom_1.0");
  }

  /**
   * newsfeed writes Atom.
   *
   * @param items the news
   * @return the document
   */
  @Benchmark
  public byte[] atomWrite1000_newsfeed(Items1000 items) {
    return FeedWriter.of(FeedFormat.ATOM).toBytes(items.feed, items.options);
  }

  /**
   * ROME builds and writes Atom.
   *
   * @param items the news
   * @return the document
   * @throws Exception never for this input
   */
  @Benchmark
  public byte[] atomWrite1000_rome(Items1000 items) throws Exception {
    return romeWrite(items.feed, "atom_1.0");
  }

  /**
   * newsfeed writes RSS.
   *
   * @param items the news
   * @return the document
   */
  @Benchmark
  public byte[] rssWrite20_newsfeed(Items20 items) {
    return FeedWriter.of(FeedFormat.RSS).toBytes(items.feed, items.options);
  }

  /**
   * ROME builds and writes RSS.
   *
   * @param items the news
   * @return the document
   * @throws Exception never for this input
   */
  @Benchmark
  public byte[] rssWrite20_rome(Items20 items) throws Exception {
    return romeWrite(items.feed, "rss_2.0");
  }

  /**
   * newsfeed writes RSS.
   *
   * @param items the news
   * @return the document
   */
  @Benchmark
  public byte[] rssWrite1000_newsfeed(Items1000 items) {
    return FeedWriter.of(FeedFormat.RSS).toBytes(items.feed, items.options);
  }

  /**
   * ROME builds and writes RSS.
   *
   * @param items the news
   * @return the document
   * @throws Exception never for this input
   */
  @Benchmark
  public byte[] rssWrite1000_rome(Items1000 items) throws Exception {
    return romeWrite(items.feed, "rss_2.0");
  }

  // ---- ROME, used as its documentation shows

  static SyndFeed romeRead(byte[] document) throws IOException, FeedException {
    try (XmlReader in = new XmlReader(new ByteArrayInputStream(document))) {
      return new SyndFeedInput().build(in);
    }
  }

  static byte[] romeWrite(NewsFeed news, String feedType) throws IOException, FeedException {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(feedType);
    feed.setTitle(news.titles().get(Corpus.FRENCH));
    feed.setLink(SITE.toString());
    feed.setUri(SELF.toString());
    feed.setDescription(news.titles().get(Corpus.FRENCH));
    feed.setLanguage("fr");
    List<SyndEntry> entries = new ArrayList<>(news.size());
    Date newest = null;
    for (NewsItem item : news.items()) {
      ItemText text = item.text(Corpus.FRENCH).orElse(item.original());
      Date published = Date.from(
          ((PublicationDate.Day) item.published()).date().atStartOfDay(ZoneOffset.UTC).toInstant());
      newest = newest == null || published.after(newest) ? published : newest;
      SyndEntry entry = new SyndEntryImpl();
      entry.setTitle(text.title());
      entry.setLink(text.link().map(URI::toString).orElse(null));
      entry.setUri("tag:www.example.org,2016:" + item.id());
      entry.setPublishedDate(published);
      entry.setUpdatedDate(published);
      SyndContent description = new SyndContentImpl();
      description.setType("text/plain");
      description.setValue(text.dateline().map(d -> d + " - ").orElse("") + String.join("\n\n", text.summary()));
      entry.setDescription(description);
      entries.add(entry);
    }
    feed.setEntries(entries);
    feed.setPublishedDate(newest);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + 1024 * news.size());
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new SyndFeedOutput().output(feed, out, true);
    }
    return bytes.toByteArray();
  }
}
