// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.servlet.InitParameters;
import dev.newsfeed.servlet.SourceSettings;
import dev.newsfeed.source.NewsSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the {@code sources} init parameter into a {@link FileSources} provider: {@code
 * classpath:} resources, absolute paths, and relative paths looked up in the web application
 * first, then in the working directory.
 */
public final class TickerSources {
  private TickerSources() {}

  /** The prefix of a class-path resource in {@code sources}. */
  public static final String CLASSPATH = "classpath:";

  /**
   * The provider for {@code settings}.
   *
   * @param settings the sources and how they are read
   * @param realPath the web application's {@code ServletContext.getRealPath}, null for a path it
   *     cannot map
   * @param loader where {@code classpath:} resources are looked up
   * @return the provider
   * @throws IllegalArgumentException naming the {@code sources} init parameter and the entry
   *     that does not exist
   */
  public static FileSources resolve(
      SourceSettings settings, Function<String, String> realPath, ClassLoader loader) {
    if (settings.locations().isEmpty()) {
      throw new IllegalArgumentException(
          "init parameter " + InitParameters.SOURCES
              + ": expected at least one file, directory or classpath: resource, found none");
    }
    List<FileSources.Location> locations = new ArrayList<>();
    for (String source : settings.locations()) {
      locations.add(location(source, realPath, loader));
    }
    return FileSources.of(locations, reader(settings));
  }

  /**
   * The reader of source files for {@code settings}: each file read by core's {@link
   * NewsSources#read(String, byte[], dev.newsfeed.source.SourceOptions)} according to its name
   * (format from the extension, language from the suffix), then all merged.
   *
   * @param settings how sources are read
   * @return the reader
   */
  public static SourceReader reader(SourceSettings settings) {
    return new MergingSourceReader(
        named -> NewsSources.read(named.name(), named.content(), settings.reading()));
  }

  private static FileSources.Location location(
      String source, Function<String, String> realPath, ClassLoader loader) {
    if (source.startsWith(CLASSPATH)) {
      String name = source.substring(CLASSPATH.length());
      try {
        return FileSources.resource(loader, name)
            .orElseThrow(() -> missing(source, "no such class-path resource"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path path;
    try {
      path = Path.of(source);
      if (!path.isAbsolute()) {
        String real = realPath.apply(source.startsWith("/") ? source : "/" + source);
        Optional<Path> inWebapp = Optional.ofNullable(real).map(Path::of).filter(Files::exists);
        path = inWebapp.orElse(path.toAbsolutePath());
      }
    } catch (InvalidPathException e) {
      throw missing(source, "not a valid path");
    }
    if (Files.isDirectory(path)) {
      return new FileSources.DirectoryLocation(path);
    }
    if (Files.isRegularFile(path) && Files.isReadable(path)) {
      return new FileSources.FileLocation(path);
    }
    throw missing(source, "no such readable file or directory");
  }

  private static IllegalArgumentException missing(String source, String why) {
    return new IllegalArgumentException(
        "init parameter " + InitParameters.SOURCES + ": " + why + ": [" + source + "]");
  }
}
