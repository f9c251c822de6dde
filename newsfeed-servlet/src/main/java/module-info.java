// SPDX-License-Identifier: Apache-2.0
/**
 * newsfeed-servlet: a Jakarta Servlet 6 adapter that serves the accessible news ticker fragment,
 * its stylesheet and script, the feeds and a status document, with language negotiation, HTTP
 * caching and live reload of file sources.
 *
 * <p>Only {@code dev.newsfeed.servlet} is exported; {@code dev.newsfeed.servlet.internal} carries no
 * compatibility promise.
 */
module dev.newsfeed.servlet {
  requires transitive dev.newsfeed;
  requires transitive jakarta.servlet;
  requires jakarta.json;
  requires java.net.http;

  exports dev.newsfeed.servlet;
}
