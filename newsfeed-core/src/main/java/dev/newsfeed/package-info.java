// SPDX-License-Identifier: Apache-2.0
/**
 * The news model: {@link dev.newsfeed.NewsFeed}, {@link dev.newsfeed.NewsItem} and the text of an
 * item in one language, {@link dev.newsfeed.ItemText}; language fallback, merging of listings of
 * the same news in several languages, and the diagnostics every reader reports.
 *
 * <p>Every type here is immutable and compares by value. Nothing here depends on the default
 * locale or time zone.
 */
package dev.newsfeed;
