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
  // Not transitive: no exported signature names a JSON-B or JSON-P type (-Xlint:exports checks).
  requires jakarta.json.bind;
  requires jakarta.json;
  // The JSON-B and JSON-P implementations. No class of ours names them, and service binding finds
  // them on a module path; requiring them puts them in every module graph of dev.newsfeed, so that
  // `jlink --add-modules dev.newsfeed` links them too. Without them the first JSON call fails
  // with "JsonbException: JSON Binding provider org.eclipse.yasson.JsonBindingProvider not found".
  requires org.eclipse.yasson;
  requires org.eclipse.parsson;
  // CLDR's data for every locale but English: without it a runtime image silently writes French
  // and Arabic dates as "2016 Jul 30".
  requires jdk.localedata;
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
