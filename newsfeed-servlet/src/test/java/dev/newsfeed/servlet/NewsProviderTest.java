// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.servlet.internal.LiveFeed;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NewsProviderTest {

  private static NewsFeed feed(String title) {
    return NewsFeed.of(List.of(NewsItem.of("a", PublicationDate.of(LocalDate.of(2016, 7, 30)),
        ItemText.of(Locale.FRENCH, title, "Résumé."))));
  }

  private static LiveFeed live(NewsProvider provider) throws IOException {
    return LiveFeed.load(provider, f -> LanguageNegotiator.of(Locale.FRENCH, List.of(Locale.FRENCH)),
        Clock.systemUTC(), "test");
  }

  @Test
  void aSupplierIsAskedOncePerIntervalAndEqualNewsIsNotLoadedAgain() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<NewsFeed> current = new AtomicReference<>(feed("Un"));
    LiveFeed live = live(NewsProvider.fromSupplier(() -> {
      calls.incrementAndGet();
      return current.get();
    }));
    int afterStart = calls.get();

    live.reloadIfChanged();
    live.reloadIfChanged();
    assertThat(calls.get() - afterStart).isEqualTo(2);
    assertThat(live.snapshot().generation()).isEqualTo(1);

    current.set(feed("Un")); // equal news, another instance: still nothing to load
    live.reloadIfChanged();
    assertThat(live.snapshot().generation()).isEqualTo(1);

    current.set(feed("Deux"));
    live.reloadIfChanged();
    assertThat(calls.get() - afterStart).isEqualTo(4);
    assertThat(live.snapshot().generation()).isEqualTo(2);
    assertThat(live.snapshot().feed().items().get(0).textFor(LanguageChain.of(Locale.FRENCH)).text().title())
        .isEqualTo("Deux");
  }

  @Test
  void withAChangeStampTheSupplierIsAskedOnlyWhenTheStampMoves() throws IOException {
    AtomicInteger loads = new AtomicInteger();
    AtomicReference<String> stamp = new AtomicReference<>("t1");
    AtomicReference<NewsFeed> current = new AtomicReference<>(feed("Un"));
    LiveFeed live = live(NewsProvider.fromSupplier(() -> {
      loads.incrementAndGet();
      return current.get();
    }, stamp::get));
    assertThat(loads).hasValue(1);

    current.set(feed("Deux")); // not seen until the stamp says so
    live.reloadIfChanged();
    live.reloadIfChanged();
    assertThat(loads).hasValue(1);
    assertThat(live.snapshot().generation()).isEqualTo(1);

    stamp.set("t2");
    live.reloadIfChanged();
    assertThat(loads).hasValue(2);
    assertThat(live.snapshot().generation()).isEqualTo(2);
  }
}
