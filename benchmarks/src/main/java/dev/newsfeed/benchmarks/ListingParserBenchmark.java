// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import dev.newsfeed.ParseResult;
import dev.newsfeed.listing.ListingOptions;
import dev.newsfeed.listing.ListingParser;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a listing against the least any parser must do with it: decode the UTF-8, normalise to
 * NFC and split it into lines ({@link #baselineDecodeNormaliseSplit}). The ratio of the two says
 * what the structure, date grammar and datelines cost on top.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ListingParserBenchmark {

  /** How many copies of the seed's ten items the listing holds. */
  @Param({"1", "100"})
  public int copies;

  private byte[] listing;
  private ListingParser parser;

  /** Builds the listing once per trial. */
  @Setup
  public void setUp() {
    listing = Samples.seedTimes(copies);
    parser = ListingParser.create(ListingOptions.of(Locale.FRENCH));
  }

  /**
   * The parser.
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public ParseResult parse() {
    return parser.parse("seed.fr.txt", listing);
  }

  /**
   * The baseline.
   *
   * @return the lines, consumed by JMH
   */
  @Benchmark
  public String[] baselineDecodeNormaliseSplit() {
    String text = new String(listing, StandardCharsets.UTF_8);
    return Normalizer.normalize(text, Normalizer.Form.NFC).split("\n", -1);
  }
}
