// SPDX-License-Identifier: Apache-2.0
/**
 * How the syndication formats are written and read: the neutral view of a feed the writers share,
 * the three writers, secure XML input, the lenient date grammar, HTML-to-text and the readers.
 * Not exported; no compatibility promise of any kind.
 */
package dev.newsfeed.syndication.internal;
