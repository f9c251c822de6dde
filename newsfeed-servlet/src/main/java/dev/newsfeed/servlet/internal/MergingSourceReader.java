// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.ParseResult;
import dev.newsfeed.source.NewsSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads each source on its own, then merges them into multilingual items with core's {@link
 * NewsSources#merge}, the first source leading.
 */
public final class MergingSourceReader implements SourceReader {

  private final Function<Named, ParseResult> readOne;

  /**
   * A reader that parses each source with {@code readOne}.
   *
   * @param readOne parses one source by its name; throws {@link dev.newsfeed.NewsParseException}
   *     on errors in strict mode
   */
  public MergingSourceReader(Function<Named, ParseResult> readOne) {
    this.readOne = Objects.requireNonNull(readOne, "readOne");
  }

  @Override
  public ParseResult read(List<Named> sources) {
    if (sources.size() == 1) {
      return readOne.apply(sources.get(0));
    }
    List<String> names = new ArrayList<>(sources.size());
    List<ParseResult> parts = new ArrayList<>(sources.size());
    for (Named source : sources) {
      names.add(source.name());
      parts.add(readOne.apply(source));
    }
    return NewsSources.merge(names, parts);
  }
}
