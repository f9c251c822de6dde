// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import jakarta.servlet.Servlet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** An embedded servlet container on a free loopback port, serving servlet instances by mapping. */
interface EmbeddedContainer {

  /**
   * A servlet and its init parameters.
   *
   * @param servlet the servlet instance
   * @param init its init parameters
   */
  record Mount(Servlet servlet, Map<String, String> init) {
    static Mount of(Servlet servlet) {
      return new Mount(servlet, Map.of());
    }
  }

  /** The base URI, such as {@code http://127.0.0.1:41234}. */
  URI base();

  /** Stops the container. */
  void stop() throws Exception;

  /** Jetty 12, ee10 (Servlet 6.0), in the root context. */
  static EmbeddedContainer jetty(Map<String, Mount> servlets) throws Exception {
    return jetty("", servlets);
  }

  /** Jetty 12, ee10 (Servlet 6.0), in the context at {@code contextPath} ({@code /app}, or empty). */
  static EmbeddedContainer jetty(String contextPath, Map<String, Mount> servlets) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath(contextPath.isEmpty() ? "/" : contextPath);
    servlets.forEach((mapping, mount) -> {
      ServletHolder holder = new ServletHolder(mapping, mount.servlet());
      holder.setInitParameters(mount.init());
      holder.setInitOrder(1);
      context.addServlet(holder, mapping);
    });
    server.setHandler(context);
    server.start();
    URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    return new EmbeddedContainer() {
      @Override
      public URI base() {
        return base;
      }

      @Override
      public void stop() throws Exception {
        server.stop();
      }
    };
  }

  /** Tomcat 11 (Servlet 6.1, running Servlet 6.0 code unchanged), in the root context. */
  static EmbeddedContainer tomcat(Map<String, Mount> servlets, Path workDir) throws Exception {
    return tomcat("", servlets, workDir);
  }

  /** Tomcat 11, in the context at {@code contextPath} ({@code /app}, or empty). */
  static EmbeddedContainer tomcat(String contextPath, Map<String, Mount> servlets, Path workDir)
      throws Exception {
    return tomcat(contextPath, servlets, workDir, (tomcat, context) -> {});
  }

  /** Tomcat 11, with {@code configure} run on the server and context before they start. */
  static EmbeddedContainer tomcat(String contextPath, Map<String, Mount> servlets, Path workDir,
      java.util.function.BiConsumer<Tomcat, Context> configure) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(workDir.toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    // As a production host would: no stack traces or server version on the container's own error
    // pages (requests the container rejects before any servlet runs).
    ErrorReportValve errors = new ErrorReportValve();
    errors.setShowReport(false);
    errors.setShowServerInfo(false);
    tomcat.getHost().getPipeline().addValve(errors);
    Path docBase = Files.createDirectories(workDir.resolve("root"));
    Context context = tomcat.addContext(contextPath, docBase.toString());
    servlets.forEach((mapping, mount) -> {
      Wrapper wrapper = Tomcat.addServlet(context, mapping, mount.servlet());
      mount.init().forEach(wrapper::addInitParameter);
      wrapper.setLoadOnStartup(1);
      context.addServletMapping(mapping, mapping);
    });
    configure.accept(tomcat, context);
    tomcat.start();
    URI base = URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort());
    return new EmbeddedContainer() {
      @Override
      public URI base() {
        return base;
      }

      @Override
      public void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
      }
    };
  }
}
