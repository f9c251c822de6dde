// SPDX-License-Identifier: Apache-2.0
/**
 * Plain API usage: {@link dev.newsfeed.examples.api.CoreOnlyExample} uses newsfeed-core alone to
 * parse a listing, print localized dates and write a JSON Feed.
 */
package dev.newsfeed.examples.api;
