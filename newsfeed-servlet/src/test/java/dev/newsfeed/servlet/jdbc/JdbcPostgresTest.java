// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.jdbc;

/**
 * The JDBC provider on PostgreSQL (Debian's package, started by {@code .ci/postgres}); fails,
 * naming the command that starts it, where the server is not running.
 */
class JdbcPostgresTest extends JdbcContract {
  @Override
  TestDatabase open() throws Exception {
    return TestDatabase.postgres();
  }
}
