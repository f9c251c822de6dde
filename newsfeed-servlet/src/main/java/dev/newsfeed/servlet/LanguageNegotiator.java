// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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

  /** The tags of the locales the JDK has data for; formatting locales are reduced to these. */
  private static final Set<String> AVAILABLE = available();

  private final Locale defaultLanguage;
  private final List<Locale> supported;

  /**
   * The outcome of a negotiation.
   *
   * @param language the content language: one of the supported languages, for {@code
   *     Content-Language} and the text shown
   * @param formatting the locale dates and labels are written in: {@code language} or a locale
   *     that refines it, such as {@code ar-MA} for {@code ar}
   */
  public record Negotiated(Locale language, Locale formatting) {
    /**
     * Checks both are present.
     *
     * @param language the content language
     * @param formatting the formatting locale
     */
    public Negotiated {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(formatting, "formatting");
    }
  }

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
    return negotiateFully(lang.stream().toList(), acceptLanguage).language();
  }

  /**
   * The content language and formatting locale for a request: the first of {@code tags} that
   * names a supported language, else the {@code Accept-Language} header, else the default.
   *
   * @param tags language tags in order of precedence, such as the {@code lang} parameter and the
   *     language of the page that includes the ticker
   * @param acceptLanguage the {@code Accept-Language} header, if the request has one
   * @return the content language and the formatting locale
   */
  public Negotiated negotiateFully(List<String> tags, Optional<String> acceptLanguage) {
    Objects.requireNonNull(tags, "tags");
    Objects.requireNonNull(acceptLanguage, "acceptLanguage");
    for (String tag : tags) {
      Optional<Locale> requested = parseTag(Objects.requireNonNull(tag, "tags element"));
      Optional<Locale> found = requested.flatMap(this::lookupTag);
      if (found.isPresent()) {
        return new Negotiated(found.get(), formatting(List.of(requested.get()), found.get()));
      }
    }
    List<Locale.LanguageRange> ranges = acceptLanguage.map(LanguageNegotiator::ranges).orElse(List.of());
    Optional<Locale> found = ranges.isEmpty() ? Optional.empty() : lookup(ranges);
    if (found.isEmpty()) {
      return new Negotiated(defaultLanguage, defaultLanguage);
    }
    List<Locale> asked = new ArrayList<>();
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() > 0 && !range.getRange().contains("*")) {
        asked.add(Locale.forLanguageTag(range.getRange()));
      }
    }
    return new Negotiated(found.get(), formatting(asked, found.get()));
  }

  /** A single well-formed tag, such as {@code fr-CA}; list syntax and wildcards are rejected. */
  private static Optional<Locale> parseTag(String tag) {
    if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
      return Optional.empty();
    }
    try {
      Locale requested = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
      return requested.getLanguage().isEmpty() ? Optional.empty() : Optional.of(requested);
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }

  private Optional<Locale> lookupTag(Locale requested) {
    try {
      return lookup(List.of(new Locale.LanguageRange(requested.toLanguageTag())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The well-formed ranges of an {@code Accept-Language} value, highest weight first (RFC 9110
   * §12.5.4); each malformed one is skipped on its own.
   */
  private static List<Locale.LanguageRange> ranges(String header) {
    String value = header;
    if (value.length() > MAX_HEADER_LENGTH) {
      int comma = value.lastIndexOf(',', MAX_HEADER_LENGTH);
      value = comma < 0 ? "" : value.substring(0, comma);
    }
    List<Locale.LanguageRange> ranges = new ArrayList<>();
    for (String element : value.split(",")) {
      if (!element.isBlank()) {
        try {
          ranges.addAll(Locale.LanguageRange.parse(element.strip()));
        } catch (IllegalArgumentException e) {
          // a malformed range: the others still count
        }
      }
    }
    // A stable sort: ranges of equal weight keep the order the reader gave.
    ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
    return ranges;
  }

  /**
   * The first of {@code asked} that refines {@code language} (is it, or has it as a prefix of
   * subtags), reduced to the most specific locale the JDK has data for; {@code language} if none.
   */
  private static Locale formatting(List<Locale> asked, Locale language) {
    String base = language.toLanguageTag().toLowerCase(Locale.ROOT);
    for (Locale requested : asked) {
      Locale plain = new Locale.Builder()
          .setLanguage(requested.getLanguage())
          .setScript(requested.getScript())
          .setRegion(requested.getCountry())
          .build();
      String tag = plain.toLanguageTag().toLowerCase(Locale.ROOT);
      if (!tag.equals(base) && !tag.startsWith(base + "-")) {
        continue;
      }
      List<Locale> candidates = List.of(
          plain,
          new Locale.Builder().setLanguage(plain.getLanguage()).setRegion(plain.getCountry()).build(),
          new Locale.Builder().setLanguage(plain.getLanguage()).setScript(plain.getScript()).build());
      for (Locale candidate : candidates) {
        String candidateTag = candidate.toLanguageTag();
        String lower = candidateTag.toLowerCase(Locale.ROOT);
        if ((lower.equals(base) || lower.startsWith(base + "-")) && AVAILABLE.contains(candidateTag)) {
          return lower.equals(base) ? language : candidate;
        }
      }
      return language;
    }
    return language;
  }

  private static Set<String> available() {
    Set<String> tags = new HashSet<>();
    for (Locale locale : Locale.getAvailableLocales()) {
      tags.add(locale.toLanguageTag());
    }
    return Set.copyOf(tags);
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
