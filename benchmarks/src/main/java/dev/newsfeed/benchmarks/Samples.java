// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled sample listings. */
final class Samples {
  private Samples() {}

  static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The French seed repeated {@code copies} times, each copy a year earlier, as one listing. */
  static byte[] seedTimes(int copies) {
    String seed = new String(bytes("seed.fr.txt"), java.nio.charset.StandardCharsets.UTF_8);
    int heading = seed.indexOf('\n');
    String items = seed.substring(heading + 1);
    StringBuilder listing = new StringBuilder(seed.length() * copies).append(seed, 0, heading + 1);
    for (int i = 0; i < copies; i++) {
      listing.append(items.replace("/2016", "/" + (2016 - i))).append("\n\n");
    }
    return listing.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
