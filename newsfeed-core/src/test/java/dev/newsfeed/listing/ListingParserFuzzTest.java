// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.newsfeed.Strictness;
import dev.newsfeed.testing.ReaderContract;
import dev.newsfeed.testing.ReaderFuzzTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fuzzes {@link ListingParser#parse(String, byte[])}: for any bytes, in any mode, language and date
 * order, the parser returns or throws {@link dev.newsfeed.NewsParseException}, keeping at most its
 * cap of diagnostics. Seeds: the listings of the other tests.
 */
class ListingParserFuzzTest {
  /** Latin, Arabic with Arabic-Indic and Latin digits, dotless i, Persian digits. */
  private static final List<Locale> LANGUAGES =
      List.of("fr", "en", "en-GB", "ar", "ar-MA", "tr", "fa").stream()
          .map(Locale::forLanguageTag)
          .toList();

  /** Caps small enough for the fuzzer to exceed, and the default. */
  private static final List<Integer> CAPS = List.of(1, 2, 5, 100);

  /** Parsers are immutable and costly to create (CLDR names): one per options for the whole run. */
  private static final Map<ListingOptions, ListingParser> PARSERS = new ConcurrentHashMap<>();

  @ReaderFuzzTest
  void anyBytesAreReadOrRejectedWithADiagnostic(FuzzedDataProvider data) {
    // The options come from the end of the input, so a seed keeps its text.
    ListingOptions options =
        ListingOptions.of(data.pickValue(LANGUAGES))
            .withDateOrder(data.pickValue(DateOrder.values()))
            .withStrictness(data.pickValue(Strictness.values()))
            .withMaxDiagnostics(data.pickValue(CAPS));
    byte[] content = data.consumeRemainingAsBytes();
    ListingParser parser = PARSERS.computeIfAbsent(options, ListingParser::create);
    ReaderContract.readsOrRejects(
        "fuzz.txt", options.maxDiagnostics(), () -> parser.parse("fuzz.txt", content));
  }
}
