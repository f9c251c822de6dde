// SPDX-License-Identifier: Apache-2.0
/**
 * The demo host site: {@link dev.newsfeed.examples.demo.DemoServer} (an embedded Jetty serving
 * the newsfeed servlet and a host page that embeds the ticker twice) and the {@code serve} command
 * ({@link dev.newsfeed.examples.demo.ServeCommand}).
 */
package dev.newsfeed.examples.demo;
