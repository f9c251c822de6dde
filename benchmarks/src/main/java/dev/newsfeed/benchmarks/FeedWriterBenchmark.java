// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.json.NewsJson;
import dev.newsfeed.listing.ListingOptions;
import dev.newsfeed.listing.ListingParser;
import dev.newsfeed.syndication.FeedFormat;
import dev.newsfeed.syndication.FeedOptions;
import dev.newsfeed.syndication.FeedWriter;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the 100-copy seed feed (1,000 items) in each syndication format, against the JSON-B
 * serialisation of the same feed ({@link #baselineNewsJson}) — the library's plainest writer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FeedWriterBenchmark {

  /** The format written. */
  @Param({"JSON_FEED", "ATOM", "RSS"})
  public FeedFormat format;

  private NewsFeed feed;
  private FeedWriter writer;
  private FeedOptions options;
  private NewsJson json;

  /** Parses the feed once per trial. */
  @Setup
  public void setUp() {
    feed = ListingParser.create(ListingOptions.of(Locale.FRENCH)).parse("seed", Samples.seedTimes(100)).feed();
    writer = FeedWriter.of(format);
    options = FeedOptions.of(URI.create("https://example.org/news/feed"), URI.create("https://example.org/"));
    json = NewsJson.create();
  }

  /** Closes the Jsonb. */
  @TearDown
  public void tearDown() {
    json.close();
  }

  /**
   * The format's writer.
   *
   * @return the document, consumed by JMH
   */
  @Benchmark
  public byte[] write() {
    return writer.toBytes(feed, options);
  }

  /**
   * The baseline.
   *
   * @return the JSON, consumed by JMH
   */
  @Benchmark
  public String baselineNewsJson() {
    return json.toJson(feed);
  }
}
