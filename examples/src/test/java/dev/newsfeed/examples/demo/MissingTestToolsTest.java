// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser and validation tests fail, saying how to install what they miss: they never skip. */
class MissingTestToolsTest {

  @Test
  void aMissingBrowserFailsWithTheCommandThatInstallsIt() {
    assertThatThrownBy(() -> Chromium.requireInstalled(Path.of("/no/such/chromium")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("/no/such/chromium is missing: the browser tests need Debian's Chromium and its"
            + " ChromeDriver; install them with `sudo apt-get install -y chromium chromium-driver`"
            + " (.ci/run does), or name them with -Dnewsfeed.chromium=… -Dnewsfeed.chromedriver=…");
  }

  @Test
  void theBrowserIsFoundOnThePathLikeAShellFindsIt(@TempDir Path dir) throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Path notExecutable = Files.createFile(empty.resolve("chromium"));
    Path browser = Files.createFile(bin.resolve("chromium-browser"));
    assertThat(browser.toFile().setExecutable(true)).isTrue();
    String path = empty + File.pathSeparator + bin;

    assertThat(notExecutable).exists();
    assertThat(Chromium.onPath("newsfeed.test.unset", Chromium.BROWSER_NAMES, path)).isEqualTo(browser);
    assertThatThrownBy(() -> Chromium.onPath("newsfeed.test.unset", Chromium.DRIVER_NAMES, path))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("chromedriver on the PATH (" + path + ") is missing: ");
  }

  @Test
  void aMissingNpmPackageFailsWithTheCommandThatInstallsIt() {
    assertThatThrownBy(() -> RepositoryFiles.npm("no-such-package/index.js"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("node_modules/no-such-package/index.js is missing: run `npm ci --ignore-scripts` in ");
  }
}
