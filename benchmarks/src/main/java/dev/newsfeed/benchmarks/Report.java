// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the peer table of BENCHMARKS.md from JMH's JSON results ({@code -rf json}), one column
 * group per run: {@code java -cp benchmarks.jar dev.newsfeed.benchmarks.Report run1.json run2.json}.
 *
 * <p>Every benchmark is named {@code <what><n>_<who>} ({@code rssRead1000_rome}); its score in
 * operations per second times n is the items per second shown.
 */
public final class Report {
  private Report() {}

  /** One row: our benchmark against a peer's, and the target ratio. */
  private record Row(String what, String ours, String peer, String target) {}

  private static final List<Row> ROWS = List.of(
      new Row("read RSS 2.0, n=1000 (ROME `SyndFeedInput`)", "rssRead1000_newsfeed", "rssRead1000_rome", "≥ 5×"),
      new Row("read Atom, n=1000 (ROME)", "atomRead1000_newsfeed", "atomRead1000_rome", "≥ 5×"),
      new Row("write Atom, n=20 (ROME incl. building its `SyndFeed`)", "atomWrite20_newsfeed", "atomWrite20_rome", "≥ 5×"),
      new Row("write Atom, n=1000 (ROME incl. building its `SyndFeed`)", "atomWrite1000_newsfeed", "atomWrite1000_rome", "≥ 5×"),
      new Row("write RSS, n=20 (ROME)", "rssWrite20_newsfeed", "rssWrite20_rome", "≥ 5×"),
      new Row("write RSS, n=1000 (ROME)", "rssWrite1000_newsfeed", "rssWrite1000_rome", "≥ 5×"),
      new Row("`NewsJson` read, n=1000 (Jackson record binding)", "jsonRead1000_newsfeed", "jsonRead1000_jackson", "≥ 1×"),
      new Row("`NewsJson` read, n=1000 (Yasson record binding)", "jsonRead1000_newsfeed", "jsonRead1000_yasson", ""),
      new Row("`NewsJson` write, n=1000 (Jackson)", "jsonWrite1000_newsfeed", "jsonWrite1000_jackson", "≥ 1×, stable"),
      new Row("`NewsJson` write, n=1000 (Yasson)", "jsonWrite1000_newsfeed", "jsonWrite1000_yasson", ""),
      new Row("listing parse, n=1000 (plain reader)", "listingParse1000_newsfeed", "listingParse1000_plain", "≥ 1×"),
      new Row("listing parse, n=100,000 (plain reader)", "listingParse100k_newsfeed", "listingParse100k_plain", "≥ 1×"),
      new Row("listing parse, 100,000 vs 1,000 items per second", "listingParse100k_newsfeed", "listingParse1000_newsfeed", "≥ 0.9"),
      new Row("ticker fragment, 20 items, cache miss (StringBuilder + `escapeHtml4`)", "tickerMiss20_newsfeed", "tickerMiss20_naive", "≥ 5×"),
      new Row("ticker fragment, 20 items, first of a new version (the same peer)", "tickerNewVersion20_newsfeed", "tickerMiss20_naive", ""));

  /**
   * Prints the table.
   *
   * @param args the JMH JSON result files, one per run
   * @throws IOException if one cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: Report RUN.json...");
      System.exit(2);
    }
    List<Map<String, Double>> runs = new ArrayList<>();
    for (String file : args) {
      runs.add(itemsPerSecond(Path.of(file)));
    }
    StringBuilder header = new StringBuilder("| what |");
    StringBuilder rule = new StringBuilder("|---|");
    for (int r = 1; r <= runs.size(); r++) {
      header.append(" run ").append(r).append(": newsfeed items/s | peer items/s | ratio |");
      rule.append("---:|---:|---:|");
    }
    System.out.println(header.append(" target |"));
    System.out.println(rule.append("---:|"));
    for (Row row : ROWS) {
      StringBuilder line = new StringBuilder("| ").append(row.what()).append(" |");
      for (Map<String, Double> run : runs) {
        Double ours = run.get(row.ours());
        Double peer = run.get(row.peer());
        line.append(' ').append(count(ours)).append(" | ").append(count(peer)).append(" | ")
            .append(ours == null || peer == null ? "–" : String.format(Locale.ROOT, "%.2f", ours / peer))
            .append(" |");
      }
      System.out.println(line.append(' ').append(row.target()).append(" |"));
    }
  }

  private static String count(Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%,.0f", value);
  }

  /** Items per second by benchmark method name. */
  private static Map<String, Double> itemsPerSecond(Path file) throws IOException {
    Map<String, Double> scores = new HashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader json = Json.createReader(in)) {
      JsonArray results = json.readArray();
      for (JsonObject result : results.getValuesAs(JsonObject.class)) {
        String benchmark = result.getString("benchmark");
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        JsonObject metric = result.getJsonObject("primaryMetric");
        if (!metric.getString("scoreUnit").equals("ops/s")) {
          throw new IllegalArgumentException(benchmark + ": expected ops/s, found " + metric.getString("scoreUnit"));
        }
        scores.put(method, metric.getJsonNumber("score").doubleValue() * itemsOf(method));
      }
    }
    return scores;
  }

  /** n in {@code rssRead1000_rome}, {@code listingParse100k_plain}. */
  static int itemsOf(String method) {
    String what = method.substring(0, method.indexOf('_'));
    int end = what.length();
    int multiplier = 1;
    if (what.endsWith("k")) {
      multiplier = 1000;
      end--;
    }
    int start = end;
    while (start > 0 && Character.isDigit(what.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      throw new IllegalArgumentException("no item count in " + method);
    }
    return Integer.parseInt(what, start, end, 10) * multiplier;
  }
}
