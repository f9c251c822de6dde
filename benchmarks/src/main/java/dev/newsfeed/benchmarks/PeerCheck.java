// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import java.util.List;

/**
 * The checks each benchmark's setup makes that newsfeed and its peer did the same work on the same
 * items: a peer that skips work (Yasson writing {@code {}}) would make its ratio meaningless. They
 * run once per trial, outside the measured code, and fail the trial loudly.
 */
final class PeerCheck {
  private PeerCheck() {}

  /** Fails unless {@code actual} equals {@code expected}. */
  static void same(String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + " does not give the same items: expected "
          + abbreviate(expected) + ", got " + abbreviate(actual));
    }
  }

  /** Fails unless both lists have the same elements in the same order. */
  static void sameList(String what, List<?> expected, List<?> actual) {
    if (!expected.equals(actual)) {
      int i = 0;
      while (i < Math.min(expected.size(), actual.size()) && expected.get(i).equals(actual.get(i))) {
        i++;
      }
      throw new IllegalStateException(what + ": " + actual.size() + " items where " + expected.size()
          + " were expected, first difference at index " + i + ": expected "
          + (i < expected.size() ? abbreviate(expected.get(i)) : "nothing") + ", got "
          + (i < actual.size() ? abbreviate(actual.get(i)) : "nothing"));
    }
  }

  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() <= 200 ? "[" + text + "]" : "[" + text.substring(0, 200) + "…]";
  }
}
