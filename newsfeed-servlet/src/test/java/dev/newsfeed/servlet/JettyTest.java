package dev.newsfeed.servlet;

import jakarta.servlet.Servlet;
import java.util.Map;

/** The container contract on embedded Jetty 12 (ee10). */
class JettyTest extends ContainerContract {
  @Override
  EmbeddedContainer start(Map<String, Servlet> servlets) throws Exception {
    return EmbeddedContainer.jetty(servlets);
  }
}
