// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database for one test class: H2 in memory, in this JVM, or a database of its own on the
 * PostgreSQL server that {@code .ci/postgres} runs.
 */
public abstract class TestDatabase implements AutoCloseable {

  TestDatabase() {}

  /** The data source. */
  public abstract DataSource dataSource();

  /** What the tests call it. */
  abstract String name();

  /** The JDBC URL, for a container's own data source over the same database. */
  public abstract String url();

  @Override
  public abstract void close() throws SQLException;

  /** Runs statements, one per call. */
  public void execute(String... sql) throws SQLException {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    }
  }

  /** Runs one statement with parameters. */
  public int update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** The documented table, created from the DDL kept in the test resources. */
  public void createNewsItems() throws SQLException {
    try (var in = TestDatabase.class.getClassLoader().getResourceAsStream("jdbc/news_items.sql")) {
      execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SQLException(e);
    }
  }

  public static TestDatabase h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    String name = "news_" + UUID.randomUUID().toString().replace("-", "");
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return new TestDatabase() {
      @Override
      public DataSource dataSource() {
        return dataSource;
      }

      @Override
      String name() {
        return "H2 " + org.h2.engine.Constants.VERSION;
      }

      @Override
      public String url() {
        return dataSource.getURL();
      }

      @Override
      public void close() throws SQLException {
        execute("SHUTDOWN");
      }
    };
  }

  /** The port of the test server, from NEWSFEED_PG_PORT or the file .ci/postgres writes. */
  static int postgresPort() throws IOException {
    String port = System.getenv("NEWSFEED_PG_PORT");
    Path file = Path.of(System.getenv().getOrDefault("NEWSFEED_PG_DIR", "/tmp/newsfeed-postgres"), "port");
    if ((port == null || port.isBlank()) && Files.isReadable(file)) {
      port = Files.readString(file).strip();
    }
    assertThat(port)
        .withFailMessage("PostgreSQL is not running for the JDBC tests: start a throwaway server with"
            + " `bash .ci/postgres start` (it installs Debian's postgresql, `sudo apt-get install -y"
            + " postgresql`, if missing); `bash .ci/run` does it too. It tells the tests its port through"
            + " NEWSFEED_PG_PORT or %s", file)
        .isNotBlank();
    return Integer.parseInt(port);
  }

  static TestDatabase postgres() throws IOException, SQLException {
    int port = postgresPort();
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setServerNames(new String[] {"127.0.0.1"});
    admin.setPortNumbers(new int[] {port});
    admin.setUser("postgres");
    admin.setDatabaseName("postgres");
    admin.setConnectTimeout(10);
    String name = "newsfeed_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {"127.0.0.1"});
    dataSource.setPortNumbers(new int[] {port});
    dataSource.setUser("postgres");
    dataSource.setDatabaseName(name);
    return new TestDatabase() {
      @Override
      public DataSource dataSource() {
        return dataSource;
      }

      @Override
      String name() {
        return "PostgreSQL";
      }

      @Override
      public String url() {
        return dataSource.getURL();
      }

      @Override
      public void close() throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
          statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
      }
    };
  }
}
