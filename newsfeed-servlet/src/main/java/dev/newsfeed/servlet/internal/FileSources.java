// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.ParseResult;
import dev.newsfeed.servlet.NewsProvider;
import dev.newsfeed.source.NewsSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * News read from files, directories and class-path resources.
 *
 * <p>The change stamp is the list of every file's path, modification time and size (directories
 * listed anew each time, so a file added or removed counts as a change); class-path resources are
 * read once and never change. Polling a few files' attributes every second or two costs
 * microseconds, and unlike a WatchService it behaves the same on every file system (network and
 * container mounts included).
 */
public final class FileSources implements NewsProvider {

  /** Where news comes from. */
  public sealed interface Location permits FileLocation, DirectoryLocation, ResourceLocation {}

  /**
   * One file.
   *
   * @param path the file
   */
  public record FileLocation(Path path) implements Location {
    /**
     * Checks the path is present.
     *
     * @param path the file
     */
    public FileLocation {
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * Every file with a known extension in a directory (not its subdirectories), by name.
   *
   * @param path the directory
   */
  public record DirectoryLocation(Path path) implements Location {
    /**
     * Checks the path is present.
     *
     * @param path the directory
     */
    public DirectoryLocation {
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * A class-path resource, read once.
   *
   * @param name the resource name without a leading slash, such as {@code news/news.fr.txt}
   * @param content its bytes
   */
  public record ResourceLocation(String name, byte[] content) implements Location {
    /**
     * Checks both parts are present.
     *
     * @param name the resource name
     * @param content its bytes
     */
    public ResourceLocation {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(content, "content");
    }
  }

  private record FileStamp(Path path, Instant modified, long size) {}

  private final List<Location> locations;
  private final SourceReader reader;

  private FileSources(List<Location> locations, SourceReader reader) {
    this.locations = locations;
    this.reader = reader;
  }

  /**
   * News from {@code locations}, read by {@code reader}.
   *
   * @param locations where to read, the leading source first
   * @param reader parses and merges the files
   * @return the provider
   */
  public static FileSources of(List<Location> locations, SourceReader reader) {
    List<Location> copy = List.copyOf(Objects.requireNonNull(locations, "locations"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("locations must not be empty");
    }
    return new FileSources(copy, Objects.requireNonNull(reader, "reader"));
  }

  /**
   * Reads a class-path resource for a {@link ResourceLocation}.
   *
   * @param loader the class loader to look in
   * @param name the resource name, with or without a leading slash
   * @return the location, or empty if there is no such resource
   * @throws IOException if it cannot be read
   */
  public static Optional<Location> resource(ClassLoader loader, String name)
      throws IOException {
    String relative = name.startsWith("/") ? name.substring(1) : name;
    try (InputStream in = loader.getResourceAsStream(relative)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new ResourceLocation(relative, in.readAllBytes()));
    }
  }

  @Override
  public ParseResult load() throws IOException {
    List<SourceReader.Named> sources = new ArrayList<>();
    for (Location location : locations) {
      if (location instanceof FileLocation file) {
        sources.add(read(file.path()));
      } else if (location instanceof DirectoryLocation directory) {
        for (Path file : list(directory.path())) {
          sources.add(read(file));
        }
      } else if (location instanceof ResourceLocation resource) {
        sources.add(new SourceReader.Named(fileName(resource.name()), resource.content()));
      }
    }
    if (sources.isEmpty()) {
      throw new NoSuchFileException(locations.toString(), null, "no news files found");
    }
    return reader.read(sources);
  }

  @Override
  public Object changeStamp() throws IOException {
    List<FileStamp> stamps = new ArrayList<>();
    for (Location location : locations) {
      if (location instanceof FileLocation file) {
        stamps.add(stamp(file.path()));
      } else if (location instanceof DirectoryLocation directory) {
        for (Path file : list(directory.path())) {
          stamps.add(stamp(file));
        }
      }
    }
    return List.copyOf(stamps);
  }

  /**
   * The files of a directory that have a known extension, sorted by name.
   *
   * @param directory the directory
   * @return the files
   * @throws IOException if it cannot be listed
   */
  public static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(path -> NewsSources.hasKnownExtension(path.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  private static SourceReader.Named read(Path file) throws IOException {
    String name = file.getFileName().toString();
    return new SourceReader.Named(name, NewsSources.contentOf(file, name));
  }

  private static FileStamp stamp(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return new FileStamp(file, attributes.lastModifiedTime().toInstant(), attributes.size());
  }

  private static String fileName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }
}
