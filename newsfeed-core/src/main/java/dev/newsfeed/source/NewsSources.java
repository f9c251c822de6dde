// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.source;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.internal.TranslationPairing;
import dev.newsfeed.json.NewsJson;
import dev.newsfeed.listing.ListingOptions;
import dev.newsfeed.listing.ListingParser;
import dev.newsfeed.syndication.FeedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.newsfeed.MergeResult;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads news sources of any supported format and merges them.
 *
 * <p>The format comes from the name's extension:
 *
 * <table class="striped">
 *   <caption>Formats by extension</caption>
 *   <thead><tr><th>extension</th><th>format</th><th>reader</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code .txt} (and any other)</td><td>plain-text news listing</td><td>{@link ListingParser}</td></tr>
 *     <tr><td>{@code .json}</td><td>JSON Feed 1.0/1.1 when it declares its version, else newsfeed JSON</td><td>{@link FeedReader}, {@link NewsJson}</td></tr>
 *     <tr><td>{@code .xml}, {@code .atom}, {@code .rss}, {@code .rdf}</td><td>Atom 1.0, RSS 2.0/0.9x, RDF</td><td>{@link FeedReader}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>{@link #read(String, byte[], SourceFormat, SourceOptions)} takes the format apart from the
 * name, for documents whose name tells none (a URL such as {@code https://example.org/feed/}).
 *
 * <p>The language of a source comes from {@link SourceOptions#language()} when set, else from a
 * language suffix in its name (see {@link #languageOf(String)}). A listing needs one; a feed that
 * declares its own languages uses the source's language only where it declares none.
 */
public final class NewsSources {
  private NewsSources() {}

  /**
   * The largest source read by default, so that memory stays bounded whatever a file holds; {@link
   * SourceOptions#withMaxBytes} changes it.
   */
  public static final int MAX_BYTES = SourceOptions.DEFAULT_MAX_BYTES;

  private static final byte[] JSON_FEED_VERSION = "jsonfeed.org/version/".getBytes(StandardCharsets.US_ASCII);

  /**
   * Reads one source from its bytes.
   *
   * @param name the source's name: its extension picks the format, its suffix may give the
   *     language, and diagnostics cite it
   * @param content the bytes
   * @param options how to read
   * @return the feed and diagnostics
   * @throws NewsParseException if the source cannot be read, or in strict mode at its first error
   */
  public static ParseResult read(String name, byte[] content, SourceOptions options) {
    return read(name, content, SourceFormat.ofName(Objects.requireNonNull(name, "name")), options);
  }

  /**
   * Reads one source in a format given apart from its name, such as a document fetched over HTTP
   * whose media type tells its format.
   *
   * @param name the source's name: its suffix may give the language (see {@link
   *     #languageOf(String)}), and diagnostics cite it
   * @param content the bytes
   * @param format how to read them
   * @param options how to read
   * @return the feed and diagnostics
   * @throws NewsParseException if the source cannot be read, or in strict mode at its first error
   */
  public static ParseResult read(
      String name, byte[] content, SourceFormat format, SourceOptions options) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    Optional<Locale> language = options.language().or(() -> languageOf(name));
    switch (format) {
      case XML_FEED -> {
        return feedReader(options, language).read(name, content);
      }
      case JSON -> {
        if (indexOf(content, JSON_FEED_VERSION, 4096) >= 0) {
          return feedReader(options, language).read(name, content);
        }
        // One Jsonb per call: sources are read on start-up and on change, not per request.
        try (NewsJson json = NewsJson.create()) {
          return json.read(name, content);
        }
      }
      default -> {
        Locale listingLanguage =
            language.orElseThrow(
                () ->
                    new NewsParseException(
                        Diagnostic.error(
                            name,
                            0,
                            0,
                            "cannot tell the language of this listing: name it with a language"
                                + " suffix such as news.fr.txt or news-ar.txt, or give the"
                                + " language explicitly")));
        ListingOptions listing =
            ListingOptions.of(listingLanguage)
                .withDateOrder(options.dateOrder())
                .withStrictness(options.strictness())
                .withEncoding(options.encoding());
        return ListingParser.create(listing).parse(name, content);
      }
    }
  }

  /**
   * Reads one file; diagnostics cite it as {@code file} is written.
   *
   * @param file the file
   * @param options how to read
   * @return the feed and diagnostics
   * @throws IOException if the file cannot be read
   * @throws NewsParseException if the source cannot be read, or in strict mode at its first error
   */
  public static ParseResult read(Path file, SourceOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    return read(file.toString(), contentOf(file, file.toString(), options.maxBytes()), options);
  }

  /**
   * The bytes of a source file, refusing files larger than {@link #MAX_BYTES}.
   *
   * @param file the file
   * @param name what diagnostics call it
   * @return its content
   * @throws IOException if the file cannot be read
   * @throws NewsParseException if it is larger than {@link #MAX_BYTES}
   */
  public static byte[] contentOf(Path file, String name) throws IOException {
    return contentOf(file, name, MAX_BYTES);
  }

  /**
   * The bytes of a source file, refusing files larger than {@code maxBytes}.
   *
   * @param file the file
   * @param name what diagnostics call it
   * @param maxBytes the largest file read ({@link SourceOptions#maxBytes()})
   * @return its content
   * @throws IOException if the file cannot be read
   * @throws NewsParseException if it is larger than {@code maxBytes}
   */
  public static byte[] contentOf(Path file, String name, int maxBytes) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    if (maxBytes < 1 || maxBytes > SourceOptions.LARGEST_MAX_BYTES) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
    byte[] content;
    try (InputStream in = Files.newInputStream(file)) {
      // Read one byte past the limit rather than trust the file's size, which may change.
      content = in.readNBytes(maxBytes + 1);
    }
    if (content.length > maxBytes) {
      throw new NewsParseException(Diagnostic.error(name, 0, 0,
          "the file is larger than " + maxBytes + " bytes (max-source-bytes)"));
    }
    return content;
  }

  /**
   * Whether a file name has one of the extensions this class reads by name ({@code .txt},
   * {@code .json}, {@code .xml}, {@code .atom}, {@code .rss}, {@code .rdf}), so that a directory of
   * sources can be told from the other files beside them.
   *
   * @param fileName the name
   * @return true for a known extension
   */
  public static boolean hasKnownExtension(String fileName) {
    return KNOWN_EXTENSIONS.contains(
        SourceFormat.extensionOf(Objects.requireNonNull(fileName, "fileName")));
  }

  /**
   * The extensions this class reads by name, without their dots: {@code txt}, {@code json},
   * {@code xml}, {@code atom}, {@code rss}, {@code rdf}.
   *
   * @return the extensions, listings first
   */
  public static List<String> knownExtensions() {
    return KNOWN_EXTENSIONS;
  }

  private static final List<String> KNOWN_EXTENSIONS = List.of("txt", "json", "xml", "atom", "rss", "rdf");

  /**
   * Reads files holding the same news in different languages and merges them, the first leading
   * (see {@link #merge}).
   *
   * @param files the files, at least one
   * @param options how to read
   * @return the merged feed with every diagnostic
   * @throws IOException if a file cannot be read
   * @throws NewsParseException if a source cannot be read, or in strict mode at its first error
   */
  public static ParseResult readAll(List<Path> files, SourceOptions options) throws IOException {
    Objects.requireNonNull(files, "files");
    List<String> names = new ArrayList<>(files.size());
    List<ParseResult> parts = new ArrayList<>(files.size());
    for (Path file : files) {
      names.add(file.toString());
      parts.add(read(file, options));
    }
    return merge(names, parts);
  }

  private static FeedReader feedReader(SourceOptions options, Optional<Locale> language) {
    FeedReader reader = FeedReader.create(options.strictness()).withMaxBytes(options.maxBytes());
    return language.map(reader::withDefaultLanguage).orElse(reader);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int within) {
    int end = Math.min(haystack.length, within) - needle.length;
    outer:
    for (int i = 0; i <= end; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * The language a file name declares with a suffix before its extension: {@code news.fr.txt},
   * {@code news.ar-MA.txt}, {@code news-ar.txt}, {@code news_en.json}. Only ISO 639-1 language
   * codes count (with an optional region after a dot), so that {@code news-old.txt} declares
   * nothing.
   *
   * @param fileName a file name, with or without directories
   * @return the language, or empty if the name declares none
   */
  public static Optional<Locale> languageOf(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int extension = name.lastIndexOf('.');
    String stem = extension > 0 ? name.substring(0, extension) : name;
    int dot = stem.lastIndexOf('.');
    if (dot >= 0) {
      return language(stem.substring(dot + 1));
    }
    int separator = Math.max(stem.lastIndexOf('-'), stem.lastIndexOf('_'));
    if (separator < 0) {
      return Optional.empty();
    }
    String last = stem.substring(separator + 1);
    int before = Math.max(stem.lastIndexOf('-', separator - 1), stem.lastIndexOf('_', separator - 1));
    if (isRegion(last) && before >= 0) {
      Optional<Locale> withRegion = language(stem.substring(before + 1, separator) + "-" + last);
      if (withRegion.isPresent()) {
        return withRegion;
      }
    }
    return language(last);
  }

  private static boolean isRegion(String s) {
    return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1));
  }

  private static Optional<Locale> language(String candidate) {
    String[] parts = candidate.split("[-_]", -1);
    if (parts.length > 2 || parts[0].length() != 2 || !isIsoLanguage(parts[0])) {
      return Optional.empty();
    }
    if (parts.length == 2 && !(parts[1].length() == 2 && parts[1].chars().allMatch(Character::isLetter))) {
      return Optional.empty();
    }
    return Optional.of(Locale.forLanguageTag(candidate.replace('_', '-')));
  }

  private static boolean isIsoLanguage(String code) {
    for (String language : Locale.getISOLanguages()) {
      if (language.equals(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Merges sources holding the same news in different languages, as {@link NewsFeed#merge}
   * does. Every diagnostic of every part is kept; each item that could not be paired becomes a
   * warning attributed to its source, at its line where the part {@link ParseResult#itemLines()
   * knows it}.
   *
   * @param names the sources' names, for diagnostics, in the order of {@code parts}
   * @param parts what was read from each source, the leading source first
   * @return the merged feed with all diagnostics
   * @throws IllegalArgumentException if the lists differ in size
   */
  public static ParseResult merge(List<String> names, List<ParseResult> parts) {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(parts, "parts");
    if (names.size() != parts.size()) {
      throw new IllegalArgumentException(
          "names and parts must be as many, were " + names.size() + " and " + parts.size());
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    parts.forEach(part -> diagnostics.addAll(part.diagnostics()));
    List<TranslationPairing.Source> sources = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      sources.add(new TranslationPairing.Source(names.get(i), parts.get(i).feed(), parts.get(i).itemLines()));
    }
    MergeResult merged = TranslationPairing.mergeSources(sources);
    for (MergeResult.Unpaired unpaired : merged.unpaired()) {
      String item = "item \"" + unpaired.item().original().title() + "\" ("
          + unpaired.item().published().date() + ")";
      String message = unpaired.source() == 0
          ? item + " is not paired with its translation: " + unpaired.reason()
          : item + " could not be paired with an item of " + names.get(0) + ": " + unpaired.reason()
              + "; it is kept as an item of its own with id " + unpaired.item().id();
      diagnostics.add(Diagnostic.warning(names.get(unpaired.source()), unpaired.line(),
          unpaired.line() > 0 ? 1 : 0, message));
    }
    return new ParseResult(merged.feed(), diagnostics);
  }
}
