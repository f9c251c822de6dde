// SPDX-License-Identifier: Apache-2.0
/**
 * News read from a SQL database through JDBC: {@link dev.newsfeed.servlet.jdbc.JdbcNewsProvider},
 * a {@link dev.newsfeed.servlet.NewsProvider} over a {@code DataSource} (given, or looked up by
 * its JNDI name), and {@link dev.newsfeed.servlet.jdbc.NewsTable}, where the news is: the
 * documented table, an existing table with its own column names, or a query.
 */
package dev.newsfeed.servlet.jdbc;
