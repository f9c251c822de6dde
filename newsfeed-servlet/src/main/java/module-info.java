// SPDX-License-Identifier: Apache-2.0
/**
 * newsfeed-servlet: a Jakarta Servlet 6 adapter that serves the accessible news ticker fragment,
 * its stylesheet and script, the feeds and a status document, with language negotiation, HTTP
 * caching and live reload of its sources (files, URLs, a database).
 *
 * <p>Only {@code dev.newsfeed.servlet} and {@code dev.newsfeed.servlet.jdbc} are exported; {@code
 * dev.newsfeed.servlet.internal} and its subpackages carry no compatibility promise.
 */
module dev.newsfeed.servlet {
  requires transitive dev.newsfeed;
  requires transitive jakarta.servlet;
  requires jakarta.json;
  requires java.naming;
  requires java.net.http;
  requires transitive java.sql; // JdbcNewsProvider.of takes a javax.sql.DataSource

  exports dev.newsfeed.servlet;
  exports dev.newsfeed.servlet.jdbc;
}
