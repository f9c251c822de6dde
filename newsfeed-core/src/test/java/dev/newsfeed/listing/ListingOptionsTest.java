// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.Strictness;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ListingOptionsTest {

  @Test
  void defaultsAreAutoStrictAndAHundredDiagnostics() {
    ListingOptions options = ListingOptions.of(Locale.FRENCH);

    assertThat(options.dateOrder()).isEqualTo(DateOrder.AUTO);
    assertThat(options.strictness()).isEqualTo(Strictness.STRICT);
    assertThat(options.maxDiagnostics()).isEqualTo(100);
  }

  @Test
  void withMethodsChangeOnePartAndLeaveTheOriginal() {
    ListingOptions options = ListingOptions.of(Locale.ENGLISH);
    ListingOptions changed =
        options.withDateOrder(DateOrder.DMY).withStrictness(Strictness.LENIENT).withMaxDiagnostics(7);

    assertThat(changed)
        .isEqualTo(new ListingOptions(Locale.ENGLISH, DateOrder.DMY, Strictness.LENIENT, 7));
    assertThat(options.dateOrder()).isEqualTo(DateOrder.AUTO);
  }

  @Test
  void languageIsCanonical() {
    assertThat(ListingOptions.of(new Locale("AR", "ma")).language())
        .isEqualTo(Locale.forLanguageTag("ar-MA"));
  }

  @Test
  void invalidOptionsAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> ListingOptions.of(Locale.ENGLISH).withMaxDiagnostics(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDiagnostics must be at least 1, was 0");
    assertThatThrownBy(() -> ListingOptions.of(Locale.ROOT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a language");
    assertThatThrownBy(() -> ListingOptions.of(Locale.ENGLISH).withDateOrder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dateOrder");
  }
}
