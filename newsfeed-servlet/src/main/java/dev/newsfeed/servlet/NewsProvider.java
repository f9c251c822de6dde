// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import dev.newsfeed.NewsFeed;
import dev.newsfeed.ParseResult;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Supplies the news a {@link NewsfeedServlet} serves, for integrators who hold their news in
 * memory or a database rather than in files.
 *
 * <p>The servlet calls {@link #load()} once when it starts, then, every reload interval, calls
 * {@link #changeStamp()} from one background thread and loads again when the stamp differs from
 * the one taken before the previous load (or cannot be taken). A load that fails keeps the last
 * good news serving and reports the failure on {@code /status}; one that fails at start-up does
 * not stop the servlet, which serves an empty ticker until a load succeeds (an {@link
 * IOException} is retried at the next interval, invalid news once the stamp moves). A load that
 * returns news equal to the current news changes nothing (the version and the entity tags stay).
 *
 * <p>For a SQL table, {@link dev.newsfeed.servlet.jdbc.JdbcNewsProvider} is ready-made. Example,
 * news held in memory or behind an application's own repository:
 *
 * <pre>{@code
 * NewsProvider provider = NewsProvider.fromSupplier(() -> NewsFeed.of(newsRepository.latest(50)));
 * servletContext.addServlet("news", new NewsfeedServlet(provider, TickerOptions.defaults()))
 *     .addMapping("/news/*");
 * }</pre>
 *
 * <p>Implementations must be thread-safe: {@code load} and {@code changeStamp} may be called from
 * the servlet's reload thread while the container initialises or stops it.
 */
@FunctionalInterface
public interface NewsProvider {

  /**
   * Reads the current news.
   *
   * @return the news and any warnings (shown on {@code /status})
   * @throws IOException if the news cannot be read; the last good news keeps serving
   * @throws dev.newsfeed.NewsParseException if the news is invalid; its diagnostics are reported
   */
  ParseResult load() throws IOException;

  /**
   * A value that changes whenever {@link #load()} would return other news, compared with {@link
   * Object#equals}. The default is a new object on every call, so that the news is loaded again
   * every reload interval; file sources answer their files' modification times and sizes.
   *
   * @return the stamp
   * @throws IOException if the stamp cannot be taken; the servlet then tries a load
   */
  default Object changeStamp() throws IOException {
    return new Object();
  }

  /**
   * A provider that always supplies {@code feed}.
   *
   * @param feed the news
   * @return the provider
   */
  static NewsProvider of(NewsFeed feed) {
    Objects.requireNonNull(feed, "feed");
    ParseResult result = new ParseResult(feed, List.of());
    return new NewsProvider() {
      @Override
      public ParseResult load() {
        return result;
      }

      @Override
      public Object changeStamp() {
        return feed;
      }
    };
  }

  /**
   * A provider that asks {@code supplier} for the news every reload interval, and reloads only
   * when the news it gives differs from the last: the supplied feed is its own change stamp, so
   * the servlet compares it with the last one and builds nothing for equal news (a supplier that
   * returns the same instance costs one reference comparison). The supplier is called once per
   * interval, never twice.
   *
   * @param supplier gives the current news; it may throw an unchecked exception to report a
   *     failure, the last good news then keeps serving
   * @return the provider
   */
  static NewsProvider fromSupplier(Supplier<NewsFeed> supplier) {
    Objects.requireNonNull(supplier, "supplier");
    return new SuppliedNews(supplier);
  }

  /**
   * A provider that asks {@code changeStamp} every reload interval, a cheap question such as the
   * latest modification time of a database table, and asks {@code supplier} for the news only when
   * the stamp changed.
   *
   * <pre>{@code
   * NewsProvider.fromSupplier(() -> NewsFeed.of(repository.latest(50)), repository::lastModified);
   * }</pre>
   *
   * @param supplier gives the current news; it may throw an unchecked exception to report a
   *     failure, the last good news then keeps serving
   * @param changeStamp gives a value that changes whenever the news does (compared with {@link
   *     Object#equals}); an exception or null means "cannot tell" and the news is loaded
   * @return the provider
   */
  static NewsProvider fromSupplier(Supplier<NewsFeed> supplier, Supplier<?> changeStamp) {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(changeStamp, "changeStamp");
    return new NewsProvider() {
      @Override
      public ParseResult load() {
        return new ParseResult(Objects.requireNonNull(supplier.get(), "supplied feed"), List.of());
      }

      @Override
      public Object changeStamp() {
        return changeStamp.get();
      }
    };
  }
}

/**
 * {@link NewsProvider#fromSupplier(Supplier)}: the feed fetched for the change stamp is the one
 * the following load returns, so that each interval calls the supplier once.
 */
final class SuppliedNews implements NewsProvider {
  private final Supplier<NewsFeed> supplier;
  private NewsFeed fetched;

  SuppliedNews(Supplier<NewsFeed> supplier) {
    this.supplier = supplier;
  }

  @Override
  public synchronized Object changeStamp() {
    fetched = Objects.requireNonNull(supplier.get(), "supplied feed");
    return fetched;
  }

  @Override
  public synchronized ParseResult load() {
    NewsFeed feed = fetched != null ? fetched : Objects.requireNonNull(supplier.get(), "supplied feed");
    fetched = null;
    return new ParseResult(feed, List.of());
  }
}
