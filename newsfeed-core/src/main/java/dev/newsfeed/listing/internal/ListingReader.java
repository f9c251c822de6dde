// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.Strictness;
import dev.newsfeed.internal.CalendarNames;
import dev.newsfeed.internal.ItemIds;
import dev.newsfeed.internal.Texts;
import dev.newsfeed.listing.ListingOptions;
import dev.newsfeed.listing.internal.DateGrammar.DateParse;
import dev.newsfeed.listing.internal.DateGrammar.DayMonth;
import dev.newsfeed.listing.internal.DateGrammar.Fixed;
import dev.newsfeed.listing.internal.DateGrammar.Invalid;
import dev.newsfeed.listing.internal.DateGrammar.NotADate;
import dev.newsfeed.listing.internal.DayMonthOrder.NumericDate;
import dev.newsfeed.listing.internal.DayMonthOrder.Outcome;
import dev.newsfeed.listing.internal.Paragraph.Located;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a listing: paragraphs from a {@link ParagraphReader}, then a small state machine that
 * assigns each paragraph its role (heading, title, date, summary), then the dates, the ids and the
 * model.
 *
 * <p>The structure: a paragraph is a title when the next paragraph is a date line (or looks like
 * one but is wrong, which is then reported); a summary runs until the paragraph before the next
 * title; the paragraph before the first title, if any, is the heading. Each step is linear in the
 * input.
 *
 * <p>Ids are pinned by the editor ({@link TitleLine}) or derived from date and title ({@link
 * ItemIds}), so that adding, deleting or reordering other items changes no id.
 */
public final class ListingReader {
  /** Dates before this year are typing mistakes: no news page is older. */
  private static final int EARLIEST_YEAR = 1900;

  private final ListingOptions options;
  private final DateGrammar dates;
  private final Datelines datelines;

  /**
   * A reader for listings read with {@code options}.
   *
   * @param options the options
   */
  public ListingReader(ListingOptions options) {
    this.options = options;
    this.dates = new DateGrammar(CalendarNames.forLanguage(options.language()));
    this.datelines = new Datelines(dates);
  }

  /**
   * Reads one listing.
   *
   * @param source the listing's label for diagnostics
   * @param input the decoded listing
   * @return the feed and the diagnostics
   * @throws dev.newsfeed.NewsParseException in strict mode, at the first error
   */
  public ParseResult read(String source, SourceText input) {
    DiagnosticSink sink = new DiagnosticSink(source, options.maxDiagnostics());
    NewsFeed feed;
    Map<String, Integer> lines = Map.of();
    if (input.unreadable().isPresent()) {
      Located at = input.unreadable().get();
      sink.error(at.line(), at.column(), at.message());
      feed = NewsFeed.empty();
    } else {
      Run run = new Run(input, sink);
      feed = run.read();
      lines = run.itemLines;
    }
    if (options.strictness() == Strictness.STRICT && sink.hasErrors()) {
      throw sink.toException();
    }
    return new ParseResult(feed, sink.diagnostics(), lines);
  }

  /** A paragraph and what it is as a date. */
  private record Block(Paragraph paragraph, DateParse date) {
    boolean isDate() {
      return !(date instanceof NotADate);
    }
  }

  /** An item as the structure pass sees it: its paragraphs, before dates and text are checked. */
  private static final class Draft {
    Paragraph title;
    final Block date;
    final List<Paragraph> summary = new ArrayList<>();
    boolean bad;
    LocalDate resolved;
    String explicitId;
    /** The title's text once its id is split off, computed once: ids and the item both need it. */
    String titleText;
    String id;
    OffsetDateTime moment;

    Draft(Paragraph title, Block date) {
      this.title = title;
      this.date = date;
    }
  }

  /** The state of one read. */
  private final class Run {
    private final ParagraphReader reader;
    private final DiagnosticSink sink;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Paragraph> leading = new ArrayList<>();
    private final Map<String, Integer> itemLines = new HashMap<>();
    private Paragraph heading;
    private DayMonthOrder order;
    private String example;

    Run(SourceText input, DiagnosticSink sink) {
      this.reader = new ParagraphReader(input);
      this.sink = sink;
    }

