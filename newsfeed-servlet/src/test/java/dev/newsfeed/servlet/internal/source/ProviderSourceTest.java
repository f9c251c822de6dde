// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.NewsProvider;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProviderSourceTest {

  @Test
  void theStatusIsReadWhileASlowLoadRunsAndTheLoadIsServedOnceDone() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    NewsProvider slow = () -> {
      loading.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new ParseResult(NewsFeed.empty(), List.of());
    };
    ProviderSource source = new ProviderSource(slow, "database", Clock.systemUTC(), Duration.ofSeconds(2));
    CompletableFuture<Void> poll = CompletableFuture.runAsync(source::poll);
    assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
    // A /status request meanwhile: answered at once, from the last snapshot.
    CompletableFuture<List<SourceStatus>> status = CompletableFuture.supplyAsync(source::statuses);
    assertThat(status.get(1, TimeUnit.SECONDS)).singleElement()
        .satisfies(s -> assertThat(s.health()).isEqualTo(SourceStatus.Health.PENDING));
    release.countDown();
    poll.get(10, TimeUnit.SECONDS);
    assertThat(source.statuses().get(0).health()).isEqualTo(SourceStatus.Health.OK);
    assertThat(source.versions()).hasSize(1);
  }

  @Test
  void aFailedLoadIsRetriedAtTheNextPollEvenWithAnUnchangedStamp() {
    AtomicInteger loads = new AtomicInteger();
    NewsProvider flaky = new NewsProvider() {
      @Override
      public ParseResult load() throws IOException {
        if (loads.incrementAndGet() == 1) {
          throw new IOException("connection reset");
        }
        return new ParseResult(NewsFeed.empty(), List.of());
      }

      @Override
      public Object changeStamp() {
        return "same";
      }
    };
    ProviderSource source = new ProviderSource(flaky, "database", Clock.systemUTC(), Duration.ZERO);
    source.poll();
    assertThat(source.statuses().get(0).diagnostics()).extracting(Object::toString)
        .containsExactly("database: error: cannot load the news: connection reset");
    source.poll();
    assertThat(loads).hasValue(2);
    assertThat(source.statuses().get(0).health()).isEqualTo(SourceStatus.Health.OK);
    source.poll();
    assertThat(loads).as("unchanged stamp, good news: not loaded again").hasValue(2);
  }
}
