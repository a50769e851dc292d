package vn.luatvui.server.law;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.bank.QuestionStore;

/**
 * When a cited provision is amended, repealed or has a phrase replaced (from the day it takes
 * effect), the questions citing exactly that provision are flagged for review with the reason and
 * the old and new wording. Each change flags a question once: a reviewer's decision stands. A
 * provision nobody changed flags nothing; a document that ends is flagged by the registry.
 */
public final class ChangeFlags {
  private static final Logger LOG = LoggerFactory.getLogger(ChangeFlags.class);
  private static final int WORDING = 600;
  private static final String NEW_FLAGS = "INSERT INTO law_flag (question_id, document_number, article, clause, point, "
      + "effective_from, by_document) SELECT DISTINCT qc.question_id, ch.document_number, ch.article, ch.clause, "
      + "ch.point, ch.effective_from, ch.by_document FROM question_citation qc "
      + "JOIN question q ON q.id = qc.question_id AND q.status <> 'RETIRED' "
      + "JOIN law_change ch ON ch.document_number = qc.document_number AND ch.article = qc.article::text "
      + "AND ch.clause IS NOT DISTINCT FROM qc.clause::text AND ch.point IS NOT DISTINCT FROM qc.point "
      + "WHERE ch.effective_from <= $1 ON CONFLICT DO NOTHING RETURNING question_id, document_number, article, clause, "
      + "point, effective_from, by_document";

  private final QuestionStore questions;

  public ChangeFlags(QuestionStore questions) {
    this.questions = questions;
  }

  /** Flags the questions on provisions changed by now and not flagged for that change before; returns how many. */
  public Future<Integer> flagChanged() {
    return questions.pool().withTransaction(tx -> tx.preparedQuery(NEW_FLAGS).execute(Tuple.of(BankClock.today()))
        .compose(rows -> {
          Map<Long, List<Row>> byQuestion = new LinkedHashMap<>();
          rows.forEach(r -> byQuestion.computeIfAbsent(r.getLong(0), k -> new ArrayList<>()).add(r));
          Future<Integer> total = Future.succeededFuture(0);
          for (var e : byQuestion.entrySet()) {
            total = total.compose(sum -> reason(tx, e.getValue())
                .compose(reason -> questions.flag(tx, List.of(e.getKey()), reason)).map(f -> sum + f.size()));
          }
          return total;
        })).onSuccess(n -> {
          if (n > 0) {
            LOG.info("Flagged {} question(s) for review: a provision they cite was changed", n);
          }
        });
  }

  private static Future<String> reason(io.vertx.sqlclient.SqlClient tx, List<Row> changes) {
    Row first = changes.get(0);
    return tx.preparedQuery("SELECT kind, by_document, before_text, after_text FROM law_change WHERE document_number = $1 "
            + "AND article = $2 AND clause IS NOT DISTINCT FROM $3 AND point IS NOT DISTINCT FROM $4 "
            + "AND effective_from = $5 AND by_document = $6 LIMIT 1")
        .execute(Tuple.of(first.getString(1), first.getString(2), first.getString(3), first.getString(4),
            first.getLocalDate(5), first.getString(6)))
        .map(rows -> {
          Row c = rows.iterator().next();
          String what = switch (c.getString(0)) {
            case "REPEALED" -> "bị bãi bỏ";
            case "PHRASE_REPLACED" -> "được thay cụm từ";
            case "INSERTED" -> "được bổ sung";
            default -> "được sửa đổi";
          };
          StringBuilder sb = new StringBuilder(CitationChecks.reference(first.getString(2), first.getString(3),
              first.getString(4))).append(" của văn bản ").append(first.getString(1)).append(' ').append(what)
              .append(" bởi ").append(c.getString(1)).append(" từ ngày ")
              .append(first.getLocalDate(5).format(CitationChecks.VN_DATE)).append('.');
          if (c.getString(2) != null) {
            sb.append(" Lời văn cũ: «").append(cut(c.getString(2))).append("».");
          }
          if (c.getString(3) != null) {
            sb.append(" Lời văn mới: «").append(cut(c.getString(3))).append("».");
          }
          if (changes.size() > 1) {
            sb.append(" (và ").append(changes.size() - 1).append(" thay đổi khác)");
          }
          return sb.toString();
        });
  }

  private static String cut(String text) {
    return text.length() <= WORDING ? text : text.substring(0, WORDING - 1) + "…";
  }
}
