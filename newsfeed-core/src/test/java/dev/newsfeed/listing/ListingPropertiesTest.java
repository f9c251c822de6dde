// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.Strictness;
import dev.newsfeed.text.LocalizedDateFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the parser over generated input. */
class ListingPropertiesTest {
  private static final List<Locale> LANGUAGES =
      List.of("fr", "en", "ar", "ar-MA", "en-GB").stream().map(Locale::forLanguageTag).toList();

  /** Pieces that steer random text into every path of the parser. */
  private static final List<String> FRAGMENTS =
      List.of("07/30/2016", "30/07/2016", "2016-07-30", "02/30/2016", "13/13/2016", "30.07.16",
          "30 juillet 2016", "1er juillet", "July 30th, 2016", "Saturday,", "30 يوليوز 2016",
          "٣٠", "۲۰۱۶", "كانون الثاني", "Rabat, 16-19 mai 2016 - ", "New York - ", "COP22- ",
          "Samdi", "juilet", "Titre", "Résumé.", "\n", "\n\n", "\n\n\n", "\r\n", "\r", " ",
          "\u00a0", "\u202f", "\t", "\uFEFF", "\uD800", "\uDC00", "-", "–", "/", ".", ",", "،",
          "e\u0301", "😀", "\u2028", "\u0085", "\u200F", "99999999999999", "0", "13", "م", "er");

  private static final List<String> WORDS =
      List.of("Rabat", "accord", "été", "«\u00a0cité\u00a0»", "l’OIM", "Genève", "migrants",
          "juillet", "mai", "July", "الرباط", "الهجرة", "ماي", "de\u0301part", "COP", "Maroc",
          "formation", "Ouvrier", "d'Emploi");

  // ---- no input escapes the parser's own exception

  @Property(tries = 400)
  void anyTextParsesOrFailsWithNewsParseException(
      @ForAll("texts") String text, @ForAll("languages") Locale language,
      @ForAll Strictness strictness) {
    ListingParser parser = ListingParser.create(ListingOptions.of(language).withStrictness(strictness)
        .withMaxDiagnostics(5));
    checkOutcome(() -> parser.parse("random.txt", text), strictness);
  }

  @Property(tries = 400)
  void anyBytesParseOrFailWithNewsParseException(
      @ForAll("byteInputs") byte[] bytes, @ForAll("languages") Locale language,
      @ForAll Strictness strictness) {
    ListingParser parser = ListingParser.create(ListingOptions.of(language).withStrictness(strictness)
        .withMaxDiagnostics(5));
    checkOutcome(() -> parser.parse("random.txt", bytes), strictness);
  }

  /**
   * Every arrangement of the five roles a paragraph can play (a title-like line, a sentence, a
   * good date, a bad date, a paragraph opening with a dateline), to reach each state of the
   * structure pass in every order.
   */
  @Property(tries = 2000)
  void anySequenceOfParagraphRolesParsesOrFailsWithNewsParseException(
      @ForAll("roleSequences") String text, @ForAll Strictness strictness) {
    ListingParser parser = ListingParser.create(
        ListingOptions.of(Locale.FRENCH).withStrictness(strictness).withMaxDiagnostics(5));
    checkOutcome(() -> parser.parse("roles.txt", text), strictness);
  }

  @Provide
  Arbitrary<String> roleSequences() {
    return Arbitraries.of("Titre", "Suite.", "07/30/2016", "02/30/2016", "Rabat - Texte.")
        .list().ofMaxSize(20).map(list -> String.join("\n\n", list));
  }

  private static void checkOutcome(java.util.function.Supplier<ParseResult> parse, Strictness strictness) {
    try {
      ParseResult result = parse.get();
      if (strictness == Strictness.STRICT) {
        assertThat(result.hasErrors()).isFalse();
      }
      assertThat(result.diagnostics()).hasSizeLessThanOrEqualTo(6);
      for (NewsItem item : result.feed().items()) {
        assertThat(item.id()).startsWith(item.published().date() + "-");
      }
    } catch (NewsParseException e) {
      assertThat(strictness).isEqualTo(Strictness.STRICT);
      Diagnostic error = e.error();
      assertThat(error.isError()).isTrue();
      assertThat(error.line()).isGreaterThanOrEqualTo(1);
      assertThat(error.column()).isGreaterThanOrEqualTo(1);
    }
  }

