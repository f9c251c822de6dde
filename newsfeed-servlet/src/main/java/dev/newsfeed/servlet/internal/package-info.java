// SPDX-License-Identifier: Apache-2.0
/**
 * Implementation details of newsfeed-servlet: HTTP caching and entity tags, the reloading feed
 * holder and file sources, static assets, the status document. Not exported; no compatibility
 * promise of any kind.
 */
package dev.newsfeed.servlet.internal;
