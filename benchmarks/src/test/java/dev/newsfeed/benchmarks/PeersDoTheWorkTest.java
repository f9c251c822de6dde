// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark's setup, whose checks fail the trial when newsfeed or its peer skips work on
 * the corpus, so that the build (not only a benchmark run) catches a peer like Yasson writing
 * {@code {}}. The 100,000-item listing is left to the benchmark run: it is the 1,000-item check on
 * 60 MB, too slow for every build.
 */
class PeersDoTheWorkTest {

  @Test
  void jsonPeersReadAndWriteEveryItem() throws Exception {
    JsonBenchmark benchmark = new JsonBenchmark();
    try {
      assertDoesNotThrow(benchmark::setUp);
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void syndicationPeersReadAndWriteEveryItem() {
    assertDoesNotThrow(() -> new SyndicationBenchmark.Items20().setUp());
    assertDoesNotThrow(() -> new SyndicationBenchmark.Items1000().setUp());
  }

  @Test
  void bothTickerRenderersShowEveryTitle() {
    assertDoesNotThrow(() -> new TickerBenchmark().setUp());
  }

  @Test
  void bothListingReadersFindEveryItem() {
    assertDoesNotThrow(() -> new ListingBenchmark.Listing1000().setUp());
  }

  @Test
  void aPeerThatSkipsAnItemFailsTheCheck() {
    IllegalStateException failure = assertThrows(IllegalStateException.class,
        () -> PeerCheck.sameList("a lazy peer", List.of("a", "b", "c"), List.of("a", "c")));
    assertEquals("a lazy peer: 2 items where 3 were expected, first difference at index 1: expected [b], got [c]",
        failure.getMessage());
  }
}
