// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static dev.newsfeed.listing.ListingFixtures.only;
import static dev.newsfeed.listing.ListingFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.ItemText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The place/date prefix of a summary: recognised where it is one, never invented. */
class DatelineTest {

  private static ItemText withSummary(String tag, String summary) {
    String text = "Titre\n\n2016-07-30\n\n" + summary + "\n";
    return only(parse(Locale.forLanguageTag(tag), text)).original();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | New York - Par l’entremise | New York | Par l’entremise",
        "fr | Suisse\u00a0-\u00a0Lors d’un Conseil | Suisse | Lors d’un Conseil",
        "fr | Rabat, 16-19 mai 2016 - Dans le cadre | Rabat, 16-19 mai 2016 | Dans le cadre",
        "fr | Rabat, mercredi 23 mars – Le Programme | Rabat, mercredi 23 mars | Le Programme",
        "fr | Genève — Le Conseil | Genève | Le Conseil",
        "fr | Rabat\u202f–\u202fLe Programme | Rabat | Le Programme",
        "fr | Rio de Janeiro - Le sommet | Rio de Janeiro | Le sommet",
        "fr | Aix-en-Provence - Le festival | Aix-en-Provence | Le festival",
        "fr | RABAT - Le Programme | RABAT | Le Programme",
        "fr | Rabat, 1er juin 2016 - Le Programme | Rabat, 1er juin 2016 | Le Programme",
        "fr | Rabat\u00a0, 16 mai\u00a0- Le Programme | Rabat\u00a0, 16 mai | Le Programme",
        "en | New York - Through the General Assembly | New York | Through the General Assembly",
        "en | Rabat, May 16-19, 2016 - As part of | Rabat, May 16-19, 2016 | As part of",
        "en | Rabat, Wednesday, March 23 – The FORSATY | Rabat, Wednesday, March 23 | The FORSATY",
        "ar | نيويورك - اعتمدت الدول | نيويورك | اعتمدت الدول",
        "ar | الدار البيضاء - انعقد | الدار البيضاء | انعقد",
        "ar | الرباط، 16-19 ماي 2016 - في إطار | الرباط، 16-19 ماي 2016 | في إطار",
        "ar | الرباط، الأربعاء 23 مارس – قدم برنامج | الرباط، الأربعاء 23 مارس | قدم برنامج",
        "en | PARIS (AFP) - France said | PARIS (AFP) | France said",
        "en | LONDON, July 30 (Reuters) - British lawmakers | LONDON, July 30 (Reuters) | British lawmakers",
        "en | WASHINGTON (AP) — The Senate | WASHINGTON (AP) | The Senate",
        "ar | جنيف (و م ع) - قررت الدول | جنيف (و م ع) | قررت الدول",
        "fr | Casablanca, le 3 juin 2016 – Le projet | Casablanca, le 3 juin 2016 | Le projet",
        "fr | Genève, le 30 juin - Les Etats membres | Genève, le 30 juin | Les Etats membres",
        "fr | RABAT (MAP) - Le ministre | RABAT (MAP) | Le ministre",
        "es | Ginebra, 30 de julio - Los Estados | Ginebra, 30 de julio | Los Estados",
        "es | MADRID (EFE) - El Gobierno | MADRID (EFE) | El Gobierno",
        "de | Genf, 30. Juli 2016 - Die Mitgliedstaaten | Genf, 30. Juli 2016 | Die Mitgliedstaaten",
        "es | Madrid, 30 jul (EFE).- El Gobierno | Madrid, 30 jul (EFE) | El Gobierno",
        "de | Berlin (dpa) - Die Bundesregierung | Berlin (dpa) | Die Bundesregierung",
        "de | Berlin, 30. Juli (dpa) – Die Bundesregierung | Berlin, 30. Juli (dpa) | Die Bundesregierung",
        "it | ROMA (ANSA) - Il governo | ROMA (ANSA) | Il governo",
        "it | ROMA, 30 LUG - Il Consiglio | ROMA, 30 LUG | Il Consiglio",
        "it | Roma, 30 luglio 2016 - Il governo | Roma, 30 luglio 2016 | Il governo",
        "pt | LISBOA (Lusa) - O Governo | LISBOA (Lusa) | O Governo",
        "en | NEW YORK, July 30 (AP) — The Senate | NEW YORK, July 30 (AP) | The Senate",
        "fr | PARIS, 30 juil. (AFP) - Le gouvernement | PARIS, 30 juil. (AFP) | Le gouvernement",
        "ar | الرباط، 30 يوليوز 2016 (و م ع) - قررت الدول | الرباط، 30 يوليوز 2016 (و م ع) | قررت الدول",
        "en | Geneva - “We welcome it,” he said | Geneva | “We welcome it,” he said",
      })
  void datelineIsSplitFromTheBody(String tag, String summary, String dateline, String body) {
    ItemText text = withSummary(tag, summary);

    assertThat(text.dateline()).contains(dateline);
    assertThat(text.summary()).containsExactly(body);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Les 20 et 27 mai derniers, l’OIM a participé à deux évènements - de première importance.",
        "Cet accord rentre dans le cadre du projet.",
        "Cet accord - rentre dans le cadre du projet.",
        "M. Abdeslam Seddiki le Ministre - de l’Emploi a signé.",
        "L’OIM au Maroc soutient - l’organisation de deux formations.",
        "COP22- La Mobilité humaine au cœur des préoccupations du Maroc.",
        "COP22 - La Mobilité humaine au cœur des préoccupations du Maroc.",
        "Le Programme FORSATY, financé par l’USAID et mis en œuvre par l’OIM Maroc, a présenté"
            + " - selon ses responsables - les résultats.",
        "Rabat, le projet - avance.",
        "Rabat, 35 mai 2016 - Le projet avance.",
        "Rabat, 30 février 2016 - Le projet avance.",
        "Rabat -",
        "Rabat-Salé, le projet avance.",
        "- Rabat, le projet avance.",
        "Rabat 2016 - Le projet avance.",
        "Bref - le projet avance bien.",
        "Rabat - le projet avance bien.",
        "GENEVA (the seat of IOM) - Member states met.",
        "Rabat (le siège) - Le projet avance.",
      })
  void sentenceThatIsNotADatelineIsLeftWhole(String summary) {
    ItemText text = withSummary("fr", summary);

    assertThat(text.dateline()).isEmpty();
    assertThat(text.summary()).containsExactly(summary);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Well - this is not a dateline, really.",
        "en | Update - the meeting was moved to Monday.",
        "es | Bueno - esto no es una entradilla.",
        "de | Also - das ist keine Ortsmarke.",
        "de | Berlin (die Hauptstadt) - Der Senat tagte.",
        "it | Allora - questa non è una località.",
        "es | Madrid (EFE).- el texto sigue en minúsculas.",
        "es | Madrid.- El Gobierno aprobó el plan.",
        "fr | Genève, le 30 juin - les Etats membres ont décidé.",
      })
  void aWordFollowedByALowerCaseClauseIsNoDateline(String tag, String summary) {
    ItemText text = withSummary(tag, summary);

    assertThat(text.dateline()).isEmpty();
    assertThat(text.summary()).containsExactly(summary);
  }

  @Test
  void aPlaceAndTheLongDateTheJdkWritesInAnyLanguageIsADateline() {
    List<String> failures = new ArrayList<>();
    List<Locale> languages = CldrDatesTest.languages();
    for (Locale language : languages) {
      String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
          .format(LocalDate.of(2016, 7, 30));
      ItemText text = withSummary(language.toLanguageTag(), "Rabat, " + date + " - Le projet avance.");
      if (!text.dateline().equals(Optional.of("Rabat, " + date))) {
        failures.add(language.toLanguageTag() + ": [" + date + "] gave " + text.dateline());
      }
    }
    assertThat(languages).hasSizeGreaterThan(150);
    assertThat(failures).isEmpty();
  }

  @Test
  void theSeedHasFourDatelinesAndItsOneDashAfterAWordIsNone() {
    var items = ListingFixtures.parseResource("seed.fr.txt", ListingFixtures.FR).feed().items();

    assertThat(items).extracting(item -> item.original().dateline().orElse(null)).containsExactly(
        "New York", "Suisse", null, null, null, null, "Rabat, 16-19 mai 2016", "Rabat, mercredi 23 mars", null, null);
    // The seed's one dash after a word that is no place: its COP22 title, as a summary's opening.
    String cop22 = items.get(5).original().title() + ".";
    assertThat(withSummary("fr", cop22).dateline()).isEmpty();
  }

  @Test
  void hyphenInsideAPlaceNameIsNotTheSeparator() {
    ItemText text = withSummary("fr", "Rabat-Salé – Le projet avance.");

    assertThat(text.dateline()).contains("Rabat-Salé");
    assertThat(text.summary()).containsExactly("Le projet avance.");
  }

  @Test
  void arabicPlaceIsAtMostThreeWords() {
    assertThat(withSummary("ar", "المنظمة الدولية للهجرة بالمغرب - تنظم ورشة.").dateline()).isEmpty();
    assertThat(withSummary("ar", "الدار البيضاء الكبرى - تنظم ورشة.").dateline())
        .contains("الدار البيضاء الكبرى");
  }

  @Test
  void onlyTheFirstParagraphOfASummaryCanHaveADateline() {
    ItemText text = withSummary("fr", "Premier paragraphe.\n\nGenève - Second paragraphe.");

    assertThat(text.dateline()).isEmpty();
    assertThat(text.summary()).containsExactly("Premier paragraphe.", "Genève - Second paragraphe.");
  }

  @Test
  void datelineOfAMultiParagraphSummaryLeavesTheOtherParagraphsAlone() {
    ItemText text = withSummary("fr", "Rabat - Premier\nparagraphe.\n\nSecond paragraphe.");

    assertThat(text.dateline()).contains("Rabat");
    assertThat(text.summary()).containsExactly("Premier paragraphe.", "Second paragraphe.");
  }
}
