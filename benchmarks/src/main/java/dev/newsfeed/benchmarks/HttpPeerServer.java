// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import dev.newsfeed.examples.demo.DemoServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;

/**
 * The HTTP benchmark's server ({@code benchmarks/http.sh}): the demo site, and beside it on the
 * same Jetty, behind the same filters, a peer servlet at {@code /peer/ticker} that writes the
 * bytes of {@code /news/ticker?lang=fr} precomputed with their content type and nothing else: the
 * least a servlet can do to serve that fragment.
 *
 * <p>{@code java -cp benchmarks.jar dev.newsfeed.benchmarks.HttpPeerServer PORT}
 */
public final class HttpPeerServer {
  private HttpPeerServer() {}

  /** The peer: the same body, precomputed, written as it is. */
  static final class PrecomputedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private transient volatile byte[] body = new byte[0];
    private transient volatile String contentType = "text/plain";

    void serve(byte[] bytes, String type) {
      this.body = bytes;
      this.contentType = type;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      byte[] bytes = body;
      response.setContentType(contentType);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }

  /**
   * Starts the server and prints its base URL.
   *
   * @param args the port
   * @throws Exception if it cannot start
   */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
    Server server = DemoServer.newServer(port, List.of());
    PrecomputedServlet peer = new PrecomputedServlet();
    ((ServletContextHandler) server.getHandler()).addServlet(new ServletHolder("peer", peer), "/peer/*");
    server.start();
    URI base = DemoServer.baseUri(server);
    HttpResponse<byte[]> ticker = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(base.resolve("news/ticker?lang=fr")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (ticker.statusCode() != 200) {
      throw new IllegalStateException("/news/ticker answered " + ticker.statusCode());
    }
    peer.serve(ticker.body(), ticker.headers().firstValue("Content-Type").orElseThrow());
    System.out.println("serving " + base + " (/news/ticker?lang=fr and /peer/ticker, "
        + ticker.body().length + " bytes)");
    server.join();
  }
}
