// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Collects the diagnostics of one read, in bounded memory: it keeps the {@code max} earliest by
 * position (whatever order they were found in) and counts the rest.
 *
 * <p>Problems are found in more than one pass (the day/month order of a listing is known only at
 * its end), so positions, not discovery order, say which error comes first.
 */
public final class DiagnosticSink {
  private static final Comparator<Entry> BY_POSITION =
      Comparator.comparingInt((Entry e) -> e.diagnostic.line())
          .thenComparingInt(e -> e.diagnostic.column())
          .thenComparingLong(e -> e.sequence);

  private record Entry(Diagnostic diagnostic, long sequence) {}

  private final String source;
  private final int max;
  /** The kept entries, the latest position on top so that it is the one dropped. */
  private final PriorityQueue<Entry> kept = new PriorityQueue<>(BY_POSITION.reversed());
  private Entry firstError;
  private long sequence;
  private long dropped;
  private boolean droppedError;

  /**
   * A sink for diagnostics of {@code source}.
   *
   * @param source the input's label
   * @param max how many diagnostics to keep, at least 1
   */
  public DiagnosticSink(String source, int max) {
    this.source = source;
    this.max = max;
  }

  /**
   * Records an error.
   *
   * @param line the line
   * @param column the column
   * @param message what was expected and found
   */
  public void error(int line, int column, String message) {
    add(Diagnostic.error(source, line, column, message));
  }

  /**
   * Records a warning.
   *
   * @param line the line
   * @param column the column
   * @param message what was guessed
   */
  public void warning(int line, int column, String message) {
    add(Diagnostic.warning(source, line, column, message));
  }

  private void add(Diagnostic diagnostic) {
    Entry entry = new Entry(diagnostic, sequence++);
    if (diagnostic.isError() && (firstError == null || BY_POSITION.compare(entry, firstError) < 0)) {
      firstError = entry;
    }
    kept.add(entry);
    if (kept.size() > max) {
      Entry latest = kept.poll();
      dropped++;
      droppedError |= latest.diagnostic.isError();
    }
  }

  /**
   * Whether an error was recorded.
   *
   * @return true after the first error
   */
  public boolean hasErrors() {
    return firstError != null;
  }

  /**
   * The kept diagnostics in input order, followed, if some were dropped, by one saying how many.
   *
   * @return the diagnostics
   */
  public List<Diagnostic> diagnostics() {
    List<Entry> sorted = new ArrayList<>(kept);
    sorted.sort(BY_POSITION);
    List<Diagnostic> result = new ArrayList<>(sorted.size() + 1);
    sorted.forEach(entry -> result.add(entry.diagnostic));
    if (dropped > 0) {
      String message = dropped + (dropped == 1 ? " more problem" : " more problems") + " not shown";
      result.add(droppedError
          ? Diagnostic.error(source, 0, 0, message)
          : Diagnostic.warning(source, 0, 0, message));
    }
    return result;
  }

  /**
   * The exception strict mode throws: every diagnostic up to and including the first error.
   *
   * @return the exception
   * @throws IllegalStateException if no error was recorded
   */
  public NewsParseException toException() {
    if (firstError == null) {
      throw new IllegalStateException("no error was recorded");
    }
    List<Entry> sorted = new ArrayList<>(kept);
    sorted.sort(BY_POSITION);
    List<Diagnostic> upToError = new ArrayList<>();
    for (Entry entry : sorted) {
      if (BY_POSITION.compare(entry, firstError) >= 0) {
        break;
      }
      upToError.add(entry.diagnostic);
    }
    upToError.add(firstError.diagnostic);
    return new NewsParseException(upToError);
  }
}
