package vn.luatvui.server.law;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.server.bank.BankClock;

/**
 * Citations resolve into the legal store: the cited provision exists in the text in force on the
 * question's day (today; for a document already out of force, its last day in force) and the quote
 * occurs in that provision's text after NFC and white-space normalisation. Documents without text in
 * the store (Văn bản: không có), or a partial text without the cited Điều, cannot be checked and pass.
 * Every check is one query over all the citations at once.
 */
public final class CitationChecks {
  static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Given cited(key, position, doc, article, clause, point, quote) and $1 = today: the citations that do not resolve. */
  private static final String UNRESOLVED = ", checked AS (SELECT c.*, LEAST($1::date, COALESCE(d.effective_to, $1::date)) AS day "
      + "FROM cited c JOIN legal_document d ON d.number = c.doc "
      + "JOIN law_text t ON t.document_number = c.doc AND t.coverage <> 'NONE' "
      + "WHERE t.coverage = 'FULL' OR EXISTS (SELECT 1 FROM law_provision a WHERE a.document_number = c.doc "
      + "AND a.article = c.article)) "
      + "SELECT k.key, k.position, k.doc, k.article, k.clause, k.point, p.match_text IS NULL AS missing, k.day "
      + "FROM checked k LEFT JOIN LATERAL (SELECT match_text FROM law_provision p WHERE p.document_number = k.doc "
      + "AND p.article = k.article AND p.clause IS NOT DISTINCT FROM k.clause AND p.point IS NOT DISTINCT FROM k.point "
      + "AND p.effective_from <= k.day AND (p.effective_to IS NULL OR p.effective_to >= k.day) LIMIT 1) p ON true "
      + "WHERE p.match_text IS NULL OR (k.quote IS NOT NULL AND strpos(p.match_text, k.quote) = 0)";
  private static final String NORMALISED_QUOTE =
      "NULLIF(btrim(regexp_replace(normalize(%s, NFC), '[[:space:]]+', ' ', 'g')), '')";

  /** A citation of a question that does not resolve. */
  public record Issue(long questionId, String externalKey, String text, int position, String document,
                      String reference, String problem) {
  }

  private final Pool pool;

  public CitationChecks(Pool pool) {
    this.pool = pool;
  }

  /** For each content (by index), the violations of its citations that do not resolve; empty map when all do. */
  public Future<Map<Integer, List<Violation>>> unresolved(SqlClient client, List<QuestionContent> contents) {
    List<Integer> keys = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<String> docs = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    List<String> clauses = new ArrayList<>();
    List<String> points = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      List<Citation> cs = contents.get(i).citations();
      for (int j = 0; j < cs.size(); j++) {
        Citation c = cs.get(j);
        if (c.document() == null) {
          continue;
        }
        keys.add(i);
        positions.add(j);
        docs.add(c.document());
        articles.add(String.valueOf(c.article()));
        clauses.add(c.clause() == null ? null : String.valueOf(c.clause()));
        points.add(c.point());
        quotes.add(c.quote());
      }
    }
    if (keys.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    String sql = "WITH cited AS (SELECT u.key, u.position, u.doc, u.article, u.clause, u.point, "
        + NORMALISED_QUOTE.formatted("u.quote") + " AS quote FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], "
        + "$6::text[], $7::text[], $8::text[]) AS u(key, position, doc, article, clause, point, quote))" + UNRESOLVED;
    return client.preparedQuery(sql).execute(Tuple.of(BankClock.today(), keys.toArray(Integer[]::new),
            positions.toArray(Integer[]::new), docs.toArray(String[]::new), articles.toArray(String[]::new),
            clauses.toArray(String[]::new), points.toArray(String[]::new)).addArrayOfString(quotes.toArray(String[]::new)))
        .map(rows -> {
          Map<Integer, List<Violation>> out = new HashMap<>();
          for (Row r : rows) {
            out.computeIfAbsent(r.getInteger(0), k -> new ArrayList<>()).add(new Violation(
                "citations[" + r.getInteger(1) + "]", problem(r)));
          }
          return out;
        });
  }

  private static String problem(Row r) {
    String reference = reference(r.getString(3), r.getString(4), r.getString(5));
    return "Trích dẫn " + reference + " của văn bản " + r.getString(2) + ": " + (r.getBoolean(6)
        ? "kho văn bản không có điều khoản này trong lời văn có hiệu lực ngày " + r.getLocalDate(7).format(VN_DATE) + "."
        : "câu trích không có trong lời văn của điều khoản này.");
  }

  static String reference(String article, String clause, String point) {
    return (point == null ? "" : "điểm " + point + " ") + (clause == null ? "" : "khoản " + clause + " ") + "Điều " + article;
  }

  /** Re-checks every citation of the bank (questions not retired, their current version); returns how many do not resolve. */
  public Future<Integer> checkAll() {
    String sql = "WITH cited AS (SELECT q.id AS key, (e.ordinality - 1)::int AS position, e.value->>'document' AS doc, "
        + "e.value->>'article' AS article, e.value->>'clause' AS clause, e.value->>'point' AS point, "
        + NORMALISED_QUOTE.formatted("e.value->>'quote'") + " AS quote "
        + "FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.version "
        + "CROSS JOIN LATERAL jsonb_array_elements(v.content->'citations') WITH ORDINALITY e(value, ordinality) "
        + "WHERE q.status <> 'RETIRED')" + UNRESOLVED;
    return pool.withTransaction(tx -> tx.query("DELETE FROM law_citation_issue").execute()
        .compose(x -> tx.preparedQuery(sql).execute(Tuple.of(BankClock.today())))
        .compose(rows -> {
          List<Tuple> issues = new ArrayList<>();
          for (Row r : rows) {
            issues.add(Tuple.of(r.getLong(0), r.getInteger(1), r.getString(2),
                reference(r.getString(3), r.getString(4), r.getString(5)), problem(r)));
          }
          return issues.isEmpty() ? Future.succeededFuture(0) : tx.preparedQuery("INSERT INTO law_citation_issue "
              + "(question_id, position, document_number, reference, problem) VALUES ($1, $2, $3, $4, $5)")
              .executeBatch(issues).map(x -> issues.size());
        }));
  }

  /** The citations found not to resolve by the last whole-bank check. */
  public Future<List<Issue>> issues() {
    return pool.query("SELECT i.question_id, q.external_key, q.text, i.position, i.document_number, i.reference, "
            + "i.problem FROM law_citation_issue i JOIN question q ON q.id = i.question_id "
            + "ORDER BY i.document_number, i.question_id, i.position LIMIT 1000").execute()
        .map(rows -> {
          List<Issue> out = new ArrayList<>();
          rows.forEach(r -> out.add(new Issue(r.getLong(0), r.getString(1), r.getString(2), r.getInteger(3),
              r.getString(4), r.getString(5), r.getString(6))));
          return out;
        });
  }

  static LocalDate today() {
    return BankClock.today();
  }
}
