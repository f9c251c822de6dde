package dev.newsfeed.source;

import dev.newsfeed.Diagnostic;
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
 * <p>The language of a source comes from the options when set, else from a
 * language suffix in its name (see {@link #languageOf(String)}).
 */
public final class NewsSources {
  private NewsSources() {}

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
   * warning attributed to its source.
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
    MergeResult merged = NewsFeed.merge(parts.stream().map(ParseResult::feed).toList());
    for (MergeResult.Unpaired unpaired : merged.unpaired()) {
      diagnostics.add(
          Diagnostic.warning(
              names.get(unpaired.source()),
              0,
              0,
              "item \""
                  + unpaired.item().original().title()
                  + "\" ("
                  + unpaired.item().published().date()
                  + ") could not be paired with an item of "
                  + names.get(0)
                  + ": "
                  + unpaired.reason()
                  + "; it is kept as an item of its own with id "
                  + unpaired.item().id()));
    }
    return new ParseResult(merged.feed(), diagnostics);
  }
}
