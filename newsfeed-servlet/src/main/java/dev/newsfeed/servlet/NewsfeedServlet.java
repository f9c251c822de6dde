// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.servlet.internal.BoundedCache;
import dev.newsfeed.servlet.internal.Endpoints;
import dev.newsfeed.servlet.internal.FeedDocuments;
import dev.newsfeed.servlet.internal.IncludedText;
import dev.newsfeed.servlet.internal.LiveFeed;
import dev.newsfeed.servlet.internal.StaticAssets;
import dev.newsfeed.servlet.internal.source.SourceSet;
import dev.newsfeed.servlet.internal.source.TickerSources;
import dev.newsfeed.servlet.jdbc.JdbcNewsProvider;
import dev.newsfeed.text.Escape;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the news ticker, its assets, the feeds and a status document; a thin adapter from the
 * Servlet API to plain, container-free classes.
 *
 * <p>Map it at a path prefix such as {@code /news/*}. Routes, relative to that prefix:
 *
 * <ul>
 *   <li>{@code GET /ticker?lang=fr&limit=5&assets=none&label=…} — the HTML fragment ({@link
 *       TickerRenderer}). Through {@code RequestDispatcher.include} (and so {@code <jsp:include
 *       page="/news/ticker"/>}) it writes only the fragment and touches no header. It reads only
 *       the parameters of the include itself ({@code <jsp:param>}, or a query in the included
 *       path), never those of the including page, except for the language, which is the
 *       include's {@code lang} parameter, else the request attribute {@value #LANGUAGE_ATTRIBUTE}
 *       (a {@code Locale} or a language tag), else JSTL's {@code <fmt:setLocale scope="request">},
 *       else the including page's own {@code lang} parameter, else {@code Accept-Language}. Every
 *       character the host response's charset cannot encode is written as a numeric character
 *       reference, so that an ISO-8859-1 page shows Arabic news correctly.
 *   <li>{@code GET /ticker.css}, {@code GET /ticker.js} — the fragment's styling and behaviour.
 *       With the {@code v} parameter the fragment gives them, they are cached for a year.
 *   <li>{@code GET /feed.json} (JSON Feed 1.1), {@code /feed.atom}, {@code /feed.rss} — the feeds
 *       for the negotiated language.
 *   <li>{@code GET /status} — JSON: version, item counts per language, last reload and its
 *       diagnostics, and each source's state: last attempt and success, next attempt, HTTP status.
 * </ul>
 *
 * <p>The language is the {@code lang} parameter, else the {@code Accept-Language} header, else the
 * default ({@link LanguageNegotiator}). Responses carry a strong {@code ETag} derived from their
 * bytes, the same on every instance serving the same news, and answer {@code If-None-Match} with
 * 304; they carry no {@code Last-Modified}, which instances could not agree on. Client input never
 * causes a 500: a bad {@code limit} is a 400 with a one-line reason, an unknown path a 404.
 *
 * <p>Three ways to set it up:
 *
 * <ul>
 *   <li>in {@code web.xml} (or with {@code ServletContext.addServlet(name, NewsfeedServlet.class)}):
 *       configured by its init parameters, see {@link InitParameters};
 *   <li>{@code new NewsfeedServlet(options)}: file sources from {@link SourceSettings#locations()};
 *   <li>{@code new NewsfeedServlet(provider, options)}: news supplied by a {@link NewsProvider}.
 * </ul>
 *
 * <p>In {@code web.xml}:
 *
 * <pre>{@code
 * <servlet>
 *   <servlet-name>news</servlet-name>
 *   <servlet-class>dev.newsfeed.servlet.NewsfeedServlet</servlet-class>
 *   <init-param><param-name>sources</param-name><param-value>/srv/news</param-value></init-param>
 *   <init-param><param-name>languages</param-name><param-value>fr, en, ar</param-value></init-param>
 *   <load-on-startup>1</load-on-startup>
 * </servlet>
 * <servlet-mapping><servlet-name>news</servlet-name><url-pattern>/news/*</url-pattern></servlet-mapping>
 * }</pre>
 *
 * <p>then {@code <jsp:include page="/news/ticker"/>} in a page, or, on any page, {@code <div
 * data-newsfeed-src="/news/ticker"></div>} with {@code <script src="/news/ticker.js"
 * defer></script>}.
 *
 * <p>A wrong configuration fails {@link #init()} with one message naming the init parameter and
 * what was expected. Sources that cannot be read do not: each source keeps its last good version
 * and its own status on {@code /status}, so one that fails at start-up (a file not there yet, a
 * feed server down) leaves the others serving and is read once it can be; with none read yet the
 * ticker is empty and valid. Files are published only once they have stopped changing (two polls
 * a reload interval apart see the same size, time and content), so a file caught half-written is
 * never served; errors go to {@link System.Logger} and {@code /status}.
 */
public final class NewsfeedServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /**
   * The request attribute by which a page that includes the ticker gives its language: a {@link
   * Locale} or a BCP 47 tag such as {@code fr}. Set it once for every include of the request, in a
   * filter or at the top of the page ({@code <c:set var="dev.newsfeed.lang" value="fr"
   * scope="request"/>}).
   */
  public static final String LANGUAGE_ATTRIBUTE = "dev.newsfeed.lang";

  /** Where JSTL's {@code <fmt:setLocale scope="request">} keeps its locale (JSTL 3.0 Config). */
  private static final String JSTL_LOCALE_ATTRIBUTE = "jakarta.servlet.jsp.jstl.fmt.locale.request";

  private static final System.Logger LOG = System.getLogger(NewsfeedServlet.class.getName());

  /** Set by the programmatic constructors; null when configured by init parameters. */
  private final transient TickerOptions givenOptions;

  private final transient NewsProvider givenProvider;
  private transient LiveFeed live;
  private transient Endpoints endpoints;
  /** The parameters per query string (and request encoding), at most {@value #MAX_QUERIES}. */
  private final transient BoundedCache<String, Map<String, String>> parametersByQuery =
      new BoundedCache<>(MAX_QUERIES);
  private static final int MAX_QUERIES = 256;
  private static final int MAX_QUERY_LENGTH = 2048;
  private static final Set<String> OWN_PARAMETERS = Set.copyOf(Endpoints.PARAMETERS);

  /** A servlet configured by its init parameters, for {@code web.xml}. */
  public NewsfeedServlet() {
    this.givenOptions = null;
    this.givenProvider = null;
  }

  /**
   * A servlet reading the files of {@code options}; init parameters are ignored.
   *
   * @param options the configuration, with at least one source
   */
  public NewsfeedServlet(TickerOptions options) {
    this.givenOptions = Objects.requireNonNull(options, "options");
    this.givenProvider = null;
  }

  /**
   * A servlet serving the news {@code provider} supplies; init parameters and the {@linkplain
   * SourceSettings#locations() source locations} are ignored.
   *
   * @param provider supplies the news, polled every {@link SourceSettings#reloadInterval()}
   * @param options the configuration
   */
  public NewsfeedServlet(NewsProvider provider, TickerOptions options) {
    this.givenOptions = Objects.requireNonNull(options, "options");
    this.givenProvider = Objects.requireNonNull(provider, "provider");
  }

  @Override
  public void init() throws ServletException {
    TickerOptions options;
    SourceSet sources;
    Clock clock = Clock.systemUTC();
    try {
      options =
          givenOptions != null
              ? givenOptions
              : InitParameters.read(
                  Collections.list(getInitParameterNames()), this::getInitParameter);
      sources =
          givenProvider != null
              ? SourceSet.of(givenProvider, label(givenProvider), clock, options.sources().reloadInterval())
              : TickerSources.resolve(options.sources().locations(), new TickerSources.Settings(
                  InitParameters.SOURCES,
                  TickerSources.parser(options.sources().reading()),
                  options.sources().reloadInterval(),
                  options.sources().fetch(),
                  clock,
                  getServletContext()::getRealPath,
                  classLoader(),
                  jndiName -> JdbcNewsProvider.lookup(jndiName, options.sources().database())
                      .withStrictness(options.sources().reading().strictness())));
    } catch (IllegalArgumentException e) {
      throw new ServletException(prefix() + Escape.forLog(e.getMessage()));
    }
    try {
      live = LiveFeed.start(sources, feed -> negotiator(options, feed), clock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sources.close();
      throw new ServletException(prefix() + "interrupted while reading the sources", e);
    }
    if (!options.sources().reloadInterval().isZero()) {
      live.startPolling(options.sources().reloadInterval());
    }
    TickerRenderer renderer;
    try {
      renderer = TickerRenderer.create(options.display(), classLoader());
    } catch (IllegalArgumentException e) {
      live.close();
      throw new ServletException(prefix() + "init parameter " + InitParameters.LABELS_BUNDLE + ": "
          + Escape.forLog(e.getMessage()));
    }
    endpoints =
        new Endpoints(
            live, StaticAssets.load(clock.instant()), renderer, options, FeedDocuments.available());
    LOG.log(Level.INFO, "newsfeed: serving version {0} ({1} items)",
        live.snapshot().version(), live.snapshot().feed().size());
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (endpoints == null) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    boolean include = request.getDispatcherType() == DispatcherType.INCLUDE;
    Endpoints.Response answer;
    try {
      answer = endpoints.handle(toRequest(request, include));
    } catch (MalformedRequest e) {
      answer = null;
      if (!include) {
        write(response, 400, "Bad request: the query string is not valid.\n");
      }
    } catch (RuntimeException e) {
      // Not reachable by client input (the endpoints answer every request); a bug if it happens.
      LOG.log(Level.ERROR, "newsfeed: cannot answer " + Escape.forLog(request.getRequestURI()) + ": "
          + Escape.forLog(String.valueOf(e)));
      LOG.log(Level.DEBUG, "newsfeed: failure", e);
      answer = null;
      if (!include && !response.isCommitted()) {
        write(response, 500, "Internal error.\n");
      }
    }
    if (answer == null) {
      return;
    }
    if (include) {
      writeIncluded(response, answer);
    } else {
      write(response, answer);
    }
  }

  @Override
  public void destroy() {
    if (live != null) {
      live.close();
    }
  }

  private Endpoints.Request toRequest(HttpServletRequest request, boolean include) {
    String contextPath = request.getContextPath();
    String servletPath = request.getServletPath();
    String pathInfo = request.getPathInfo();
    Set<String> own = OWN_PARAMETERS;
    List<String> pageLanguages = List.of();
    if (include) {
      contextPath = (String) request.getAttribute(RequestDispatcher.INCLUDE_CONTEXT_PATH);
      servletPath = (String) request.getAttribute(RequestDispatcher.INCLUDE_SERVLET_PATH);
      pathInfo = (String) request.getAttribute(RequestDispatcher.INCLUDE_PATH_INFO);
      own = parameterNames((String) request.getAttribute(RequestDispatcher.INCLUDE_QUERY_STRING));
      pageLanguages = new ArrayList<>();
      languageTag(request.getAttribute(LANGUAGE_ATTRIBUTE)).ifPresent(pageLanguages::add);
      languageTag(request.getAttribute(JSTL_LOCALE_ATTRIBUTE)).ifPresent(pageLanguages::add);
    }
    Map<String, String> parameters;
    String method = request.getMethod();
    // A forward or an error dispatch merges other parameters with those of its query string.
    if (request.getDispatcherType() == DispatcherType.REQUEST
        && (method.equals("GET") || method.equals("HEAD"))) {
      parameters = queryParameters(request);
    } else {
      parameters = new HashMap<>();
      readParameters(request, own, parameters, pageLanguages);
    }
    Map<String, String> headers = new HashMap<>();
    for (String name : Endpoints.HEADERS) {
      String value = request.getHeader(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    return new Endpoints.Request(
        method.toUpperCase(Locale.ROOT),
        pathInfo == null ? "" : pathInfo,
        include,
        nullToEmpty(contextPath),
        nullToEmpty(contextPath) + nullToEmpty(servletPath),
        endpoints.usesServerUrl(nullToEmpty(pathInfo)) ? serverUrl(request) : "",
        parameters,
        headers,
        pageLanguages);
  }

  /**
   * The parameters of a GET or HEAD request, which come from its query string alone (Servlet 6.0
   * §3.1.1: a body is read for parameters only in a POST form): decoded by the container the
   * first time a query string is seen, then kept per query string and request encoding, so that
   * the many requests for one ticker URL do not each have the container parse it.
   */
  private Map<String, String> queryParameters(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return Map.of();
    }
    String key = query + '\u0000' + request.getCharacterEncoding();
    return parametersByQuery.get(key, k -> {
      Map<String, String> parameters = new HashMap<>();
      readParameters(request, OWN_PARAMETERS, parameters, new ArrayList<>());
      return Map.copyOf(parameters);
    }, key.length() <= MAX_QUERY_LENGTH);
  }

  private static void readParameters(
      HttpServletRequest request, Set<String> own, Map<String, String> parameters,
      List<String> pageLanguages) {
    try {
      for (String name : Endpoints.PARAMETERS) {
        // In an include, the include's own parameters come first (Servlet 6.0 §9.1.1); those of
        // the including page are not the ticker's, except its language.
        String value = request.getParameter(name);
        if (value != null && own.contains(name)) {
          parameters.put(name, value);
        } else if (value != null && name.equals(Endpoints.LANG)) {
          pageLanguages.add(value);
        }
      }
    } catch (RuntimeException e) {
      // Containers differ on bad percent-encoding: some skip the parameter, some throw.
      throw new MalformedRequest(e);
    }
  }

  /** The names in a query string, such as {@code lang} and {@code limit} in {@code lang=fr&limit=3}. */
  private static Set<String> parameterNames(String query) {
    if (query == null || query.isEmpty()) {
      return Set.of();
    }
    Set<String> names = new HashSet<>();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      // Parameter names are plain ASCII here; a percent-encoded one is no name of ours.
      names.add(equals < 0 ? pair : pair.substring(0, equals));
    }
    return names;
  }

  /** A page language from a request attribute: a Locale or a tag. */
  private static Optional<String> languageTag(Object attribute) {
    if (attribute instanceof Locale locale) {
      return Optional.of(locale.toLanguageTag());
    }
    if (attribute instanceof String tag) {
      return Optional.of(tag);
    }
    return Optional.empty();
  }

  /** The scheme, host and port as the container parsed them (it rejects a malformed Host). */
  private static String serverUrl(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort = port <= 0
        || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String host = request.getServerName();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]"; // an IPv6 literal
    }
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }

  private static void write(HttpServletResponse response, Endpoints.Response answer)
      throws IOException {
    response.setStatus(answer.status());
    for (Endpoints.Header header : answer.headers()) {
      if (header.name().equals("Content-Type")) {
        response.setContentType(header.value());
      } else {
        response.setHeader(header.name(), header.value());
      }
    }
    if (answer.status() != HttpServletResponse.SC_NOT_MODIFIED
        && answer.status() != HttpServletResponse.SC_NO_CONTENT) {
      response.setContentLength(answer.body().length);
    }
    if (answer.sendBody()) {
      response.getOutputStream().write(answer.body());
    }
  }

  /**
   * Writes the body alone (an included servlet must not touch the status or headers), in the
   * host response's charset, each character it cannot encode as a numeric character reference.
   */
  private static void writeIncluded(HttpServletResponse response, Endpoints.Response answer)
      throws IOException {
    if (answer.status() != HttpServletResponse.SC_OK) {
      LOG.log(Level.WARNING, "newsfeed: include answered {0}: {1}", answer.status(),
          Escape.forLog(answer.text().strip()));
      return;
    }
    Charset charset = IncludedText.charsetOf(response.getCharacterEncoding());
    String text = IncludedText.encodable(answer.text(), charset);
    try {
      PrintWriter writer = response.getWriter();
      writer.write(text);
      writer.flush();
    } catch (IllegalStateException e) {
      // The including page already writes through the output stream.
      response.getOutputStream().write(text.getBytes(charset));
    }
  }

  private static void write(HttpServletResponse response, int status, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static LanguageNegotiator negotiator(TickerOptions options, NewsFeed feed) {
    return LanguageNegotiator.of(
        options.http().defaultLanguage(),
        options.http().languages().isEmpty() ? feed.languages() : options.http().languages());
  }

  /** What {@code /status} and diagnostics call a provider: a database provider names its table. */
  private static String label(NewsProvider provider) {
    return provider instanceof JdbcNewsProvider ? provider.toString() : "news provider";
  }

  private String prefix() {
    String name = getServletConfig() == null ? null : getServletName();
    return "newsfeed servlet" + (name == null ? "" : " " + name) + ": ";
  }

  private ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : NewsfeedServlet.class.getClassLoader();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The container could not decode the query string. */
  private static final class MalformedRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedRequest(Throwable cause) {
      super(cause);
    }
  }
}
