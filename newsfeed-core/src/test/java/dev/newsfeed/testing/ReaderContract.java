// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every reader promises for any input whatsoever, as its fuzz test checks it: reading returns,
 * or throws {@link NewsParseException} with an error about the source it was given. A result keeps
 * at most its cap of diagnostics plus the one that counts those left out, each at a line and column
 * of 0 or more.
 *
 * <p>Anything else a reader throws — another exception, a {@link StackOverflowError}, an {@link
 * OutOfMemoryError} — goes through unchanged, so that Jazzer reports it as a finding.
 */
public final class ReaderContract {
  private ReaderContract() {}

  /**
   * Reads and checks the outcome.
   *
   * @param source the source name the reader is given
   * @param maxDiagnostics how many diagnostics the reader keeps at most, before the one that counts
   *     the rest
   * @param read the reading
   */
  public static void readsOrRejects(String source, int maxDiagnostics, Supplier<ParseResult> read) {
    ParseResult result;
    try {
      result = read.get();
    } catch (NewsParseException rejected) {
      assertThat(rejected.error().source()).isEqualTo(source);
      assertPositioned(rejected.diagnostics());
      return;
    }
    assertThat(result.diagnostics()).hasSizeLessThanOrEqualTo(maxDiagnostics + 1);
    assertPositioned(result.diagnostics());
  }

  private static void assertPositioned(List<Diagnostic> diagnostics) {
    assertThat(diagnostics).allSatisfy(d -> {
      assertThat(d.line()).isNotNegative();
      assertThat(d.column()).isNotNegative();
    });
  }
}