    NewsFeed read() {
      for (Optional<Paragraph> next = reader.next(); next.isPresent(); next = reader.next()) {
        Paragraph paragraph = next.get();
        if (paragraph.isSingleLine()) {
          blocks.add(new Block(paragraph, dates.parseLine(paragraph.lines().get(0), paragraph.line())));
        } else {
          splitAtDates(paragraph);
        }
      }
      reader.removedControls().ifPresent(removed -> sink.warning(removed.line(), removed.column(),
          (removed.count() == 1 ? "removed a control character, " : "removed " + removed.count()
              + " control characters, the first ")
              + String.format(Locale.ROOT, "U+%04X", removed.first())
              + " here, which text cannot hold; save the listing without them"));
      // A line that looks like a wrong date but is followed by a good one is a title ("Juin 2016").
      for (int i = 0; i + 1 < blocks.size(); i++) {
        DateParse next = blocks.get(i + 1).date;
        if (blocks.get(i).date instanceof Invalid && (next instanceof Fixed || next instanceof DayMonth)) {
          blocks.set(i, new Block(blocks.get(i).paragraph, new NotADate()));
        }
      }
      decideOrder();
      markUnreadDates();
      structure();
      return build();
    }

    /**
     * A line in a date's place (between a title-like line and a summary) that has a day and a
     * year but is no date the language's grammar or CLDR patterns read is a date not understood:
     * say so there, rather than read it as text and report the structure it breaks.
     */
    private void markUnreadDates() {
      for (int i = 1; i + 1 < blocks.size(); i++) {
        Block block = blocks.get(i);
        if (!(block.date instanceof NotADate) || !block.paragraph.isSingleLine()
            || blocks.get(i - 1).isDate() || !looksLikeTitle(blocks.get(i - 1).paragraph)
            || blocks.get(i + 1).isDate() || !hasDayAndYear(block.paragraph.text())) {
          continue;
        }
        String numeric = order.example();
        String message = "not a date in " + options.language().toLanguageTag() + ": "
            + Texts.quote(block.paragraph.text()) + "; expected a date such as " + dates.longExample()
            + " or " + numeric;
        blocks.set(i, new Block(block.paragraph, new Invalid(block.paragraph.column(), message)));
      }
    }

