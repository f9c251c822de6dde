// SPDX-License-Identifier: Apache-2.0
/**
 * Where the servlet's news comes from: files (published only once they have stopped changing),
 * directories, class-path resources, feeds fetched over HTTP, and {@link
 * dev.newsfeed.servlet.NewsProvider}s; each source keeps its last good version and its own
 * status, and {@link dev.newsfeed.servlet.internal.source.SourceSet} merges what they hold. No
 * compatibility promise: not exported.
 */
package dev.newsfeed.servlet.internal.source;
