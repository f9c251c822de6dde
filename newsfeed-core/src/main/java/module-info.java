// SPDX-License-Identifier: Apache-2.0
/**
 * newsfeed-core: an immutable model of dated, multilingual news items, the readers that build it
 * (plain-text listings, JSON, syndication feeds), the formatters that present it (localized dates,
 * excerpts, escaping) and the feed writers.
 *
 * <p>Only the API packages are exported; {@code dev.newsfeed.internal} carries no compatibility
 * promise.
 */
module dev.newsfeed {
  requires transitive jakarta.json.bind;
  requires jakarta.json;
  requires org.apache.commons.text;
  requires org.jsoup;
  requires java.xml;

  exports dev.newsfeed;
  exports dev.newsfeed.syndication;
  exports dev.newsfeed.text;
  exports dev.newsfeed.listing;
  exports dev.newsfeed.source;
  exports dev.newsfeed.json;
}
