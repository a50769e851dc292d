package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.law.DocumentKind;
import vn.luatvui.bank.law.LegalDocument;

/** The legal-document registry in PostgreSQL. */
public final class LegalDocumentStore {
  private static final String COLUMNS = "d.id, d.number, d.name, d.kind, d.issued, d.effective_from, d.effective_to, d.replaced_by";

  /** A registry entry with its id and how many questions cite it. */
  public record StoredDocument(long id, LegalDocument document, long citingQuestions) {
  }

  private final Pool pool;

  public LegalDocumentStore(Pool pool) {
    this.pool = pool;
  }

  public Pool pool() {
    return pool;
  }

  public Future<List<StoredDocument>> list() {
    return pool.query("SELECT " + COLUMNS + ", (SELECT count(DISTINCT c.question_id) FROM question_citation c "
            + "WHERE c.document_number = d.number) AS citing FROM legal_document d ORDER BY d.kind, d.number")
        .execute().map(rows -> {
          List<StoredDocument> list = new ArrayList<>();
          rows.forEach(r -> list.add(new StoredDocument(r.getLong("id"), read(r), r.getLong("citing"))));
          return list;
        });
  }

  public Future<StoredDocument> find(long id) {
    return pool.preparedQuery("SELECT " + COLUMNS + ", 0::bigint AS citing FROM legal_document d WHERE d.id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : new StoredDocument(id, read(rows.iterator().next()), 0));
  }

  /** Number → name for the given numbers; numbers not in the registry are absent from the map. */
  public Future<Map<String, String>> names(SqlClient client, List<String> numbers) {
    return client.preparedQuery("SELECT number, name FROM legal_document WHERE number = ANY($1)")
        .execute(Tuple.of(numbers.toArray(String[]::new)))
        .map(rows -> {
          Map<String, String> names = new HashMap<>();
          rows.forEach(r -> names.put(r.getString(0), r.getString(1)));
          return names;
        });
  }

  /** Number → name of every document in the registry (a few hundred at most), for reading what a search names. */
  public Future<Map<String, String>> allNames() {
    return pool.query("SELECT number, name FROM legal_document").execute().map(rows -> {
      Map<String, String> names = new HashMap<>();
      rows.forEach(r -> names.put(r.getString(0), r.getString(1)));
      return names;
    });
  }

  /** Whether any of the numbers names a document that is no longer in force today. */
  public Future<Boolean> anyEnded(SqlClient client, List<String> numbers) {
    return client.preparedQuery("SELECT 1 FROM legal_document WHERE number = ANY($1) AND effective_to < $2 LIMIT 1")
        .execute(Tuple.of(numbers.toArray(String[]::new), BankClock.today())).map(rows -> rows.size() > 0);
  }

  /** Documents whose in-force period has ended. */
  public Future<List<LegalDocument>> ended() {
    return ended(pool);
  }

  /** Documents whose in-force period has ended, read within the caller's transaction. */
  public Future<List<LegalDocument>> ended(SqlClient client) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM legal_document d WHERE d.effective_to < $1")
        .execute(Tuple.of(BankClock.today()))
        .map(rows -> {
          List<LegalDocument> list = new ArrayList<>();
          rows.forEach(r -> list.add(read(r)));
          return list;
        });
  }

  /** Adds documents not yet in the registry; existing entries (maybe edited by an admin) are kept. */
  public Future<Integer> addMissing(List<LegalDocument> documents) {
    List<Tuple> batch = documents.stream().map(LegalDocumentStore::tuple).toList();
    return pool.preparedQuery("INSERT INTO legal_document (number, name, kind, issued, effective_from, effective_to, "
            + "replaced_by) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (number) DO NOTHING")
        .executeBatch(batch).map(rows -> {
          int n = 0;
          for (var r = rows; r != null; r = r.next()) {
            n += r.rowCount();
          }
          return n;
        });
  }

  public Future<Long> insert(LegalDocument d) {
    return pool.preparedQuery("INSERT INTO legal_document (number, name, kind, issued, effective_from, effective_to, "
            + "replaced_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
        .execute(tuple(d)).map(rows -> rows.iterator().next().getLong(0));
  }

  public Future<Boolean> update(long id, LegalDocument d) {
    return pool.preparedQuery("UPDATE legal_document SET number = $1, name = $2, kind = $3, issued = $4, "
            + "effective_from = $5, effective_to = $6, replaced_by = $7, updated_at = now() WHERE id = $8")
        .execute(tuple(d).addLong(id)).map(rows -> rows.rowCount() == 1);
  }

  private static Tuple tuple(LegalDocument d) {
    return Tuple.of(d.number(), d.name(), d.kind().name(), d.issued(), d.effectiveFrom(), d.effectiveTo(),
        d.replacedBy().toArray(String[]::new));
  }

  static LegalDocument read(Row r) {
    return new LegalDocument(r.getString("number"), r.getString("name"), DocumentKind.valueOf(r.getString("kind")),
        r.getLocalDate("issued"), r.getLocalDate("effective_from"), r.getLocalDate("effective_to"),
        Arrays.asList(r.getArrayOfStrings("replaced_by")));
  }
}
