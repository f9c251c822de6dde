// SPDX-License-Identifier: Apache-2.0
/**
 * The plain-text listing format: {@link dev.newsfeed.listing.ListingParser} reads a heading, then
 * items of a title, a date and summary paragraphs, into a {@link dev.newsfeed.NewsFeed}, with
 * located diagnostics.
 *
 * <p>This package does not write listings, and does not guess the language of a listing: the
 * caller names it in {@link dev.newsfeed.listing.ListingOptions}.
 */
package dev.newsfeed.listing;
