// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import dev.newsfeed.ParseResult;
import dev.newsfeed.listing.ListingOptions;
import dev.newsfeed.listing.ListingParser;
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
 * The listing parser against {@link PlainListingReader} on the French {@link Corpus#listing}
 * of 1,000 and 100,000 items (0.6 MB and 60 MB), and so also whether the parser stays linear.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// 10 s of warm-up: the listing parser and the RSS reader reach their steady state only after 8
// to 10 one-second iterations (3 gave half their speed); the peers get the same.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ListingBenchmark {

  /** A listing of n items and the parser. */
  @State(Scope.Benchmark)
  public abstract static class Listing {
    byte[] bytes;
    ListingParser parser;

    abstract int n();

    /** Generates the listing and checks both readers find every item. */
    @Setup
    public void setUp() {
      bytes = Corpus.listing(n());
      parser = ListingParser.create(ListingOptions.of(Corpus.FRENCH));
      int ours = parser.parse("news.fr.txt", bytes).feed().size();
      int plain = PlainListingReader.read(bytes).size();
      if (ours != n() || plain != n()) {
        throw new IllegalStateException("expected " + n() + " items, newsfeed read " + ours + ", the peer " + plain);
      }
    }
  }

  /** 1,000 items. */
  public static class Listing1000 extends Listing {
    @Override
    int n() {
      return 1000;
    }
  }

  /** 100,000 items. */
  public static class Listing100k extends Listing {
    @Override
    int n() {
      return 100_000;
    }
  }

  /**
   * The parser.
   *
   * @param listing the listing
   * @return the result
   */
  @Benchmark
  public ParseResult listingParse1000_newsfeed(Listing1000 listing) {
    return listing.parser.parse("news.fr.txt", listing.bytes);
  }

  /**
   * The peer.
   *
   * @param listing the listing
   * @return the items
   */
  @Benchmark
  public List<PlainListingReader.Item> listingParse1000_plain(Listing1000 listing) {
    return PlainListingReader.read(listing.bytes);
  }

  /**
   * The parser.
   *
   * @param listing the listing
   * @return the result
   */
  @Benchmark
  public ParseResult listingParse100k_newsfeed(Listing100k listing) {
    return listing.parser.parse("news.fr.txt", listing.bytes);
  }

  /**
   * The peer.
   *
   * @param listing the listing
   * @return the items
   */
  @Benchmark
  public List<PlainListingReader.Item> listingParse100k_plain(Listing100k listing) {
    return PlainListingReader.read(listing.bytes);
  }
}
