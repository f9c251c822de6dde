// SPDX-License-Identifier: Apache-2.0
/**
 * Syndication feeds: writing a {@link dev.newsfeed.NewsFeed} as JSON Feed 1.1, Atom 1.0 or RSS 2.0
 * ({@link dev.newsfeed.syndication.FeedWriter}), and reading Atom, RSS (2.0, 0.91, 0.92, RDF 1.0)
 * and JSON Feed (1.0, 1.1) back into the model ({@link dev.newsfeed.syndication.FeedReader}).
 *
 * <h2>Writing</h2>
 *
 * <p>A feed is written in one language, the first of {@link
 * dev.newsfeed.syndication.FeedOptions#language()}: each item contributes the text that language
 * chain selects, marked with its own language where it fell back to another. The three writers
 * share one view of the feed, so they agree on the items, their texts, their ids and their
 * timestamps:
 *
 * <ul>
 *   <li><b>Ids</b> are {@code tag:} URIs (RFC 4151), {@code tag:AUTHORITY,DATE:ITEM-ID}, built from
 *       the item's id and date and the options' authority (by default the self link's host; set it
 *       to the site's own with {@link dev.newsfeed.syndication.FeedOptions#withIdAuthority} where
 *       the self link may follow a request), so they are the same on every run and machine, and an
 *       id never moves to another story when items are deleted or reordered.
 *   <li><b>Text</b> fields carry the story as published, dateline included: Atom {@code content}
 *       (always written, so that an entry without a link is valid), RSS {@code description}, JSON
 *       Feed {@code content_text}; Atom and JSON Feed {@code summary} hold a shorter excerpt, only
 *       where there is one.
 *   <li><b>Timestamps</b>: a date without a time becomes a timestamp through the options' {@link
 *       dev.newsfeed.TimestampPolicy} (default: start of the day, UTC). The feed's own date ({@code
 *       updated}, {@code lastBuildDate}) is the newest item's timestamp, never the current time,
 *       so the same feed gives the same bytes.
 *   <li><b>Text</b>: UTF-8, characters XML 1.0 forbids removed, line ends as LF. Markup is escaped
 *       by {@code XMLStreamWriter} and the JSON-P generator; RSS descriptions, which readers treat
 *       as HTML, hold the paragraphs as escaped HTML ({@code <p>}, {@code <br>}).
 * </ul>
 *
 * <h2>The newsfeed extension</h2>
 *
 * <p>What the formats cannot say is written in an extension that the reader understands and other
 * readers ignore: in Atom and RSS, elements of the namespace {@value
 * dev.newsfeed.syndication.FeedWriter#EXTENSION_NAMESPACE} (prefix {@code nf}) inside each entry or item; in
 * JSON Feed, an {@code _newsfeed} object in each item (JSON Feed 1.1 "Extensions"):
 *
 * <table class="striped">
 *   <caption>Extension fields</caption>
 *   <thead><tr><th>Atom / RSS</th><th>JSON Feed</th><th>meaning</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code <nf:id>}</td><td>{@code "id"}</td><td>the newsfeed item id the {@code tag:}
 *         id was derived from</td></tr>
 *     <tr><td>{@code <nf:date>}</td><td>{@code "date"}</td><td>present when the item has a date
 *         but no time ({@code 2016-07-30}); the timestamp beside it came from the policy</td></tr>
 *     <tr><td>{@code <nf:dateline>}</td><td>{@code "dateline"}</td><td>the place/date prefix of
 *         the summary ({@code Rabat, 16-19 mai 2016}), which the summary itself leaves
 *         out</td></tr>
 *     <tr><td>{@code <atom:link rel="alternate" hreflang>} (RSS)</td><td>{@code "translations"}:
 *         [{@code {"language", "url"}}]</td><td>the links of the item's other languages (Atom uses
 *         its own {@code link} elements)</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>What this package does not do</h2>
 *
 * <p>It does not fetch feeds over the network, resolve DTDs or external entities (a document with a
 * {@code DOCTYPE} other than RSS 0.91's standard one is refused), keep HTML markup (it becomes
 * plain-text paragraphs), or keep enclosures, authors and media elements (those dropped are named
 * in a warning).
 */
package dev.newsfeed.syndication;
