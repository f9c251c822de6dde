// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.cli;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import dev.newsfeed.listing.DateOrder;
import dev.newsfeed.source.NewsSources;
import dev.newsfeed.source.SourceOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The arguments {@code check} and {@code convert} share: the files and how to read them.
 *
 * <p>With one file, {@code --lang} is that file's language. With several, each file's language
 * comes from its name ({@code news.fr.txt}) — a file whose name declares none takes {@code
 * --lang} — and {@code --lang} also picks the language of the output feed. {@code -} is standard
 * input, read as a listing and named {@code <stdin>} in diagnostics.
 *
 * @param files the files as given, the leading one first
 * @param language the {@code --lang} value, if any
 * @param dateOrder the {@code --date-order} value
 * @param encoding the {@code --encoding} value
 * @param maxBytes the {@code --max-source-bytes} value: the largest file read
 */
record SourceArguments(
    List<String> files, Optional<Locale> language, DateOrder dateOrder, Charset encoding, int maxBytes) {

  /** What diagnostics call standard input. */
  static final String STDIN = "<stdin>";

  /** The options every command that reads sources takes. */
  static final List<String> OPTIONS = List.of("lang", "date-order", "encoding", "max-source-bytes");

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
    return new SourceArguments(args.operands(), language, order, encoding(args.single("encoding")),
        maxBytes(args.single("max-source-bytes")));
  }

  static int maxBytes(String size) throws UsageException {
    if (size == null) {
      return SourceOptions.DEFAULT_MAX_BYTES;
    }
    try {
      return SourceOptions.parseMaxBytes(size);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--max-source-bytes: " + e.getMessage());
    }
  }

  static Charset encoding(String name) throws UsageException {
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--encoding: unknown encoding " + name
          + "; expected a name such as UTF-8, windows-1252 or ISO-8859-1");
    }
  }

  /**
   * What was read: each file's result (empty for a file that could not be read at all) and the
   * merged result, if every file was read.
   *
   * @param names the names diagnostics give the files, in order
   * @param parts each file's result, or empty
   * @param merged the files merged into one feed with every diagnostic, if all were read
   * @param failures the diagnostics of the files that could not be read
   */
  record Reading(
      List<String> names, List<Optional<ParseResult>> parts, Optional<ParseResult> merged,
      List<Diagnostic> failures) {

    /** Every diagnostic, those of the files not read first. */
    List<Diagnostic> diagnostics() {
      List<Diagnostic> all = new ArrayList<>(failures);
      if (merged.isPresent()) {
        all.addAll(merged.get().diagnostics());
      } else {
        parts.forEach(part -> part.ifPresent(p -> all.addAll(p.diagnostics())));
      }
      return all;
    }
  }

  /**
   * Reads every file and merges them; every diagnostic is printed to {@code err}.
   *
   * @param strictness how to read
   * @param in standard input, for {@code -}
   * @param err where diagnostics go
   * @return what was read
   */
  Reading read(Strictness strictness, InputStream in, PrintStream err) {
    SourceOptions base = new SourceOptions(Optional.empty(), dateOrder, strictness, encoding, maxBytes);
    List<String> names = new ArrayList<>();
    List<Optional<ParseResult>> parts = new ArrayList<>();
    List<Diagnostic> failures = new ArrayList<>();
    for (String file : files) {
      boolean stdin = file.equals("-");
      String name = stdin ? STDIN : file;
      names.add(name);
      SourceOptions options = base;
      if (language.isPresent()
          && (files.size() == 1 || NewsSources.languageOf(name).isEmpty())) {
        options = base.withLanguage(language.get());
      }
      try {
        if (!stdin && hasUnknownExtension(file)) {
          throw new NewsParseException(Diagnostic.error(name, 0, 0, "unknown file type ." + extension(file)
              + "; expected one of " + NewsSources.knownExtensions().stream().map(e -> "." + e)
                  .collect(Collectors.joining(", "))
              + " (.txt for a listing)"));
        }
        parts.add(Optional.of(stdin
            ? NewsSources.read(name, readBounded(in, name, maxBytes), options)
            : NewsSources.read(Path.of(file), options)));
      } catch (NewsParseException e) {
        failures.addAll(e.diagnostics());
        parts.add(Optional.empty());
      } catch (NoSuchFileException e) {
        failures.add(Diagnostic.error(name, 0, 0, "no such file"));
        parts.add(Optional.empty());
      } catch (IOException e) {
        failures.add(Diagnostic.error(name, 0, 0, "cannot read: " + e.getMessage()));
        parts.add(Optional.empty());
      }
    }
    Optional<ParseResult> merged = Optional.empty();
    if (failures.isEmpty()) {
      merged = Optional.of(NewsSources.merge(names, parts.stream().map(Optional::orElseThrow).toList()));
    }
    Reading reading = new Reading(List.copyOf(names), List.copyOf(parts), merged, List.copyOf(failures));
    reading.diagnostics().forEach(err::println);
    return reading;
  }

  private static byte[] readBounded(InputStream in, String name, int maxBytes) throws IOException {
    byte[] content = in.readNBytes(maxBytes + 1);
    if (content.length > maxBytes) {
      throw new NewsParseException(Diagnostic.error(name, 0, 0,
          "the input is larger than " + maxBytes + " bytes (max-source-bytes)"));
    }
    return content;
  }

  /** A name with an extension this tool does not read ({@code news.md}); none at all is a listing. */
  private static boolean hasUnknownExtension(String file) {
    return !extension(file).isEmpty() && !NewsSources.hasKnownExtension(file);
  }

  private static String extension(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1) : "";
  }
}
