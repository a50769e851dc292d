package vn.luatvui.server.bank;

import io.vertx.core.Future;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.bank.law.LegalDocument;
import vn.luatvui.bank.review.ReviewWorkflow;

/**
 * Keeps the bank honest about the law: when a document is marked no longer in force, or its end
 * date passes, every question citing it is flagged "needs review" and leaves play until a
 * reviewer updates or retires it.
 */
public final class LegalRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(LegalRegistry.class);
  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final LegalDocumentStore documents;
  private final QuestionStore questions;

  public LegalRegistry(LegalDocumentStore documents, QuestionStore questions) {
    this.documents = documents;
    this.questions = questions;
  }

  /** Saves an edited document; returns how many questions were flagged because of it. */
  public Future<Integer> update(long id, LegalDocument document) {
    return documents.update(id, document).compose(found -> {
      if (!found) {
        return Future.failedFuture(new BankRefused(BankRefused.Reason.NOT_FOUND,
            "Không có văn bản này trong danh mục."));
      }
      return document.endedBy(BankClock.today()) ? flagCiting(document) : Future.succeededFuture(0);
    });
  }

  /** Flags the questions citing every document whose end date has passed; safe to run again and again. */
  public Future<Integer> flagEnded() {
    return documents.ended().compose(ended -> {
      Future<Integer> total = Future.succeededFuture(0);
      for (LegalDocument d : ended) {
        total = total.compose(sum -> flagCiting(d).map(n -> sum + n));
      }
      return total;
    });
  }

  Future<Integer> flagCiting(LegalDocument document) {
    String reason = reason(document);
    return questions.citing(document.number()).compose(citing -> {
      List<Long> toFlag = citing.stream()
          .filter(c -> ReviewWorkflow.flag(c.state(), reason).action() != null)
          .map(QuestionStore.Citing::id)
          .toList();
      if (toFlag.isEmpty()) {
        return Future.succeededFuture(0);
      }
      return questions.pool().withTransaction(tx -> questions.flag(tx, toFlag, reason)).map(flagged -> {
        if (!flagged.isEmpty()) {
          LOG.info("Flagged {} question(s) for review: {} is no longer in force", flagged.size(), document.number());
        }
        return flagged.size();
      });
    });
  }

  static String reason(LegalDocument d) {
    StringBuilder sb = new StringBuilder("Văn bản ").append(d.number()).append(" (").append(d.name())
        .append(") hết hiệu lực từ ").append(d.effectiveTo().plusDays(1).format(VN_DATE));
    if (!d.replacedBy().isEmpty()) {
      sb.append("; được thay thế bởi ").append(String.join(", ", d.replacedBy()));
    }
    return sb.append('.').toString();
  }
}
