// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import dev.newsfeed.ItemText;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.ResolvedText;
import dev.newsfeed.servlet.internal.BoundedCache;
import dev.newsfeed.servlet.internal.InterfaceText;
import dev.newsfeed.servlet.internal.Representation;
import dev.newsfeed.text.Escape;
import dev.newsfeed.text.Excerpt;
import dev.newsfeed.text.ItemTextForms;
import dev.newsfeed.text.LocalizedDateFormat;
import dev.newsfeed.text.TextDirection;
import dev.newsfeed.text.TextForm;
import java.nio.charset.StandardCharsets;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renders the news ticker: an HTML fragment that is a plain readable list without script and
 * becomes a scrolling ticker with {@code ticker.js}.
 *
 * <p>The fragment is one {@code <section>} (a region landmark named in the reader's language)
 * holding a list; each item shows its localized date in a {@code <time datetime>} element, its
 * title (a link when the item has one), its dateline if it has one and, if asked for, an excerpt
 * of its summary:
 *
 * <pre>{@code
 * <section class="nf-ticker" lang="fr" dir="ltr" aria-label="Actualités"
 *     data-nf-label-pause="Pause" data-nf-label-play="Lecture">
 * <link rel="stylesheet" href="/news/ticker.css?v=…">
 * <script src="/news/ticker.js?v=…" defer></script>
 * <div class="nf-ticker__viewport">
 * <ul class="nf-ticker__list">
 * <li class="nf-ticker__item"><time class="nf-ticker__date" dir="ltr" datetime="2016-07-30">30
 * juillet 2016</time> <a class="nf-ticker__title" dir="auto" href="https://…">L’OIM…</a> <span
 * class="nf-ticker__dateline" dir="auto">New York</span></li>
 * </ul>
 * </div>
 * </section>
 * }</pre>
 *
 * <p>The root also carries what {@code ticker.js} needs to present it (elided above): the display
 * mode ({@code data-nf-display}), the theme if not {@code auto}, the formatting locale and its
 * zero digit (for the slides' counter), the scroll's speed, the slides' interval, where and how
 * often to ask for new news ({@code data-nf-src}, {@code data-nf-update}), a digest of the list
 * that tells new news from the same ({@code data-nf-version}) and the buttons' words. Each item
 * carries its id ({@code data-nf-item}), so that a live update keeps the item in view in place.
 * Without the script every mode is the same plain list.
 *
 * <p>Item fields come from {@link ItemTextForms}, cleaned and escaped as everywhere else. Every
 * piece of text is isolated from its neighbours for the Unicode bidirectional algorithm (an
 * element with {@code dir} is isolated, HTML §15.3.5): the date with the reader's direction, the
 * title, dateline and excerpt with {@code dir="auto"} (the direction of their first strong
 * character), so that {@code Conference: مؤتمر الهجرة} followed by {@code 16-19 May 2016, Rabat}
 * keeps its order whatever the page's direction. An item whose text fell back to another language
 * than the reader's carries that language's {@code lang} and {@code dir}, and its date keeps the
 * reader's. Dates are written in the reader's formatting locale ({@code ar-MA}: {@code 30 يوليوز
 * 2016}), which may refine the fragment's language ({@code ar}). Every class name starts with
 * {@code nf-ticker}. There is no inline script, {@code style} attribute, event handler attribute
 * or {@code id}, so the fragment works under {@code Content-Security-Policy: default-src 'self'}
 * and may appear several times on one page. All text is escaped for its context.
 *
 * <p>Immutable in what it renders, and thread-safe. A renderer keeps the pieces it rendered from
 * the feed it rendered last (each item's {@code <li>} per reader, each list and its digest), so that
 * another fragment of the same news is mostly a concatenation; rendering another feed drops them
 * whole, and what it keeps is bounded ({@value #MAX_KEPT_CHARS} characters).
 */
public final class TickerRenderer {

  /** The prefix of every class name in the fragment, and the root's class. */
  public static final String CLASS_PREFIX = "nf-ticker";

  private final DisplayOptions display;
  private final FormatStyle dateStyle;
  private final int excerptLength;
  private final Optional<String> label;
  private final InterfaceText labels;
  private final BoundedCache<Locale, LocaleParts> localeParts = new BoundedCache<>(MAX_LOCALES);
  private final Map<Locale, Excerpt> excerpts = new ConcurrentHashMap<>();
  /** The pieces of the feed rendered last: replaced whole by those of the next feed rendered. */
  private final AtomicReference<VersionPieces> pieces = new AtomicReference<>();

  /** The most formatting locales whose parts are kept; past that they are made per fragment. */
  static final int MAX_LOCALES = 64;
  /**
   * The most characters of items and lists kept for one feed (8 MiB of UTF-16); past that,
   * pieces are rendered per fragment and not kept. Twenty items of the benchmark's corpus in one
   * language take about 10,000.
   */
  static final int MAX_KEPT_CHARS = 4 << 20;
  /** The most lists (reader, tag and limit) kept for one feed. */
  static final int MAX_LISTS = 1024;

  private TickerRenderer(DisplayOptions display, InterfaceText labels) {
    this.display = display;
    this.dateStyle = display.dateStyle();
    this.excerptLength = display.excerptLength();
    this.label = display.label();
    this.labels = labels;
  }

  /**
   * A renderer writing dates in {@code dateStyle}, without excerpts.
   *
   * @param dateStyle the CLDR date style, such as {@link FormatStyle#LONG} ({@code 30 juillet
   *     2016})
   * @return the renderer
   */
  public static TickerRenderer create(FormatStyle dateStyle) {
    return create(dateStyle, 0);
  }

  /**
   * A renderer writing dates in {@code dateStyle} and, after each title, an excerpt of the
   * item's summary of at most {@code excerptLength} characters ({@link Excerpt}).
   *
   * @param dateStyle the CLDR date style
   * @param excerptLength the excerpt's length in user-perceived characters; 0 for no excerpt
   * @return the renderer
   * @throws IllegalArgumentException if {@code excerptLength} is negative
   */
  public static TickerRenderer create(FormatStyle dateStyle, int excerptLength) {
    return create(DisplayOptions.defaults().withDateStyle(dateStyle).withExcerptLength(excerptLength),
        TickerRenderer.class.getClassLoader());
  }

  /**
   * A renderer for {@code display}: its date style, excerpt length, region name and words.
   *
   * @param display the display options
   * @param loader where the site's bundle of words ({@link DisplayOptions#labelsBundle()}) is
   *     looked up, usually the web application's class loader
   * @return the renderer
   * @throws IllegalArgumentException if the display names a bundle of which no file exists
   */
  public static TickerRenderer create(DisplayOptions display, ClassLoader loader) {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(loader, "loader");
    InterfaceText labels = display.labelsBundle()
        .map(base -> InterfaceText.withSiteBundle(base, loader))
        .orElseGet(InterfaceText::shipped);
    return new TickerRenderer(display, labels);
  }

  /**
   * Where the fragment finds its stylesheet and script.
   *
   * @param stylesheet the URL of {@code ticker.css}, such as {@code /news/ticker.css?v=1a2b3c4d}
   * @param script the URL of {@code ticker.js}
   */
  public record AssetUrls(String stylesheet, String script) {
    /**
     * Checks both URLs are present.
     *
     * @param stylesheet the URL of {@code ticker.css}
     * @param script the URL of {@code ticker.js}
     */
    public AssetUrls {
      Objects.requireNonNull(stylesheet, "stylesheet");
      Objects.requireNonNull(script, "script");
    }
  }

  /**
   * What one fragment shows, for whom.
   *
   * @param languages the reader's languages; the first is the fragment's language
   * @param formatting the locale dates and the ticker's words are written in: the fragment's
   *     language or a locale that refines it, such as {@code ar-MA} for {@code ar}
   * @param limit how many items at most, at least 1
   * @param assets the asset URLs to reference, or empty for none
   * @param label the region's name for this fragment, overriding the renderer's; empty for the
   *     renderer's
   * @param display the display mode for this fragment; empty for the renderer's
   * @param tag show only items carrying this tag (compared ignoring case); empty for the
   *     renderer's tag, if it has one
   * @param source the URL {@code ticker.js} fetches this fragment again from for live updates,
   *     relative to the page that shows it or absolute; empty for no live updates
   */
  public record Fragment(
      LanguageChain languages, Locale formatting, int limit, Optional<AssetUrls> assets,
      Optional<String> label, Optional<DisplayMode> display, Optional<String> tag,
      Optional<String> source) {

    /**
     * Checks the parts.
     *
     * @param languages the reader's languages
     * @param formatting the formatting locale
     * @param limit how many items at most, at least 1
     * @param assets the asset URLs to reference, or empty for none
     * @param label the region's name for this fragment, if not the renderer's
     * @param display the display mode for this fragment, if not the renderer's
     * @param tag the tag the items shown carry, if not the renderer's
     * @param source the URL to fetch the fragment again from, if it updates itself
     * @throws IllegalArgumentException if the limit is below 1 or the label or tag blank or
     *     longer than {@value DisplayOptions#MAX_LABEL_LENGTH} characters
     */
    public Fragment {
      Objects.requireNonNull(languages, "languages");
      Objects.requireNonNull(formatting, "formatting");
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1, was " + limit);
      }
      Objects.requireNonNull(assets, "assets");
      label = Objects.requireNonNull(label, "label").map(DisplayOptions::checkLabel);
      Objects.requireNonNull(display, "display");
      tag = Objects.requireNonNull(tag, "tag").map(DisplayOptions::checkTag);
      Objects.requireNonNull(source, "source");
    }

    /**
     * A fragment in the first language of {@code languages}, dates formatted in that language,
     * without asset links or a label of its own.
     *
     * @param languages the reader's languages
     * @param limit how many items at most
     * @return the fragment
     */
    public static Fragment of(LanguageChain languages, int limit) {
      return new Fragment(languages, languages.preferred(), limit, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A copy with another formatting locale.
     *
     * @param locale the locale, such as {@code ar-MA}
     * @return the copy
     */
    public Fragment withFormatting(Locale locale) {
      return new Fragment(languages, locale, limit, assets, label, display, tag, source);
    }

    /**
     * A copy referencing assets.
     *
     * @param urls the asset URLs, or empty for none
     * @return the copy
     */
    public Fragment withAssets(Optional<AssetUrls> urls) {
      return new Fragment(languages, formatting, limit, urls, label, display, tag, source);
    }

    /**
     * A copy with a region name of its own.
     *
     * @param name the name, or empty for the renderer's
     * @return the copy
     */
    public Fragment withLabel(Optional<String> name) {
      return new Fragment(languages, formatting, limit, assets, name, display, tag, source);
    }

    /**
     * A copy in another display mode.
     *
     * @param mode the mode, or empty for the renderer's
     * @return the copy
     */
    public Fragment withDisplay(Optional<DisplayMode> mode) {
      return new Fragment(languages, formatting, limit, assets, label, mode, tag, source);
    }

    /**
     * A copy showing only the items with a tag.
     *
     * @param newTag the tag, or empty for the renderer's
     * @return the copy
     */
    public Fragment withTag(Optional<String> newTag) {
      return new Fragment(languages, formatting, limit, assets, label, display, newTag, source);
    }

    /**
     * A copy that updates itself from a URL.
     *
     * @param url where {@code ticker.js} fetches the fragment again, or empty for no updates
     * @return the copy
     */
    public Fragment withSource(Optional<String> url) {
      return new Fragment(languages, formatting, limit, assets, label, display, tag, url);
    }
  }

  /**
   * Renders the {@code limit} newest items of {@code feed} for a reader of {@code chain}'s
   * languages, dates in the first of them.
   *
   * @param feed the news
   * @param chain the reader's languages; the first is the fragment's language
   * @param limit how many items at most, at least 1
   * @param assets the asset URLs to reference, or empty for none
   * @return the fragment, ending with a line feed
   */
  public String render(
      NewsFeed feed, LanguageChain chain, int limit, Optional<AssetUrls> assets) {
    return render(feed, Fragment.of(chain, limit).withAssets(assets));
  }

  /**
   * Renders a fragment of {@code feed}.
   *
   * @param feed the news
   * @param fragment what to show, for whom
   * @return the fragment, ending with a line feed
   */
  public String render(NewsFeed feed, Fragment fragment) {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(fragment, "fragment");
    return render(feed, fragment, piecesOf(feed));
  }

  /**
   * Renders a fragment with nothing kept from one fragment to the next: the general path that
   * {@link #render(NewsFeed, Fragment)} must give the same text as.
   */
  String renderWithoutPieces(NewsFeed feed, Fragment fragment) {
    return render(feed, fragment, new VersionPieces(feed, 0));
  }

  private String render(NewsFeed feed, Fragment fragment, VersionPieces pieces) {
    LanguageChain chain = fragment.languages();
    Locale language = chain.preferred();
    LocaleParts parts = localeParts(fragment.formatting());
    InterfaceText.Words words = parts.words();
    String tag = language.toLanguageTag();
    String dir = TextDirection.of(language).htmlValue();
    Optional<String> wanted = fragment.tag().or(display::tag);
    // A limit past the feed's size shows what the size shows.
    int limit = Math.min(fragment.limit(), feed.size());
    RenderedList list = pieces.list(new ListKey(chain, fragment.formatting(), wanted, limit),
        key -> renderList(feed, key, parts, pieces));

    Motion motion = display.motion();
    StringBuilder out = new StringBuilder(1024 + list.html().length());
    out.append("<section class=\"").append(CLASS_PREFIX).append('"');
    attribute(out, "lang", tag);
    attribute(out, "dir", dir);
    attribute(out, "aria-label", fragment.label().or(() -> label).orElse(words.regionLabel()));
    // What ticker.js needs to present it: the mode, the motion, the reader's locale for numbers,
    // where to look for new news and a digest of the items to tell new news from the same.
    attribute(out, "data-nf-display", fragment.display().orElse(display.mode()).parameterValue());
    if (display.theme() != Theme.AUTO) {
      attribute(out, "data-nf-theme", display.theme().parameterValue());
    }
    out.append(parts.localeAttributes());
    attribute(out, "data-nf-speed", Integer.toString(motion.speed()));
    attribute(out, "data-nf-interval", Long.toString(motion.slideInterval().toSeconds()));
    if (fragment.source().isPresent() && !motion.updateInterval().isZero()) {
      attribute(out, "data-nf-update", Long.toString(motion.updateInterval().toSeconds()));
      attribute(out, "data-nf-src", fragment.source().get());
    }
    attribute(out, "data-nf-version", list.digest());
    out.append(parts.labelAttributes()).append(">\n");
    fragment.assets().ifPresent(
        urls -> {
          out.append("<link rel=\"stylesheet\"");
          attribute(out, "href", urls.stylesheet());
          out.append(">\n<script");
          attribute(out, "src", urls.script());
          out.append(" defer></script>\n");
        });
    out.append("<div class=\"nf-ticker__viewport\">\n").append(list.html()).append("</div>\n");
    out.append(parts.allNews());
    return out.append("</section>\n").toString();
  }

  /** The list of a fragment (its {@code <ul>}, or the paragraph saying there is no news) and its digest. */
  private RenderedList renderList(NewsFeed feed, ListKey key, LocaleParts parts, VersionPieces pieces) {
    LanguageChain chain = key.languages();
    int limit = key.limit();
    List<NewsItem> all = feed.items();
    List<Integer> shown = new ArrayList<>(Math.min(limit, all.size()));
    for (int i = 0; i < all.size() && shown.size() < limit; i++) {
      if (key.tag().isEmpty() || carries(all.get(i), key.tag().get())) {
        shown.add(i);
      }
    }
    StringBuilder list;
    if (shown.isEmpty()) {
      list = new StringBuilder(64).append("<p class=\"nf-ticker__empty\">")
          .append(Escape.forHtml(parts.words().empty())).append("</p>\n");
    } else {
      Reader reader = new Reader(chain, key.formatting());
      // Worked out once per list rather than once per item: the reader's language and its
      // truncations (ar-MA, ar), the languages in which a text is no fallback.
      String tag = chain.preferred().toLanguageTag();
      String dir = TextDirection.of(chain.preferred()).htmlValue();
      List<Locale> own = LanguageChain.of(chain.preferred()).languages();
      list = new StringBuilder(256 * shown.size() + 64).append("<ul class=\"nf-ticker__list\">\n");
      for (int index : shown) {
        list.append(pieces.item(reader, index,
            () -> item(all.get(index), chain, own, parts.dates(), tag, dir)));
      }
      list.append("</ul>\n");
    }
    String html = list.toString();
    return new RenderedList(html, Representation.digest(html.getBytes(StandardCharsets.UTF_8), 9));
  }

  /** The parts of every fragment written for one formatting locale, attributes escaped. */
  private LocaleParts localeParts(Locale formatting) {
    return localeParts.get(formatting, this::makeLocaleParts);
  }

  private LocaleParts makeLocaleParts(Locale formatting) {
    InterfaceText.Words words = labels.forLocale(formatting);
    StringBuilder locale = new StringBuilder();
    attribute(locale, "data-nf-locale", formatting.toLanguageTag());
    // The digits of the dates (java.time's CLDR decimal style), for the slides' counter: a
    // browser's own Arabic digits may differ from the server's (Chromium writes ar in Latin ones).
    attribute(locale, "data-nf-zero", String.valueOf(DecimalStyle.of(formatting).getZeroDigit()));
    StringBuilder buttons = new StringBuilder();
    attribute(buttons, "data-nf-label-pause", words.pause());
    attribute(buttons, "data-nf-label-play", words.play());
    attribute(buttons, "data-nf-label-previous", words.previous());
    attribute(buttons, "data-nf-label-next", words.next());
    attribute(buttons, "data-nf-label-slide", words.slide());
    attribute(buttons, "data-nf-label-pause-updates", words.pauseUpdates());
    attribute(buttons, "data-nf-label-resume-updates", words.resumeUpdates());
    StringBuilder more = new StringBuilder();
    display.allNews().ifPresent(link -> {
      more.append("<p class=\"nf-ticker__more\"><a class=\"nf-ticker__all\"");
      attribute(more, "href", link.toString());
      more.append('>').append(Escape.forHtml(words.allNews())).append("</a></p>\n");
    });
    return new LocaleParts(words, LocalizedDateFormat.of(dateStyle, formatting),
        locale.toString(), buttons.toString(), more.toString());
  }

  /** One item's {@code <li>}, for a reader of {@code chain} whose own languages are {@code own}. */
  private String item(
      NewsItem item,
      LanguageChain chain,
      List<Locale> own,
      LocalizedDateFormat dates,
      String tag,
      String dir) {
    ResolvedText resolved = chain.resolve(item);
    // The date is written for the reader, in the reader's language, whatever the text's.
    ItemTextForms text = ItemTextForms.of(item.published(), resolved.text(), dates);
    StringBuilder out = new StringBuilder(256);
    out.append("<li class=\"nf-ticker__item\"");
    // Which item this is, so that a live update keeps the one in view where it stands.
    attribute(out, "data-nf-item", item.id());
    // What ResolvedText.isFallback says, with the reader's truncations worked out once per list.
    boolean fallback = !own.contains(resolved.language());
    if (fallback) {
      attribute(out, "lang", text.language());
      attribute(out, "dir", text.direction());
    }
    out.append("><time class=\"nf-ticker__date\"");
    if (fallback) {
      attribute(out, "lang", tag);
    }
    // dir isolates the date from the title that follows (HTML §15.3.5 [dir] { unicode-bidi:
    // isolate }): a date that ends in digits would otherwise join a right-to-left title's run.
    attribute(out, "dir", dir);
    attribute(out, "datetime", text.isoDate());
    out.append('>').append(text.date(TextForm.HTML)).append("</time> ");
    Optional<String> href = text.link(TextForm.HTML_ATTRIBUTE);
    // The text's own direction, from its first strong character: a French title may start with
    // an Arabic name, an English one with a French quotation.
    if (href.isPresent()) {
      // The model admits only absolute http and https links, and the form escapes them.
      out.append("<a class=\"nf-ticker__title\" dir=\"auto\" href=\"").append(href.get()).append("\">")
          .append(text.title(TextForm.HTML)).append("</a>");
    } else {
      out.append("<span class=\"nf-ticker__title\" dir=\"auto\">").append(text.title(TextForm.HTML))
          .append("</span>");
    }
    text.dateline(TextForm.HTML).ifPresent(
        dateline -> out.append(" <span class=\"nf-ticker__dateline\" dir=\"auto\">").append(dateline)
            .append("</span>"));
    if (excerptLength > 0) {
      String summary = String.join(" ", text.summary(TextForm.PLAIN));
      if (!summary.isEmpty()) {
        Excerpt excerpt = excerpts.computeIfAbsent(
            resolved.text().language(), language -> Excerpt.of(excerptLength, language));
        out.append(" <span class=\"nf-ticker__excerpt\" dir=\"auto\">")
            .append(TextForm.HTML.apply(excerpt.cut(summary))).append("</span>");
      }
    }
    return out.append("</li>\n").toString();
  }

  /** The pieces of {@code feed}: those kept if it is the feed rendered last, else new ones. */
  private VersionPieces piecesOf(NewsFeed feed) {
    VersionPieces found = pieces.get();
    if (found != null && found.feed.get() == feed) {
      return found;
    }
    VersionPieces made = new VersionPieces(feed, MAX_KEPT_CHARS);
    // Two fragments of two versions rendered at once may each replace the other's: each goes on
    // with its own pieces, so that none ever mixes two versions.
    pieces.set(made);
    return made;
  }

  /**
   * What was rendered from one feed, identified by the instance (a servlet's snapshot holds one
   * per version; equal news reloaded is a new instance and starts afresh). Weakly held, so that
   * the renderer never keeps an old version alive. Bounded by {@link #MAX_KEPT_CHARS} and {@link
   * #MAX_LISTS}; a race renders a piece twice, the same text, and keeps one.
   */
  private static final class VersionPieces {
    final WeakReference<NewsFeed> feed;
    private final int budget;
    private final AtomicInteger kept = new AtomicInteger();
    private final ConcurrentHashMap<ListKey, RenderedList> lists = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Reader, ConcurrentHashMap<Integer, String>> items =
        new ConcurrentHashMap<>();

    VersionPieces(NewsFeed feed, int budget) {
      this.feed = new WeakReference<>(feed);
      this.budget = budget;
    }

    RenderedList list(ListKey key, Function<ListKey, RenderedList> render) {
      RenderedList found = lists.get(key);
      if (found != null) {
        return found;
      }
      RenderedList made = render.apply(key);
      if (lists.size() < MAX_LISTS && reserve(made.html().length())) {
        RenderedList raced = lists.putIfAbsent(key, made);
        return raced != null ? raced : made;
      }
      return made;
    }

    String item(Reader reader, int index, Supplier<String> render) {
      ConcurrentHashMap<Integer, String> byIndex = items.get(reader);
      String found = byIndex == null ? null : byIndex.get(index);
      if (found != null) {
        return found;
      }
      String made = render.get();
      if (reserve(made.length())) {
        items.computeIfAbsent(reader, r -> new ConcurrentHashMap<>()).putIfAbsent(index, made);
      }
      return made;
    }

    private boolean reserve(int chars) {
      while (true) {
        int before = kept.get();
        if (before + chars > budget) {
          return false;
        }
        if (kept.compareAndSet(before, before + chars)) {
          return true;
        }
      }
    }
  }

  /** Whom an item's {@code <li>} is written for: its text and its date depend on nothing else. */
  private record Reader(LanguageChain languages, Locale formatting) {}

  /** What a fragment's list depends on: the reader, the tag the items carry and how many. */
  private record ListKey(LanguageChain languages, Locale formatting, Optional<String> tag, int limit) {}

  /** A fragment's list and the digest of its UTF-8 bytes ({@code data-nf-version}). */
  private record RenderedList(String html, String digest) {}

  /**
   * What every fragment for one formatting locale shares: its words, its dates, and its locale,
   * button and "all news" markup, escaped.
   */
  private record LocaleParts(
      InterfaceText.Words words, LocalizedDateFormat dates, String localeAttributes,
      String labelAttributes, String allNews) {}

  /** Whether a text of the item carries the tag, ignoring case (tags differ by language). */
  private static boolean carries(NewsItem item, String tag) {
    for (ItemText text : item.texts()) {
      for (String candidate : text.tags()) {
        if (candidate.equalsIgnoreCase(tag)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void attribute(StringBuilder out, String name, String value) {
    out.append(' ').append(name).append("=\"").append(Escape.forHtmlAttribute(value)).append('"');
  }
}
