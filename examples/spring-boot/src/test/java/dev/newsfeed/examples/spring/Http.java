// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.spring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;

/** The JDK's HTTP client against the application on its random port (as Boot 3 and 4 both run it). */
final class Http {
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  Http(Environment environment) {
    base = URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port"));
  }

  URI base() {
    return base;
  }

  HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The href of a feed's first {@code <link>} with this rel. */
  static String atomLink(String atom, String rel) {
    Matcher link = Pattern.compile("<link\\b[^>]*\\brel=\"" + rel + "\"[^>]*>").matcher(atom);
    if (!link.find()) {
      throw new AssertionError("no link rel=" + rel + " in " + atom);
    }
    Matcher href = Pattern.compile("\\bhref=\"([^\"]*)\"").matcher(link.group());
    if (!href.find()) {
      throw new AssertionError("no href in " + link.group());
    }
    return href.group(1).replace("&amp;", "&");
  }
}
