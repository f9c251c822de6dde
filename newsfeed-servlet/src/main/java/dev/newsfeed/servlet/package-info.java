// SPDX-License-Identifier: Apache-2.0
/**
 * The news ticker for Jakarta Servlet containers: {@link dev.newsfeed.servlet.NewsfeedServlet}
 * (a thin HTTP adapter), its configuration {@link dev.newsfeed.servlet.TickerOptions} in three
 * groups (display, sources, HTTP) read from init parameters by {@link
 * dev.newsfeed.servlet.InitParameters}, the {@link dev.newsfeed.servlet.NewsProvider} integrators implement to supply news from memory or a
 * database, the HTML fragment renderer {@link dev.newsfeed.servlet.TickerRenderer} and the
 * language negotiation {@link dev.newsfeed.servlet.LanguageNegotiator}.
 *
 * <p>Rendering, negotiation and caching are plain classes usable and testable without a container.
 */
package dev.newsfeed.servlet;
