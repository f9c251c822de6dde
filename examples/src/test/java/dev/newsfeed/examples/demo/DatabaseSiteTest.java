// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The database host site: its ticker is the news_items table, and follows it. */
class DatabaseSiteTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final JdbcDataSource dataSource = new JdbcDataSource();
  private Server server;
  private URI base;

  @BeforeEach
  void database() {
    dataSource.setURL("jdbc:h2:mem:site_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.createStatement().execute("SHUTDOWN");
    }
  }

  private String get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
  }

  @Test
  void theHostPageEmbedsTheTickerOfTheTableAndARowAddedShowsUp() throws Exception {
    assertThat(DatabaseSite.prepare(dataSource)).as("rows of the samples").isEqualTo(30);
    assertThat(DatabaseSite.prepare(dataSource)).as("a second time, nothing").isZero();
    server = DatabaseSite.newServer(0, dataSource);
    server.start();
    base = DemoServer.baseUri(server);
    String firstFrench = Samples.titles(Samples.feed(), java.util.Locale.FRENCH).get(0);
    assertThat(get("/?lang=fr")).contains(firstFrench);
    assertThat(get("/news/ticker?lang=ar")).contains(Samples.titles(Samples.feed(), Samples.ARABIC).get(0));
    assertThat(get("/news/status")).contains("\"items\": 10").contains("\"kind\": \"provider\"")
        .contains("\"source\": \"news_items\"");

    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO news_items"
            + " (item_id, language, published, title, is_original, updated_at) VALUES (?, ?, ?, ?, TRUE, ?)")) {
      insert.setString(1, "from-the-cms");
      insert.setString(2, "fr");
      insert.setObject(3, LocalDate.of(2016, 8, 1));
      insert.setString(4, "Ajouté à la table pendant que le site tourne");
      insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
      insert.executeUpdate();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!get("/?lang=fr").contains("Ajouté à la table pendant que le site tourne")) {
      assertThat(System.nanoTime()).as("the new row in the page").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  @Test
  void theSchemaIsTheOneReadmeDocumentsAndTheServletIsTestedOn() throws Exception {
    String schema = new String(DatabaseSite.class.getClassLoader().getResourceAsStream(DatabaseSite.SCHEMA)
        .readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(Files.readString(RepositoryFiles.root().resolve("README.md"))).contains(schema);
    assertThat(Files.readString(RepositoryFiles.root()
        .resolve("newsfeed-servlet/src/test/resources/jdbc/news_items.sql")).strip() + ";").isEqualTo(schema);
  }
}
