// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.util.Map;

/** Sources beyond local files, on embedded Jetty 12 (ee10). */
class SourcesOnJettyTest extends SourcesContract {
  @Override
  EmbeddedContainer start(Map<String, EmbeddedContainer.Mount> servlets) throws Exception {
    return EmbeddedContainer.jetty(servlets);
  }
}
