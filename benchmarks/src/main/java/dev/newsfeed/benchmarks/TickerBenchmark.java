// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import dev.newsfeed.ItemText;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.servlet.TickerRenderer;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.StringEscapeUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A ticker fragment of 20 items rendered on a miss of the servlet's fragment cache, against the
 * renderer anyone would write: a {@link StringBuilder} and Commons Text's {@code escapeHtml4}
 * around each field, the date through {@link DateTimeFormatter}.
 *
 * <p>The renderer is given the same feed instance every time, as a servlet's snapshot gives it one
 * per version, so it renders from the pieces it kept of that version (each item's {@code <li>},
 * the list and its digest): what a miss costs for a fragment whose items were shown before in
 * that version, under another label, display mode, source or asset setting. The first fragment
 * of a new version or of a new reader renders every item, as the naive renderer does each time:
 * {@code tickerNewVersion20_newsfeed} measures that, alternating two equal feeds (two versions to
 * the renderer, which keeps the pieces of one feed at a time).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// 10 s of warm-up: the listing parser and the RSS reader reach their steady state only after 8
// to 10 one-second iterations (3 gave half their speed); the peers get the same.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class TickerBenchmark {

  private static final TickerRenderer.AssetUrls ASSETS =
      new TickerRenderer.AssetUrls("/news/ticker.css?v=1a2b3c4d", "/news/ticker.js?v=5e6f7a8b");

  private NewsFeed feed;
  private NewsFeed[] versions;
  private int next;
  private TickerRenderer renderer;
  private LanguageChain chain;
  private DateTimeFormatter dates;

  /** Builds the feed and both renderers once per trial. */
  @Setup
  public void setUp() {
    feed = Corpus.feed(20);
    versions = new NewsFeed[] {Corpus.feed(20), Corpus.feed(20)};
    renderer = TickerRenderer.create(FormatStyle.LONG);
    chain = LanguageChain.of(Corpus.FRENCH);
    dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Corpus.FRENCH);
    checkBothRenderTheItems();
  }

  /** Both fragments, parsed as HTML, show every item's title in order: neither skips work. */
  void checkBothRenderTheItems() {
    List<String> titles = feed.items().stream().map(item -> item.text(Corpus.FRENCH).orElse(item.original()).title())
        .toList();
    PeerCheck.sameList("newsfeed's fragment", titles, shownTitles(tickerMiss20_newsfeed()));
    PeerCheck.sameList("the naive fragment", titles, shownTitles(tickerMiss20_naive()));
    PeerCheck.sameList("newsfeed's fragment of a new version", titles, shownTitles(tickerNewVersion20_newsfeed()));
  }

  private static List<String> shownTitles(String fragment) {
    return Jsoup.parseBodyFragment(fragment).select(".nf-ticker__item .nf-ticker__title").stream()
        .map(Element::wholeText).toList();
  }

  /**
   * newsfeed's renderer.
   *
   * @return the fragment
   */
  @Benchmark
  public String tickerMiss20_newsfeed() {
    return renderer.render(feed, chain, 20, Optional.of(ASSETS));
  }

  /**
   * newsfeed's renderer, each time on another feed instance than the time before: nothing kept
   * applies, every item is rendered.
   *
   * @return the fragment
   */
  @Benchmark
  public String tickerNewVersion20_newsfeed() {
    next ^= 1;
    return renderer.render(versions[next], chain, 20, Optional.of(ASSETS));
  }

  /**
   * The naive renderer.
   *
   * @return the fragment
   */
  @Benchmark
  public String tickerMiss20_naive() {
    return naive(feed, dates);
  }

  static String naive(NewsFeed feed, DateTimeFormatter dates) {
    StringBuilder out = new StringBuilder(8192);
    out.append("<section class=\"nf-ticker\" lang=\"fr\" dir=\"ltr\" aria-label=\"")
        .append(StringEscapeUtils.escapeHtml4("Actualités")).append("\">\n")
        .append("<link rel=\"stylesheet\" href=\"").append(StringEscapeUtils.escapeHtml4(ASSETS.stylesheet()))
        .append("\">\n<script src=\"").append(StringEscapeUtils.escapeHtml4(ASSETS.script()))
        .append("\" defer></script>\n<div class=\"nf-ticker__viewport\">\n<ul class=\"nf-ticker__list\">\n");
    for (NewsItem item : feed.items()) {
      ItemText text = item.text(Corpus.FRENCH).orElse(item.original());
      LocalDate day = ((PublicationDate.Day) item.published()).date();
      out.append("<li class=\"nf-ticker__item\"><time class=\"nf-ticker__date\" datetime=\"")
          .append(day).append("\">").append(StringEscapeUtils.escapeHtml4(dates.format(day)))
          .append("</time> <a class=\"nf-ticker__title\" href=\"")
          .append(StringEscapeUtils.escapeHtml4(text.link().map(URI::toString).orElse("#")))
          .append("\">").append(StringEscapeUtils.escapeHtml4(text.title())).append("</a>");
      text.dateline().ifPresent(
          d -> out.append(" <span class=\"nf-ticker__dateline\">").append(StringEscapeUtils.escapeHtml4(d))
              .append("</span>"));
      out.append("</li>\n");
    }
    return out.append("</ul>\n</div>\n</section>\n").toString();
  }
}
