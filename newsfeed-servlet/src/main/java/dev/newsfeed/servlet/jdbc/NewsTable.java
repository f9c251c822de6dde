// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.jdbc;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a {@link JdbcNewsProvider} finds the news: one row per item and language.
 *
 * <p>The documented layout (PostgreSQL; any SQL database with the same columns will do):
 *
 * <pre>{@code
 * CREATE TABLE news_items (
 *   item_id     VARCHAR(100)  NOT NULL,  -- the same for every language of an item
 *   language    VARCHAR(35)   NOT NULL,  -- BCP 47: fr, ar-MA, en
 *   published   DATE          NOT NULL,  -- or TIMESTAMP WITH TIME ZONE, for a time
 *   title       VARCHAR(500)  NOT NULL,  -- one line
 *   summary     TEXT,                    -- paragraphs separated by blank lines
 *   dateline    VARCHAR(200),            -- such as: Rabat, 16-19 mai 2016
 *   link        VARCHAR(2000),           -- http or https
 *   is_original BOOLEAN       NOT NULL DEFAULT FALSE,  -- true on the language it was written in
 *   updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
 *   PRIMARY KEY (item_id, language)
 * );
 * }</pre>
 *
 * <p>{@code published} may be a {@code DATE} (a day), a {@code TIMESTAMP WITH TIME ZONE} (an
 * instant), a {@code TIMESTAMP} (read as UTC) or text in ISO 8601 ({@code 2016-07-30} or {@code
 * 2016-07-30T09:00:00+01:00}). An item's texts come with its original first ({@code is_original},
 * else the first row read), then by language. The change check is {@code SELECT COUNT(*),
 * MAX(updated_at)}: keep {@code updated_at} current on every insert and update (a trigger, or the
 * application) and an unchanged table costs one small query per reload interval; deleting a row
 * changes the count.
 *
 * <p>An existing table maps by naming its columns ({@link #withColumn}); an optional column it
 * lacks is left out ({@link #withoutColumn}). Anything else — joins, filters, expressions — is a
 * {@linkplain #query query} whose result has the documented column names, such as:
 *
 * <pre>{@code
 * NewsTable.query("""
 *     SELECT p.id AS item_id, p.lang AS language, p.pub_date AS published, p.headline AS title,
 *            p.body AS summary, (p.lang = 'fr') AS is_original, p.modified AS updated_at
 *     FROM cms_posts p WHERE p.status = 'published'""")
 * }</pre>
 *
 * <p>Table and column names are SQL identifiers ({@code news_items}, {@code cms.news_items}),
 * checked and never quoted, so that the database folds their case as it folds the names in its
 * own DDL. A query is the operator's own SQL, run as given.
 *
 * @param table the table, or empty when a query is given
 * @param columns the column of the table for each {@link Column}; an absent optional column is
 *     left out
 * @param query the query returning the documented columns, or empty to read {@code table}
 * @param changeQuery the query returning one row whose values change when the news does, or empty
 *     for {@code SELECT COUNT(*), MAX(updated_at)} over the table or query
 */
public record NewsTable(
    Optional<String> table,
    Map<Column, String> columns,
    Optional<String> query,
    Optional<String> changeQuery) {

  /** The columns of the documented layout. */
  public enum Column {
    /** The item's id, shared by its languages. */
    ITEM_ID("item_id", true),
    /** The BCP 47 tag of this row's language. */
    LANGUAGE("language", true),
    /** When the item was published. */
    PUBLISHED("published", true),
    /** The title, one line. */
    TITLE("title", true),
    /** The summary's paragraphs, separated by blank lines. */
    SUMMARY("summary", false),
    /** The place (and date) that opens the summary. */
    DATELINE("dateline", false),
    /** Where the full story is, in this language. */
    LINK("link", false),
    /** Whether this row is in the item's original language. */
    ORIGINAL("is_original", false),
    /** When the row last changed, for the change check. */
    UPDATED_AT("updated_at", false);

    private final String standardName;
    private final boolean required;

    Column(String standardName, boolean required) {
      this.standardName = standardName;
      this.required = required;
    }

    /**
     * The column's name in the documented layout, and in a query's result.
     *
     * @return the name, such as {@code item_id}
     */
    public String standardName() {
      return standardName;
    }

    /**
     * Whether every mapping needs it.
     *
     * @return true for the item id, language, publication date and title
     */
    public boolean required() {
      return required;
    }

    /**
     * The column of a standard name.
     *
     * @param name such as {@code title}, any case
     * @return the column, or empty
     */
    public static Optional<Column> named(String name) {
      for (Column column : values()) {
        if (column.standardName.equalsIgnoreCase(name)) {
          return Optional.of(column);
        }
      }
      return Optional.empty();
    }
  }

  /** The documented table name. */
  public static final String DEFAULT_TABLE = "news_items";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final Pattern QUALIFIED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

  /**
   * Checks the mapping: a table or a query, every required column mapped, names that are SQL
   * identifiers.
   *
   * @param table the table, or empty when a query is given
   * @param columns the column for each {@link Column}
   * @param query the query, or empty
   * @param changeQuery the change query, or empty
   */
  public NewsTable {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(changeQuery, "changeQuery");
    if (table.isPresent() == query.isPresent()) {
      throw new IllegalArgumentException("give a table or a query, not " + (table.isPresent() ? "both" : "neither"));
    }
    table.ifPresent(t -> {
      if (!QUALIFIED.matcher(t).matches()) {
        throw new IllegalArgumentException(
            "expected a table name such as news_items or cms.news_items, found [" + t + "]");
      }
    });
    query.ifPresent(q -> requireText(q, "query"));
    changeQuery.ifPresent(q -> requireText(q, "changeQuery"));
    EnumMap<Column, String> copy = new EnumMap<>(Column.class);
    copy.putAll(Objects.requireNonNull(columns, "columns"));
    for (Column column : Column.values()) {
      String name = copy.get(column);
      if (name == null) {
        if (column.required) {
          throw new IllegalArgumentException("the " + column.standardName + " column must be mapped");
        }
      } else if (!IDENTIFIER.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "expected a column name such as " + column.standardName + ", found [" + name + "]");
      }
    }
    columns = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The documented table, {@code news_items}.
   *
   * @return the mapping
   */
  public static NewsTable defaults() {
    return named(DEFAULT_TABLE);
  }

  /**
   * A table with the documented column names.
   *
   * @param table the table, such as {@code news_items} or {@code cms.news_items}
   * @return the mapping
   */
  public static NewsTable named(String table) {
    return new NewsTable(Optional.of(Objects.requireNonNull(table, "table")), standardColumns(),
        Optional.empty(), Optional.empty());
  }

  /**
   * A query whose result has the documented column names (the optional ones may be missing).
   *
   * @param sql the query
   * @return the mapping
   */
  public static NewsTable query(String sql) {
    return new NewsTable(Optional.empty(), standardColumns(),
        Optional.of(Objects.requireNonNull(sql, "sql")), Optional.empty());
  }

  /**
   * A copy reading {@code column} from another column of the table.
   *
   * @param column the documented column
   * @param name the table's column
   * @return the copy
   */
  public NewsTable withColumn(Column column, String name) {
    Map<Column, String> copy = new EnumMap<>(columns);
    copy.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(name, "name"));
    return new NewsTable(table, copy, query, changeQuery);
  }

  /**
   * A copy without an optional column, for a table that lacks it.
   *
   * @param column the optional column
   * @return the copy
   * @throws IllegalArgumentException if the column is required
   */
  public NewsTable withoutColumn(Column column) {
    Map<Column, String> copy = new EnumMap<>(columns);
    copy.remove(Objects.requireNonNull(column, "column"));
    return new NewsTable(table, copy, query, changeQuery);
  }

  /**
   * A copy with a change query of its own: one row whose values change whenever the news does.
   *
   * @param sql such as {@code SELECT MAX(modified), COUNT(*) FROM cms_posts}
   * @return the copy
   */
  public NewsTable withChangeQuery(String sql) {
    return new NewsTable(table, columns, query, Optional.of(Objects.requireNonNull(sql, "sql")));
  }

  /** What diagnostics call the news: {@code news_items}, or {@code query}. */
  String label() {
    return table.orElse("query");
  }

  /** The query reading every row. */
  String select() {
    if (query.isPresent()) {
      return query.get();
    }
    StringBuilder sql = new StringBuilder("SELECT ");
    boolean first = true;
    for (Map.Entry<Column, String> column : columns.entrySet()) {
      sql.append(first ? "" : ", ").append(column.getValue()).append(" AS ")
          .append(column.getKey().standardName);
      first = false;
    }
    sql.append(" FROM ").append(table.get()).append(" ORDER BY ").append(columns.get(Column.ITEM_ID));
    if (columns.containsKey(Column.ORIGINAL)) {
      sql.append(", ").append(columns.get(Column.ORIGINAL)).append(" DESC");
    }
    return sql.append(", ").append(columns.get(Column.LANGUAGE)).toString();
  }

  /** The change check, or empty when there is none to make (no updated_at column or query). */
  Optional<String> change() {
    if (changeQuery.isPresent()) {
      return changeQuery;
    }
    if (query.isPresent()) {
      return Optional.of("SELECT COUNT(*), MAX(updated_at) FROM (" + query.get() + ") news_query");
    }
    String updated = columns.get(Column.UPDATED_AT);
    return updated == null
        ? Optional.empty()
        : Optional.of("SELECT COUNT(*), MAX(" + updated + ") FROM " + table.get());
  }

  private static Map<Column, String> standardColumns() {
    Map<Column, String> columns = new EnumMap<>(Column.class);
    for (Column column : Column.values()) {
      columns.put(column, column.standardName);
    }
    return columns;
  }

  private static void requireText(String sql, String name) {
    if (sql.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (sql.strip().endsWith(";")) {
      throw new IllegalArgumentException(name + " must be one statement, without a final ;");
    }
  }
}
