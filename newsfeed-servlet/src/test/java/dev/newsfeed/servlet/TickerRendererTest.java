// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static dev.newsfeed.servlet.SampleNews.AR;
import static dev.newsfeed.servlet.SampleNews.EN;
import static dev.newsfeed.servlet.SampleNews.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.ItemText;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TickerRendererTest {

  static final TickerRenderer.AssetUrls ASSETS =
      new TickerRenderer.AssetUrls("/news/ticker.css?v=css", "/news/ticker.js?v=js");

  private final TickerRenderer renderer = TickerRenderer.create(FormatStyle.LONG);

  /** The fragment variants, by golden-file name; {@link FragmentValidationTest} validates them all. */
  static List<Variant> variants() {
    TickerRenderer renderer = TickerRenderer.create(FormatStyle.LONG);
    NewsFeed sample = SampleNews.trilingual();
    return List.of(
        new Variant("fr", renderer.render(sample, LanguageChain.of(FR, EN), 20, Optional.of(ASSETS))),
        new Variant("en", renderer.render(sample, LanguageChain.of(EN), 20, Optional.of(ASSETS))),
        new Variant("ar", renderer.render(sample, LanguageChain.of(AR, EN), 20, Optional.of(ASSETS))),
        new Variant("en-limit-1-no-assets", renderer.render(sample, LanguageChain.of(EN), 1, Optional.empty())),
        new Variant("empty-ar", renderer.render(NewsFeed.empty(), LanguageChain.of(AR), 5, Optional.of(ASSETS))),
        new Variant("hostile", renderer.render(hostile(), LanguageChain.of(EN), 20, Optional.of(ASSETS))),
        new Variant("fr-excerpts", TickerRenderer.create(FormatStyle.MEDIUM, 70)
            .render(withSummaries(sample), LanguageChain.of(FR, EN), 20, Optional.empty())));
  }

  record Variant(String name, String html) {}

  static NewsFeed hostile() {
    PublicationDate day = PublicationDate.of(LocalDate.of(2016, 7, 30));
    return NewsFeed.of(
        List.of(
            NewsItem.of("script", day, ItemText.of(EN, "<script>alert(1)</script>")),
            NewsItem.of(
                "attribute",
                day,
                ItemText.of(EN, "\"><img src=x onerror=alert(1)>")
                    .withDateline("'><svg onload=alert(2)>")
                    .withLink("https://example.org/search?q=a&b='x'")),
            NewsItem.of("entity", day, ItemText.of(EN, "Fish &amp; chips &lt;b&gt; \u0000 ok"))));
  }

  /** The sample with a summary in every text, for excerpts. */
  static NewsFeed withSummaries(NewsFeed feed) {
    return NewsFeed.of(feed.items().stream()
        .map(item -> new NewsItem(item.id(), item.published(), item.texts().stream()
            .map(text -> text.withSummary(List.of(
                "Un résumé « assez long » pour être coupé & échappé <ici>, " + text.title())))
            .toList()))
        .toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "ar", "en-limit-1-no-assets", "empty-ar", "hostile", "fr-excerpts"})
  void fragmentMatchesItsGoldenFile(String name) throws IOException {
    String html = variants().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().html();
    if (Boolean.getBoolean("newsfeed.updateGolden")) {
      // After a deliberate change of the markup: -Dnewsfeed.updateGolden=true, then review the diff.
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/test/resources/fragments", name + ".html"), html, StandardCharsets.UTF_8);
    }
    assertThat(html).isEqualTo(golden(name));
  }

  @Test
  void rootCarriesTheReadersLanguageDirectionAndLabels() {
    String ar = renderer.render(SampleNews.trilingual(), LanguageChain.of(AR, EN), 20, Optional.empty());
    assertThat(ar).startsWith(
        "<section class=\"nf-ticker\" lang=\"ar\" dir=\"rtl\" aria-label=\"الأخبار\" data-nf-display=\"scroll\"")
        .contains(" data-nf-label-pause=\"إيقاف مؤقت\" data-nf-label-play=\"تشغيل\""
            + " data-nf-label-previous=\"السابق\" data-nf-label-next=\"التالي\" data-nf-label-slide=\"{0} من {1}\"");
  }

  @Test
  void anItemThatFellBackCarriesItsOwnLanguageAndDirectionButTheDateKeepsTheReaders() {
    String ar = renderer.render(SampleNews.trilingual(), LanguageChain.of(AR, EN), 20, Optional.empty());
    assertThat(ar)
        .contains("<li class=\"nf-ticker__item\" data-nf-item=\"conseil-special\" lang=\"en\" dir=\"ltr\"><time class=\"nf-ticker__date\""
            + " lang=\"ar\" dir=\"rtl\" datetime=\"2016-07-04\">٤ يوليو ٢٠١٦</time>"
            + " <a class=\"nf-ticker__title\" dir=\"auto\" href=\"https://example.org/en/council\">IOM member states");
    assertThat(ar).contains("<li class=\"nf-ticker__item\" data-nf-item=\"traite\" lang=\"fr\" dir=\"ltr\">");
    assertThat(ar).contains("<li class=\"nf-ticker__item\" data-nf-item=\"oim-onu\"><time class=\"nf-ticker__date\" dir=\"rtl\" datetime=\"2016-07-30\">");
  }

  @Test
  void anItemWithoutALinkShowsItsTitleAsText() {
    String fr = renderer.render(SampleNews.trilingual(), LanguageChain.of(FR), 20, Optional.empty());
    assertThat(fr).contains("<span class=\"nf-ticker__title\" dir=\"auto\">Lutte contre la traite des êtres humains : deux formations</span>"
        + " <span class=\"nf-ticker__dateline\" dir=\"auto\">Rabat, 18-19 mai 2016</span>");
  }

  @Test
  void theLimitKeepsTheNewestItems() {
    String en = renderer.render(SampleNews.trilingual(), LanguageChain.of(EN), 2, Optional.empty());
    assertThat(Pattern.compile("<li ").matcher(en).results().count()).isEqualTo(2);
    assertThat(en).contains("2016-07-30").contains("2016-07-04").doesNotContain("2016-06-20");
  }

  @Test
  void hostileTitlesAreEscapedEverywhere() {
    String html = renderer.render(hostile(), LanguageChain.of(EN), 20, Optional.empty());
    // Text cannot hold a raw '<', so every '<' starts a real tag: none may carry a handler.
    assertThat(Pattern.compile("<[^>]*>").matcher(html).results().map(m -> m.group()))
        .noneMatch(tag -> tag.contains("onerror") || tag.contains("onload"))
        .noneMatch(tag -> tag.startsWith("<script>") || tag.startsWith("<img") || tag.startsWith("<svg"));
    assertThat(html)
        .doesNotContain("\u0000")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        .contains("&#39;&gt;&lt;svg onload=alert(2)&gt;")
        .contains("href=\"https://example.org/search?q=a&amp;b=&#39;x&#39;\"")
        .contains("Fish &amp;amp; chips &amp;lt;b&amp;gt; ok");
  }

  @Test
  void anExcerptOfTheSummaryFollowsTheTitleWhenAskedFor() {
    NewsFeed feed = NewsFeed.of(List.of(NewsItem.of(
        "x", PublicationDate.of(LocalDate.of(2016, 7, 30)),
        ItemText.of(FR, "Titre", "Le roi a présidé la cérémonie d’ouverture", "Second paragraphe")
            .withDateline("Rabat"))));
    String html = TickerRenderer.create(FormatStyle.LONG, 20)
        .render(feed, LanguageChain.of(FR), 5, Optional.empty());
    assertThat(html).contains("<span class=\"nf-ticker__title\" dir=\"auto\">Titre</span>"
        + " <span class=\"nf-ticker__dateline\" dir=\"auto\">Rabat</span>"
        + " <span class=\"nf-ticker__excerpt\" dir=\"auto\">Le roi a présidé la…</span></li>");
    assertThat(renderer.render(feed, LanguageChain.of(FR), 5, Optional.empty())).doesNotContain("nf-ticker__excerpt");
  }

  @Test
  void datesAreWrittenInTheFormattingLocaleWhichRefinesTheFragmentsLanguage() {
    TickerRenderer.Fragment arabic = TickerRenderer.Fragment.of(LanguageChain.of(AR, EN), 20);
    String moroccan = renderer.render(SampleNews.trilingual(), arabic.withFormatting(Locale.forLanguageTag("ar-MA")));
    // CLDR ar-MA: Latin digits, Moroccan month names; the fragment stays in ar.
    assertThat(moroccan)
        .startsWith("<section class=\"nf-ticker\" lang=\"ar\" dir=\"rtl\" aria-label=\"الأخبار\"")
        .contains(">30 يوليوز 2016</time>")
        .contains(">20 يونيو 2016</time>")
        .doesNotContain("٣٠");
    assertThat(renderer.render(SampleNews.trilingual(), arabic)).contains(">٣٠ يوليو ٢٠١٦</time>");
  }

  @Test
  void everyPieceOfTextIsIsolatedForTheBidiAlgorithm() {
    NewsFeed feed = NewsFeed.of(List.of(NewsItem.of(
        "conference", PublicationDate.of(LocalDate.of(2016, 5, 16)),
        ItemText.of(EN, "Conference: مؤتمر الهجرة").withDateline("16-19 May 2016, Rabat"))));
    String html = renderer.render(feed, LanguageChain.of(EN), 5, Optional.empty());
    assertThat(html).contains("<time class=\"nf-ticker__date\" dir=\"ltr\" datetime=\"2016-05-16\">May 16, 2016</time>"
        + " <span class=\"nf-ticker__title\" dir=\"auto\">Conference: مؤتمر الهجرة</span>"
        + " <span class=\"nf-ticker__dateline\" dir=\"auto\">16-19 May 2016, Rabat</span>");
  }

  @Test
  void theRegionNameCanBeConfiguredAndOverriddenPerFragment() {
    TickerRenderer events = TickerRenderer.create(
        DisplayOptions.defaults().withLabel(Optional.of("Événements")), getClass().getClassLoader());
    TickerRenderer.Fragment fr = TickerRenderer.Fragment.of(LanguageChain.of(FR), 5);
    assertThat(events.render(SampleNews.trilingual(), fr)).contains(" aria-label=\"Événements\" ");
    assertThat(events.render(SampleNews.trilingual(), fr.withLabel(Optional.of("À la une \"<>\""))))
        .contains(" aria-label=\"À la une &quot;&lt;&gt;&quot;\" ");
    assertThatThrownBy(() -> fr.withLabel(Optional.of(" ")))
        .hasMessage("label must be 1 to 100 characters, found 0");
  }

  @Test
  void aSiteBundleAddsLanguagesAndChangesWordsTheOthersComeFromTheShippedOnes() {
    TickerRenderer site = TickerRenderer.create(
        DisplayOptions.defaults().withLabelsBundle(Optional.of("site.labels")), getClass().getClassLoader());
    Locale de = Locale.GERMAN;
    assertThat(site.render(NewsFeed.empty(), TickerRenderer.Fragment.of(LanguageChain.of(de), 5)))
        .startsWith("<section class=\"nf-ticker\" lang=\"de\" dir=\"ltr\" aria-label=\"Nachrichten\"")
        .contains(" data-nf-label-pause=\"Anhalten\" data-nf-label-play=\"Abspielen\"")
        .contains("Zurzeit keine Nachrichten.");
    // The site's French file changes one word; the others are the shipped French ones.
    assertThat(site.render(NewsFeed.empty(), TickerRenderer.Fragment.of(LanguageChain.of(FR), 5)))
        .contains(" aria-label=\"Actualités\" ")
        .contains(" data-nf-label-pause=\"Pause\" data-nf-label-play=\"Reprendre\" data-nf-label-previous=\"Précédent\"");
    // The site's root file changes the English word, not the shipped Arabic one.
    assertThat(site.render(NewsFeed.empty(), TickerRenderer.Fragment.of(LanguageChain.of(EN), 5)))
        .contains(" aria-label=\"Headlines\" ").contains(" data-nf-label-pause=\"Pause\"");
    assertThat(site.render(NewsFeed.empty(), TickerRenderer.Fragment.of(LanguageChain.of(AR), 5)
            .withFormatting(Locale.forLanguageTag("ar-MA"))))
        .contains(" aria-label=\"الأخبار\" ");
    assertThatThrownBy(() -> TickerRenderer.create(
            DisplayOptions.defaults().withLabelsBundle(Optional.of("site.missing")), getClass().getClassLoader()))
        .hasMessageStartingWith("no file of the bundle [site.missing]");
  }

  @Test
  void theWordsNeverDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      // A language without a bundle gets the root (English) words, not the default locale's.
      assertThat(renderer.render(NewsFeed.empty(), TickerRenderer.Fragment.of(LanguageChain.of(Locale.GERMAN), 5)))
          .contains(" aria-label=\"News\" ");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void theDisplayModeMotionAndUpdateSourceReachTicker() {
    TickerRenderer slides = TickerRenderer.create(DisplayOptions.defaults()
        .withMode(DisplayMode.SLIDES)
        .withMotion(new Motion(80, java.time.Duration.ofSeconds(7), java.time.Duration.ofSeconds(30)))
        .withTheme(Theme.DARK), getClass().getClassLoader());
    TickerRenderer.Fragment fr = TickerRenderer.Fragment.of(LanguageChain.of(FR), 5)
        .withSource(Optional.of("/news/ticker?lang=fr&display=list"));
    String html = slides.render(SampleNews.trilingual(), fr);
    assertThat(html).contains(" data-nf-display=\"slides\" data-nf-theme=\"dark\" data-nf-locale=\"fr\" data-nf-zero=\"0\""
        + " data-nf-speed=\"80\" data-nf-interval=\"7\" data-nf-update=\"30\""
        + " data-nf-src=\"/news/ticker?lang=fr&amp;display=list\" data-nf-version=\"");
    assertThat(slides.render(SampleNews.trilingual(), fr.withDisplay(Optional.of(DisplayMode.LIST))))
        .contains(" data-nf-display=\"list\" ");
    // No source, no live updates; the default renderer scrolls in the reader's scheme.
    assertThat(renderer.render(SampleNews.trilingual(), TickerRenderer.Fragment.of(LanguageChain.of(FR), 5)))
        .contains(" data-nf-display=\"scroll\" ").doesNotContain("data-nf-update").doesNotContain("data-nf-theme");
  }

  @Test
  void theCounterDigitsAreTheDatesDigits() {
    TickerRenderer.Fragment ar = TickerRenderer.Fragment.of(LanguageChain.of(AR), 5);
    assertThat(renderer.render(SampleNews.trilingual(), ar)).contains(" data-nf-zero=\"\u0660\" ").contains("٣٠ يوليو ٢٠١٦");
    assertThat(renderer.render(SampleNews.trilingual(), ar.withFormatting(Locale.forLanguageTag("ar-MA"))))
        .contains(" data-nf-zero=\"0\" ").contains("30 يوليوز 2016");
  }

  @Test
  void theVersionChangesWithTheItemsOnly() {
    TickerRenderer.Fragment fr = TickerRenderer.Fragment.of(LanguageChain.of(FR), 5);
    String first = version(renderer.render(SampleNews.trilingual(), fr));
    assertThat(version(renderer.render(SampleNews.trilingual(), fr.withLabel(Optional.of("Autre"))))).isEqualTo(first);
    assertThat(version(renderer.render(SampleNews.trilingual(), fr.withSource(Optional.of("/x"))))).isEqualTo(first);
    assertThat(version(renderer.render(SampleNews.trilingual(), TickerRenderer.Fragment.of(LanguageChain.of(FR), 2))))
        .isNotEqualTo(first);
  }

  private static String version(String html) {
    var matcher = Pattern.compile("data-nf-version=\"([^\"]+)\"").matcher(html);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  @Test
  void aTagShowsOnlyTheItemsCarryingItInAnyOfTheirLanguages() {
    LocalDate day = LocalDate.of(2016, 7, 30);
    NewsFeed feed = NewsFeed.of(List.of(
        NewsItem.of("a", PublicationDate.of(day), ItemText.of(FR, "Migration").withTags(List.of("Migration")),
            ItemText.of(EN, "Migration in English")),
        NewsItem.of("b", PublicationDate.of(day.minusDays(1)), ItemText.of(FR, "Santé").withTags(List.of("santé"))),
        NewsItem.of("c", PublicationDate.of(day.minusDays(2)), ItemText.of(FR, "Sans étiquette"))));
    TickerRenderer.Fragment en = TickerRenderer.Fragment.of(LanguageChain.of(EN, FR), 5);
    assertThat(renderer.render(feed, en.withTag(Optional.of("migration"))))
        .contains("Migration in English").doesNotContain("Santé").doesNotContain("Sans étiquette");
    TickerRenderer health = TickerRenderer.create(
        DisplayOptions.defaults().withTag(Optional.of("SANTÉ")), getClass().getClassLoader());
    assertThat(health.render(feed, en)).contains("Santé").doesNotContain("Migration");
    assertThat(health.render(feed, en.withTag(Optional.of("none")))).contains("No news at the moment.");
  }

  @Test
  void anAllNewsLinkFollowsTheItemsInTheReadersLanguage() {
    TickerRenderer more = TickerRenderer.create(
        DisplayOptions.defaults().withAllNews(Optional.of(java.net.URI.create("/actualites/?x=1&y=2"))),
        getClass().getClassLoader());
    assertThat(more.render(SampleNews.trilingual(), TickerRenderer.Fragment.of(LanguageChain.of(FR), 5)))
        .endsWith("</ul>\n</div>\n<p class=\"nf-ticker__more\"><a class=\"nf-ticker__all\""
            + " href=\"/actualites/?x=1&amp;y=2\">Toutes les actualités</a></p>\n</section>\n");
    assertThat(more.render(NewsFeed.empty(), TickerRenderer.Fragment.of(LanguageChain.of(AR), 5)))
        .contains(">كل الأخبار</a>");
    assertThatThrownBy(() -> DisplayOptions.defaults().withAllNews(Optional.of(java.net.URI.create("javascript:alert(1)"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theModelRejectsAJavascriptLinkSoItCanNeverReachTheFragment() {
    assertThatThrownBy(() -> ItemText.of(EN, "Click").withLink("javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http or https");
  }

  @Test
  void theFragmentHasNoInlineScriptStyleHandlerOrId() {
    for (Variant variant : variants()) {
      assertThat(variant.html())
          .as(variant.name())
          .doesNotContainPattern("<script>|<script [^>]*>[^<]")
          .doesNotContainPattern("\\sstyle=|\\son[a-z]+=\"|\\sid=\"|<style");
      assertThat(Pattern.compile("class=\"([^\"]*)\"").matcher(variant.html()).results()
              .flatMap(m -> List.of(m.group(1).split(" ")).stream()))
          .allMatch(c -> c.startsWith("nf-ticker"));
    }
  }

  @Test
  void interfaceStringsFallBackToEnglish() {
    String de = renderer.render(SampleNews.trilingual(), LanguageChain.of(Locale.GERMAN, EN), 20, Optional.empty());
    assertThat(de).startsWith("<section class=\"nf-ticker\" lang=\"de\" dir=\"ltr\" aria-label=\"News\"")
        .contains(" data-nf-label-pause=\"Pause\" data-nf-label-play=\"Play\"");
  }

  @Test
  void renderingDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String turkish = renderer.render(SampleNews.trilingual(), LanguageChain.of(FR), 20, Optional.of(ASSETS));
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      String arabic = renderer.render(SampleNews.trilingual(), LanguageChain.of(FR), 20, Optional.of(ASSETS));
      assertThat(turkish).isEqualTo(arabic).contains("30 juillet 2016");
    } finally {
      Locale.setDefault(saved);
    }
  }

  static String golden(String name) throws IOException {
    try (InputStream in = TickerRendererTest.class.getResourceAsStream("/fragments/" + name + ".html")) {
      assertThat(in).as("golden file fragments/" + name + ".html").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
