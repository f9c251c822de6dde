// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.servlet.EmbeddedContainer.Mount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.tomcat.util.descriptor.web.ContextResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Sources beyond local files, on embedded Tomcat 11; and a {@code jndi:} source, the database
 * bound by the container as {@code web.xml}'s {@code <resource-ref>} and {@code context.xml}
 * would bind it.
 */
class SourcesOnTomcatTest extends SourcesContract {
  private Path workDir;

  @Override
  void more(Map<String, Mount> servlets) {
    servlets.put("/jndi/*", new Mount(new NewsfeedServlet(), Map.of(
        "sources", "jndi:java:comp/env/jdbc/news", "reload-interval", "50ms", "default-language", "fr")));
  }

  @Override
  EmbeddedContainer start(Map<String, Mount> servlets) throws Exception {
    workDir = Files.createTempDirectory("newsfeed-tomcat");
    return EmbeddedContainer.tomcat("", servlets, workDir, (tomcat, context) -> {
      tomcat.enableNaming();
      ContextResource resource = new ContextResource();
      resource.setName("jdbc/news");
      // H2's own JNDI object factory (it makes references of its own class only), so that no
      // connection pool is needed in the test; the servlet sees a javax.sql.DataSource.
      resource.setType("org.h2.jdbcx.JdbcDataSource");
      resource.setProperty("factory", "org.h2.jdbcx.JdbcDataSourceFactory");
      resource.setProperty("url", database.url());
      resource.setProperty("user", "");
      resource.setProperty("password", "");
      resource.setProperty("description", "news");
      resource.setProperty("loginTimeout", "0");
      context.getNamingResources().addResource(resource);
    });
  }

  @Test
  void aJndiDataSourceIsReadByItsName() throws Exception {
    assertThat(get("/jndi/ticker").body()).as(get("/jndi/status").body())
        .contains("L’OIM rejoint le système des Nations Unies");
    insert("jndi-row", "Une ligne ajoutée pendant que le serveur tourne", LocalDate.of(2016, 8, 1));
    await("/jndi/ticker", body -> body.contains("Une ligne ajoutée pendant que le serveur tourne"));
    assertThat(status("/jndi").getJsonArray("sources").getJsonObject(0).getString("source"))
        .isEqualTo("jndi:java:comp/env/jdbc/news");
  }

  @AfterAll
  void deleteWorkDir() throws Exception {
    if (workDir != null) {
      try (var paths = Files.walk(workDir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
