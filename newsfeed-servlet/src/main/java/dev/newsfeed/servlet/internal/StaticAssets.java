// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ticker's stylesheet and script, read once from this module's resources, each with a version
 * derived from its bytes so that the fragment can reference it under a URL that changes whenever
 * the file does ({@code ticker.js?v=Xy3_a9Qe}), which may then be cached for a year.
 */
public final class StaticAssets {

  /**
   * One asset.
   *
   * @param name the file name, such as {@code ticker.js}
   * @param version the content version, 8 base64url characters
   * @param representation the bytes with their validators
   */
  public record Asset(String name, String version, Representation representation) {
    /**
     * Checks the parts are present.
     *
     * @param name the file name
     * @param version the content version
     * @param representation the bytes with their validators
     */
    public Asset {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(representation, "representation");
    }
  }

  /** The stylesheet's file name. */
  public static final String STYLESHEET = "ticker.css";

  /** The script's file name. */
  public static final String SCRIPT = "ticker.js";

  private final Map<String, Asset> assets;

  private StaticAssets(Map<String, Asset> assets) {
    this.assets = assets;
  }

  /**
   * Reads the assets.
   *
   * @param loadedAt when they were loaded (kept in the representation; not sent, see Endpoints)
   * @return the assets
   * @throws UncheckedIOException if a resource is missing from the module (a packaging error)
   */
  public static StaticAssets load(Instant loadedAt) {
    return new StaticAssets(
        Map.of(
            STYLESHEET, asset(STYLESHEET, "text/css; charset=utf-8", loadedAt),
            SCRIPT, asset(SCRIPT, "text/javascript; charset=utf-8", loadedAt)));
  }

  /**
   * The asset with a file name.
   *
   * @param name {@link #STYLESHEET} or {@link #SCRIPT}
   * @return the asset, or empty for any other name
   */
  public Optional<Asset> named(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  /**
   * The asset with a file name that must exist.
   *
   * @param name {@link #STYLESHEET} or {@link #SCRIPT}
   * @return the asset
   */
  public Asset get(String name) {
    return named(name).orElseThrow(() -> new IllegalArgumentException("no asset " + name));
  }

  private static Asset asset(String name, String mediaType, Instant loadedAt) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource missing from newsfeed-servlet: " + name));
      }
      byte[] bytes = in.readAllBytes();
      return new Asset(
          name,
          Representation.digest(bytes, 6),
          Representation.of(bytes, mediaType, loadedAt, Optional.empty()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
