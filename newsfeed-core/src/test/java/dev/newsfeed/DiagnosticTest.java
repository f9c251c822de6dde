// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void printsInCompilerFormat() {
    assertThat(Diagnostic.error("news-fr.txt", 12, 1, "expected a date").toString())
        .isEqualTo("news-fr.txt:12:1: error: expected a date");
    assertThat(Diagnostic.warning("news.en.txt", 3, 0, "assumed month first").toString())
        .isEqualTo("news.en.txt:3: warning: assumed month first");
    assertThat(Diagnostic.warning("merge", 0, 0, "unpaired").toString())
        .isEqualTo("merge: warning: unpaired");
  }

  @Test
  void parseExceptionCarriesItsDiagnosticsAndNamesTheFirstError() {
    Diagnostic warning = Diagnostic.warning("a.txt", 1, 1, "odd");
    Diagnostic error = Diagnostic.error("a.txt", 2, 5, "bad");

    NewsParseException e = new NewsParseException(List.of(warning, error));

    assertThat(e).hasMessage("a.txt:2:5: error: bad");
    assertThat(e.error()).isEqualTo(error);
    assertThat(e.diagnostics()).containsExactly(warning, error);
    assertThatThrownBy(() -> new NewsParseException(List.of(warning)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
