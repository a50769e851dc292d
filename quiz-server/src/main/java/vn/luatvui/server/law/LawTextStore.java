package vn.luatvui.server.law;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.law.text.DocumentHeader;
import vn.luatvui.bank.law.text.LawDocument;

/** The legal store's tables written by the loader: texts, sources, relations, provisions, changes. */
final class LawTextStore {
  /**
   * A document as stored: its file's hash, its rows' hash, and the document itself, read from its
   * JSON when asked (a long code takes a while: callers ask on a worker thread, not the event loop).
   */
  record Stored(String contentHash, String provisionsHash, String json) {
    LawDocument document() {
      return read(json);
    }
  }

  private final Pool pool;

  LawTextStore(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Map<String, Stored>> stored() {
    return pool.query("SELECT document_number, content_hash, provisions_hash, document::text FROM law_text").execute()
        .map(rows -> {
          Map<String, Stored> map = new HashMap<>();
          rows.forEach(r -> map.put(r.getString(0), new Stored(r.getString(1), r.getString(2), r.getString(3))));
          return map;
        });
  }

  private static LawDocument read(String json) {
    try {
      return LawRows.JSON.readValue(json, LawDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored legal document does not read back", e);
    }
  }

  /** Adds the document to the registry when missing (an entry an admin edited is kept as it is). */
  Future<Void> register(SqlClient tx, DocumentHeader h) {
    return tx.preparedQuery("INSERT INTO legal_document (number, name, kind, issued, effective_from, effective_to) "
            + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (number) DO NOTHING")
        .execute(Tuple.of(h.number(), h.name(), h.kind().name(), h.passed(), h.effectiveFrom(), h.effectiveTo()))
        .mapEmpty();
  }

  /** The registry learns the store's relations: a replaced document ends the day before its replacement. */
  Future<Void> registerEnds(SqlClient tx, String number, java.time.LocalDate end, List<String> replacedBy) {
    return tx.preparedQuery("UPDATE legal_document SET effective_to = LEAST(COALESCE(effective_to, $2), $2), "
            + "replaced_by = ARRAY(SELECT DISTINCT unnest(replaced_by || $3::text[]) ORDER BY 1), updated_at = now() "
            + "WHERE number = $1 AND (effective_to IS NULL OR effective_to > $2 OR NOT replaced_by @> $3::text[])")
        .execute(Tuple.of(number, end, replacedBy.toArray(String[]::new))).mapEmpty();
  }

  Future<Void> saveText(SqlClient tx, LawDocument d, String file, String contentHash, String provisionsHash) {
    DocumentHeader h = d.header();
    return tx.preparedQuery("INSERT INTO law_text (document_number, issuer, passed, fields, coverage, file_name, "
            + "content_hash, provisions_hash, document) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb) "
            + "ON CONFLICT (document_number) DO UPDATE SET issuer = $2, passed = $3, fields = $4, coverage = $5, "
            + "file_name = $6, content_hash = $7, provisions_hash = $8, document = $9::text::jsonb, loaded_at = now()")
        .execute(Tuple.of(h.number(), h.issuer(), h.passed(), h.fields().toArray(String[]::new), h.coverage().name(),
            file, contentHash).addString(provisionsHash).addString(LawRows.json(d)))
        .compose(x -> tx.preparedQuery("INSERT INTO law_source (document_number, address, read_on) VALUES ($1, $2, $3) "
            + "ON CONFLICT (document_number) DO UPDATE SET address = $2, read_on = $3")
            .execute(Tuple.of(h.number(), h.source(), h.readOn())))
        .compose(x -> relations(tx, d));
  }

  private Future<Void> relations(SqlClient tx, LawDocument d) {
    List<Tuple> rows = new ArrayList<>();
    String from = d.number();
    for (DocumentHeader.Replacement r : d.header().replaces()) {
      rows.add(Tuple.of(from, rows.size(), "REPLACES", r.document(), null, null, null, r.from()));
    }
    for (String g : d.header().guides()) {
      rows.add(Tuple.of(from, rows.size(), "GUIDES", g, null, null, null, null));
    }
    d.changes().forEach(c -> rows.add(Tuple.of(from, rows.size(), "AMENDS", c.targetDocument(), c.action().name(),
        c.target().toString(), c.source().toString(), c.from())));
    Future<Void> deleted = tx.preparedQuery("DELETE FROM law_relation WHERE from_document = $1").execute(Tuple.of(from))
        .mapEmpty();
    return rows.isEmpty() ? deleted : deleted.compose(x -> tx.preparedQuery("INSERT INTO law_relation (from_document, "
        + "position, kind, to_document, action, target, source, effective_from) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .executeBatch(rows)).mapEmpty();
  }

  Future<Void> saveRows(SqlClient tx, LawRows rows) {
    Tuple doc = Tuple.of(rows.number());
    Future<Void> cleared = tx.preparedQuery("DELETE FROM law_provision WHERE document_number = $1").execute(doc)
        .compose(x -> tx.preparedQuery("DELETE FROM law_change WHERE document_number = $1").execute(doc))
        .compose(x -> tx.preparedQuery("UPDATE law_text SET provisions_hash = $2 WHERE document_number = $1")
            .execute(Tuple.of(rows.number(), rows.hash())))
        .mapEmpty();
    Future<Void> provisions = rows.provisions().isEmpty() ? cleared : cleared.compose(x -> tx.preparedQuery(
        "INSERT INTO law_provision (document_number, article, clause, point, position, title, divisions, text, "
            + "match_text, search_folded, content, effective_from, effective_to, changed_by) VALUES ($1, $2, $3, $4, $5, "
            + "$6, $7, $8, $9, $10, $11::text::jsonb, $12, $13, $14)").executeBatch(rows.provisions()).mapEmpty());
    return rows.changes().isEmpty() ? provisions : provisions.compose(x -> tx.preparedQuery(
        "INSERT INTO law_change (document_number, article, clause, point, effective_from, kind, by_document, "
            + "by_provision, target, before_text, after_text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
        .executeBatch(rows.changes()).mapEmpty());
  }
}
