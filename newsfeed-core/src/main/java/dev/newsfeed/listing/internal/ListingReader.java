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
      sink.error(1, 1, input.unreadable().get());
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
    String id;

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
        DateParse date = new NotADate();
        if (paragraph.isSingleLine()) {
          date = dates.parseLine(paragraph.lines().get(0), paragraph.line());
        } else {
          warnAboutDatesInside(paragraph);
        }
        blocks.add(new Block(paragraph, date));
      }
      // A line that looks like a wrong date but is followed by a good one is a title ("Juin 2016").
      for (int i = 0; i + 1 < blocks.size(); i++) {
        DateParse next = blocks.get(i + 1).date;
        if (blocks.get(i).date instanceof Invalid && (next instanceof Fixed || next instanceof DayMonth)) {
          blocks.set(i, new Block(blocks.get(i).paragraph, new NotADate()));
        }
      }
      decideOrder();
      structure();
      return build();
    }

    // ---- pass 1: paragraphs

    /** A date on a line of a longer paragraph was probably meant as a date line. */
    private void warnAboutDatesInside(Paragraph paragraph) {
      for (int i = 0; i < paragraph.lines().size(); i++) {
        String line = paragraph.lines().get(i);
        DateParse date = dates.parseLine(line, paragraph.line() + i);
        if (date instanceof Fixed || date instanceof DayMonth) {
          sink.warning(paragraph.line() + i, columnOf(line),
              "expected a blank line before and after the date " + Texts.quote(Texts.trim(line))
                  + ", found it inside a paragraph, where it is read as text");
        }
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
      for (Block block : blocks) {
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
          } else {
            Paragraph title = takeBack(current);
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

    /** The last text paragraph read, which turned out to be a title. */
    private Paragraph takeBack(Draft current) {
      List<Paragraph> from = current == null ? leading : current.summary;
      return from.remove(from.size() - 1);
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

    /** One line that does not end like a sentence. */
    private boolean looksLikeTitle(Paragraph paragraph) {
      if (!paragraph.isSingleLine()) {
        return false;
      }
      String line = Texts.trim(paragraph.lines().get(0));
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
      draft.explicitId = line.id().orElse(null);
    }

    /**
     * Pinned ids as written, unique in the listing; the others {@link ItemIds#derived derived}
     * from date and title, {@code -2}, {@code -3}… added in listing order to a duplicate.
     */
    private void assignIds() {
      Map<String, Draft> taken = new HashMap<>();
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
        String base = ItemIds.derived(draft.resolved, draft.title.text());
        Draft same = taken.get(base);
        if (same != null && same.resolved != null && same.resolved.equals(draft.resolved)
            && ItemIds.titleKey(same.title.text()).equals(ItemIds.titleKey(draft.title.text()))) {
          sink.warning(draft.title.line(), draft.title.column(), "expected each item once, found"
              + " the same date and title as the item on line " + same.title.line());
        }
        String id = base;
        for (int n = 2; taken.containsKey(id); n++) {
          id = base + "-" + n;
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
      } else if (date instanceof DayMonth dayMonth) {
        dayMonth.warnings().forEach(this::warning);
        Outcome outcome = order.resolve(line, dayMonth);
        outcome.error().ifPresent(error -> {
          error(error);
          draft.bad = true;
        });
        draft.resolved = outcome.date().orElse(null);
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
            options.language(), draft.title.text(), summary, dateline, Optional.empty(), List.of());
        return Optional.of(new NewsItem(draft.id, PublicationDate.of(draft.resolved), List.of(text)));
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
