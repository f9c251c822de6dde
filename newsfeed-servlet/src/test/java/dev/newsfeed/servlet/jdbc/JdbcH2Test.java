// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.jdbc;

/** The JDBC provider on H2, embedded in the test JVM. */
class JdbcH2Test extends JdbcContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
