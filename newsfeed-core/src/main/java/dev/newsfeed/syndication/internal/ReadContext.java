// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.Strictness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.StringJoiner;
import dev.newsfeed.internal.LanguageTags;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one read knows: the source's name, how strict to be, the language to assume, the ids seen
 * and the diagnostics so far. Errors throw in {@link Strictness#STRICT} mode; in lenient mode they
 * are kept, up to {@link #MAX_DIAGNOSTICS}, so that any input uses bounded memory.
 */
public final class ReadContext {
  /** How many diagnostics are kept; the rest are counted in one last warning. */
  static final int MAX_DIAGNOSTICS = 200;

  private final String source;
  private final Strictness strictness;
  private final Optional<Locale> defaultLanguage;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /** Where each id was first claimed (its line found only if it is claimed again). */
  private final Map<String, ItemDraft.Place> idPlaces = new HashMap<>();
  /** What the model cannot hold, by name, with its first position and count, in input order. */
  private final Map<String, int[]> dropped = new LinkedHashMap<>();
  private int omitted;
  private boolean defaultLanguageReported;
  private boolean feedDateReported;

  /** A context for reading {@code source}; {@code defaultLanguage} empty when none was given. */
  public ReadContext(String source, Strictness strictness, Optional<Locale> defaultLanguage) {
    this.source = source;
    this.strictness = strictness;
    this.defaultLanguage = defaultLanguage;
  }

  String source() {
    return source;
  }

  /** Records a warning; reading goes on in both modes. */
  void warning(int line, int column, String message) {
    add(Diagnostic.warning(source, line, column, message));
  }

  /**
   * Records an error. In strict mode it stops reading by throwing; in lenient mode the caller
   * skips what was wrong and goes on.
   *
   * @throws NewsParseException in strict mode
   */
  void error(int line, int column, String message) {
    Diagnostic error = Diagnostic.error(source, line, column, message);
    if (strictness == Strictness.STRICT) {
      List<Diagnostic> all = new ArrayList<>(diagnostics);
      all.add(error);
      throw new NewsParseException(all);
    }
    add(error);
  }

  /**
   * An error for a rule of the format that an entry breaks although it can still be read whole
   * (RFC 4287 §4.1.1.1: no content and no alternate link). Strict mode stops, as for any error;
   * lenient mode reports it and keeps the entry, so that checking fails but nothing is lost.
   */
  void nonConforming(int line, int column, String message) {
    error(line, column, message);
  }

  /** An error that ends reading in either mode: the document itself cannot be read. */
  public NewsParseException fatal(int line, int column, String message, Throwable cause) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.add(Diagnostic.error(source, line, column, message));
    return new NewsParseException(all, cause);
  }

  /**
   * The language of text that says nothing of its own: the reader's default language (the
   * configured source language), silently; else {@code und}, with one warning at the first such
   * text saying how to give the language.
   */
  Locale defaultLanguage(int line, int column) {
    if (defaultLanguage.isPresent()) {
      return defaultLanguage.get();
    }
    if (!defaultLanguageReported) {
      defaultLanguageReported = true;
      warning(line, column, "the language is unknown: the feed gives none (xml:lang, <language>,"
          + " <dc:language> or \"language\") and none was configured; its text is marked und"
          + " (undetermined): give the source language (FeedReader.withDefaultLanguage, --lang)");
    }
    return LanguageTags.UNDETERMINED;
  }

  /**
   * Whether the feed's own date may stand in for an item's missing one; the first time, one
   * warning for the whole feed.
   */
  void feedDateUsed(int line, int column, String element, String feedDate) {
    if (!feedDateReported) {
      feedDateReported = true;
      warning(line, column, element + " has no date; the feed's " + feedDate + " is used for it"
          + " and for every other undated entry of this feed");
    }
  }

  /** Notes something the model does not hold, such as an enclosure; reported once a feed. */
  void dropped(String what, int line, int column) {
    int[] seen = dropped.computeIfAbsent(what, w -> new int[] {line, column, 0});
    seen[2]++;
  }

  /** The one warning naming what was dropped, at the first of them, if anything was. */
  void reportDropped() {
    if (dropped.isEmpty()) {
      return;
    }
    StringJoiner names = new StringJoiner(", ");
    int[] first = null;
    for (Map.Entry<String, int[]> entry : dropped.entrySet()) {
      int[] seen = entry.getValue();
      names.add(entry.getKey() + (seen[2] > 1 ? " (" + seen[2] + ")" : ""));
      if (first == null || seen[0] < first[0] || (seen[0] == first[0] && seen[1] < first[1])) {
        first = seen;
      }
    }
    warning(first[0], first[1], "not kept, as the news model holds no media or attachments: "
        + names);
    dropped.clear();
  }

  /** The line where {@code id} was first claimed, if it was; otherwise claims it at {@code place}. */
  Optional<Integer> claimId(String id, ItemDraft.Place place) {
    ItemDraft.Place first = idPlaces.putIfAbsent(id, place);
    return first == null ? Optional.empty() : Optional.of(first.line());
  }

  /** Every diagnostic in input order, with a last warning counting those left out. */
  public List<Diagnostic> diagnostics() {
    // Items are checked once the feed's language is known, so a stable sort by position restores
    // input order; diagnostics without a position go last.
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.sort(Comparator.comparingInt((Diagnostic d) -> d.line() == 0 ? Integer.MAX_VALUE : d.line())
        .thenComparingInt(Diagnostic::column));
    if (omitted > 0) {
      all.add(Diagnostic.warning(source, 0, 0, omitted + " more diagnostics left out"));
    }
    return List.copyOf(all);
  }

  private void add(Diagnostic diagnostic) {
    if (diagnostics.size() < MAX_DIAGNOSTICS) {
      diagnostics.add(diagnostic);
    } else {
      omitted++;
    }
  }
}
