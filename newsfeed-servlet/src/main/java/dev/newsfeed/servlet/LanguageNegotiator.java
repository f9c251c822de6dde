// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the language of a response among the supported ones: the {@code lang} request
 * parameter if it names a supported language, else the {@code Accept-Language} header, else the
 * default.
 *
 * <p>Both the parameter and the header are matched by RFC 4647 §3.4 <em>lookup</em> ({@link
 * Locale#lookup}): {@code fr-CA} selects {@code fr}, {@code ar-MA;q=0.9, en;q=0.8} selects {@code
 * ar}, {@code q=0} excludes a language and {@code *} selects the default. Input that is not a
 * well-formed language tag or language-range list is ignored, never an error: a malformed {@code
 * lang} falls back to the header, a malformed header to the default. Headers longer than {@value
 * #MAX_HEADER_LENGTH} characters are cut at a comma first, so that any input costs bounded time.
 *
 * <p>Immutable and thread-safe.
 */
public final class LanguageNegotiator {

  /** The longest {@code Accept-Language} value considered; real browsers send under 200. */
  public static final int MAX_HEADER_LENGTH = 1024;

  private static final int MAX_TAG_LENGTH = 64;

  private final Locale defaultLanguage;
  private final List<Locale> supported;

  private LanguageNegotiator(Locale defaultLanguage, List<Locale> supported) {
    this.defaultLanguage = defaultLanguage;
    this.supported = supported;
  }

  /**
   * A negotiator over {@code supported}, answering {@code defaultLanguage} when nothing matches.
   *
   * @param defaultLanguage the language when the request names none that is supported; it is
   *     supported even if {@code supported} does not list it
   * @param supported the languages the content is offered in, in order of preference for ties
   * @return the negotiator
   * @throws IllegalArgumentException if a language has no language subtag
   */
  public static LanguageNegotiator of(Locale defaultLanguage, List<Locale> supported) {
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    Objects.requireNonNull(supported, "supported");
    Set<Locale> all = new LinkedHashSet<>();
    all.add(canonical(defaultLanguage));
    for (Locale language : supported) {
      all.add(canonical(Objects.requireNonNull(language, "supported element")));
    }
    return new LanguageNegotiator(canonical(defaultLanguage), List.copyOf(all));
  }

  /**
   * The language used when the request names none that is supported.
   *
   * @return the default language
   */
  public Locale defaultLanguage() {
    return defaultLanguage;
  }

  /**
   * The supported languages, the default first.
   *
   * @return the languages
   */
  public List<Locale> supported() {
    return supported;
  }

  /**
   * The language for a request.
   *
   * @param lang the {@code lang} parameter, if the request has one
   * @param acceptLanguage the {@code Accept-Language} header, if the request has one
   * @return a supported language
   */
  public Locale negotiate(Optional<String> lang, Optional<String> acceptLanguage) {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(acceptLanguage, "acceptLanguage");
    return lang.flatMap(this::lookupTag)
        .or(() -> acceptLanguage.flatMap(this::lookupHeader))
        .orElse(defaultLanguage);
  }

  /** A single well-formed tag, such as {@code fr-CA}; list syntax and wildcards are rejected. */
  private Optional<Locale> lookupTag(String tag) {
    if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
      return Optional.empty();
    }
    try {
      Locale requested = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
      if (requested.getLanguage().isEmpty()) {
        return Optional.empty();
      }
      return lookup(List.of(new Locale.LanguageRange(requested.toLanguageTag())));
    } catch (IllformedLocaleException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<Locale> lookupHeader(String header) {
    String value = header;
    if (value.length() > MAX_HEADER_LENGTH) {
      int comma = value.lastIndexOf(',', MAX_HEADER_LENGTH);
      value = comma < 0 ? "" : value.substring(0, comma);
    }
    if (value.isBlank()) {
      return Optional.empty();
    }
    try {
      return lookup(Locale.LanguageRange.parse(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<Locale> lookup(List<Locale.LanguageRange> ranges) {
    Locale found = Locale.lookup(ranges, supported);
    if (found == null) {
      return Optional.empty();
    }
    // Locale.lookup may answer an equal locale of its own making; hand back ours.
    String tag = found.toLanguageTag();
    for (Locale language : supported) {
      if (language.toLanguageTag().equalsIgnoreCase(tag)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  private static Locale canonical(Locale language) {
    Locale canonical = Locale.forLanguageTag(language.toLanguageTag());
    if (canonical.getLanguage().isEmpty()) {
      throw new IllegalArgumentException(
          "expected a language such as fr or ar-MA, found [" + language.toLanguageTag() + "]");
    }
    return canonical;
  }

  /** {@return the supported languages and the default, for diagnostics} */
  @Override
  public String toString() {
    List<String> tags = new ArrayList<>();
    supported.forEach(l -> tags.add(l.toLanguageTag()));
    return "LanguageNegotiator" + tags + " default " + defaultLanguage.toLanguageTag();
  }
}
