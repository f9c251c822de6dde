// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Startup: a wrong configuration fails {@code init} with one message naming the parameter; sources
 * that cannot be read do not (they are reported on {@code /status}, see {@link ContainerContract}).
 */
class NewsfeedServletTest {

  @TempDir Path dir;

  /** A servlet config with these init parameters, in a context that maps no real paths. */
  static ServletConfig config(Map<String, String> parameters) {
    ServletContext context = (ServletContext) Proxy.newProxyInstance(
        NewsfeedServletTest.class.getClassLoader(),
        new Class<?>[] {ServletContext.class},
        (proxy, method, args) -> method.getName().equals("getContextPath") ? "" : null);
    return new ServletConfig() {
      @Override
      public String getServletName() {
        return "news";
      }

      @Override
      public ServletContext getServletContext() {
        return context;
      }

      @Override
      public String getInitParameter(String name) {
        return parameters.get(name);
      }

      @Override
      public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(parameters.keySet());
      }
    };
  }

  private static void assertInitFails(NewsfeedServlet servlet, Map<String, String> parameters, String message) {
    assertThatThrownBy(() -> servlet.init(config(parameters)))
        .isInstanceOf(ServletException.class)
        .hasMessage(message);
  }

  @Test
  void aWrongValueFailsInitWithOneMessageNamingTheParameter() {
    assertInitFails(new NewsfeedServlet(), Map.of("sources", "x.txt", "max-items", "ten"),
        "newsfeed servlet news: init parameter max-items: expected a positive integer such as 20, found [ten]");
  }

  @Test
  void anUnknownParameterFailsInit() {
    assertThatThrownBy(() -> new NewsfeedServlet().init(config(Map.of("max_items", "5"))))
        .isInstanceOf(ServletException.class)
        .hasMessageStartingWith("newsfeed servlet news: unknown init parameter [max_items]; expected one of [");
  }

  @Test
  void noSourcesFailInit() {
    assertInitFails(new NewsfeedServlet(), Map.of(),
        "newsfeed servlet news: init parameter sources: expected at least one file, directory, URL,"
            + " classpath: resource or jndi: data source, found none");
  }

  @Test
  void aMissingClassPathResourceFailsInit() {
    assertInitFails(new NewsfeedServlet(), Map.of("sources", "classpath:news/none.fr.txt"),
        "newsfeed servlet news: init parameter sources: no such class-path resource: [classpath:news/none.fr.txt]");
  }

  @Test
  void aSourceURLThatIsNotOneFailsInit() {
    assertInitFails(new NewsfeedServlet(), Map.of("sources", "https://cms.example/feed/ with spaces"),
        "newsfeed servlet news: init parameter sources: not a valid URL (Illegal character in path):"
            + " [https://cms.example/feed/ with spaces]");
  }

  /** Sources that cannot be read are not configuration errors: they are reported on /status. */
  @Test
  void sourcesThatCannotBeReadAtStartupDoNotStopTheServlet() throws Exception {
    Listings.save(dir.resolve("news.fr.txt"), Listings.BROKEN);
    NewsProvider broken = () -> {
      throw new NewsParseException(Diagnostic.error("news.fr.txt", 3, 1, "expected a date such as 07/30/2016, found [demain]"));
    };
    NewsProvider down = () -> {
      throw new IOException("connection refused");
    };
    for (NewsfeedServlet servlet : java.util.List.of(new NewsfeedServlet(broken, TickerOptions.defaults()),
        new NewsfeedServlet(down, TickerOptions.defaults()))) {
      servlet.init(config(Map.of()));
      servlet.destroy();
    }
    for (String sources : java.util.List.of(dir.toString(), dir.resolve("news.en.txt").toString())) {
      NewsfeedServlet servlet = new NewsfeedServlet();
      servlet.init(config(Map.of("sources", sources, "reload-interval", "50ms")));
      servlet.destroy();
    }
  }

  @Test
  void theProgrammaticConstructorsIgnoreInitParameters() throws ServletException {
    NewsfeedServlet servlet =
        new NewsfeedServlet(NewsProvider.of(SampleNews.trilingual()), TickerOptions.defaults());
    servlet.init(config(Map.of("max-items", "not even read")));
    servlet.destroy();
    assertThat(servlet.getServletName()).isEqualTo("news");
  }
}
