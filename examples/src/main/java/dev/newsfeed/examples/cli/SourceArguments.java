// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.cli;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.listing.DateOrder;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The arguments {@code check} and {@code convert} share: the files and how to read them.
 *
 * <p>With one file, {@code --lang} is that file's language. With several, each file's language
 * comes from its name ({@code news.fr.txt}) — a file whose name declares none takes {@code
 * --lang} — and {@code --lang} also picks the language of the output feed.
 *
 * @param files the files, the leading one first
 * @param language the {@code --lang} value, if any
 * @param dateOrder the {@code --date-order} value
 */
record SourceArguments(List<Path> files, Optional<Locale> language, DateOrder dateOrder) {

  static SourceArguments from(Arguments args) throws UsageException {
    if (args.operands().isEmpty()) {
      throw new UsageException("no FILE given");
    }
    Optional<Locale> language = Optional.empty();
    String lang = args.single("lang");
    if (lang != null) {
      try {
        language = Optional.of(LanguageChain.ofTags(lang).preferred());
      } catch (IllegalArgumentException e) {
        throw new UsageException("--lang: " + e.getMessage());
      }
    }
    DateOrder order = DateOrder.AUTO;
    String dateOrder = args.single("date-order");
    if (dateOrder != null) {
      try {
        order = DateOrder.valueOf(dateOrder.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--date-order must be auto, mdy, dmy or ymd, not " + dateOrder);
      }
    }
    return new SourceArguments(args.operands().stream().map(Path::of).toList(), language, order);
  }

  /**
   * Reads every file and merges them; each diagnostic is printed to {@code err} as it is known.
   *
   * @return the merged result, or empty if some file could not be read at all
   */
  Optional<ParseResult> read(Strictness strictness, PrintStream err) {
    SourceOptions base = new SourceOptions(Optional.empty(), dateOrder, strictness);
    List<String> names = new ArrayList<>();
    List<ParseResult> parts = new ArrayList<>();
    boolean failed = false;
    for (Path file : files) {
      SourceOptions options = base;
      if (language.isPresent()
          && (files.size() == 1 || NewsSources.languageOf(file.toString()).isEmpty())) {
        options = base.withLanguage(language.get());
      }
      try {
        ParseResult part = NewsSources.read(file, options);
        names.add(file.toString());
        parts.add(part);
      } catch (NewsParseException e) {
        e.diagnostics().forEach(err::println);
        failed = true;
      } catch (NoSuchFileException e) {
        err.println(Diagnostic.error(file.toString(), 0, 0, "no such file"));
        failed = true;
      } catch (IOException e) {
        err.println(Diagnostic.error(file.toString(), 0, 0, "cannot read: " + e.getMessage()));
        failed = true;
      }
    }
    if (failed) {
      // Still show what the files that were read said.
      parts.forEach(part -> part.diagnostics().forEach(err::println));
      return Optional.empty();
    }
    ParseResult merged = NewsSources.merge(names, parts);
    merged.diagnostics().forEach(err::println);
    return Optional.of(merged);
  }
}
