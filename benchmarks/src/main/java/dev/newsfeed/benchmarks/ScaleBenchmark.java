// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import dev.newsfeed.ParseResult;
import dev.newsfeed.json.NewsJson;
import dev.newsfeed.servlet.HttpOptions;
import dev.newsfeed.servlet.NewsfeedServlet;
import dev.newsfeed.servlet.SourceSettings;
import dev.newsfeed.servlet.TickerOptions;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceOptions;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The memory and scale benchmark ({@code benchmarks/scale.sh}): 100,000 {@link Corpus} items as a
 * listing (French) and as newsfeed JSON (French and Arabic).
 *
 * <ol>
 *   <li>Retained heap ÷ source bytes: the heap in use after a full GC with the loaded news held,
 *       less the heap before, for {@link NewsSources} on each file and for Jackson binding the
 *       JSON to {@link PlainFeed}.
 *   <li>First load (the first of its kind in this JVM) and reload (the median of five more).
 *   <li>Requests while reloading: the servlet serves the listing with a 1 s reload interval beside
 *       an unrelated servlet in the same Jetty; four clients request both in a closed loop, first
 *       with the file unchanged, then while it is rewritten every 2 s (so that it is reparsed every
 *       2 s). Latency percentiles per phase, and the GC pauses of each phase.
 * </ol>
 *
 * <p>{@code java -Xms4g -Xmx4g -cp benchmarks.jar dev.newsfeed.benchmarks.ScaleBenchmark [ITEMS]
 * [PHASE_SECONDS]}
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  private static final SourceOptions READING = SourceOptions.defaults().withMaxBytes(SourceOptions.LARGEST_MAX_BYTES);

  /** A way to load the news from a file. */
  @FunctionalInterface
  private interface Loader {
    Object load(Path file) throws IOException;
  }

  /** The GC pauses seen since the last {@link #drain()}. */
  private static final List<Long> PAUSES = new CopyOnWriteArrayList<>();

  /**
   * Runs the benchmark and prints its tables.
   *
   * @param args the number of items (100000) and the seconds of each request phase (20)
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int phaseSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    watchGcPauses();
    Path dir = Files.createTempDirectory("newsfeed-scale");
    Path listing = dir.resolve("news.fr.txt");
    Path json = dir.resolve("news.json");
    Files.write(listing, Corpus.listing(n));
    try (NewsJson newsJson = NewsJson.create()) {
      Files.writeString(json, newsJson.toJson(Corpus.feed(n)), StandardCharsets.UTF_8);
    }
    ObjectMapper jackson = new ObjectMapper();
    System.out.printf(Locale.ROOT, "%,d items: listing %,d bytes, JSON %,d bytes%n%n", n, Files.size(listing), Files.size(json));

    System.out.println("| source | retained heap | ÷ source bytes | first load | reload (median of 5, min) |");
    System.out.println("|---|---:|---:|---:|---:|");
    measure("listing, `NewsSources`", listing, file -> checked(NewsSources.read(file, READING), n));
    measure("JSON, `NewsSources` (`NewsJson`)", json, file -> checked(NewsSources.read(file, READING), n));
    measure("JSON, Jackson record binding", json, file -> jackson.readValue(Files.readAllBytes(file), PlainFeed.class));

    System.out.println();
    requestsWhileReloading(dir, listing, phaseSeconds);
  }

  private static ParseResult checked(ParseResult result, int n) {
    if (result.feed().size() != n) {
      throw new IllegalStateException("expected " + n + " items, read " + result.feed().size());
    }
    return result;
  }

  private static void measure(String what, Path file, Loader loader) throws Exception {
    long before = usedAfterGc();
    long start = System.nanoTime();
    Object kept = loader.load(file);
    long first = System.nanoTime() - start;
    long retained = usedAfterGc() - before;
    Reference.reachabilityFence(kept);
    kept = null;
    List<Long> reloads = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      usedAfterGc();
      start = System.nanoTime();
      Object again = loader.load(file);
      reloads.add(System.nanoTime() - start);
      Reference.reachabilityFence(again);
    }
    Collections.sort(reloads);
    System.out.printf(Locale.ROOT, "| %s | %,.1f MB | %.2f | %.2f s | %.2f s (min %.2f s) |%n",
        what, retained / 1e6, (double) retained / Files.size(file), first / 1e9,
        reloads.get(2) / 1e9, reloads.get(0) / 1e9);
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** A servlet that has nothing to do with the news, sharing the JVM. */
  static final class UnrelatedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] BODY = "ok\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setContentType("text/plain");
      response.setContentLength(BODY.length);
      response.getOutputStream().write(BODY);
    }
  }

  private static void requestsWhileReloading(Path dir, Path listing, int phaseSeconds) throws Exception {
    byte[] original = Files.readAllBytes(listing);
    String text = new String(original, StandardCharsets.UTF_8);
    int firstTitle = text.indexOf("\n\n") + 2;
    // Two versions that differ in their first title: each rewrite is a real change.
    byte[][] versions = {
      (text.substring(0, firstTitle) + "Édition A : " + text.substring(firstTitle)).getBytes(StandardCharsets.UTF_8),
      (text.substring(0, firstTitle) + "Édition B : " + text.substring(firstTitle)).getBytes(StandardCharsets.UTF_8)
    };
    TickerOptions options = TickerOptions.defaults()
        .withSources(SourceSettings.of(List.of(listing.toString()))
            .withReloadInterval(Duration.ofSeconds(1))
            .withReading(READING))
        .withHttp(HttpOptions.defaults().withDefaultLanguage(Locale.FRENCH));
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    ServletHolder news = new ServletHolder("news", new NewsfeedServlet(options));
    news.setInitOrder(1);
    context.addServlet(news, "/news/*");
    context.addServlet(new ServletHolder("other", new UnrelatedServlet()), "/other");
    server.setHandler(context);
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<URI> routes = List.of(base.resolve("news/ticker?lang=fr"), base.resolve("other"));
      // Warm-up: the first render and the JIT.
      phase(client, routes, 5, null, dir, versions);
      System.out.println("| phase | route | requests | p50 | p99 | max | GC pauses ≥ 50 ms | longest GC pause |");
      System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
      report("idle", phase(client, routes, phaseSeconds, null, dir, versions), routes);
      report("reparsed every 2 s", phase(client, routes, phaseSeconds, listing, dir, versions), routes);
    } finally {
      server.stop();
    }
  }

  /** Latencies in nanoseconds, per route, and the GC pauses of the phase. */
  private record Phase(List<List<Long>> latencies, List<Long> pauses) {}

  private static Phase phase(HttpClient client, List<URI> routes, int seconds, Path rewritten, Path dir,
      byte[][] versions) throws Exception {
    drain();
    List<List<Long>> latencies = new ArrayList<>();
    for (int r = 0; r < routes.size(); r++) {
      latencies.add(Collections.synchronizedList(new ArrayList<>()));
    }
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      int offset = c;
      clients.add(pool.submit(() -> {
        for (int i = offset; !done.get(); i++) {
          int route = i % routes.size();
          long start = System.nanoTime();
          HttpResponse<byte[]> response = client.send(
              HttpRequest.newBuilder(routes.get(route)).build(), HttpResponse.BodyHandlers.ofByteArray());
          long took = System.nanoTime() - start;
          if (response.statusCode() != 200) {
            throw new IllegalStateException(routes.get(route) + " answered " + response.statusCode());
          }
          latencies.get(route).add(took);
        }
        return null;
      }));
    }
    if (rewritten != null) {
      clients.add(pool.submit(() -> {
        for (int i = 0; !done.get(); i++) {
          // Written beside it and renamed over it, as careful tools do.
          Path next = dir.resolve("next.tmp");
          Files.write(next, versions[i % 2]);
          Files.move(next, rewritten, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          Thread.sleep(2000);
        }
        return null;
      }));
    }
    Thread.sleep(seconds * 1000L);
    done.set(true);
    for (java.util.concurrent.Future<?> future : clients) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    return new Phase(latencies, drain());
  }

  private static void report(String phase, Phase result, List<URI> routes) {
    List<Long> pauses = result.pauses();
    long longPauses = pauses.stream().filter(ms -> ms >= 50).count();
    long longest = pauses.stream().mapToLong(Long::longValue).max().orElse(0);
    for (int r = 0; r < routes.size(); r++) {
      List<Long> sorted = new ArrayList<>(result.latencies().get(r));
      Collections.sort(sorted);
      System.out.printf(Locale.ROOT, "| %s | `%s` | %,d | %.2f ms | %.2f ms | %.1f ms | %d | %d ms |%n",
          phase, routes.get(r).getPath(), sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99),
          sorted.get(sorted.size() - 1) / 1e6, longPauses, longest);
    }
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }

  private static void watchGcPauses() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          // G1's concurrent cycle is not a pause; its remark and cleanup pauses are reported apart.
          if (!info.getGcName().contains("Concurrent") && !info.getGcCause().equals("System.gc()")) {
            PAUSES.add(info.getGcInfo().getDuration());
          }
        }
      }, null, null);
    }
  }

  private static List<Long> drain() {
    List<Long> seen = new ArrayList<>(PAUSES);
    PAUSES.clear();
    return seen;
  }
}
