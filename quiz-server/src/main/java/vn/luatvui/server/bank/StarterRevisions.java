package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.law.LegalDocument;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.bank.review.ReviewAction;
import vn.luatvui.bank.review.ReviewState;

/**
 * Brings stored starter questions the starter bank still owns to the shipped wording. Each becomes a new
 * version (the old one stays for the games and history that used it), written and approved by the
 * starter-bank owner, and leaves the "needs review" flag behind unless the new version still cites a
 * document no longer in force, which flags it again as the registry would.
 */
final class StarterRevisions {
  static final String NOTE = "Bộ câu hỏi khởi đầu cập nhật theo văn bản đang có hiệu lực.";

  /** A stored question and the shipped content it takes. */
  record Revision(String key, StarterCopy stored, QuestionContent shipped) {
  }

  private final QuestionStore questions;
  private final LegalDocumentStore documents;
  private final QuestionService service;

  StarterRevisions(QuestionStore questions, LegalDocumentStore documents, QuestionService service) {
    this.questions = questions;
    this.documents = documents;
    this.service = service;
  }

  /** Writes the revisions in the caller's transaction; returns how many questions took a new version. */
  Future<Integer> apply(SqlClient tx, List<Revision> revisions, long owner) {
    if (revisions.isEmpty()) {
      return Future.succeededFuture(0);
    }
    return service.check(tx, revisions.stream().map(Revision::shipped).toList()).compose(checked -> {
      Future<List<Revision>> saved = Future.succeededFuture(new ArrayList<>());
      for (int i = 0; i < checked.size(); i++) {
        Revision r = revisions.get(i);
        QuestionService.Checked c = checked.get(i);
        if (!c.violations().isEmpty()) {
          return Future.failedFuture(new IllegalStateException("Starter-bank question " + r.key()
              + " is not valid: " + c.violations()));
        }
        saved = saved.compose(done -> save(tx, r, c, owner).map(ok -> {
          if (ok) {
            done.add(r);
          }
          return done;
        }));
      }
      return saved;
    }).compose(saved -> flagEnded(tx, saved).map(saved.size()));
  }

  /** The new version, then its approval by the owner (which clears the flag and its reason), each in the history. */
  private Future<Boolean> save(SqlClient tx, Revision r, QuestionService.Checked checked, long owner) {
    ReviewState from = r.stored().state();
    ReviewState written = new ReviewState(QuestionStatus.APPROVED, from.authorId(), from.version() + 1, from.needsReview());
    ReviewState approved = new ReviewState(QuestionStatus.APPROVED, from.authorId(), written.version(), false);
    long id = r.stored().id();
    return questions.saveVersion(tx, id, from.version(), written, checked.content(), checked.indexed(), owner)
        .compose(saved -> !saved ? Future.succeededFuture(false)
            : questions.record(tx, id, written.version(), owner, ReviewAction.EDITED, null)
                .compose(x -> questions.transition(tx, id, written, approved, owner))
                .compose(x -> questions.record(tx, id, approved.version(), owner, ReviewAction.APPROVED, NOTE))
                .map(true));
  }

  /** Flags the revised questions whose new version still cites a document no longer in force. */
  private Future<Void> flagEnded(SqlClient tx, List<Revision> saved) {
    if (saved.isEmpty()) {
      return Future.succeededFuture();
    }
    return documents.ended(tx).compose(ended -> {
      Future<Void> done = Future.succeededFuture();
      for (LegalDocument d : ended) {
        List<Long> citing = saved.stream().filter(r -> r.shipped().citedDocuments().contains(d.number()))
            .map(r -> r.stored().id()).toList();
        if (!citing.isEmpty()) {
          done = done.compose(x -> questions.flag(tx, citing, LegalRegistry.reason(d)).mapEmpty());
        }
      }
      return done;
    });
  }
}
