// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import dev.newsfeed.LanguageChain;
import dev.newsfeed.servlet.AssetLinks;
import dev.newsfeed.servlet.DisplayMode;
import dev.newsfeed.servlet.DisplayOptions;
import dev.newsfeed.servlet.LanguageNegotiator;
import dev.newsfeed.servlet.TickerOptions;
import dev.newsfeed.servlet.TickerRenderer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The HTTP behaviour of the servlet as a plain function from a {@link Request} to a {@link
 * Response}, so that routing, negotiation, conditional requests, CORS and bad-request handling are
 * tested without a container.
 *
 * <p>Routes (relative to the servlet's mapping): {@code /ticker}, {@code /ticker.css}, {@code
 * /ticker.js}, one per configured feed document ({@code /feed.json} …) and {@code /status}. Methods
 * GET and HEAD, and OPTIONS for CORS preflight. No request can make this class throw: every
 * problem with client input is a 4xx answer with a one-line plain-text reason.
 */
public final class Endpoints {

  /** Query parameter choosing the language. */
  public static final String LANG = "lang";
  /** Query parameter limiting the number of items. */
  public static final String LIMIT = "limit";
  /** Query parameter choosing whether the fragment references its assets. */
  public static final String ASSETS = "assets";
  /** Query parameter carrying an asset's version. */
  public static final String VERSION = "v";
  /** Query parameter naming the ticker's region for this fragment. */
  public static final String LABEL = "label";
  /** Query parameter choosing the display mode. */
  public static final String DISPLAY = "display";
  /** Query parameter choosing the tag the items shown carry. */
  public static final String TAG = "tag";

  /** The query parameters the endpoints read; the servlet passes these and no others. */
  public static final List<String> PARAMETERS = List.of(LANG, LIMIT, ASSETS, VERSION, LABEL, DISPLAY, TAG);

  /** The request headers the endpoints read, lower case; the servlet passes these and no others. */
  public static final List<String> HEADERS =
      List.of(
          "accept-language", "accept-encoding", "if-match", "if-unmodified-since", "if-none-match",
          "if-modified-since", "origin", "access-control-request-method");

  private static final String TICKER = "/ticker";
  private static final String STATUS = "/status";
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String PLAIN_TEXT = "text/plain; charset=utf-8";