  /** Whole paragraphs of every role, right and wrong, so that structures are combined at random. */
  private static final List<String> PARAGRAPHS =
      List.of("News", "Titre sans point", "Suite du résumé.", "07/30/2016", "30/07/2016",
          "02/30/2016", "30 juillet 2016", "30 juilet", "Juin 2016", "July 30, 2016",
          "30 يوليوز 2016", "Rabat, 16-19 mai 2016 - Dans le cadre du projet.",
          "New York - Par l’entremise.", "Ligne un\nligne deux.", "Titre\n07/04/2016",
          "\u00a0", "x\uD800y", "1.2.3 Version");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of(FRAGMENTS),
        Arbitraries.strings().ofMaxLength(6));
    Arbitrary<String> paragraphs = Arbitraries.of(PARAGRAPHS).list().ofMaxSize(14)
        .map(list -> String.join("\n\n", list));
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        pieces.list().ofMaxSize(60).map(list -> String.join("", list)),
        paragraphs);
  }

  @Provide
  Arbitrary<byte[]> byteInputs() {
    Arbitrary<byte[]> encoded = texts().map(text -> text.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> spliced = Combinators.combine(
            encoded, Arbitraries.of((byte) 0xFF, (byte) 0xC3, (byte) 0xED, (byte) 0xF4, (byte) 0xE2,
                (byte) 0x80, (byte) 0xFE), Arbitraries.integers().between(0, 1000))
        .as((bytes, bad, at) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          int cut = bytes.length == 0 ? 0 : at % (bytes.length + 1);
          out.write(bytes, 0, cut);
          out.write(bad);
          out.write(bytes, cut, bytes.length - cut);
          return out.toByteArray();
        });
    return Arbitraries.oneOf(encoded, raw, spliced);
  }

  @Provide
  Arbitrary<Locale> languages() {
    return Arbitraries.of(LANGUAGES);
  }

  // ---- well-formed listings read back to what was written

  /** A generated item: what the parser must find, and how its date is written. */
  record GeneratedItem(String title, LocalDate date, String dateLine, List<List<String>> paragraphs) {}

  /** A generated listing and the layout it is written with. */
  record GeneratedListing(
      Locale language, Optional<String> heading, List<GeneratedItem> items, String lineEnd,
      String blank, String trailing, boolean finalNewline, boolean bom) {

    String write() {
      List<List<String>> paragraphs = new ArrayList<>();
      heading.ifPresent(h -> paragraphs.add(List.of(h)));
      for (GeneratedItem item : items) {
        paragraphs.add(List.of(item.title()));
        paragraphs.add(List.of(item.dateLine()));
        paragraphs.addAll(item.paragraphs());
      }
      StringBuilder out = new StringBuilder();
      for (int p = 0; p < paragraphs.size(); p++) {
        if (p > 0) {
          out.append(blank);
        }
        List<String> lines = paragraphs.get(p);
        for (int l = 0; l < lines.size(); l++) {
          out.append(lines.get(l)).append(trailing);
          boolean last = p == paragraphs.size() - 1 && l == lines.size() - 1;
          if (!last || finalNewline) {
            out.append(lineEnd);
          }
        }
      }
      return out.toString();
    }

    NewsFeed expected() {
      Set<String> taken = new HashSet<>();
      List<NewsItem> expectedItems = new ArrayList<>();
      for (GeneratedItem item : items) {
        String base = derivedId(item.date(), nfc(item.title()));
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
          id = base + "-" + n;
        }
        List<String> summary = item.paragraphs().stream()
            .map(lines -> nfc(String.join(" ", lines)))
            .toList();
        ItemText text = new ItemText(language, nfc(item.title()), summary, Optional.empty(),
            Optional.empty(), List.of());
        expectedItems.add(NewsItem.of(id, PublicationDate.of(item.date()), text));
      }
      return new NewsFeed(heading.map(h -> Map.of(language, nfc(h))).orElse(Map.of()), expectedItems);
    }
  }

  /** The id scheme restated with a regular expression, apart from the reader's own loop. */
  private static String derivedId(LocalDate date, String title) {
    String key = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]", "");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return date + "-" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @Property(tries = 300)
  void wellFormedListingReadsBackToTheGeneratedItems(@ForAll("listings") GeneratedListing listing) {
    ListingParser parser = ListingParser.create(ListingOptions.of(listing.language()).withClock(IN_2026));
    String text = listing.write();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (listing.bom()) {
      byte[] withBom = new byte[bytes.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, withBom, 3, bytes.length);
      bytes = withBom;
    }

    ParseResult fromText = parser.parse("generated.txt", text);
    ParseResult fromBytes = parser.parse("generated.txt", bytes);

    assertThat(fromText.feed()).isEqualTo(listing.expected());
    assertThat(fromBytes.feed()).isEqualTo(fromText.feed());
    assertThat(fromText.errors()).isEmpty();
  }

  @Provide
  Arbitrary<GeneratedListing> listings() {
    return Arbitraries.of(LANGUAGES).flatMap(language -> Combinators.combine(
            words(4).optional(),
            item(language).list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of("\n", "\r\n", "\r"),
            Arbitraries.of("", " ", "\u00a0", " \t"),
            Arbitraries.of("", " ", "\t", "\u00a0", " \t\u00a0"),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as((heading, items, lineEnd, blankSpaces, trailing, finalNewline, bom) ->
            new GeneratedListing(language, heading, items, lineEnd,
                blankSpaces + lineEnd + (items.size() % 2 == 0 ? "" : lineEnd), trailing,
                finalNewline, bom)));
  }

  private static Arbitrary<String> words(int max) {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(max).map(list -> String.join(" ", list));
  }

  private static Arbitrary<GeneratedItem> item(Locale language) {
    Arbitrary<LocalDate> dates = Arbitraries.oneOf(
        // 2000 to 2027: the years a listing read in 2026 accepts
        Arbitraries.integers().between(0, 10_226).map(days -> LocalDate.of(2000, 1, 1).plusDays(days)),
        Arbitraries.of(LocalDate.of(2016, 5, 10), LocalDate.of(2016, 7, 4)));
    Arbitrary<List<String>> paragraph =
        words(6).map(line -> line + ".").list().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(words(5), dates, Arbitraries.integers().between(0, 6),
            paragraph.list().ofMinSize(1).ofMaxSize(3))
        .as((title, date, style, paragraphs) ->
            new GeneratedItem(title, date, dateLine(language, date, style), paragraphs));
  }

  /** {@code date} in one of the forms a listing in {@code language} may use. */
  private static String dateLine(Locale language, LocalDate date, int style) {
    boolean monthFirst = DateOrder.MDY.equals(
        dev.newsfeed.listing.internal.DayMonthOrder.languageOrder(language));
    String separator = List.of("/", ".", "-").get(style % 3);
    return switch (style) {
      case 0, 1, 2 -> DateTimeFormatter.ofPattern(
          monthFirst ? "MM'" + separator + "'dd'" + separator + "'yyyy"
              : "d'" + separator + "'M'" + separator + "'yyyy", Locale.ROOT).format(date);
      case 3 -> date.toString();
      case 4 -> LocalizedDateFormat.of(FormatStyle.LONG, language).format(date);
      case 5 -> LocalizedDateFormat.of(FormatStyle.FULL, language).format(date);
      default -> LocalizedDateFormat.of(FormatStyle.MEDIUM, language).format(date);
    };
  }
}
