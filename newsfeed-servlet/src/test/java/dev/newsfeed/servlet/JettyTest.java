// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.util.Map;

/** The container contract on embedded Jetty 12 (ee10). */
class JettyTest extends ContainerContract {
  @Override
  EmbeddedContainer start(Map<String, EmbeddedContainer.Mount> servlets) throws Exception {
    return EmbeddedContainer.jetty(servlets);
  }
}
