// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.jdbc;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.ItemText;
import dev.newsfeed.NewsFeed;
import dev.newsfeed.NewsItem;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.Strictness;
import dev.newsfeed.servlet.NewsProvider;
import dev.newsfeed.servlet.jdbc.NewsTable.Column;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * News read through JDBC from a {@link NewsTable}: one row per item and language, polled like
 * files. The servlet asks for the {@linkplain #changeStamp() change stamp} every reload interval,
 * one small query ({@code SELECT COUNT(*), MAX(updated_at)}), and reads every row only when it
 * moved.
 *
 * <pre>{@code
 * DataSource dataSource = …; // the application's pool
 * NewsProvider news = JdbcNewsProvider.of(dataSource, NewsTable.defaults());
 * servletContext.addServlet("news", new NewsfeedServlet(news, TickerOptions.defaults()))
 *     .addMapping("/news/*");
 * }</pre>
 *
 * <p>or, in {@code web.xml}, the source {@code jndi:java:comp/env/jdbc/news} with the container's
 * {@code DataSource} bound there ({@link #lookup}).
 *
 * <p>Every problem in a row is a diagnostic citing the table and the row's number in the result,
 * such as {@code news_items:3: error: item [oim-2016] in [fr]: the title is empty}. In {@link
 * Strictness#STRICT} mode (the default) the first one fails the load and the last good news keeps
 * serving; in {@link Strictness#LENIENT} mode the bad row is skipped. Queries time out after
 * {@link #QUERY_TIMEOUT_SECONDS} seconds, and at most {@link #MAX_ROWS} rows are read (the newest
 * items first when reading a table), so a load is bounded in time and memory. Thread-safe.
 */
public final class JdbcNewsProvider implements NewsProvider {

  /** The longest a query may run. */
  public static final int QUERY_TIMEOUT_SECONDS = 10;

  /** The most rows read; past that, a warning, and the rest is not read. */
  public static final int MAX_ROWS = 10_000;

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[ \\t]*\\R\\s*");

  private final Supplier<DataSource> dataSource;
  private final NewsTable table;
  private final Strictness strictness;
  private final String label;

  private JdbcNewsProvider(
      Supplier<DataSource> dataSource, NewsTable table, Strictness strictness, String label) {
    this.dataSource = dataSource;
    this.table = table;
    this.strictness = strictness;
    this.label = label;
  }

  /**
   * News from {@code table} through {@code dataSource}.
   *
   * @param dataSource the data source, typically the application's connection pool
   * @param table where the news is
   * @return the provider, strict
   */
  public static JdbcNewsProvider of(DataSource dataSource, NewsTable table) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(table, "table");
    return new JdbcNewsProvider(() -> dataSource, table, Strictness.STRICT, table.label());
  }

  /**
   * News from {@code table} through the {@code DataSource} bound to {@code jndiName}, looked up
   * at each load until found (so a data source bound after the servlet starts is used once it is).
   *
   * @param jndiName such as {@code java:comp/env/jdbc/news}
   * @param table where the news is
   * @return the provider, strict
   */
  public static JdbcNewsProvider lookup(String jndiName, NewsTable table) {
    Objects.requireNonNull(jndiName, "jndiName");
    Objects.requireNonNull(table, "table");
    return new JdbcNewsProvider(new JndiDataSource(jndiName), table, Strictness.STRICT, table.label());
  }

  /**
   * A copy with another strictness.
   *
   * @param newStrictness strict: the first bad row fails the load; lenient: bad rows are skipped
   * @return the copy
   */
  public JdbcNewsProvider withStrictness(Strictness newStrictness) {
    return new JdbcNewsProvider(dataSource, table, Objects.requireNonNull(newStrictness, "newStrictness"), label);
  }

  /**
   * Reads every row.
   *
   * @return the news, and the problems of skipped rows in lenient mode
   * @throws IOException if the database cannot be reached or the query fails
   * @throws NewsParseException at the first bad row, in strict mode
   */
  @Override
  public ParseResult load() throws IOException {
    try (Connection connection = connection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      statement.setMaxRows(MAX_ROWS + 1);
      try (ResultSet rows = statement.executeQuery(table.select())) {
        return read(rows);
      }
    } catch (SQLException e) {
      throw failure("cannot read the news", e);
    }
  }

  /**
   * The result of the change query, one row of values.
   *
   * @return the values; a new object each time when there is no change query (no {@code
   *     updated_at}), so that the news is read every interval
   * @throws IOException if the query fails
   */
  @Override
  public Object changeStamp() throws IOException {
    Optional<String> change = table.change();
    if (change.isEmpty()) {
      return new Object();
    }
    try (Connection connection = connection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet row = statement.executeQuery(change.get())) {
        List<Object> values = new ArrayList<>();
        if (row.next()) {
          for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
            values.add(String.valueOf(row.getObject(i)));
          }
        }
        return values;
      }
    } catch (SQLException e) {
      throw failure("cannot check the news for changes", e);
    }
  }

  /** {@return what diagnostics call this provider: the table's name, or {@code query}} */
  @Override
  public String toString() {
    return label;
  }

  private Connection connection() throws SQLException {
    return dataSource.get().getConnection();
  }

  private IOException failure(String what, SQLException e) {
    return new IOException(what + " from " + label + ": " + e.getMessage()
        + (e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")"), e);
  }

  /** One item's rows, gathered in the order read. */
  private static final class Gathered {
    final int row;
    final String id;
    PublicationDate published;
    final List<ItemText> texts = new ArrayList<>();
    boolean hasOriginal;

    Gathered(int row, String id) {
      this.row = row;
      this.id = id;
    }
  }

  private ParseResult read(ResultSet rows) throws SQLException {
    Map<Column, Integer> at = columnsOf(rows.getMetaData());
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, Gathered> items = new LinkedHashMap<>();
    int row = 0;
    while (rows.next()) {
      row++;
      if (row > MAX_ROWS) {
        problems.add(Diagnostic.warning(label, 0, 0,
            "more than " + MAX_ROWS + " rows: the rest are not read"));
        break;
      }
      try {
        readRow(rows, row, at, items, problems);
      } catch (BadRow e) {
        Diagnostic problem = Diagnostic.error(label, row, 0, e.getMessage());
        if (strictness == Strictness.STRICT) {
          throw new NewsParseException(problem);
        }
        problems.add(problem);
      }
    }
    List<NewsItem> feed = new ArrayList<>();
    for (Gathered item : items.values()) {
      feed.add(new NewsItem(item.id, item.published, item.texts));
    }
    return new ParseResult(NewsFeed.of(feed), problems);
  }

  private void readRow(
      ResultSet rows, int row, Map<Column, Integer> at, Map<String, Gathered> items,
      List<Diagnostic> problems) throws SQLException, BadRow {
    String id = text(rows, at, Column.ITEM_ID).orElseThrow(() -> new BadRow("the item_id is empty"));
    String tag = text(rows, at, Column.LANGUAGE)
        .orElseThrow(() -> new BadRow("item [" + id + "]: the language is empty"));
    String where = "item [" + id + "] in [" + tag + "]: ";
    Locale language;
    try {
      language = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      throw new BadRow(where + "expected a BCP 47 language tag such as fr or ar-MA");
    }
    if (language.getLanguage().isEmpty()) {
      throw new BadRow(where + "expected a BCP 47 language tag such as fr or ar-MA");
    }
    PublicationDate published = published(rows, at.get(Column.PUBLISHED), where);
    ItemText text;
    try {
      text = new ItemText(language,
          text(rows, at, Column.TITLE).orElseThrow(() -> new BadRow(where + "the title is empty")),
          text(rows, at, Column.SUMMARY).map(s -> List.of(PARAGRAPH_BREAK.split(s.strip())))
              .orElse(List.of()),
          text(rows, at, Column.DATELINE), text(rows, at, Column.LINK).map(ItemText::parseLink),
          List.of());
    } catch (IllegalArgumentException e) {
      throw new BadRow(where + e.getMessage());
    }
    boolean original = at.containsKey(Column.ORIGINAL) && rows.getBoolean(at.get(Column.ORIGINAL));
    Gathered item = items.get(id);
    if (item == null) {
      item = new Gathered(row, id);
      item.published = published;
      items.put(id, item);
    } else {
      for (ItemText existing : item.texts) {
        if (existing.language().equals(text.language())) {
          throw new BadRow(where + "a second row for this item and language (the first is row "
              + item.row + ")");
        }
      }
      if (original && item.hasOriginal) {
        throw new BadRow(where + "a second original for this item");
      }
      if (!published.equals(item.published)) {
        if (original) {
          item.published = published;
        }
        problems.add(Diagnostic.warning(label, row, 0, where + "published " + published.toIsoString()
            + " differs from the item's other rows; the original's date is used"));
      }
    }
    if (original) {
      item.hasOriginal = true;
      item.texts.add(0, text);
    } else {
      item.texts.add(text);
    }
  }

  private static PublicationDate published(ResultSet rows, int column, String where)
      throws SQLException, BadRow {
    int type = rows.getMetaData().getColumnType(column);
    String typeName = String.valueOf(rows.getMetaData().getColumnTypeName(column)).toLowerCase(Locale.ROOT);
    if (type == Types.TIMESTAMP && (typeName.contains("tz") || typeName.contains("time zone"))) {
      type = Types.TIMESTAMP_WITH_TIMEZONE; // PostgreSQL's driver reports timestamptz as TIMESTAMP
    }
    try {
      PublicationDate date = switch (type) {
        case Types.DATE -> Optional.ofNullable(rows.getObject(column, LocalDate.class))
            .map(PublicationDate::of).orElse(null);
        case Types.TIMESTAMP_WITH_TIMEZONE -> Optional.ofNullable(rows.getObject(column, OffsetDateTime.class))
            .map(PublicationDate::of).orElse(null);
        case Types.TIMESTAMP -> Optional.ofNullable(rows.getObject(column, LocalDateTime.class))
            .map(t -> PublicationDate.of(t.atOffset(ZoneOffset.UTC))).orElse(null);
        default -> Optional.ofNullable(rows.getString(column)).map(String::strip)
            .filter(s -> !s.isEmpty()).map(PublicationDate::parse).orElse(null);
      };
      if (date == null) {
        throw new BadRow(where + "the published date is empty");
      }
      return date;
    } catch (IllegalArgumentException e) {
      throw new BadRow(where + "published: " + e.getMessage());
    }
  }

  private static Optional<String> text(ResultSet rows, Map<Column, Integer> at, Column column)
      throws SQLException {
    Integer index = at.get(column);
    if (index == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(rows.getString(index)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Where each documented column is in the result; the required ones must be there. */
  private Map<Column, Integer> columnsOf(ResultSetMetaData meta) throws SQLException {
    Map<Column, Integer> at = new EnumMap<>(Column.class);
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      int index = i;
      Column.named(meta.getColumnLabel(i)).ifPresent(column -> at.putIfAbsent(column, index));
    }
    for (Column column : Column.values()) {
      if (column.required() && !at.containsKey(column)) {
        throw new SQLException("the result has no " + column.standardName() + " column; expected "
            + "the documented columns: item_id, language, published, title (and optionally summary,"
            + " dateline, link, is_original, updated_at)");
      }
    }
    return at;
  }

  /** A row that cannot become a text, with the reason. */
  private static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;

    BadRow(String message) {
      super(message, null, false, false);
    }
  }

  /** A data source looked up by JNDI name until found, then kept. */
  private static final class JndiDataSource implements Supplier<DataSource> {
    private final String name;
    private volatile DataSource found;

    JndiDataSource(String name) {
      this.name = name;
    }

    @Override
    public DataSource get() {
      DataSource dataSource = found;
      if (dataSource != null) {
        return dataSource;
      }
      try {
        Object bound = new InitialContext().lookup(name);
        if (!(bound instanceof DataSource ds)) {
          throw new IllegalStateException("JNDI name " + name + " is bound to "
              + (bound == null ? "nothing" : bound.getClass().getName()) + ", not a javax.sql.DataSource");
        }
        found = ds;
        return ds;
      } catch (NamingException e) {
        throw new IllegalStateException("no DataSource at JNDI name " + name + ": " + e, e);
      }
    }
  }
}
