// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.servlet.LanguageNegotiator;
import dev.newsfeed.servlet.NewsProvider;
import dev.newsfeed.servlet.FetchSettings;
import dev.newsfeed.servlet.TickerRenderer;
import dev.newsfeed.servlet.internal.source.SourceParser;
import dev.newsfeed.servlet.internal.source.TickerSources;
import dev.newsfeed.servlet.internal.source.ToyListing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveFeedTest {

  private static final Function<NewsFeed, LanguageNegotiator> NEGOTIATOR =
      feed -> LanguageNegotiator.of(Locale.ENGLISH, feed.languages());

  @TempDir Path dir;

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

  private Path news;

  private LiveFeed fromFile(String content) throws Exception {
    news = dir.resolve("news.en.txt");
    write(content);
    return start(ToyListing.PARSER, news.toString());
  }

  private LiveFeed start(SourceParser parser, String... locations) throws Exception {
    return LiveFeed.start(TickerSources.resolve(List.of(locations), new TickerSources.Settings(
        "sources", parser, Duration.ofSeconds(2), FetchSettings.defaults(), clock, path -> null,
        getClass().getClassLoader(), name -> {
          throw new IllegalArgumentException(name);
        })), NEGOTIATOR, clock);
  }

  /** Polls twice: a change is published once two polls see the same file. */
  private static LiveFeed.State settle(LiveFeed live) {
    live.reloadIfChanged();
    return live.reloadIfChanged();
  }

  /** Writes the file and moves its modification time on, as an editor's save would. */
  private void write(String content) throws IOException {
    FileTime before = Files.exists(news) ? Files.getLastModifiedTime(news) : FileTime.fromMillis(0);
    Files.writeString(news, content, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(news, FileTime.fromMillis(before.toMillis() + 1000));
  }

  @Test
  void theFirstLoadIsGenerationOneAndReportsSuccess() throws Exception {
    LiveFeed live = fromFile("A one\nA two\n");
    LiveFeed.State state = live.state();
    assertThat(state.snapshot().generation()).isEqualTo(1);
    assertThat(state.snapshot().feed().size()).isEqualTo(2);
    assertThat(state.lastLoad().succeeded()).isTrue();
    assertThat(state.lastLoad().at()).isEqualTo(clock.instant());
  }

  @Test
  void aChangedFileIsReadAgainAndItsVersionSwappedIn() throws Exception {
    LiveFeed live = fromFile("A one\n");
    String before = live.snapshot().version();
    write("B one\nB two\n");
    assertThat(live.reloadIfChanged().snapshot().version()).as("not settled yet").isEqualTo(before);
    LiveFeed.State after = live.reloadIfChanged();
    assertThat(after.snapshot().generation()).isEqualTo(2);
    assertThat(after.snapshot().version()).isNotEqualTo(before);
    assertThat(after.snapshot().feed().items().get(0).original().title()).isEqualTo("B one");
  }

  @Test
  void anUnchangedFileIsNotReadAgain() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    news = dir.resolve("news.en.txt");
    write("A one\n");
    SourceParser counting = (name, content, format) -> {
      reads.incrementAndGet();
      return ToyListing.PARSER.parse(name, content, format);
    };
    LiveFeed live = start(counting, dir.toString());
    live.reloadIfChanged();
    live.reloadIfChanged();
    assertThat(reads).hasValue(1);
    Files.writeString(dir.resolve("news.fr.txt"), "A un\n");
    settle(live);
    assertThat(reads).as("a file added to the directory is a change").hasValue(2);
    assertThat(live.snapshot().feed().languages()).extracting(Locale::toLanguageTag).containsExactly("en", "fr");
  }

  @Test
  void aBrokenEditKeepsTheLastGoodVersionAndReportsWhereItIsBroken() throws Exception {
    LiveFeed live = fromFile("A one\n");
    Snapshot good = live.snapshot();
    write("B one\n!oops\n");
    LiveFeed.State state = settle(live);
    assertThat(state.snapshot()).isSameAs(good);
    assertThat(state.lastLoad().succeeded()).isFalse();
    assertThat(state.lastLoad().diagnostics())
        .extracting(Object::toString)
        .containsExactly("news.en.txt:2:1: error: expected a title, found [!oops]");
  }

  @Test
  void aFixedEditIsServedAfterABrokenOne() throws Exception {
    LiveFeed live = fromFile("A one\n");
    write("!broken\n");
    settle(live);
    write("C one, fixed\n");
    LiveFeed.State state = settle(live);
    assertThat(state.lastLoad().succeeded()).isTrue();
    assertThat(state.lastLoad().diagnostics()).isEmpty();
    assertThat(state.snapshot().generation()).isEqualTo(2);
    assertThat(state.snapshot().feed().items().get(0).original().title()).isEqualTo("C one, fixed");
  }

  @Test
  void aLoadEqualToTheCurrentNewsKeepsTheSnapshotAndItsCache() throws IOException {
    NewsFeed feed = SampleFeeds.version("A", 3);
    LiveFeed live = LiveFeed.load(NewsProvider.fromSupplier(() -> feed), NEGOTIATOR, clock, "test");
    Snapshot first = live.snapshot();
    first.cached("key", () -> Representation.ofText("x", "text/plain", Instant.EPOCH, Optional.empty()));
    assertThat(live.reload().snapshot()).isSameAs(first);
    assertThat(first.cachedCount()).isEqualTo(1);
  }

  @Test
  void aProviderThatFailsIsReportedAndNeverPropagated() throws IOException {
    AtomicBoolean fail = new AtomicBoolean();
    NewsProvider provider = NewsProvider.fromSupplier(() -> {
      if (fail.get()) {
        throw new IllegalStateException("database down");
      }
      return SampleFeeds.version("A", 1);
    });
    LiveFeed live = LiveFeed.load(provider, NEGOTIATOR, clock, "news provider");
    fail.set(true);
    LiveFeed.State state = live.reloadIfChanged();
    assertThat(state.snapshot().generation()).isEqualTo(1);
    assertThat(state.lastLoad().diagnostics())
        .extracting(Object::toString)
        .containsExactly("news provider: error: cannot load the news: database down");
  }

  @Test
  void pollingPicksUpAChangeOnceItHasSettled() throws Exception {
    try (LiveFeed live = fromFile("A one\n")) {
      live.startPolling(Duration.ofMillis(20));
      write("B one\n");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (live.snapshot().generation() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(live.snapshot().feed().items().get(0).original().title()).isEqualTo("B one");
    }
  }

  @Test
  void concurrentReadersNeverSeeAMixOfVersions() throws Exception {
    LiveFeed live = fromFile(lines("A", 30));
    TickerRenderer renderer = TickerRenderer.create(FormatStyle.LONG);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicBoolean done = new AtomicBoolean();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    CountDownLatch started = new CountDownLatch(3);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> {
          started.countDown();
          int reads = 0;
          do {
            Snapshot snapshot = live.snapshot();
            String html = snapshot.cached("fragment", () -> Representation.ofText(
                renderer.render(snapshot.feed(), LanguageChain.of(Locale.ENGLISH), 30, Optional.empty()),
                "text/html", snapshot.lastModified(), Optional.empty())).text();
            Set<String> versions = versionsIn(html);
            assertThat(versions).as(html).hasSize(1);
            seen.addAll(versions);
            reads++;
          } while (!done.get());
          return reads;
        }));
      }
      started.await();
      String[] edits = {"B", "!", "C", "!", "D", "E", "!", "F"};
      for (int round = 0; round < 25; round++) {
        for (String edit : edits) {
          write(edit.equals("!") ? "!broken\n" : lines(edit + round, 30));
          settle(live);
        }
      }
      done.set(true);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
    assertThat(versionsIn(live.snapshot().feed().items().get(0).original().title())).containsExactly("F24");
    assertThat(seen).allMatch(v -> v.matches("[A-F]\\d*"));
  }

  private static String lines(String version, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append("Version ").append(version).append(" item ").append(i).append('\n');
    }
    return out.toString();
  }

  private static Set<String> versionsIn(String text) {
    Set<String> versions = new java.util.HashSet<>();
    Matcher m = Pattern.compile("Version (\\w+) ").matcher(text);
    while (m.find()) {
      versions.add(m.group(1));
    }
    return versions;
  }
}
