// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.spring;

import dev.newsfeed.servlet.NewsfeedServlet;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application that serves newsfeed's ticker and feeds at {@code /news/*}, shows
 * them on a Thymeleaf page ({@link HomeController}) and returns news from a REST controller
 * ({@link NewsApiController}) as newsfeed JSON ({@link NewsJsonHttpMessageConverter}).
 *
 * <p>Run it with {@code mvn -pl examples/spring-boot -am spring-boot:run}, or from the IDE.
 */
@SpringBootApplication
public class NewsApplication {

  /** The servlet path of the ticker and feeds, below the context path. */
  static final String NEWS_PATH = "/news";

  /** The sample listings, read as a web.xml-configured servlet would read them. */
  static final String SOURCES =
      "classpath:news/seed.fr.txt, classpath:news/news.en.txt, classpath:news/news.ar.txt";

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(NewsApplication.class, args);
  }

  /**
   * newsfeed's servlet, registered as {@code web.xml} would: the same init parameters.
   *
   * @return the registration
   */
  @Bean
  ServletRegistrationBean<NewsfeedServlet> newsfeedServlet() {
    ServletRegistrationBean<NewsfeedServlet> registration =
        new ServletRegistrationBean<>(new NewsfeedServlet(), NEWS_PATH + "/*");
    registration.setName("news");
    registration.setInitParameters(Map.of(
        "sources", SOURCES,
        "languages", "fr, ar, en",
        "default-language", "fr"));
    // Read the news at start-up, not on the first request.
    registration.setLoadOnStartup(1);
    return registration;
  }

  /**
   * The news for controllers, from the same sample listings.
   *
   * @return the news
   */
  @Bean
  SampleNews sampleNews() {
    return SampleNews.load();
  }

  /**
   * Controllers that return a {@link dev.newsfeed.NewsFeed} answer newsfeed JSON. Spring Boot puts
   * every {@code HttpMessageConverter} bean ahead of its defaults, Jackson's included.
   *
   * @return the converter
   */
  @Bean
  NewsJsonHttpMessageConverter newsJsonHttpMessageConverter() {
    return new NewsJsonHttpMessageConverter();
  }
}
