// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.Strictness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
  private final Locale defaultLanguage;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Integer> idLines = new HashMap<>();
  private int omitted;
  private boolean defaultLanguageReported;

  /** A context for reading {@code source}. */
  public ReadContext(String source, Strictness strictness, Locale defaultLanguage) {
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

  /** An error that ends reading in either mode: the document itself cannot be read. */
  public NewsParseException fatal(int line, int column, String message, Throwable cause) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.add(Diagnostic.error(source, line, column, message));
    return new NewsParseException(all, cause);
  }

  /**
   * The language of text that says nothing of its own; the first time, a warning at the given
   * position says which language was assumed.
   */
  Locale defaultLanguage(int line, int column) {
    if (!defaultLanguageReported) {
      defaultLanguageReported = true;
      warning(
          line,
          column,
          "no language given (xml:lang, <language>, <dc:language> or \"language\"); read as "
              + defaultLanguage.toLanguageTag());
    }
    return defaultLanguage;
  }

  /** The line where {@code id} was first claimed, if it was; otherwise claims it at {@code line}. */
  Optional<Integer> claimId(String id, int line) {
    Integer first = idLines.putIfAbsent(id, line);
    return Optional.ofNullable(first);
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
