// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.json;

import dev.newsfeed.testing.ReaderContract;
import dev.newsfeed.testing.ReaderFuzzTest;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes {@link NewsJson#read(String, byte[])}: for any bytes, the reader returns or throws {@link
 * dev.newsfeed.NewsParseException}, keeping at most its cap of warnings. Seeds: the JSON golden
 * files.
 */
class NewsJsonFuzzTest {
  /** The deserializer's fixed cap, {@code FeedDeserializer.MAX_WARNINGS}. */
  private static final int MAX_WARNINGS = 100;

  /** One instance for the whole run: creating one is costly, and it is thread-safe. */
  private static final NewsJson JSON = NewsJson.create();

  @AfterAll
  static void close() {
    JSON.close();
  }

  @ReaderFuzzTest
  void anyBytesAreReadOrRejectedWithADiagnostic(byte[] content) {
    ReaderContract.readsOrRejects("fuzz.json", MAX_WARNINGS, () -> JSON.read("fuzz.json", content));
  }
}
