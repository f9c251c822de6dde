// SPDX-License-Identifier: Apache-2.0
/**
 * How listings are read: decoding, the paragraph cursor, the date grammar, dateline recognition,
 * day/month order inference and the state machine that turns paragraphs into items. Not exported;
 * no compatibility promise of any kind. The API is {@link dev.newsfeed.listing.ListingParser}.
 */
package dev.newsfeed.listing.internal;
