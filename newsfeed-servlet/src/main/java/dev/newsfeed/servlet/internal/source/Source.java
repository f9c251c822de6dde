// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import java.util.List;

/**
 * One configured source of news. Each keeps its last good version, so that a source that fails
 * or is being rewritten never takes news away from the others, and reports its own status.
 * Thread-safe: polled from the reload thread, fetched on the HTTP client's, read by requests.
 */
sealed interface Source
    permits FileSource, DirectorySource, ResourceSource, HttpSource, ProviderSource {

  /** What this source adds to the news now, in merge order: its last good version, if any. */
  List<Version> versions();

  /** Its status; a directory gives its own, then each of its files'. */
  List<SourceStatus> statuses();

  /** Checks for a change; called every reload interval. Sources that schedule themselves ignore it. */
  default void poll() {}

  /** Reads again whatever the change check says (used on demand, not by the poller). */
  default void reload() {
    poll();
  }
}
