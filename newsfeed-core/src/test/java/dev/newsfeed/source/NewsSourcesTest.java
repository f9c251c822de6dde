package dev.newsfeed.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NewsSourcesTest {

  @ParameterizedTest
  @CsvSource({
    "news.fr.txt, fr",
    "news.ar-MA.txt, ar-MA",
    "/srv/news/news-ar.txt, ar",
    "C:\\news\\news_en.json, en",
    "actualites-ar-MA.txt, ar-MA",
    "feed.en.atom, en",
    "news.txt, ''",
    "news-old.txt, ''",
    "news-final.fr-old.txt, ''",
    "fr, ''",
    "news.xx.txt, ''"
  })
  void languageComesFromASuffixBeforeTheExtension(String name, String expected) {
    assertThat(NewsSources.languageOf(name).map(Locale::toLanguageTag).orElse("")).isEqualTo(expected);
  }

  @Test
  void mergeKeepsEveryDiagnosticAndReportsUnpairedItemsAsWarningsOfTheirSource() {
    LocalDate day = LocalDate.of(2016, 7, 30);
    NewsFeed fr =
        NewsFeed.of(List.of(NewsItem.of("a", PublicationDate.of(day), ItemText.of(Locale.FRENCH, "Titre"))));
    NewsFeed en =
        NewsFeed.of(
            List.of(
                NewsItem.of(
                    "b", PublicationDate.of(day.minusDays(1)), ItemText.of(Locale.ENGLISH, "Other"))));
    Diagnostic warning = Diagnostic.warning("news.fr.txt", 3, 1, "assumed day first");

    ParseResult merged =
        NewsSources.merge(
            List.of("news.fr.txt", "news.en.txt"),
            List.of(new ParseResult(fr, List.of(warning)), new ParseResult(en, List.of())));

    assertThat(merged.feed().size()).isEqualTo(2);
    assertThat(merged.diagnostics()).hasSize(2).first().isEqualTo(warning);
    assertThat(merged.diagnostics().get(1).toString())
        .startsWith("news.en.txt: warning: item \"Other\" (2016-07-29) could not be paired with an item of news.fr.txt");
  }
}
