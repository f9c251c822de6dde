// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.HttpOptions;
import dev.newsfeed.servlet.NewsfeedServlet;
import dev.newsfeed.servlet.SourceSettings;
import dev.newsfeed.servlet.TickerOptions;
import dev.newsfeed.servlet.jdbc.JdbcNewsProvider;
import dev.newsfeed.servlet.jdbc.NewsTable;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.eclipse.jetty.server.Server;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A host site whose ticker comes from a database table: the demo page, with the newsfeed servlet
 * reading the documented {@code news_items} table through a {@link JdbcNewsProvider}. A row added
 * or changed shows within a second (the servlet checks {@code COUNT(*), MAX(updated_at)} every
 * half second).
 *
 * <pre>{@code
 * java -cp examples/target/newsfeed-examples.jar dev.newsfeed.examples.demo.DatabaseSite [--port N] [--database PATH]
 * }</pre>
 *
 * <p>runs it on an H2 database in a file ({@code ./newsfeed-news.mv.db} by default), created with
 * the table and the bundled sample news the first time. H2's {@code AUTO_SERVER} mode lets another
 * process change the table while the site runs, such as H2's shell, which the jar includes:
 *
 * <pre>{@code
 * java -cp examples/target/newsfeed-examples.jar org.h2.tools.Shell -url "jdbc:h2:file:./newsfeed-news;AUTO_SERVER=TRUE" \
 *   -sql "INSERT INTO news_items (item_id, language, published, title, is_original) VALUES ('new', 'en', CURRENT_DATE, 'Added to the table', TRUE)"
 * }</pre>
 *
 * <p>With any other database, give {@link #newServer} the application's {@link DataSource}.
 */
public final class DatabaseSite {
  private DatabaseSite() {}

  /** The documented table's DDL, as README.md gives it. */
  public static final String SCHEMA = "dev/newsfeed/examples/demo/news_items.sql";

  /** How often the table is checked for changes. */
  public static final Duration RELOAD_INTERVAL = Duration.ofMillis(500);

  /**
   * The site, not yet started, reading {@code news_items} through {@code dataSource}.
   *
   * @param port the port; 0 for any free port (see {@link DemoServer#baseUri})
   * @param dataSource where the table is
   * @return the server
   */
  public static Server newServer(int port, DataSource dataSource) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    TickerOptions options = TickerOptions.defaults()
        .withSources(SourceSettings.defaults().withReloadInterval(RELOAD_INTERVAL))
        .withHttp(HttpOptions.defaults().withDefaultLanguage(DemoServer.DEFAULT_LANGUAGE)
            .withCacheMaxAge(Duration.ZERO));
    JdbcNewsProvider news = JdbcNewsProvider.of(Objects.requireNonNull(dataSource, "dataSource"), NewsTable.defaults());
    return DemoServer.site(port, new NewsfeedServlet(news, options));
  }

  /**
   * Creates the documented table if it is not there, and fills it with the bundled samples if it
   * is empty.
   *
   * @param dataSource where the table goes
   * @return how many rows were added
   * @throws SQLException if the database refuses
   */
  public static int prepare(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean exists;
      try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        exists = false;
        while (tables.next()) {
          exists |= tables.getString("TABLE_NAME").equalsIgnoreCase(NewsTable.DEFAULT_TABLE);
        }
      }
      if (!exists) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(schema());
        }
      }
      try (Statement statement = connection.createStatement();
          ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM news_items")) {
        count.next();
        if (count.getLong(1) > 0) {
          return 0;
        }
      }
      return insert(connection, samples());
    }
  }

  /**
   * Runs the site until Ctrl-C on an H2 database in a file.
   *
   * @param args {@code [--port N] [--database PATH]}
   * @throws Exception if the site cannot start
   */
  public static void main(String[] args) throws Exception {
    int port = ServeCommand.DEFAULT_PORT;
    Path database = Path.of("newsfeed-news");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--database" -> database = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("usage: DatabaseSite [--port N] [--database PATH]");
      }
    }
    JdbcDataSource dataSource = new JdbcDataSource();
    String url = "jdbc:h2:file:" + database.toAbsolutePath() + ";AUTO_SERVER=TRUE";
    dataSource.setURL(url);
    prepare(dataSource);
    Server server = newServer(port, dataSource);
    server.setStopAtShutdown(true);
    server.start();
    System.out.println("newsfeed database site: open " + DemoServer.baseUri(server) + " (Ctrl-C to stop)");
    System.out.println("its news: the news_items table of " + url);
    server.join();
  }

  /** The bundled samples, French first, merged into trilingual items. */
  private static NewsFeed samples() {
    List<String> names = new ArrayList<>();
    List<ParseResult> parts = new ArrayList<>();
    for (String location : DemoServer.BUNDLED_SAMPLES) {
      String resource = location.substring("classpath:".length());
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      names.add(name);
      parts.add(NewsSources.read(name, bytes(resource), SourceOptions.defaults()));
    }
    return NewsSources.merge(names, parts).feed();
  }

  private static int insert(Connection connection, NewsFeed feed) throws SQLException {
    int rows = 0;
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO news_items (item_id, language, published, title, summary, dateline, link,"
            + " is_original, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (NewsItem item : feed.items()) {
        for (ItemText text : item.texts()) {
          insert.setString(1, item.id());
          insert.setString(2, text.languageTag());
          insert.setObject(3, item.published().date());
          insert.setString(4, text.title());
          insert.setString(5, text.summary().isEmpty() ? null : String.join("\n\n", text.summary()));
          insert.setString(6, text.dateline().orElse(null));
          insert.setString(7, text.link().map(Object::toString).orElse(null));
          insert.setBoolean(8, text.equals(item.original()));
          insert.setObject(9, OffsetDateTime.now(ZoneOffset.UTC));
          rows += insert.executeUpdate();
        }
      }
    }
    return rows;
  }

  private static String schema() {
    String ddl = new String(bytes(SCHEMA), StandardCharsets.UTF_8).strip();
    return ddl.endsWith(";") ? ddl.substring(0, ddl.length() - 1) : ddl;
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = DatabaseSite.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
