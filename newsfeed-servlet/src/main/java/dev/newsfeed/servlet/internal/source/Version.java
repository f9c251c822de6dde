// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.ParseResult;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One version of one source, as it was read.
 *
 * @param name what the merge's diagnostics call the source
 * @param result the news and the warnings it was read with
 * @param serial unique among all versions of all sources, so that a new version is told from the
 *     one it replaces without comparing news
 */
record Version(String name, ParseResult result, long serial) {

  private static final AtomicLong SERIALS = new AtomicLong();

  Version {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(result, "result");
  }

  /** A new version, with the next serial. */
  static Version of(String name, ParseResult result) {
    return new Version(name, result, SERIALS.incrementAndGet());
  }
}
