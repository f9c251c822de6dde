// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves every response under {@code Content-Security-Policy: default-src 'self'}: scripts,
 * styles, images and fetches from this origin only, and no inline script or style (CSP Level 3
 * §6.1.1, {@code default-src} as the fallback of every fetch directive). The demo proves the
 * ticker needs nothing more.
 */
final class ContentSecurityPolicyFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The policy, exactly as the demo promises it. */
  static final String POLICY = "default-src 'self'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    chain.doFilter(request, response);
  }
}
