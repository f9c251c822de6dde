// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.jsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.examples.demo.RepositoryFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding section as a new user would follow it, on Tomcat 11 with its JSP engine:
 * its {@code web.xml} snippet as the web application's descriptor (the {@code /srv/news} files
 * replaced by the bundled samples), its {@code <jsp:include>} snippet in a real JSP, compiled by
 * Jasper; and a JSP in ISO-8859-1. (The other ways a page gives its language are in the servlet
 * module's container contract, on Tomcat and Jetty.)
 */
class ReadmeJspOnTomcatTest {
  @TempDir static Path dir;

  private static Tomcat tomcat;
  private static URI base;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** The first fenced block of {@code language} in the README's embedding section. */
  static String readmeSnippet(String language) throws IOException {
    String readme = Files.readString(RepositoryFiles.root().resolve("README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Embedding the ticker in an existing web app"));
    Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(block.find()).as("a ```%s block in the README's embedding section", language).isTrue();
    return block.group(1);
  }

  @BeforeAll
  static void start() throws Exception {
    Path news = Files.createDirectories(dir.resolve("news"));
    Map<String, String> samples = Map.of("seed.fr.txt", "news.fr.txt", "news.en.txt", "news.en.txt",
        "news.ar.txt", "news.ar.txt");
    for (var sample : samples.entrySet()) {
      try (InputStream in = ReadmeJspOnTomcatTest.class.getResourceAsStream(
          "/dev/newsfeed/examples/samples/" + sample.getKey())) {
        Files.write(news.resolve(sample.getValue()), in.readAllBytes());
      }
    }
    Path webapp = Files.createDirectories(dir.resolve("webapp"));
    Files.createDirectories(webapp.resolve("WEB-INF"));
    String servlet = readmeSnippet("xml").replace("/srv/news/", news.toString() + "/");
    assertThat(servlet).contains("dev.newsfeed.servlet.NewsfeedServlet");
    Files.writeString(webapp.resolve("WEB-INF/web.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
            + servlet + "</web-app>\n", StandardCharsets.UTF_8);
    String include = readmeSnippet("jsp");
    Files.writeString(webapp.resolve("fr.jsp"),
        "<%@ page contentType=\"text/html; charset=UTF-8\" %><!DOCTYPE html>\n<html lang=\"fr\"><body>\n"
            + include + "</body></html>\n", StandardCharsets.UTF_8);
    Files.writeString(webapp.resolve("latin1.jsp"),
        "<%@ page contentType=\"text/html; charset=ISO-8859-1\" %><!DOCTYPE html>\n<html lang=\"ar\"><body>\n"
            + "<jsp:include page=\"/news/ticker\"><jsp:param name=\"lang\" value=\"ar\" /></jsp:include>\n"
            + "</body></html>\n", StandardCharsets.ISO_8859_1);
    tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createDirectories(dir.resolve("tomcat")).toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    Context context = tomcat.addWebapp("", webapp.toString()); // with the default servlets, JSP included
    // The test class path (Selenium, Jetty…) holds no tag library or annotated class of this web
    // application: scanning its jars took 30 s.
    StandardJarScanner scanner = (StandardJarScanner) context.getJarScanner();
    scanner.setScanClassPath(false);
    scanner.setScanManifest(false);
    tomcat.start();
    base = URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort());
  }

  @AfterAll
  static void stop() throws Exception {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
  }

  private static HttpResponse<byte[]> get(String path, String acceptLanguage) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", acceptLanguage)
            .timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theReadmesJspIncludeShowsTheFrenchTickerToAnEnglishBrowser() throws Exception {
    HttpResponse<byte[]> page = get("/fr.jsp", "en-US,en;q=0.9");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = new String(page.body(), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<section class=\"nf-ticker\" lang=\"fr\" dir=\"ltr\" aria-label=\"Actualités\"")
        .contains(">30 juillet 2016</time>")
        .contains("L’OIM devient une organisation affiliée aux Nations Unies");
    // The README's languages are the languages of its sources: an English reader of the fetched
    // ticker gets English news, not French news in English dates.
    HttpResponse<byte[]> english = get("/news/ticker", "en-US,en;q=0.9");
    assertThat(new String(english.body(), StandardCharsets.UTF_8))
        .contains("lang=\"en\"").contains(">July 30, 2016</time>").doesNotContain("<li class=\"nf-ticker__item\" lang=\"fr\"");
  }

  @Test
  void anIso88591JspShowsArabicAsCharacterReferences() throws Exception {
    HttpResponse<byte[]> page = get("/latin1.jsp", "fr");
    assertThat(page.headers().firstValue("Content-Type").orElseThrow().toLowerCase()).contains("iso-8859-1");
    String html = new String(page.body(), StandardCharsets.ISO_8859_1);
    assertThat(html).doesNotContain("???").contains("lang=\"ar\"").contains("&#x627;");
    String decoded = Pattern.compile("&#x([0-9A-F]+);").matcher(html)
        .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    assertThat(decoded).contains("aria-label=\"الأخبار\"").contains(">٣٠ يوليو ٢٠١٦</time>");
  }
}
