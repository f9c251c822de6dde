// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static dev.newsfeed.listing.ListingFixtures.FR;
import static dev.newsfeed.listing.ListingFixtures.parseResource;
import static dev.newsfeed.listing.ListingFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed listing, the format's reference, read exactly. */
class SeedListingTest {

  /**
   * One expected item: id, date, title verbatim, dateline or null, start of the body. The ids were
   * computed apart from the library, with Python's hashlib and unicodedata (NFKC, lower(), letters
   * and digits, SHA-256, 8 hex digits), so that the derivation is checked, not restated.
   */
  private record Expected(String id, String date, String title, String dateline, String bodyStart) {}

  private static final List<Expected> ITEMS =
      List.of(
          new Expected("2016-07-30-9f7c733f", "2016-07-30",
              "L’OIM devient une organisation affiliée aux Nations Unies",
              "New York", "Par l’entremise de l’Assemblée Générale, les Etats membres"),
          new Expected("2016-07-04-c5d0aad0", "2016-07-04",
              "Les Etats membres de l’OIM approuvent leur adhésion aux Nations Unies",
              "Suisse", "Lors d’un Conseil spécial qui s’est tenu à Genève le 30 juin"),
          new Expected("2016-06-20-d53370df", "2016-06-20",
              "Lutte contre la traite des êtres humains : deux formations au profit des forces de"
                  + " l’ordre marocaines et des parlementaires (18 et 19 mai 2016)",
              null, "L’OIM au Maroc soutient l’organisation de deux formations"),
          new Expected("2016-06-16-a19735ce", "2016-06-16",
              "L'OIM Maroc et Aljazeera Media Network ont signé le vendredi 3 juin 2016 un accord"
                  + " de partenariat",
              null, "Cet accord rentre dans le cadre du projet\u00a0\" Réponse aux besoins"),
          new Expected("2016-06-08-1ab78866", "2016-06-08",
              "Signature à Genève d'un partenariat entre l'OIM et le Minstère d'Emploi et des"
                  + " Affaires Sociales du Maroc",
              null, "M. Abdeslam Seddiki le Ministre de l’Emploi"),
          new Expected("2016-06-02-dc8c6fdc", "2016-06-02",
              "COP22- La Mobilité humaine au cœur des préoccupations du Maroc",
              null, "Les 20 et 27 mai derniers, l’OIM a participé"),
          new Expected("2016-05-26-4552cabc", "2016-05-26",
              "Organisation de deux formations sur le les thémes du \"retour et réintégration\" et"
                  + " des \"mineurs étrangers non accompagnés\"",
              "Rabat, 16-19 mai 2016", "Dans le cadre du projet financé par l’Union européenne"),
          new Expected("2016-05-10-cfebd917", "2016-05-10",
              "Séminaire de présentation des résultats de l'étude « Éducation Non Formelle :"
                  + " Intégration des jeunes de plus de 15 ans",
              "Rabat, mercredi 23 mars", "Le Programme FORSATY, financé par l’USAID"),
          new Expected("2016-05-10-581943b7", "2016-05-10",
              "l'OIM Maroc a organisé deux ateliers de formation sur l'interculturalité",
              null, "L’Organisation Internationale pour les migrations (OIM) a organisé"),
          new Expected("2016-05-04-a45c1118", "2016-05-04",
              "Mohamed et Omar : de migrants à acteurs du développement",
              null, "Mohamed est un retraité de 67 ans, qui a travaillé longtemps en Alsace"));

  private final ParseResult result = parseResource("seed.fr.txt", FR);

  @Test
  void seedHasTenItemsAndNoDiagnostics() {
    assertThat(result.feed().items()).hasSize(10);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void headingBecomesTheFrenchFeedTitle() {
    assertThat(result.feed().titles()).isEqualTo(Map.of(FR, "News"));
  }

  @Test
  void everyItemHasItsDateTitleDatelineAndBodyInSourceOrder() {
    List<NewsItem> items = result.feed().items();
    for (int i = 0; i < ITEMS.size(); i++) {
      Expected expected = ITEMS.get(i);
      NewsItem item = items.get(i);
      ItemText text = item.original();
      assertThat(item.id()).as("id of item %d", i + 1).isEqualTo(expected.id());
      assertThat(item.published().date()).as("date of %s", expected.id())
          .isEqualTo(LocalDate.parse(expected.date()));
      assertThat(text.language()).isEqualTo(FR);
      assertThat(text.title()).as("title of %s", expected.id()).isEqualTo(expected.title());
      assertThat(text.dateline()).as("dateline of %s", expected.id())
          .isEqualTo(java.util.Optional.ofNullable(expected.dateline()));
      assertThat(text.summary()).as("summary of %s", expected.id()).hasSize(1);
      assertThat(text.summary().get(0)).as("body of %s", expected.id())
          .startsWith(expected.bodyStart());
      assertThat(text.link()).isEmpty();
      assertThat(text.tags()).isEmpty();
    }
  }

  @Test
  void datelineDashAndItsSpacesAreNotPartOfTheBody() {
    ItemText suisse = result.feed().items().get(1).original();
    assertThat(suisse.summary().get(0)).startsWith("Lors");
    ItemText seminar = result.feed().items().get(7).original();
    assertThat(seminar.summary().get(0)).doesNotContain("–").startsWith("Le Programme");
  }

  @Test
  void noBreakSpacesInsideTheTextAreKept() {
    ItemText rabat = result.feed().items().get(6).original();
    assertThat(rabat.summary().get(0))
        .contains("l’OIM\u00a0«\u00a0Réponse")
        .contains("«\u00a0retour et\u00a0\u00a0réintégration\u00a0»");
  }

  @Test
  void lastItemIsReadWholeThoughTheFileHasNoFinalNewline() throws Exception {
    String file = Files.readString(resource("seed.fr.txt"));
    assertThat(file).doesNotEndWith("\n").endsWith("communauté locale.");
    assertThat(result.feed().items().get(9).original().summary().get(0))
        .endsWith("une partie de sa fortune pour la communauté locale.");
  }

  @Test
  void twoItemsOfTheSameDateKeepSourceOrderAndIdsOfTheirOwnTitles() {
    List<NewsItem> mayTenth =
        result.feed().between(LocalDate.of(2016, 5, 10), LocalDate.of(2016, 5, 10)).items();
    assertThat(mayTenth).extracting(NewsItem::id).containsExactly("2016-05-10-cfebd917", "2016-05-10-581943b7");
    assertThat(mayTenth.get(0).original().title()).startsWith("Séminaire");
  }
}
