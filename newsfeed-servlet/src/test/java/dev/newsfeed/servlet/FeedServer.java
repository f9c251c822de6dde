// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A feed server on a free loopback port (the JDK's {@code HttpServer}), whose answer for each path
 * the test sets, and which counts and records the requests it gets: what a CMS is to the servlet.
 */
// Tests only: the JDK server types it exposes need not be re-exported by the module under test.
@SuppressWarnings("exports")
public final class FeedServer implements AutoCloseable {

  /** How to answer a request. */
  @FunctionalInterface
  public interface Answer {
    /** Answers; the exchange is closed afterwards. */
    void answer(HttpExchange exchange) throws IOException, InterruptedException;
  }

  /** One request as the server saw it: its path and the headers the test looks at. */
  public record Seen(String path, String ifNoneMatch, String ifModifiedSince, String accept, String userAgent) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "feed-server");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  private FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server that answers 404 until told otherwise. */
  public static FeedServer start() throws IOException {
    return new FeedServer();
  }

  /** The URL of {@code path} on this server. */
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Sets the answer for {@code path}. */
  public void on(String path, Answer answer) {
    answers.put(path, Objects.requireNonNull(answer, "answer"));
  }

  /** How many requests {@code path} got. */
  public int count(String path) {
    AtomicInteger count = counts.get(path);
    return count == null ? 0 : count.get();
  }

  /** Every request, in order. */
  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** The last request for {@code path}. */
  public Seen last(String path) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      if (seen.get(i).path().equals(path)) {
        return seen.get(i);
      }
    }
    throw new AssertionError("no request for " + path + " among " + seen);
  }

  /**
   * A document with validators: 304 when the request's {@code If-None-Match} names the entity tag,
   * else 200 with the body.
   */
  public static Answer document(String contentType, byte[] body, String etag, String lastModified) {
    return exchange -> {
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.getResponseHeaders().set("Last-Modified", lastModified);
      if (etag.equals(ifNoneMatch)) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    };
  }

  /** A status with a short plain-text body. */
  public static Answer status(int code) {
    return exchange -> {
      byte[] body = ("status " + code + "\n").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(code, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    };
  }

  /** A redirect to {@code location}. */
  public static Answer redirect(int code, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(code, -1);
    };
  }

  /** {@code answer} as a handler of another JDK server (such as an {@code HttpsServer}). */
  public static com.sun.net.httpserver.HttpHandler handler(Answer answer) {
    return exchange -> {
      try (exchange) {
        answer.answer(exchange);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  /** The test resource {@code name}'s bytes. */
  public static byte[] resource(String name) {
    try (InputStream in = FeedServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    var headers = exchange.getRequestHeaders();
    seen.add(new Seen(path, headers.getFirst("If-None-Match"), headers.getFirst("If-Modified-Since"),
        headers.getFirst("Accept"), headers.getFirst("User-Agent")));
    try (exchange) {
      Answer answer = answers.getOrDefault(path, status(404));
      answer.answer(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client went away (a timeout, a size cap): nothing to answer.
    }
  }
}
