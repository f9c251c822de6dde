// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.PublicationDate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The generated news every benchmark and its peer read or write: French and Arabic texts of the
 * same items, French typography (« guillemets » and non-breaking spaces before {@code : ; ? !}),
 * a dateline, a link and a summary of about sixty words in two paragraphs.
 *
 * <p>Deterministic: the same {@code n} gives the same items on every run and machine, so that
 * every benchmark of a size works on the same bytes.
 */
public final class Corpus {
  private Corpus() {}

  static final Locale FRENCH = Locale.FRENCH;
  static final Locale ARABIC = Locale.forLanguageTag("ar");

  private static final char NBSP = '\u00A0';

  private static final String[] FR_WORDS = (
      "migrants organisation nations unies accord partenariat formation Maroc Rabat Genève "
          + "conseil États membres résolution assemblée générale projet réponse besoins vulnérables "
          + "détresse financé Union européenne protection droits santé retour volontaire "
          + "réintégration jeunes femmes enfants frontières coopération régionale dialogue atelier "
          + "lutte contre traite êtres humains trafic illicite parlement société civile rapport "
          + "annuel données mobilité climat sécheresse communautés accueil intégration emploi "
          + "formation professionnelle ministère délégation sensibilisation campagne médias")
      .split(" ");

  private static final String[] FR_GLUE =
      "le la les des du de l’ un une pour avec dans sur aux et a été ont".split(" ");

  private static final String[] AR_WORDS = (
      "المنظمة الدولية للهجرة الأمم المتحدة اتفاق شراكة تكوين المغرب الرباط جنيف مجلس "
          + "الدول الأعضاء قرار الجمعية العامة مشروع الاستجابة لاحتياجات المهاجرين المستضعفين "
          + "الاتحاد الأوروبي حماية الحقوق الصحة العودة الطوعية إعادة الإدماج الشباب النساء "
          + "الأطفال الحدود التعاون الإقليمي الحوار ورشة مكافحة الاتجار بالبشر البرلمان "
          + "المجتمع المدني تقرير سنوي البيانات التنقل المناخ الجفاف المجتمعات الاستقبال "
          + "الإدماج التشغيل الوزارة الوفد التحسيس حملة وسائل الإعلام")
      .split(" ");

  private static final String[] AR_GLUE = "في من على إلى مع عن و التي الذي".split(" ");

  private static final String[] FR_PLACES = {"Rabat", "Genève", "New York", "Oujda", "Tanger"};
  private static final String[] AR_PLACES = {"الرباط", "جنيف", "نيويورك", "وجدة", "طنجة"};

  /** The newest item's date; each item is one to three days older than the one before. */
  static final LocalDate NEWEST = LocalDate.of(2016, 7, 30);

  /**
   * {@code n} items, newest first, each with a French text (the original) and its Arabic one.
   *
   * @param n how many items
   * @return the feed, titled in both languages
   */
  public static NewsFeed feed(int n) {
    List<NewsItem> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      SplittableRandom random = new SplittableRandom(i);
      LocalDate day = dayOf(i);
      String id = day + "-" + i;
      ItemText french = text(FRENCH, random, i, FR_WORDS, FR_GLUE, FR_PLACES);
      ItemText arabic = text(ARABIC, random, i, AR_WORDS, AR_GLUE, AR_PLACES);
      items.add(NewsItem.of(id, PublicationDate.of(day), french, arabic));
    }
    Map<Locale, String> titles = new LinkedHashMap<>();
    titles.put(FRENCH, "Actualités");
    titles.put(ARABIC, "أخبار");
    return new NewsFeed(titles, items);
  }

  /**
   * The French texts of {@link #feed(int) feed(n)} as a listing: a heading, then per item its
   * title line, its date as {@code MM/dd/yyyy} and its summary paragraphs, the first one opening
   * with the dateline.
   *
   * @param n how many items
   * @return the listing in UTF-8
   */
  public static byte[] listing(int n) {
    StringBuilder out = new StringBuilder(n * 640).append("Actualités\n\n");
    for (NewsItem item : feed(n).items()) {
      ItemText text = item.original();
      LocalDate day = ((PublicationDate.Day) item.published()).date();
      out.append(text.title()).append("\n\n");
      out.append(String.format(Locale.ROOT, "%02d/%02d/%04d", day.getMonthValue(), day.getDayOfMonth(), day.getYear()))
          .append("\n\n");
      List<String> summary = text.summary();
      for (int p = 0; p < summary.size(); p++) {
        if (p == 0) {
          out.append(text.dateline().orElseThrow()).append(" - ");
        }
        out.append(summary.get(p)).append("\n\n");
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static LocalDate dayOf(int index) {
    // Two or three items a day, so that 100,000 items stay within a few centuries.
    return NEWEST.minusDays(index / 3L);
  }

  private static ItemText text(
      Locale language, SplittableRandom random, int index, String[] words, String[] glue, String[] places) {
    boolean french = language.equals(FRENCH);
    String title = capitalised(phrase(random, words, glue, 7 + random.nextInt(5)))
        + " (" + (index + 1) + ")";
    if (french && random.nextInt(3) == 0) {
      title += NBSP + ": «" + NBSP + phrase(random, words, glue, 3) + NBSP + "»";
    }
    List<String> paragraphs = List.of(
        capitalised(sentence(random, words, glue, french, 34)),
        capitalised(sentence(random, words, glue, french, 26)));
    String place = places[random.nextInt(places.length)];
    return new ItemText(
        language,
        title,
        paragraphs,
        Optional.of(place),
        Optional.of(java.net.URI.create(
            "https://www.example.org/" + language.getLanguage() + "/news/" + (index + 1))),
        List.of());
  }

  private static String sentence(
      SplittableRandom random, String[] words, String[] glue, boolean french, int length) {
    StringBuilder out = new StringBuilder(length * 9);
    int quoted = random.nextInt(length - 6);
    for (int w = 0; w < length; w++) {
      if (w > 0) {
        out.append(' ');
      }
      if (w == quoted) {
        out.append(french ? "«" + NBSP : "«");
      }
      out.append(w % 3 == 1 ? glue[random.nextInt(glue.length)] : words[random.nextInt(words.length)]);
      if (w == quoted + 3) {
        out.append(french ? NBSP + "»" : "»");
      }
      if (w == length / 2) {
        out.append(french ? NBSP + ";" : "،");
      }
    }
    return out.append(french ? NBSP + "!" : ".").toString();
  }

  private static String phrase(SplittableRandom random, String[] words, String[] glue, int length) {
    StringBuilder out = new StringBuilder(length * 9);
    for (int w = 0; w < length; w++) {
      if (w > 0) {
        out.append(' ');
      }
      out.append(w % 3 == 1 ? glue[random.nextInt(glue.length)] : words[random.nextInt(words.length)]);
    }
    return out.toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
