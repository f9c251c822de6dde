// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.ParseResult;
import java.util.List;
import java.util.Objects;

/**
 * Turns the bytes of named source files into news: parses each by its file name and merges them
 * into multilingual items. The servlet's reader delegates to core's source facade; tests supply
 * their own.
 */
@FunctionalInterface
public interface SourceReader {

  /**
   * A source file's name and content.
   *
   * @param name the file name, such as {@code news.fr.txt}; it tells the format and language
   * @param content the bytes
   */
  record Named(String name, byte[] content) {
    /**
     * Checks both parts are present.
     *
     * @param name the file name
     * @param content the bytes
     */
    public Named {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * Reads and merges the sources, the first leading.
   *
   * @param sources the sources, at least one
   * @return the news and the warnings
   * @throws dev.newsfeed.NewsParseException if a source is invalid (in strict mode)
   */
  ParseResult read(List<Named> sources);
}
