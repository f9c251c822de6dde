// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.spring;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.json.NewsJson;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads and writes {@link NewsFeed} as newsfeed JSON through {@link NewsJson}, the format
 * newsfeed's own readers read back. Without it, Spring's Jackson converter would write its bean
 * mapping of the records ({@code "published":{"date":…}}), which nothing reads back.
 *
 * <p>Register it as a bean: Spring Boot puts {@code HttpMessageConverter} beans ahead of its
 * defaults.
 */
public class NewsJsonHttpMessageConverter extends AbstractHttpMessageConverter<NewsFeed>
    implements AutoCloseable {

  /** One configured instance: NewsJson is thread-safe and costly to create. */
  private final NewsJson json = NewsJson.create();

  /** A converter for {@code application/json} and {@code application/*+json}, in UTF-8. */
  public NewsJsonHttpMessageConverter() {
    super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
  }

  @Override
  protected boolean supports(Class<?> type) {
    return NewsFeed.class.isAssignableFrom(type);
  }

  @Override
  protected NewsFeed readInternal(Class<? extends NewsFeed> type, HttpInputMessage input)
      throws IOException {
    // RFC 8259 §8.1: JSON exchanged between systems is UTF-8.
    byte[] body = input.getBody().readAllBytes();
    try {
      return json.fromJson("request body", new String(body, StandardCharsets.UTF_8));
    } catch (NewsParseException e) {
      // Spring answers 400 with this message; it names the line and column.
      throw new HttpMessageNotReadableException(e.getMessage(), e, input);
    }
  }

  @Override
  protected void writeInternal(NewsFeed feed, HttpOutputMessage output) throws IOException {
    Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
    json.write(feed, out);
    out.flush();
  }

  /** Spring calls this when the context closes (a bean's inferred destroy method). */
  @Override
  public void close() {
    json.close();
  }
}