  /**
   * A request, reduced to what the endpoints look at.
   *
   * @param method the HTTP method, upper case
   * @param path the path within the servlet, such as {@code /ticker}
   * @param include whether this is a {@code RequestDispatcher.include}: then only the body counts
   * @param contextPath the web application's context path, such as {@code /app}; empty for the
   *     root context. The feeds' site link is the application's root, {@code /app/}
   * @param basePath the URL path the servlet is mapped at, context path included, such as {@code
   *     /app/news}, used to build asset URLs and the feeds' self links
   * @param serverUrl the scheme, host and port the request was sent to, such as {@code
   *     https://www.example.org}, for links inside feeds when no site URL is configured; may be
   *     empty for a path that does not use it ({@link #usesServerUrl})
   * @param parameters the query parameters named in {@link #PARAMETERS} that are present; for an
   *     include, those of the include's own query string ({@code <jsp:param>} or {@code
   *     page="/news/ticker?lang=fr"}), never the including page's
   * @param headers the headers named in {@link #HEADERS} that are present, keys lower case
   * @param pageLanguages for an include, the languages the including page gives, first first (its
   *     request attribute, its own {@code lang} parameter); they come after the include's own
   *     {@code lang} and before {@code Accept-Language}. Empty otherwise
   */
  public record Request(
      String method,
      String path,
      boolean include,
      String contextPath,
      String basePath,
      String serverUrl,
      Map<String, String> parameters,
      Map<String, String> headers,
      List<String> pageLanguages) {

    /**
     * Copies the maps.
     *
     * @param method the HTTP method, upper case
     * @param path the path within the servlet
     * @param include whether this is an include
     * @param contextPath the web application's context path; empty for the root context
     * @param basePath the URL path the servlet is mapped at, starting with the context path
     * @param serverUrl the scheme, host and port the request was sent to
     * @param parameters the query parameters present
     * @param headers the headers present, keys lower case
     * @param pageLanguages for an include, the languages the including page gives
     * @throws IllegalArgumentException if {@code basePath} does not start with {@code contextPath}
     */
    public Request {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(contextPath, "contextPath");
      Objects.requireNonNull(basePath, "basePath");
      Objects.requireNonNull(serverUrl, "serverUrl");
      if (!basePath.startsWith(contextPath)) {
        throw new IllegalArgumentException(
            "basePath " + basePath + " does not start with contextPath " + contextPath);
      }
      parameters = Map.copyOf(parameters);
      headers = Map.copyOf(headers);
      pageLanguages = List.copyOf(pageLanguages);
    }

    /**
     * A request that is not given page languages.
     *
     * @param method the HTTP method, upper case
     * @param path the path within the servlet
     * @param include whether this is an include
     * @param contextPath the web application's context path; empty for the root context
     * @param basePath the URL path the servlet is mapped at, starting with the context path
     * @param serverUrl the scheme, host and port the request was sent to
     * @param parameters the query parameters present
     * @param headers the headers present, keys lower case
     */
    public Request(
        String method,
        String path,
        boolean include,
        String contextPath,
        String basePath,
        String serverUrl,
        Map<String, String> parameters,
        Map<String, String> headers) {
      this(method, path, include, contextPath, basePath, serverUrl, parameters, headers, List.of());
    }

    /**
     * A request to a servlet in the root context, where the base path is the servlet path.
     *
     * @param method the HTTP method, upper case
     * @param path the path within the servlet
     * @param include whether this is an include
     * @param basePath the URL path the servlet is mapped at
     * @param serverUrl the scheme, host and port the request was sent to
     * @param parameters the query parameters present
     * @param headers the headers present, keys lower case
     */
    public Request(
        String method,
        String path,
        boolean include,
        String basePath,
        String serverUrl,
        Map<String, String> parameters,
        Map<String, String> headers) {
      this(method, path, include, "", basePath, serverUrl, parameters, headers, List.of());
    }

    Optional<String> parameter(String name) {
      return Optional.ofNullable(parameters.get(name));
    }

    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name));
    }
  }

  /**
   * A response header.
   *
   * @param name the name
   * @param value the value
   */
  public record Header(String name, String value) {
    /**
     * Checks both parts are present.
     *
     * @param name the name
     * @param value the value
     */
    public Header {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A response.
   *
   * @param status the status code
   * @param headers the headers, in order; {@code Content-Length} is not among them
   * @param body the body; for HEAD and 304 the body that is not sent
   * @param sendBody whether the body is sent (false for HEAD and 304)
   */
  public record Response(int status, List<Header> headers, byte[] body, boolean sendBody) {
    /**
     * Copies the headers.
     *
     * @param status the status code
     * @param headers the headers, in order
     * @param body the body
     * @param sendBody whether the body is sent
     */
    public Response {
      headers = List.copyOf(headers);
      Objects.requireNonNull(body, "body");
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or empty
     */
    public Optional<String> header(String name) {
      return headers.stream()
          .filter(h -> h.name().equalsIgnoreCase(name))
          .map(Header::value)
          .findFirst();
    }

    /**
     * The body as UTF-8 text.
     *
     * @return the text
     */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final LiveFeed live;
  private final StaticAssets assets;
  private final TickerRenderer renderer;
  private final TickerOptions options;
  private final Map<String, FeedDocument> feeds;
  /** Whether the missing site URL was logged: once per servlet, at the first feed served. */
  private final AtomicBoolean siteUrlReported = new AtomicBoolean();
  private static final System.Logger LOG = System.getLogger(Endpoints.class.getName());
  private static final String SITE_URL = dev.newsfeed.servlet.InitParameters.SITE_URL;
  /** The route's headers of the news (ticker and feeds) and of /status: constants, see conditional. */
  private final List<Header> newsHeaders;
  private final List<Header> statusHeaders;
  /** The {@code Accept-Encoding} values whose answer is kept, at most {@value #MAX_ENCODINGS}. */
  private final BoundedCache<String, Boolean> gzipByHeader = new BoundedCache<>(MAX_ENCODINGS);
  private static final int MAX_ENCODINGS = 64;
  private static final List<Header> IMMUTABLE_ASSET =
      List.of(new Header("Cache-Control", IMMUTABLE), new Header("Vary", "Accept-Encoding"));
  private static final List<Header> REVALIDATED_ASSET =
      List.of(new Header("Cache-Control", "no-cache"), new Header("Vary", "Accept-Encoding"));

  /**
   * Endpoints serving {@code live}'s news.
   *
   * @param live the news
   * @param assets the stylesheet and script
   * @param renderer renders the fragment
   * @param options the configuration
   * @param feeds the feed documents by route, such as {@code /feed.json}
   */
  public Endpoints(
      LiveFeed live,
      StaticAssets assets,
      TickerRenderer renderer,
      TickerOptions options,
      Map<String, FeedDocument> feeds) {
    this.live = Objects.requireNonNull(live, "live");
    this.assets = Objects.requireNonNull(assets, "assets");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.options = Objects.requireNonNull(options, "options");
    this.feeds = Map.copyOf(feeds);
    boolean cors = !options.http().allowedOrigins().isEmpty();
    this.newsHeaders = List.of(
        new Header("Cache-Control", options.http().cacheControl()),
        new Header("Vary", cors ? "Accept-Language, Accept-Encoding, Origin" : "Accept-Language, Accept-Encoding"));
    this.statusHeaders = List.of(
        new Header("Cache-Control", "no-store"),
        new Header("Vary", cors ? "Accept-Encoding, Origin" : "Accept-Encoding"));
  }

  /**
   * Whether a request for {@code path} uses its server URL: only a feed does, for its links, when
   * no site URL is configured. The servlet skips working it out for every other request.
   *
   * @param path the path within the servlet, such as {@code /feed.atom}
   * @return whether {@link Request#serverUrl} is read
   */
  public boolean usesServerUrl(String path) {
    return options.http().siteUrl().isEmpty() && feeds.containsKey(path);
  }

  /**
   * Answers a request.
   *
   * @param request the request
   * @return the response
   */
  public Response handle(Request request) {
    Response response = dispatch(request);
    if (request.method().equals("HEAD") && response.sendBody()) {
      return new Response(response.status(), response.headers(), response.body(), false);
    }
    return response;
  }

  private Response dispatch(Request request) {
    String path = request.path();
    boolean known =
        path.equals(TICKER) || path.equals(STATUS) || feeds.containsKey(path)
            || (path.startsWith("/") && assets.named(path.substring(1)).isPresent());
    if (!known) {
      return problem(404, "Not found: this servlet serves /ticker, /ticker.css, /ticker.js, "
          + String.join(", ", feeds.keySet().stream().sorted().toList())
          + (feeds.isEmpty() ? "" : ", ") + "/status.");
    }
    String method = request.method();
    if (method.equals("OPTIONS") && !request.include()) {
      return options(request);
    }
    if (!method.equals("GET") && !method.equals("HEAD") && !request.include()) {
      return problem(405, "Method not allowed: use GET or HEAD.",
          new Header("Allow", "GET, HEAD, OPTIONS"));
    }
    if (path.equals(STATUS)) {
      return status(request);
    }
    if (path.equals(TICKER) || feeds.containsKey(path)) {
      return news(request, path);
    }
    return asset(request, assets.get(path.substring(1)));
  }

  private Response news(Request request, String path) {
    Snapshot snapshot = live.state().snapshot();
    List<String> tags = request.pageLanguages();
    if (request.parameter(LANG).isPresent()) {
      tags = new ArrayList<>(tags.size() + 1);
      tags.add(request.parameter(LANG).get());
      tags.addAll(request.pageLanguages());
    }
    Snapshot.Negotiation negotiation = snapshot.negotiate(tags, request.header("accept-language"));
    // Everything the representation is made from, as the request gave it: a request like one
    // answered before finds it without its parameters checked and its fragment described again.
    RouteKey route = new RouteKey(path, request.contextPath(), request.basePath(),
        usesServerUrl(path) ? request.serverUrl() : "", request.parameters(), negotiation);
    Optional<Representation> known = snapshot.find(route);
    if (known.isPresent()) {
      return conditional(request, known.get(), newsHeaders);
    }
    int limit;
    AssetLinks links;
    Optional<String> label;
    Optional<DisplayMode> display;
    Optional<String> tag;
    try {
      limit = limit(request.parameter(LIMIT));
      links = assetLinks(request.parameter(ASSETS));
      label = label(request.parameter(LABEL));
      display = display(request.parameter(DISPLAY));
      tag = tag(request.parameter(TAG));
    } catch (BadRequest e) {
      return problem(400, e.getMessage());
    }
    LanguageNegotiator.Negotiated negotiated = negotiation.negotiated();
    Locale language = negotiated.language();
    LanguageChain chain = negotiation.chain();
    Representation representation;
    if (path.equals(TICKER)) {
      Optional<TickerRenderer.AssetUrls> urls =
          links == AssetLinks.LINK
              ? Optional.of(new TickerRenderer.AssetUrls(
                  assetUrl(request.basePath(), StaticAssets.STYLESHEET),
                  assetUrl(request.basePath(), StaticAssets.SCRIPT)))
              : Optional.empty();
      // Where ticker.js asks for new news: this same fragment, its language pinned (the
      // formatting locale, which gives the same language and the same dates).
      StringBuilder source = new StringBuilder(request.basePath()).append(TICKER)
          .append('?').append(LANG).append('=').append(negotiated.formatting().toLanguageTag());
      request.parameter(LIMIT).ifPresent(v -> source.append('&').append(LIMIT).append('=').append(limit));
      request.parameter(ASSETS).ifPresent(v -> source.append('&').append(ASSETS).append('=').append(links.parameterValue()));
      display.ifPresent(d -> source.append('&').append(DISPLAY).append('=').append(d.parameterValue()));
      label.ifPresent(l -> source.append('&').append(LABEL).append('=').append(URLEncoder.encode(l, StandardCharsets.UTF_8)));
      tag.ifPresent(t -> source.append('&').append(TAG).append('=').append(URLEncoder.encode(t, StandardCharsets.UTF_8)));
      TickerRenderer.Fragment fragment = TickerRenderer.Fragment.of(chain, limit)
          .withFormatting(negotiated.formatting()).withAssets(urls).withLabel(label)
          .withDisplay(display).withTag(tag).withSource(Optional.of(source.toString()));
      // The formatting locale is part of the key: ar-MA and ar readers get the same Arabic news,
      // with other dates.
      representation = snapshot.cached(
          new FragmentKey(fragment),
          () -> Representation.ofText(
              renderer.render(snapshot.feed(), fragment),
              "text/html; charset=utf-8", snapshot.lastModified(), Optional.of(language)));
    } else {
      FeedDocument document = feeds.get(path);
      if (options.http().siteUrl().isEmpty() && !siteUrlReported.getAndSet(true)) {
        LOG.log(System.Logger.Level.WARNING, "feeds are served without the init parameter "
            + SITE_URL + ": their links follow each request's Host header and their entry ids are"
            + " tag:" + FeedDocuments.UNCONFIGURED_AUTHORITY + ",…, the same on every instance but"
            + " not the site's own; set " + SITE_URL + " to the public URL of the site, such as"
            + " https://www.example.org/");
      }
      URI site;
      URI self;
      try {
        // The container's root: the configured public URL, else the request's own server. The
        // context path is a path below it, so that a site served at /app links to /app/.
        URI root = options.http().siteUrl().map(Endpoints::asDirectory)
            .orElseGet(() -> URI.create(request.serverUrl() + "/"));
        site = request.contextPath().isEmpty() ? root : root.resolve(belowRoot(request.contextPath() + "/"));
        self = root.resolve(belowRoot(request.basePath() + path)
            + "?" + LANG + "=" + language.toLanguageTag());
      } catch (IllegalArgumentException e) {
        return problem(400, "Bad request: the Host header is not valid.");
      }
      representation = snapshot.cached(
          new FeedKey(path, language, limit, self, site),
          () -> Representation.of(
              document.write(snapshot.feed().latest(limit), chain, self, site,
                  options.http().siteUrl()),
              document.mediaType(), snapshot.lastModified(), Optional.of(language)));
    }
    snapshot.keep(route, representation);
    return conditional(request, representation, newsHeaders);
  }

  private Response asset(Request request, StaticAssets.Asset asset) {
    boolean versioned = request.parameter(VERSION).filter(asset.version()::equals).isPresent();
    // The versioned URL names these exact bytes for ever; any other URL must be revalidated.
    return conditional(request, asset.representation(), versioned ? IMMUTABLE_ASSET : REVALIDATED_ASSET);
  }

  private Response status(Request request) {
    // Not cached (it changes with every reload attempt), but validated like every response.
    return conditional(request, StatusDocument.of(live.state(), live.sources()), statusHeaders);
  }

  /**
   * The response for a representation: its own headers and the route's, made once per
   * representation and route ({@link Representation#headers}); only the CORS headers are added
   * per request.
   */
  private Response conditional(Request request, Representation identity, List<Header> route) {
    // An include writes into the host's response, which may be anything but gzip.
    Representation representation = !request.include() && acceptsGzipCached(request.header("accept-encoding"))
        ? identity.gzipped().orElse(identity)
        : identity;
    Representation.Headers made = representation.headers(route, Endpoints::headersOf);
    List<Header> cors = cors(request);
    List<Header> headers = cors.isEmpty() ? made.ok() : concat(made.ok(), cors);
    if (request.include()) {
      return new Response(200, headers, representation.body(), true);
    }
    Preconditions.Outcome outcome = Preconditions.evaluate(
        representation, request.header("if-match"), Optional.empty(),
        request.header("if-none-match"), Optional.empty());
    if (outcome == Preconditions.Outcome.PRECONDITION_FAILED) {
      return problem(412, "Precondition failed: the current representation has the entity tag "
          + representation.etag() + ".", headers.stream()
              .filter(h -> h.name().equals("ETag") || h.name().equals("Vary"))
              .toArray(Header[]::new));
    }
    if (outcome == Preconditions.Outcome.NOT_MODIFIED) {
      return new Response(304, cors.isEmpty() ? made.notModified() : concat(made.notModified(), cors),
          representation.body(), false);
    }
    return new Response(200, headers, representation.body(), !request.method().equals("HEAD"));
  }

  /** A representation's headers with a route's, for a 200 and for a 304. */
  private static Representation.Headers headersOf(Representation representation, List<Header> route) {
    List<Header> headers = new ArrayList<>();
    headers.add(new Header("Content-Type", representation.mediaType()));
    representation.contentEncoding().ifPresent(c -> headers.add(new Header("Content-Encoding", c)));
    headers.add(new Header("ETag", representation.etag()));
    // No Last-Modified: no date is shared by every instance serving these bytes and changed by
    // every edit (a load time differs between instances; the newest item's date misses an edit to
    // an older item), and one they disagreed on would get a 304 from one instance and a 200 from
    // another. The strong ETag validates; date preconditions are then ignored (RFC 9110 §13.1.3,
    // §13.1.4), as a recipient must when the representation has no modification date.
    representation.language()
        .ifPresent(l -> headers.add(new Header("Content-Language", l.toLanguageTag())));
    headers.add(new Header("X-Content-Type-Options", "nosniff"));
    headers.addAll(route);
    List<Header> notModified = new ArrayList<>(headers);
    notModified.removeIf(h -> h.name().equals("Content-Type") || h.name().equals("Content-Encoding"));
    return new Representation.Headers(route, List.copyOf(headers), List.copyOf(notModified));
  }

  private static List<Header> concat(List<Header> first, List<Header> second) {
    List<Header> all = new ArrayList<>(first.size() + second.size());
    all.addAll(first);
    all.addAll(second);
    return all;
  }

  /** {@link #acceptsGzip}, kept per header value: a browser sends the same one with every request. */
  private boolean acceptsGzipCached(Optional<String> header) {
    if (header.isEmpty()) {
      return false;
    }
    return gzipByHeader.get(header.get(), value -> acceptsGzip(header), header.get().length() <= 256);
  }

  /**
   * Whether an {@code Accept-Encoding} value accepts gzip (RFC 9110 §12.5.3): {@code gzip} or
   * {@code x-gzip} with a weight above 0, or {@code *} above 0 when gzip is not named.
   */
  static boolean acceptsGzip(Optional<String> header) {
    if (header.isEmpty() || header.get().length() > 1024) {
      return false;
    }
    Optional<Boolean> named = Optional.empty();
    boolean any = false;
    for (String element : header.get().split(",")) {
      String[] parts = element.split(";");
      String coding = parts[0].strip().toLowerCase(Locale.ROOT);
      boolean accepted = true;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
        if (parameter.startsWith("q=")) {
          // qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ); a bad one refuses.
          accepted = parameter.matches("q=(0\\.[0-9]{0,3}|1(\\.0{0,3})?)")
              && !parameter.matches("q=0(\\.0{0,3})?");
        }
      }
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        named = Optional.of(named.orElse(false) || accepted);
      } else if (coding.equals("*")) {
        any = accepted;
      }
    }
    return named.orElse(any);
  }


  /** A CORS preflight (Fetch standard §3.2.2 "CORS-preflight request"), or a plain OPTIONS. */
  private Response options(Request request) {
    List<Header> headers = new ArrayList<>();
    headers.add(new Header("Allow", "GET, HEAD, OPTIONS"));
    Optional<String> origin = request.header("origin").filter(options.http()::allowsOrigin);
    Optional<String> method = request.header("access-control-request-method");
    if (origin.isPresent() && method.isPresent()) {
      headers.add(new Header("Vary", "Origin, Access-Control-Request-Method"));
      if (method.get().equals("GET") || method.get().equals("HEAD")) {
        headers.add(new Header("Access-Control-Allow-Origin", origin.get()));
        headers.add(new Header("Access-Control-Allow-Methods", "GET, HEAD"));
        headers.add(new Header("Access-Control-Allow-Headers",
            "Accept, Accept-Language, If-None-Match, If-Modified-Since"));
        headers.add(new Header("Access-Control-Max-Age", "600"));
      }
    } else if (!options.http().allowedOrigins().isEmpty()) {
      headers.add(new Header("Vary", "Origin, Access-Control-Request-Method"));
    }
    return new Response(204, headers, new byte[0], false);
  }

  /**
   * Echoes an allowed origin (Fetch standard §3.2.3); no credentials are ever allowed. The entity
   * tag is exposed, so that a fetched ticker can ask for new news conditionally.
   */
  private List<Header> cors(Request request) {
    Optional<String> origin = request.header("origin").filter(options.http()::allowsOrigin);
    if (origin.isEmpty()) {
      return List.of();
    }
    return List.of(new Header("Access-Control-Allow-Origin", origin.get()),
        new Header("Access-Control-Expose-Headers", "ETag"));
  }

  private AssetLinks assetLinks(Optional<String> value) throws BadRequest {
    if (value.isEmpty()) {
      return options.display().assets();
    }
    Optional<AssetLinks> named = AssetLinks.named(value.get());
    if (named.isEmpty()) {
      throw new BadRequest("assets must be link or none.");
    }
    return named.get();
  }

  private static Optional<DisplayMode> display(Optional<String> value) throws BadRequest {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<DisplayMode> mode = DisplayMode.named(value.get());
    if (mode.isEmpty()) {
      throw new BadRequest("display must be scroll, list or slides.");
    }
    return mode;
  }

  private static Optional<String> tag(Optional<String> value) throws BadRequest {
    if (value.isEmpty()) {
      return value;
    }
    String tag = value.get().strip();
    if (tag.isEmpty() || tag.length() > DisplayOptions.MAX_LABEL_LENGTH) {
      throw new BadRequest("tag must be 1 to " + DisplayOptions.MAX_LABEL_LENGTH + " characters.");
    }
    return Optional.of(tag);
  }

  private static Optional<String> label(Optional<String> value) throws BadRequest {
    if (value.isEmpty()) {
      return value;
    }
    String label = value.get().strip();
    if (label.isEmpty() || label.length() > DisplayOptions.MAX_LABEL_LENGTH) {
      throw new BadRequest("label must be 1 to " + DisplayOptions.MAX_LABEL_LENGTH + " characters.");
    }
    return Optional.of(label);
  }

  private int limit(Optional<String> value) throws BadRequest {
    if (value.isEmpty()) {
      return options.display().maxItems();
    }
    String digits = value.get();
    if (digits.isEmpty() || digits.length() > 1000 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new BadRequest("limit must be a positive integer such as 5.");
    }
    String significant = digits.replaceFirst("^0+", "");
    if (significant.isEmpty()) {
      throw new BadRequest("limit must be a positive integer such as 5.");
    }
    // Above the maximum is clamped, however many digits it has.
    return significant.length() > 9 ? options.display().maxItems()
        : Math.min(Integer.parseInt(significant), options.display().maxItems());
  }

  /**
   * The URL of an asset under the servlet's mapping, with its version.
   *
   * @param basePath the servlet's URL path, such as {@code /news}
   * @param name the asset's file name
   * @return the URL, such as {@code /news/ticker.js?v=Xy3_a9Qe}
   */
  public String assetUrl(String basePath, String name) {
    return basePath + "/" + name + "?" + VERSION + "=" + assets.get(name).version();
  }

  private static Response problem(int status, String reason, Header... more) {
    List<Header> headers = new ArrayList<>();
    headers.add(new Header("Content-Type", PLAIN_TEXT));
    headers.add(new Header("Cache-Control", "no-store"));
    headers.add(new Header("X-Content-Type-Options", "nosniff"));
    headers.addAll(List.of(more));
    return new Response(status, headers, (reason + "\n").getBytes(StandardCharsets.UTF_8), true);
  }

  /** A fragment's key: everything it is rendered from (the record's value equality). */
  private record FragmentKey(TickerRenderer.Fragment fragment) {}

  /** A URL whose path ends with a slash, so that relative paths resolve below it. */
  private static URI asDirectory(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? url : URI.create(text + "/");
  }

  /** A path from the server root, made relative so that it resolves below a site URL's path. */
  private static String belowRoot(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  /** What a news route's representation is made from, as a request gives it. */
  private record RouteKey(
      String path, String contextPath, String basePath, String serverUrl, Map<String, String> parameters,
      Snapshot.Negotiation negotiation) {}

  private record FeedKey(String path, Locale language, int limit, URI self, URI site) {}

  private static final class BadRequest extends Exception {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message, null, false, false);
    }
  }
}
