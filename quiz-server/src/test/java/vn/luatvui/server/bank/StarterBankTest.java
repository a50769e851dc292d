package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** The curated bank that ships with the product, as a fresh install sees it. */
class StarterBankTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();

  @Test
  void a_fresh_install_has_at_least_300_approved_questions_over_12_documents_and_4_types() throws Exception {
    assertThat(count("SELECT count(*) FROM question WHERE status = 'APPROVED' AND external_key IS NOT NULL"))
        .isGreaterThanOrEqualTo(300);
    assertThat(count("SELECT count(DISTINCT document_number) FROM question_citation")).isGreaterThanOrEqualTo(12);
    assertThat(count("SELECT count(DISTINCT type) FROM question")).isGreaterThanOrEqualTo(4);
    assertThat(count("SELECT count(*) FROM question q WHERE NOT EXISTS "
        + "(SELECT 1 FROM question_citation c WHERE c.question_id = q.id)")).isZero();
  }

  @ParameterizedTest(name = "{0}, replaced by {1}")
  @CsvSource({"23/2008/QH12, 36/2024/QH15"})
  void questions_citing_a_replaced_law_are_flagged_with_the_reason_and_not_public(String replaced, String successor)
      throws Exception {
    Map<String, Long> flags = rows("SELECT q.needs_review::text, count(DISTINCT q.id) FROM question q "
        + "JOIN question_citation c ON c.question_id = q.id WHERE c.document_number = '" + replaced + "' GROUP BY 1");
    assertThat(flags).containsOnlyKeys("true");
    assertThat(count("SELECT count(*) FROM question WHERE needs_review AND needs_review_reason LIKE '%" + replaced
        + "%'")).isEqualTo(flags.get("true").intValue());

    Http http = running.http();
    assertThat(Http.json(http.get("/api/public/questions?document=" + replaced)).getLong("total")).isZero();
    JsonObject registry = Http.json(http.get("/api/laws/documents/" + replaced.replace('/', '-'))).getJsonObject("document");
    assertThat(registry.getString("status")).isEqualTo("OUT_OF_FORCE");
    assertThat(registry.getJsonArray("replacedBy").getList()).contains(successor);
  }

  @Test
  void the_drug_questions_cite_the_2025_law_in_force_and_none_the_2021_law_it_replaced() throws Exception {
    assertThat(count("SELECT count(*) FROM question q JOIN question_citation c ON c.question_id = q.id "
        + "WHERE q.external_key IS NOT NULL AND c.document_number = '73/2021/QH14'")).isZero();
    Http http = running.http();
    assertThat(Http.json(http.get("/api/public/questions?document=120/2025/QH15")).getLong("total")).isPositive();
    JsonObject registry = Http.json(http.get("/api/laws/documents/73-2021-QH14")).getJsonObject("document");
    assertThat(registry.getString("status")).isEqualTo("OUT_OF_FORCE");
    assertThat(registry.getJsonArray("replacedBy").getList()).contains("120/2025/QH15");
  }

  @Test
  void questions_on_laws_in_force_stay_public() {
    assertThat(Http.json(running.http().get("/api/public/questions?document=36/2024/QH15")).getLong("total"))
        .isPositive();
  }

  @Test
  void loading_the_starter_bank_again_adds_nothing() throws Exception {
    int before = count("SELECT count(*) FROM question");
    int events = count("SELECT count(*) FROM question_event");

    StarterBank.Loaded loaded = new StarterBank(new LegalDocumentStore(pool()), new QuestionStore(pool()),
        new vn.luatvui.server.auth.UserStore(pool())).load(running.server().vertx()).await();

    assertThat(loaded).isEqualTo(new StarterBank.Loaded(0, 0, 0));
    assertThat(count("SELECT count(*) FROM question")).isEqualTo(before);
    assertThat(count("SELECT count(*) FROM question_event")).isEqualTo(events);
  }

  @Test
  void the_public_finds_starter_questions_without_diacritics() {
    Http http = running.http();

    assertThat(Http.json(http.get("/api/public/questions?q=mu+bao+hiem")).getLong("total")).isPositive();
    assertThat(Http.json(http.get("/api/public/questions?q=tre+em+duoi+16+tuoi")).getLong("total")).isPositive();
    assertThat(Http.json(http.get("/api/public/questions?q=dieu+12&document=100/2015/QH13")).getLong("total"))
        .isPositive();
  }

  private static io.vertx.sqlclient.Pool pool() {
    return running.server().pool();
  }

  private static int count(String sql) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static Map<String, Long> rows(String sql) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      Map<String, Long> map = new java.util.HashMap<>();
      while (rs.next()) {
        map.put(rs.getString(1), rs.getLong(2));
      }
      return map;
    }
  }
}
