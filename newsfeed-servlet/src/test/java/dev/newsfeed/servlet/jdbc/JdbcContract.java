// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfeed.ItemText;
import dev.newsfeed.NewsItem;
import dev.newsfeed.NewsParseException;
import dev.newsfeed.ParseResult;
import dev.newsfeed.PublicationDate;
import dev.newsfeed.Strictness;
import dev.newsfeed.servlet.jdbc.NewsTable.Column;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The JDBC provider against a real database engine, run unchanged on H2 in this JVM ({@link
 * JdbcH2Test}) and on PostgreSQL ({@link JdbcPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcContract {

  private static final Locale ARABIC = Locale.forLanguageTag("ar");
  private TestDatabase database;

  abstract TestDatabase open() throws Exception;

  @BeforeAll
  void openDatabase() throws Exception {
    database = open();
  }

  @AfterAll
  void closeDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void freshTables() throws Exception {
    database.execute("DROP TABLE IF EXISTS news_items", "DROP TABLE IF EXISTS cms_posts");
    database.createNewsItems();
  }

  private void insert(String id, String language, LocalDate published, String title, String summary,
      String dateline, String link, boolean original) throws Exception {
    database.update("INSERT INTO news_items (item_id, language, published, title, summary, dateline, link,"
        + " is_original) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id, language, published, title, summary, dateline, link, original);
  }

  private void seed() throws Exception {
    LocalDate day = LocalDate.of(2016, 7, 30);
    insert("oim-onu", "en", day, "IOM becomes a related organization of the UN",
        "Through the General Assembly, member states approved.\n\nThe Director General welcomed it.",
        "New York", "https://example.org/en/oim-onu", false);
    insert("oim-onu", "fr", day, "L’OIM devient une organisation affiliée aux Nations Unies",
        "Par l’entremise de l’Assemblée Générale, les Etats membres ont approuvé.\n\n"
            + "Le Directeur général a salué une étape historique.",
        "New York", "https://example.org/fr/oim-onu", true);
    insert("oim-onu", "ar", day, "المنظمة الدولية للهجرة تصبح منظمة مرتبطة بالأمم المتحدة",
        "وافقت الدول الأعضاء.", "نيويورك", null, false);
    insert("traite", "fr", day.minusDays(1), "Journée mondiale contre la traite des personnes",
        null, null, null, true);
  }

  private JdbcNewsProvider provider() {
    return JdbcNewsProvider.of(database.dataSource(), NewsTable.defaults());
  }

  @Test
  void theDocumentedTableIsReadAsMultilingualItemsTheOriginalFirst() throws Exception {
    seed();
    ParseResult result = provider().load();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.feed().items()).extracting(NewsItem::id).containsExactly("oim-onu", "traite");
    NewsItem item = result.feed().items().get(0);
    assertThat(item.published()).isEqualTo(PublicationDate.of(LocalDate.of(2016, 7, 30)));
    assertThat(item.languages()).containsExactly(Locale.FRENCH, ARABIC, Locale.ENGLISH);
    ItemText french = item.original();
    assertThat(french.title()).isEqualTo("L’OIM devient une organisation affiliée aux Nations Unies");
    assertThat(french.summary()).containsExactly(
        "Par l’entremise de l’Assemblée Générale, les Etats membres ont approuvé.",
        "Le Directeur général a salué une étape historique.");
    assertThat(french.dateline()).hasValue("New York");
    assertThat(french.link()).hasValueSatisfying(l -> assertThat(l).hasToString("https://example.org/fr/oim-onu"));
    assertThat(item.text(ARABIC).orElseThrow().link()).isEmpty();
    assertThat(result.feed().items().get(1).original().summary()).isEmpty();
  }

  @Test
  void theChangeStampMovesOnEveryInsertUpdateAndDeleteAndOnlyThen() throws Exception {
    seed();
    JdbcNewsProvider provider = provider();
    Object before = provider.changeStamp();
    assertThat(provider.changeStamp()).isEqualTo(before);
    database.update("UPDATE news_items SET title = ?, updated_at = ? WHERE item_id = ? AND language = ?",
        "Journée mondiale contre la traite", OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5), "traite", "fr");
    Object updated = provider.changeStamp();
    assertThat(updated).isNotEqualTo(before);
    assertThat(provider.load().feed().item("traite").orElseThrow().original().title())
        .isEqualTo("Journée mondiale contre la traite");
    database.update("DELETE FROM news_items WHERE item_id = ? AND language = ?", "oim-onu", "ar");
    assertThat(provider.changeStamp()).isNotEqualTo(updated);
  }

  @Test
  void aTimestampWithTimeZoneIsAnInstantAndTextInIso8601IsRead() throws Exception {
    database.execute("DROP TABLE news_items",
        "CREATE TABLE news_items (item_id VARCHAR(100) NOT NULL, language VARCHAR(35) NOT NULL,"
            + " published TIMESTAMP WITH TIME ZONE NOT NULL, title VARCHAR(500) NOT NULL,"
            + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP)",
        "CREATE TABLE cms_posts (id INTEGER, lang CHAR(2), pub VARCHAR(40), headline VARCHAR(200))");
    OffsetDateTime at = OffsetDateTime.of(2016, 7, 30, 9, 12, 44, 0, ZoneOffset.UTC);
    database.update("INSERT INTO news_items (item_id, language, published, title) VALUES (?, ?, ?, ?)",
        "a", "fr", at, "Titre");
    NewsTable table = NewsTable.defaults().withoutColumn(Column.SUMMARY).withoutColumn(Column.DATELINE)
        .withoutColumn(Column.LINK).withoutColumn(Column.ORIGINAL);
    PublicationDate read = JdbcNewsProvider.of(database.dataSource(), table).load().feed().items().get(0).published();
    assertThat(read).isInstanceOf(PublicationDate.Moment.class);
    assertThat(read.toTimestamp(dev.newsfeed.TimestampPolicy.startOfDayUtc()).toInstant()).isEqualTo(at.toInstant());

    database.update("INSERT INTO cms_posts VALUES (1, 'fr', '2016-07-30T11:12:44+02:00', 'Titre')");
    NewsTable query = NewsTable.query("SELECT CAST(id AS VARCHAR(20)) AS item_id, lang AS language,"
        + " pub AS published, headline AS title FROM cms_posts").withChangeQuery("SELECT COUNT(*) FROM cms_posts");
    JdbcNewsProvider fromText = JdbcNewsProvider.of(database.dataSource(), query);
    assertThat(fromText.load().feed().items().get(0).published().toIsoString()).isEqualTo("2016-07-30T11:12:44+02:00");
    assertThat(fromText.changeStamp()).isEqualTo(List.of("1"));
  }

  @Test
  void anExistingTableMapsByNamingItsColumns() throws Exception {
    database.execute("CREATE TABLE cms_posts (post_id VARCHAR(40) PRIMARY KEY, lang VARCHAR(10),"
        + " pub_date DATE, headline VARCHAR(300), body TEXT, modified TIMESTAMP)");
    database.update("INSERT INTO cms_posts VALUES (?, ?, ?, ?, ?, ?)", "p1", "fr", LocalDate.of(2016, 7, 30),
        "Atelier sur la migration", "Trois jours d’échanges.", java.time.LocalDateTime.of(2016, 7, 30, 8, 0));
    NewsTable table = NewsTable.named("cms_posts")
        .withColumn(Column.ITEM_ID, "post_id").withColumn(Column.LANGUAGE, "lang")
        .withColumn(Column.PUBLISHED, "pub_date").withColumn(Column.TITLE, "headline")
        .withColumn(Column.SUMMARY, "body").withColumn(Column.UPDATED_AT, "modified")
        .withoutColumn(Column.DATELINE).withoutColumn(Column.LINK).withoutColumn(Column.ORIGINAL);
    JdbcNewsProvider provider = JdbcNewsProvider.of(database.dataSource(), table);
    NewsItem item = provider.load().feed().items().get(0);
    assertThat(item.id()).isEqualTo("p1");
    assertThat(item.original().summary()).containsExactly("Trois jours d’échanges.");
    Object stamp = provider.changeStamp();
    assertThat((List<?>) stamp).first().isEqualTo("1");
    database.update("UPDATE cms_posts SET modified = ?", java.time.LocalDateTime.of(2016, 7, 30, 9, 0));
    assertThat(provider.changeStamp()).as("MAX(modified) moved").isNotEqualTo(stamp);
  }

  @Test
  void aQueryMapsJoinsFiltersAndExpressions() throws Exception {
    seed();
    database.execute("CREATE TABLE cms_posts (item_id VARCHAR(100), status VARCHAR(20))");
    database.update("INSERT INTO cms_posts VALUES (?, ?)", "oim-onu", "draft");
    database.update("INSERT INTO cms_posts VALUES (?, ?)", "traite", "published");
    NewsTable query = NewsTable.query("SELECT n.item_id, n.language, n.published, n.title, n.updated_at,"
        + " (n.language = 'fr') AS is_original FROM news_items n JOIN cms_posts p ON p.item_id = n.item_id"
        + " WHERE p.status = 'published' ORDER BY n.item_id, n.language");
    JdbcNewsProvider provider = JdbcNewsProvider.of(database.dataSource(), query);
    assertThat(provider.load().feed().items()).extracting(NewsItem::id).containsExactly("traite");
    Object stamp = provider.changeStamp();
    database.update("UPDATE cms_posts SET status = 'published' WHERE item_id = ?", "oim-onu");
    assertThat(provider.changeStamp()).as("the count of the query's rows moved").isNotEqualTo(stamp);
    assertThat(provider.load().feed().items().get(0).original().language()).isEqualTo(Locale.FRENCH);
  }

  @Test
  void aBadRowFailsAStrictLoadAtItsRowAndIsSkippedByALenientOne() throws Exception {
    seed();
    insert("vide", "fr", LocalDate.of(2016, 7, 1), "   ", null, null, null, true);
    insert("zz-bad-tag", "fr-!!", LocalDate.of(2016, 7, 1), "Titre", null, null, null, true);
    assertThatThrownBy(() -> provider().load())
        .isInstanceOf(NewsParseException.class)
        .hasMessage("news_items:5: error: item [vide] in [fr]: the title is empty");
    ParseResult lenient = provider().withStrictness(Strictness.LENIENT).load();
    assertThat(lenient.feed().items()).extracting(NewsItem::id).containsExactly("oim-onu", "traite");
    assertThat(lenient.diagnostics()).extracting(Object::toString).containsExactly(
        "news_items:5: error: item [vide] in [fr]: the title is empty",
        "news_items:6: error: item [zz-bad-tag] in [fr-!!]: expected a BCP 47 language tag such as fr or ar-MA");
  }

  @Test
  void aLinkThatIsNotHttpIsRefused() throws Exception {
    insert("x", "fr", LocalDate.of(2016, 7, 1), "Titre", null, null, "javascript:alert(1)", true);
    assertThatThrownBy(() -> provider().load())
        .isInstanceOf(NewsParseException.class)
        .hasMessageStartingWith("news_items:1: error: item [x] in [fr]: ");
  }

  @Test
  void aMissingTableOrColumnIsAnIoErrorNamingIt() {
    JdbcNewsProvider missing = JdbcNewsProvider.of(database.dataSource(), NewsTable.named("no_such_table"));
    assertThatThrownBy(missing::load).isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot read the news from no_such_table: ");
    assertThatThrownBy(missing::changeStamp).isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot check the news for changes from no_such_table: ");
    JdbcNewsProvider noTitle = JdbcNewsProvider.of(database.dataSource(),
        NewsTable.query("SELECT item_id, language, published FROM news_items"));
    assertThatThrownBy(noTitle::load).isInstanceOf(IOException.class)
        .hasMessageContaining("the result has no title column");
  }

  @Test
  void unsafeNamesAreRefusedBeforeAnyQuery() {
    assertThatThrownBy(() -> NewsTable.named("news_items; DROP TABLE news_items"))
        .hasMessageStartingWith("expected a table name such as news_items or cms.news_items");
    assertThatThrownBy(() -> NewsTable.defaults().withColumn(Column.TITLE, "title FROM x --"))
        .hasMessageStartingWith("expected a column name such as title");
    assertThatThrownBy(() -> NewsTable.defaults().withoutColumn(Column.TITLE))
        .hasMessage("the title column must be mapped");
    assertThat(Optional.of(NewsTable.defaults().select())).hasValue(
        "SELECT item_id AS item_id, language AS language, published AS published, title AS title,"
            + " summary AS summary, dateline AS dateline, link AS link, is_original AS is_original,"
            + " updated_at AS updated_at FROM news_items ORDER BY item_id, is_original DESC, language");
  }
}
