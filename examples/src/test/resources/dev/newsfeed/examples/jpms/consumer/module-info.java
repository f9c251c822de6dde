// SPDX-License-Identifier: Apache-2.0
/**
 * A modular application using newsfeed as its users do: it requires the servlet module, which
 * brings the core and the Servlet API by {@code requires transitive}. Nothing here names Yasson or
 * Parsson: the core requires them, and JSON-B and JSON-P find them as their providers.
 */
module dev.newsfeed.consumer {
  requires dev.newsfeed.servlet;
  // Only because Main asks JSON-B which provider it found: newsfeed's API needs no JSON-B type, so
  // the core does not pass jakarta.json.bind on by requires transitive.
  requires jakarta.json.bind;
}
