// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import dev.newsfeed.ParseResult;
import dev.newsfeed.source.SourceFormat;

/**
 * Turns the bytes of one source into news. The servlet's parser is core's {@link
 * dev.newsfeed.source.NewsSources#read(String, byte[], SourceFormat,
 * dev.newsfeed.source.SourceOptions)}; tests supply their own.
 */
@FunctionalInterface
public interface SourceParser {

  /**
   * Reads one source.
   *
   * @param name what diagnostics cite, such as {@code news.fr.txt}; its suffix may give the
   *     language
   * @param content the bytes
   * @param format how to read them
   * @return the news and the warnings
   * @throws dev.newsfeed.NewsParseException if the source is invalid (in strict mode, at its first
   *     error)
   */
  ParseResult parse(String name, byte[] content, SourceFormat format);

  /**
   * The largest source this parser is given: files and resources are read up to here, and a
   * larger one is refused without being parsed ({@code max-source-bytes}).
   *
   * @return the limit in bytes; {@link dev.newsfeed.source.NewsSources#MAX_BYTES} by default
   */
  default int maxBytes() {
    return dev.newsfeed.source.NewsSources.MAX_BYTES;
  }
}
