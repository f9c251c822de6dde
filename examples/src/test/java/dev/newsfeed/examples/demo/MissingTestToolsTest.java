// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The browser and validation tests fail, saying how to install what they miss: they never skip. */
class MissingTestToolsTest {

  @Test
  void aMissingBrowserFailsWithTheCommandThatInstallsIt() {
    assertThatThrownBy(() -> Chromium.requireInstalled(Path.of("/no/such/chromium")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("/no/such/chromium is missing: the browser tests need Debian's Chromium and its"
            + " ChromeDriver; install them with `sudo apt-get install -y chromium chromium-driver`"
            + " (.ci/run does)");
  }

  @Test
  void aMissingNpmPackageFailsWithTheCommandThatInstallsIt() {
    assertThatThrownBy(() -> RepositoryFiles.npm("no-such-package/index.js"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("node_modules/no-such-package/index.js is missing: run `npm ci --ignore-scripts` in ");
  }
}
