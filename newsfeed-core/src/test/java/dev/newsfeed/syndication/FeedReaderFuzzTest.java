// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.newsfeed.Strictness;
import dev.newsfeed.testing.ReaderContract;
import dev.newsfeed.testing.ReaderFuzzTest;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzes {@link FeedReader#read(String, byte[])}: for any bytes, in either mode and with any default
 * language, the reader returns or throws {@link dev.newsfeed.NewsParseException}, keeping at most
 * its cap of diagnostics. Seeds: the syndication corpus, golden and security files.
 */
class FeedReaderFuzzTest {
  /** The reader's fixed cap, {@code ReadContext.MAX_DIAGNOSTICS}. */
  private static final int MAX_DIAGNOSTICS = 200;

  private static final List<Locale> LANGUAGES =
      List.of("en", "fr", "ar-MA", "tr").stream().map(Locale::forLanguageTag).toList();

  @ReaderFuzzTest
  void anyBytesAreReadOrRejectedWithADiagnostic(FuzzedDataProvider data) {
    // The options come from the end of the input, so a seed keeps its document.
    FeedReader reader =
        FeedReader.create(data.pickValue(Strictness.values()))
            .withDefaultLanguage(data.pickValue(LANGUAGES));
    byte[] content = data.consumeRemainingAsBytes();
    ReaderContract.readsOrRejects(
        "fuzz.xml", MAX_DIAGNOSTICS, () -> reader.read("fuzz.xml", content));
  }
}
