// SPDX-License-Identifier: Apache-2.0
/**
 * newsfeed in a Spring Boot application: {@link dev.newsfeed.examples.spring.NewsApplication}
 * registers the servlet, a Thymeleaf page includes the ticker, and REST controllers exchange
 * {@link dev.newsfeed.NewsFeed} as newsfeed JSON.
 */
package dev.newsfeed.examples.spring;
