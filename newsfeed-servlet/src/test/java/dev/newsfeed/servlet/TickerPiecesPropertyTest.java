// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A fragment made from the pieces a renderer kept (items, lists and digests of the feed it rendered
 * last) is exactly the fragment a renderer that keeps nothing makes, whatever was rendered before
 * it: other languages, limits, tags and labels of the same feed, or another feed.
 */
class TickerPiecesPropertyTest {

  private static final List<Locale> LANGUAGES = List.of(
      Locale.forLanguageTag("fr"), Locale.forLanguageTag("ar"), Locale.forLanguageTag("en"),
      Locale.forLanguageTag("ar-MA"), Locale.forLanguageTag("fr-CA"));
  private static final List<String> WORDS = List.of("Rabat", "الرباط", "« OIM »", "&", "<b>", "\"q\"",
      "'", "l’ONU", "\u00a0:", "😀", "New York", "مؤتمر الهجرة", "16-19 May 2016");
  private static final List<String> TAGS = List.of("Migration", "migration", "Santé", "هجرة");

  @Property(tries = 200)
  void keptPiecesGiveWhatAFreshRenderGives(
      @ForAll("displays") DisplayOptions display,
      @ForAll("feeds") NewsFeed first,
      @ForAll("feeds") NewsFeed second,
      @ForAll("fragments") List<TickerRenderer.Fragment> fragments,
      @ForAll("versions") List<Boolean> useSecond) {
    TickerRenderer kept = TickerRenderer.create(display, getClass().getClassLoader());
    for (int i = 0; i < fragments.size(); i++) {
      NewsFeed feed = useSecond.get(i % useSecond.size()) ? second : first;
      TickerRenderer.Fragment fragment = fragments.get(i);
      String expected = TickerRenderer.create(display, getClass().getClassLoader())
          .renderWithoutPieces(feed, fragment);
      assertThat(kept.render(feed, fragment)).isEqualTo(expected);
      // Asked again: now from the pieces kept the first time.
      assertThat(kept.render(feed, fragment)).isEqualTo(expected);
    }
  }

  @Property(tries = 20)
  void concurrentFragmentsOfTwoVersionsNeverMixThem(
      @ForAll("feeds") NewsFeed first, @ForAll("feeds") NewsFeed second,
      @ForAll("fragments") List<TickerRenderer.Fragment> fragments) throws Exception {
    TickerRenderer kept = TickerRenderer.create(FormatStyle.LONG);
    TickerRenderer fresh = TickerRenderer.create(FormatStyle.LONG);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        NewsFeed feed = round % 2 == 0 ? first : second;
        for (TickerRenderer.Fragment fragment : fragments) {
          String expected = fresh.renderWithoutPieces(feed, fragment);
          results.add(pool.submit(() -> kept.render(feed, fragment).equals(expected)));
        }
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Provide
  Arbitrary<DisplayOptions> displays() {
    return Combinators.combine(
            Arbitraries.of(FormatStyle.LONG, FormatStyle.MEDIUM, FormatStyle.SHORT),
            Arbitraries.of(0, 0, 40),
            Arbitraries.of(TAGS).optional(0.2),
            Arbitraries.of("/news/", "https://example.org/all?a=1&b=2").optional(0.3),
            Arbitraries.of(Theme.values()))
        .as((style, excerpt, tag, allNews, theme) -> DisplayOptions.defaults().withDateStyle(style)
            .withExcerptLength(excerpt).withTag(tag).withAllNews(allNews.map(URI::create))
            .withTheme(theme));
  }

  @Provide
  Arbitrary<NewsFeed> feeds() {
    return items().list().ofMaxSize(30).map(items -> {
      List<NewsItem> unique = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        NewsItem item = items.get(i);
        unique.add(new NewsItem("item-" + i, item.published(), item.texts()));
      }
      return NewsFeed.of(unique);
    });
  }

  private Arbitrary<NewsItem> items() {
    Arbitrary<PublicationDate> days = Arbitraries.integers().between(0, 3000)
        .map(n -> PublicationDate.of(LocalDate.of(2016, 1, 1).plusDays(n)));
    return Combinators.combine(days, texts().list().ofMinSize(1).ofMaxSize(3))
        .as((day, texts) -> {
          List<ItemText> distinct = new ArrayList<>();
          for (ItemText text : texts) {
            if (distinct.stream().noneMatch(t -> t.language().equals(text.language()))) {
              distinct.add(text);
            }
          }
          return new NewsItem("id", day, distinct);
        });
  }

  private Arbitrary<ItemText> texts() {
    Arbitrary<String> phrases = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5)
        .map(words -> String.join(" ", words));
    return Combinators.combine(
            Arbitraries.of(LANGUAGES), phrases, phrases.optional(0.4), phrases.list().ofMaxSize(2),
            Arbitraries.of("https://example.org/a?x=1&y='2'", "http://example.org/b").optional(0.5),
            Arbitraries.of(TAGS).list().ofMaxSize(2).uniqueElements())
        .as((language, title, dateline, summary, link, tags) -> {
          ItemText text = ItemText.of(language, title).withSummary(summary).withTags(tags);
          text = dateline.map(text::withDateline).orElse(text);
          return link.map(text::withLink).orElse(text);
        });
  }

  @Provide
  Arbitrary<List<TickerRenderer.Fragment>> fragments() {
    Arbitrary<LanguageChain> chains = Arbitraries.of(LANGUAGES).list().ofMinSize(1).ofMaxSize(3)
        .map(LanguageChain::new);
    Arbitrary<Tuple.Tuple2<LanguageChain, Boolean>> readers =
        Combinators.combine(chains, Arbitraries.of(true, false)).as(Tuple::of);
    Arbitrary<TickerRenderer.Fragment> fragment = Combinators.combine(
            readers,
            Arbitraries.integers().between(1, 35),
            Arbitraries.of(new TickerRenderer.AssetUrls("/n/ticker.css?v=1", "/n/ticker.js?v=2")).optional(0.5),
            Arbitraries.of("Actualités", "أخبار & <b>").optional(0.3),
            Arbitraries.of(DisplayMode.values()).optional(0.3),
            Arbitraries.of(TAGS).optional(0.3),
            Arbitraries.of("/news/ticker?lang=fr&limit=3", "https://example.org/t?a=\"b\"").optional(0.3))
        .as((reader, limit, assets, label, mode, tag, source) -> {
          LanguageChain chain = reader.get1();
          // The formatting locale is the fragment's language or a refinement of it.
          Locale formatting = reader.get2() && chain.preferred().getCountry().isEmpty()
              ? new Locale.Builder().setLocale(chain.preferred()).setRegion("MA").build()
              : chain.preferred();
          return TickerRenderer.Fragment.of(chain, limit).withFormatting(formatting).withAssets(assets)
              .withLabel(label).withDisplay(mode).withTag(tag).withSource(source);
        });
    return fragment.list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Boolean>> versions() {
    return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(6);
  }
}
