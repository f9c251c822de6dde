// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.ParseResult;
import dev.newsfeed.json.NewsJson;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link NewsJson} against plain record binding of the same JSON ({@link PlainFeed}) with Jackson
 * and with Yasson, 1,000 {@link Corpus} items in French and Arabic.
 *
 * <p>The peers only bind: dates and links stay strings, nothing is checked. NewsJson also checks
 * every value (language tags, links, dates, duplicate ids and members) and locates every problem;
 * the gap between them is what that costs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// 10 s of warm-up: the listing parser and the RSS reader reach their steady state only after 8
// to 10 one-second iterations (3 gave half their speed); the peers get the same.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class JsonBenchmark {

  private NewsFeed feed;
  private PlainFeed plain;
  private byte[] json;
  private NewsJson newsJson;
  private ObjectMapper jackson;
  private Jsonb yasson;

  /** Builds the feed, its JSON and the three mappers once per trial. */
  @Setup
  public void setUp() throws IOException {
    feed = Corpus.feed(1000);
    newsJson = NewsJson.create();
    json = newsJson.toJson(feed).getBytes(StandardCharsets.UTF_8);
    jackson = new ObjectMapper();
    yasson = JsonbBuilder.create(PlainFeed.JSONB_CONFIG);
    plain = jackson.readValue(json, PlainFeed.class);
    checkEveryoneDoesTheWork();
  }

  /**
   * A peer that does no work makes a ratio meaningless (Yasson once wrote {@code {}} for every
   * record): each one must read the very JSON NewsJson writes, and what each one writes must read
   * back as the same items.
   */
  void checkEveryoneDoesTheWork() throws IOException {
    if (plain.items().size() != feed.size()) {
      throw new IllegalStateException("Jackson bound " + plain.items().size() + " items of " + feed.size());
    }
    PeerCheck.same("Yasson's reading", plain, yasson.fromJson(new ByteArrayInputStream(json), PlainFeed.class));
    PeerCheck.same("Jackson's writing", plain, jackson.readValue(jsonWrite1000_jackson(), PlainFeed.class));
    PeerCheck.same("Yasson's writing", plain, jackson.readValue(jsonWrite1000_yasson(), PlainFeed.class));
    PeerCheck.same("NewsJson's writing", plain, jackson.readValue(jsonWrite1000_newsfeed(), PlainFeed.class));
    PeerCheck.same("NewsJson's reading", feed, jsonRead1000_newsfeed().feed());
  }

  /** Closes the JSON-B instances. */
  @TearDown
  public void tearDown() throws Exception {
    newsJson.close();
    yasson.close();
  }

  /**
   * Jackson binds the JSON to records.
   *
   * @return the records
   * @throws IOException never for this input
   */
  @Benchmark
  public PlainFeed jsonRead1000_jackson() throws IOException {
    return jackson.readValue(json, PlainFeed.class);
  }

  /**
   * NewsJson reads and checks the same JSON into the model.
   *
   * @return the result
   */
  @Benchmark
  public ParseResult jsonRead1000_newsfeed() {
    return newsJson.read("feed.json", json);
  }

  /**
   * Yasson binds the same JSON to records.
   *
   * @return the records
   */
  @Benchmark
  public PlainFeed jsonRead1000_yasson() {
    return yasson.fromJson(new ByteArrayInputStream(json), PlainFeed.class);
  }

  /**
   * Jackson writes the records.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] jsonWrite1000_jackson() throws IOException {
    return jackson.writeValueAsBytes(plain);
  }

  /**
   * NewsJson writes the model.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] jsonWrite1000_newsfeed() {
    return newsJson.toJson(feed).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Yasson writes the records.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] jsonWrite1000_yasson() {
    return yasson.toJson(plain).getBytes(StandardCharsets.UTF_8);
  }
}
