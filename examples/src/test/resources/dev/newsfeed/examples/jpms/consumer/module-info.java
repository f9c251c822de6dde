// SPDX-License-Identifier: Apache-2.0
/**
 * A modular application using newsfeed as its users do: it requires the servlet module, which
 * brings the core and the Servlet API by {@code requires transitive}. Nothing names Yasson or
 * Parsson: they are found as the JSON-B and JSON-P providers through service binding.
 */
module dev.newsfeed.consumer {
  requires dev.newsfeed.servlet;
}