    /** A short line with a number that may be a day (1 to 31) and one of four digits. */
    private boolean hasDayAndYear(String text) {
      if (text.codePointCount(0, text.length()) > DateGrammar.MAX_DATE_LENGTH) {
        return false;
      }
      char last = text.charAt(text.length() - 1);
      if (last == '.' || last == '!' || last == '?' || last == ':') {
        return false;
      }
      boolean day = false;
      boolean year = false;
      int words = 0;
      int i = 0;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        if (Character.isDigit(c)) {
          int value = 0;
          int digits = 0;
          while (i < text.length() && Character.isDigit(text.codePointAt(i))) {
            value = Math.min(10_000, value * 10 + Character.digit(text.codePointAt(i), 10));
            digits++;
            i += Character.charCount(text.codePointAt(i));
          }
          day |= digits <= 2 && value >= 1 && value <= 31;
          year |= digits == 4;
        } else if (Character.isLetter(c)) {
          words++;
          while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
          }
        } else {
          i += Character.charCount(c);
        }
      }
      return day && year && words >= 1 && words <= 6;
    }

    // ---- pass 1: paragraphs

    /**
     * A date line inside a longer paragraph is almost always a blank line left out: before the
     * next item's title (whose summary then swallowed it), between a title and its date, or after
     * the date. The paragraph is split there, so that the items come out right, and the missing
     * blank line is an error at the date. A date line after a line that ends like a sentence is
     * left as text, with a warning.
     */
    private void splitAtDates(Paragraph paragraph) {
      List<String> lines = paragraph.lines();
      int from = 0;
      for (int k = 0; k < lines.size(); k++) {
        String line = lines.get(k);
        int lineNumber = paragraph.line() + k;
        DateParse date = dates.parseLine(line, lineNumber);
        if (!(date instanceof Fixed || date instanceof DayMonth)) {
          continue;
        }
        String shown = Texts.quote(Texts.trim(line));
        if (k > from && looksLikeTitle(lines.get(k - 1))) {
          if (k - 1 > from) {
            blocks.add(new Block(paragraph.slice(from, k - 1), new NotADate()));
            sink.error(lineNumber, columnOf(line), "expected a blank line before the title of the next"
                + " item, found its title " + Texts.quote(Texts.trim(lines.get(k - 1))) + " and its date "
                + shown + " inside a paragraph");
          } else {
            sink.error(lineNumber, columnOf(line), "expected a blank line between the title and the date "
                + shown + ", found them in one paragraph");
          }
          blocks.add(new Block(paragraph.slice(k - 1, k), new NotADate()));
        } else if (k == from) {
          if (k == 0) {
            sink.error(lineNumber, columnOf(line), "expected a blank line after the date " + shown
                + ", found text on the next line");
          }
        } else {
          sink.warning(lineNumber, columnOf(line), "expected a blank line before and after the date "
              + shown + ", found it inside a paragraph, where it is read as text");
          continue;
        }
        blocks.add(new Block(paragraph.slice(k, k + 1), date));
        from = k + 1;
      }
      if (from < lines.size()) {
        blocks.add(new Block(from == 0 ? paragraph : paragraph.slice(from, lines.size()), new NotADate()));
      }
    }

    // ---- pass 2: day/month order

    private void decideOrder() {
      List<NumericDate> numeric = new ArrayList<>();
      Block firstDate = null;
      for (Block block : blocks) {
        if (block.date instanceof DayMonth dayMonth) {
          numeric.add(new NumericDate(block.paragraph.line(), dayMonth));
        }
        if (firstDate == null && block.isDate()) {
          firstDate = block;
        }
      }
      order = DayMonthOrder.decide(numeric, options.dateOrder(), options.language());
      // Messages show a date the way this listing writes its first one.
      boolean longForm = firstDate != null && firstDate.date instanceof Fixed fixed && !fixed.numeric();
      example = longForm ? dates.longExample() : order.example();
      if (!numeric.isEmpty()) {
        order.undecidedWarning(numeric.get(0)).ifPresent(this::warning);
      }
    }

    // ---- pass 3: structure

    private void structure() {
      Draft current = null;
      Block previous = null;
      for (int index = 0; index < blocks.size(); index++) {
        Block block = blocks.get(index);
        Paragraph paragraph = block.paragraph;
        if (block.isDate()) {
          if (previous == null) {
            error(paragraph, "expected a title line before the date, found the date "
                + Texts.quote(paragraph.text()) + " at the start of the listing");
            current = new Draft(null, block);
            current.bad = true;
          } else if (previous.isDate()) {
            error(paragraph, "expected a summary after the date on line " + previous.paragraph.line()
                + ", found another date " + Texts.quote(paragraph.text()));
            current.bad = true;
          } else if (!endsWithATitleLine(previous.paragraph)
              && (!looksLikeTitle(previous.paragraph) || isOnlySummary(current, previous))
              && titleFollows(index)) {
            // Summary, date, title, summary: the title was written below its date. Taking the
            // paragraph above for the title would make an item of a summary sentence.
            error(paragraph, "expected a title line above the date " + Texts.quote(paragraph.text())
                + ", found a paragraph that reads as a summary (line " + previous.paragraph.line()
                + "); write each title above its date");
            if (current == null) {
              settleLeading();
            } else {
              drafts.add(current);
            }
            current = new Draft(null, block);
            current.bad = true;
          } else {
            if (current == null && leading.size() == 1 && titleFollows(index)) {
              warnOfATitleBelowTheFirstDate(leading.get(0), block, blocks.get(index + 1).paragraph);
            }
            Paragraph title = takeBackTitle(current);
            if (current != null) {
              finish(current, title);
            } else {
              settleLeading();
            }
            current = new Draft(title, block);
          }
        } else if (current == null) {
          leading.add(paragraph);
        } else if (current.summary.size() >= 2
            && looksLikeTitle(previous.paragraph)
            && datelines.startsWithDateline(paragraph.text())) {
          // A dateline opens only the first paragraph of a summary: the paragraph before this one
          // is the title of an item whose date is missing.
          Paragraph title = takeBack(current);
          finish(current, null);
          current = new Draft(title, null);
          current.bad = true;
          current.summary.add(paragraph);
          error(paragraph, "expected a date such as " + example + " after the title, found "
              + paragraph.firstWord());
        } else {
          current.summary.add(paragraph);
        }
        previous = block;
      }
      if (current != null) {
        finish(current, null);
      } else {
        noItems();
      }
    }

    /**
     * One paragraph, a date, then a title-like line above a summary: a listing without heading
     * whose first summary opens like a title, or the heading, then a first date written above its
     * title. Only a warning, as the first is valid; the first paragraph stays the title.
     */
    private void warnOfATitleBelowTheFirstDate(Paragraph first, Block date, Paragraph below) {
      sink.warning(date.paragraph.line(), date.paragraph.column(), "the paragraph below the date "
          + Texts.quote(date.paragraph.text()) + " reads as a title (line " + below.line() + "), and "
          + first.firstWord() + " above it is read as the first item's title, not as the listing's"
          + " heading; if the title is below its date, write it above");
    }

    /** The last text paragraph read, which turned out to be a title. */
    private Paragraph takeBack(Draft current) {
      List<Paragraph> from = current == null ? leading : current.summary;
      return from.remove(from.size() - 1);
    }

    /**
     * The paragraph above a date, its title. When its last line looks like a title and the line
     * before it ends a sentence, the blank line before the title was left out: the last line is
     * the title, the others stay where they were, and the missing blank line is an error.
     */
    private Paragraph takeBackTitle(Draft current) {
      Paragraph paragraph = takeBack(current);
      if (!endsWithATitleLine(paragraph)) {
        return paragraph;
      }
      List<String> lines = paragraph.lines();
      int last = lines.size() - 1;
      Paragraph title = paragraph.slice(last, last + 1);
      (current == null ? leading : current.summary).add(paragraph.slice(0, last));
      error(title, "expected a blank line before the title of the next item, found its title "
          + Texts.quote(Texts.trim(lines.get(last))) + " right under the line above");
      return title;
    }

    /**
     * Several lines, the last like a title and the one before it ending a sentence: a title right
     * under the summary above, a blank line left out. This reading goes first, as it is the more
     * specific one: else the paragraph would be a summary above a date written before its title.
     */
    private boolean endsWithATitleLine(Paragraph paragraph) {
      List<String> lines = paragraph.lines();
      int last = lines.size() - 1;
      return last > 0 && looksLikeTitle(lines.get(last)) && endsASentence(lines.get(last - 1));
    }

    private boolean endsASentence(String line) {
      String text = Texts.trim(line);
      char end = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
      return end == '.' || end == '!' || end == '?' || end == '\u2026' || end == '»' || end == '"'
          || end == '\u201D' || end == '\u06D4';
    }

    private void finish(Draft draft, Paragraph nextTitle) {
      // An item without a date has been reported already; its one paragraph may have turned out
      // to be the next item's title.
      if (draft.summary.isEmpty() && draft.date != null) {
        String expected = "expected a summary after the date on line " + draft.date.paragraph.line();
        if (nextTitle != null) {
          error(nextTitle, expected + ", found the title of the next item " + nextTitle.firstWord());
        } else {
          sink.error(reader.endLine(), reader.endColumn(), expected + ", found the end of the input");
        }
        draft.bad = true;
      }
      drafts.add(draft);
    }

    private void settleLeading() {
      if (!leading.isEmpty()) {
        heading = leading.get(0);
      }
      if (leading.size() >= 2) {
        error(leading.get(1), "expected a single heading paragraph, then a title and a date such as "
            + example + ", found another paragraph before the first item " + leading.get(1).firstWord());
      }
    }

    private void noItems() {
      if (leading.isEmpty()) {
        sink.error(1, 1, "expected a title line followed by a date line such as " + example
            + ", found an empty listing");
        return;
      }
      heading = leading.get(0);
      if (leading.size() == 1) {
        sink.error(reader.endLine(), reader.endColumn(), "expected a title line and a date line such as "
            + example + " after the heading, found the end of the input");
      } else if (leading.size() == 2) {
        sink.error(reader.endLine(), reader.endColumn(), "expected a date such as " + example
            + " after the title, found the end of the input");
      } else {
        error(leading.get(2), "expected a date such as " + example + " after the title, found "
            + leading.get(2).firstWord());
      }
    }

    /**
     * Whether {@code previous} is the one paragraph after the date of {@code current}. Read as the
     * next title, it would leave that item without a summary, an error either way: a summary that
     * happens to end without a full stop ({@code Il a dit « oui »}) above a date whose title is
     * written below it is the likelier mistake, and reading it so makes no item of a summary.
     */
    private boolean isOnlySummary(Draft current, Block previous) {
      return current != null && current.date != null && current.summary.size() == 1
          && current.summary.get(0) == previous.paragraph;
    }

    /** After the date at {@code index}: a title-like line, then a paragraph that is no date. */
    private boolean titleFollows(int index) {
      return index + 2 < blocks.size()
          && !blocks.get(index + 1).isDate()
          && looksLikeTitle(blocks.get(index + 1).paragraph)
          && !blocks.get(index + 2).isDate();
    }

    /** One line that does not end like a sentence. */
    private boolean looksLikeTitle(Paragraph paragraph) {
      return paragraph.isSingleLine() && looksLikeTitle(paragraph.lines().get(0));
    }

    private boolean looksLikeTitle(String text) {
      String line = Texts.trim(text);
      if (line.isEmpty()) {
        return false;
      }
      char last = line.charAt(line.length() - 1);
      return last != '.' && last != ':' && last != ';' && last != ',' && last != '\u060C'
          && last != '\u061B';
    }

    // ---- pass 4: dates, ids, model

    private NewsFeed build() {
      for (Draft draft : drafts) {
        readTitle(draft);
        resolveDate(draft);
        reportEncoding(draft);
      }
      warnIfNotNewestFirst();
      assignIds();
      List<NewsItem> items = new ArrayList<>();
      for (Draft draft : drafts) {
        if (draft.resolved != null && !draft.bad) {
          item(draft).ifPresent(item -> {
            items.add(item);
            itemLines.put(item.id(), draft.title.line());
          });
        }
      }
      Map<Locale, String> titles = new HashMap<>();
      if (heading != null) {
        if (heading.encodingProblem().isPresent()) {
          error(heading.encodingProblem().get());
        } else {
          titles.put(options.language(), heading.text());
        }
      }
      try {
        return new NewsFeed(titles, items);
      } catch (IllegalArgumentException e) {
        // Not expected: ids are unique by construction and titles are not blank.
        sink.error(1, 1, "expected a listing that makes a feed, found " + e.getMessage());
        itemLines.clear();
        return NewsFeed.empty();
      }
    }

    /** Splits the pinned id off each title; a malformed one is an error at its column. */
    private void readTitle(Draft draft) {
      if (draft.title == null) {
        return;
      }
      TitleLine line = TitleLine.read(draft.title);
      line.error().ifPresent(error -> {
        error(error);
        draft.bad = true;
      });
      draft.title = line.title();
      draft.titleText = draft.title.text();
      draft.explicitId = line.id().orElse(null);
    }

    /**
     * Pinned ids as written, unique in the listing; the others {@link ItemIds#derived derived}
     * from date and title, {@code -2}, {@code -3}… added in listing order to a duplicate.
     */
    private void assignIds() {
      Map<String, Draft> taken = new HashMap<>();
      Map<String, Integer> nextSuffix = new HashMap<>();
      for (Draft draft : drafts) {
        if (draft.explicitId == null) {
          continue;
        }
        Draft first = taken.putIfAbsent(draft.explicitId, draft);
        if (first != null) {
          error(draft.title, "expected each id once in the listing, found {#" + draft.explicitId
              + "} again; the item on line " + first.title.line() + " has it already");
          draft.bad = true;
        } else {
          draft.id = draft.explicitId;
        }
      }
      for (Draft draft : drafts) {
        if (draft.explicitId != null || draft.resolved == null || draft.title == null) {
          continue;
        }
        String base = ItemIds.derived(draft.resolved, draft.titleText);
        Draft same = taken.get(base);
        if (same != null && same.resolved != null && same.resolved.equals(draft.resolved)
            && ItemIds.titleKey(same.titleText).equals(ItemIds.titleKey(draft.titleText))) {
          sink.warning(draft.title.line(), draft.title.column(), "expected each item once, found"
              + " the same date and title as the item on line " + same.title.line());
        }
        String id = base;
        // Counting on from the last suffix given keeps a thousand copies of one item linear.
        for (int n = nextSuffix.getOrDefault(base, 2); taken.containsKey(id); n++) {
          id = base + "-" + n;
          nextSuffix.put(base, n + 1);
        }
        taken.put(id, draft);
        draft.id = id;
      }
    }

    private void resolveDate(Draft draft) {
      if (draft.date == null) {
        return;
      }
      int line = draft.date.paragraph.line();
      DateParse date = draft.date.date;
      if (date instanceof Invalid invalid) {
        sink.error(line, invalid.column(), invalid.message());
        draft.bad = true;
      } else if (date instanceof Fixed fixed) {
        fixed.warnings().forEach(this::warning);
        draft.resolved = fixed.date();
        checkDate(draft, line, fixed.column(), fixed.time());
      } else if (date instanceof DayMonth dayMonth) {
        dayMonth.warnings().forEach(this::warning);
        Outcome outcome = order.resolve(line, dayMonth);
        outcome.error().ifPresent(error -> {
          error(error);
          draft.bad = true;
        });
        draft.resolved = outcome.date().orElse(null);
        if (draft.resolved != null) {
          checkDate(draft, line, dayMonth.column(), dayMonth.time());
        }
      }
    }

    /**
     * A date far from today is almost always a typing mistake ({@code 07/30/2106}); a time is kept
     * where it says its UTC offset, and otherwise left out with a warning, as the listing has no
     * time zone to read it in.
     */
    private void checkDate(Draft draft, int line, int column, Optional<TimeOfDay.Found> time) {
      int latest = LocalDate.now(options.clock()).getYear() + 1;
      int year = draft.resolved.getYear();
      if (year < EARLIEST_YEAR || year > latest) {
        sink.error(line, column, "expected a date from " + EARLIEST_YEAR + " to " + latest + ", found "
            + draft.resolved + " in " + Texts.quote(draft.date.paragraph.text()) + "; is the year mistyped?");
        draft.bad = true;
        return;
      }
      if (time.isEmpty()) {
        return;
      }
      TimeOfDay.Found found = time.get();
      if (found.problem().isPresent()) {
        sink.error(line, found.column(), found.problem().get());
        draft.bad = true;
      } else if (found.offset().isPresent()) {
        draft.moment = OffsetDateTime.of(draft.resolved, found.time().orElseThrow(), found.offset().get());
      } else {
        sink.warning(line, found.column(), "the time " + Texts.quote(found.text()) + " is left out: a"
            + " time needs its UTC offset, such as " + found.text() + " +01:00 or " + found.text()
            + " UTC; the item is dated " + draft.resolved);
      }
    }

    private void reportEncoding(Draft draft) {
      List<Paragraph> parts = new ArrayList<>();
      if (draft.title != null) {
        parts.add(draft.title);
      }
      parts.addAll(draft.summary);
      for (Paragraph part : parts) {
        if (part.encodingProblem().isPresent()) {
          error(part.encodingProblem().get());
          draft.bad = true;
          return;
        }
      }
    }

    private void warnIfNotNewestFirst() {
      Draft newer = null;
      for (Draft draft : drafts) {
        if (draft.resolved == null) {
          continue;
        }
        if (newer != null && draft.resolved.isAfter(newer.resolved)) {
          Paragraph at = draft.date.paragraph;
          sink.warning(at.line(), at.column(), "expected items newest first, found " + draft.resolved
              + " after " + newer.resolved + " (line " + newer.date.paragraph.line()
              + "); the feed lists items by date, not in the listing's order");
          return;
        }
        newer = draft;
      }
    }

    private Optional<NewsItem> item(Draft draft) {
      List<String> summary = new ArrayList<>(draft.summary.size());
      for (Paragraph paragraph : draft.summary) {
        summary.add(paragraph.text());
      }
      Optional<String> dateline = Optional.empty();
      Optional<Datelines.Split> split = datelines.split(summary.get(0));
      if (split.isPresent()) {
        dateline = Optional.of(split.get().dateline());
        summary.set(0, split.get().body());
      }
      try {
        ItemText text = new ItemText(
            options.language(), draft.titleText, summary, dateline, Optional.empty(), List.of());
        PublicationDate published =
            draft.moment != null ? PublicationDate.of(draft.moment) : PublicationDate.of(draft.resolved);
        return Optional.of(new NewsItem(draft.id, published, List.of(text)));
      } catch (IllegalArgumentException e) {
        error(draft.title, "expected a valid item, found " + e.getMessage());
        return Optional.empty();
      }
    }

    private void error(Paragraph at, String message) {
      sink.error(at.line(), at.column(), message);
    }

    private void error(Located at) {
      sink.error(at.line(), at.column(), at.message());
    }

    private void warning(Located at) {
      sink.warning(at.line(), at.column(), at.message());
    }

    private int columnOf(String line) {
      int i = 0;
      while (i < line.length() && Texts.isSpace(line.charAt(i))) {
        i++;
      }
      return line.codePointCount(0, i) + 1;
    }
  }
}
