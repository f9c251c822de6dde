// SPDX-License-Identifier: Apache-2.0
/**
 * News feeds as JSON, through JSON-B: {@link dev.newsfeed.json.NewsJson} writes a {@link
 * dev.newsfeed.NewsFeed} and reads it back equal.
 *
 * <p>The shape, with every member a feed can have:
 *
 * <pre>{@code
 * {
 *   "titles": {"fr": "Actualités", "ar": "أخبار"},
 *   "items": [
 *     {
 *       "id": "2016-07-30-1",
 *       "published": "2016-07-30",
 *       "texts": [
 *         {
 *           "language": "fr",
 *           "title": "Le Maroc et la France",
 *           "summary": ["Premier paragraphe.", "Second paragraphe."],
 *           "dateline": "Rabat, 16-19 mai 2016",
 *           "link": "https://example.org/fr/1",
 *           "tags": ["diplomatie"]
 *         },
 *         {"language": "ar-MA", "title": "المغرب وفرنسا", "summary": ["فقرة."]}
 *       ]
 *     },
 *     {
 *       "id": "2016-07-29-1",
 *       "published": "2016-07-29T09:30:00.5+02:00",
 *       "texts": [{"language": "en", "title": "A moment"}]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code titles}: the feed's title per language (BCP 47 tag), in the feed's order; left out
 *       when there is none.
 *   <li>{@code items}: required, newest first as in the feed.
 *   <li>{@code id}, {@code published}, {@code texts}: required. {@code published} is an ISO 8601
 *       calendar date ({@code 2016-07-30}) for a date without a time, else an RFC 3339 timestamp
 *       with its offset, seconds always written and the fraction only as long as needed.
 *   <li>{@code language} (a BCP 47 tag, written in canonical form) and {@code title}: required;
 *       the original language's text comes first.
 *   <li>{@code summary} (paragraphs), {@code dateline}, {@code link} (http or https only) and
 *       {@code tags}: left out when absent or empty, never written as {@code null}; {@code null}
 *       is read as absent.
 * </ul>
 *
 * <p>This package does not write syndication formats: JSON Feed, Atom and RSS live in {@code
 * dev.newsfeed.syndication}.
 */
package dev.newsfeed.json;
