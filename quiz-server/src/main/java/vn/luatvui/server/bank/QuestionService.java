package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.media.MediaPaths;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionRules;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.bank.review.Actor;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.bank.review.ReviewCommand;
import vn.luatvui.bank.review.ReviewDecision;
import vn.luatvui.bank.review.ReviewState;
import vn.luatvui.bank.review.ReviewWorkflow;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.law.CitationChecks;
import vn.luatvui.server.media.MediaStore;

/**
 * Writing and reviewing questions: checks the content, asks {@link ReviewWorkflow} for the
 * decision, and stores the result with its history entry in one transaction.
 */
public final class QuestionService {
  private final QuestionStore questions;
  private final LegalDocumentStore documents;
  private final CitationChecks citations;
  private final MediaStore media;

  public QuestionService(QuestionStore questions, LegalDocumentStore documents) {
    this(questions, documents, null);
  }

  /** With {@code media}, a question's uploaded image must be stored on this server. */
  public QuestionService(QuestionStore questions, LegalDocumentStore documents, MediaStore media) {
    this.questions = questions;
    this.documents = documents;
    this.citations = new CitationChecks(questions.pool());
    this.media = media;
  }

  /** A new draft by the user. */
  public Future<StoredQuestion> create(CurrentUser user, QuestionContent raw) {
    ReviewDecision decision = ReviewWorkflow.create(user.actor());
    QuestionContent content = raw.normalized();
    return questions.pool().withTransaction(tx -> prepare(tx, content)
        .compose(indexed -> questions.insertAll(tx, List.of(new QuestionStore.NewQuestion(null, decision.next(),
            content, indexed, user.id(), List.of(new QuestionStore.Note(decision.action(), null))))))
        .compose(ids -> questions.find(tx, ids.get(0))));
  }

  /** A new version written over the one the editor started from. */
  public Future<StoredQuestion> edit(CurrentUser user, long id, int baseVersion, QuestionContent raw) {
    QuestionContent content = raw.normalized();
    return questions.pool().withTransaction(tx -> load(tx, id).compose(current -> {
      if (current.state().version() != baseVersion) {
        return Future.failedFuture(staleVersion(current));
      }
      ReviewDecision decision = ReviewWorkflow.decide(current.state(), new ReviewCommand.Edit(user.actor()));
      return prepare(tx, content)
          .compose(indexed -> questions.saveVersion(tx, id, baseVersion, decision.next(), content, indexed, user.id()))
          .compose(saved -> saved ? Future.succeededFuture() : Future.failedFuture(staleVersion(current)))
          .compose(x -> questions.record(tx, id, decision.next().version(), user.id(), decision.action(), null))
          .compose(x -> questions.find(tx, id));
    }));
  }

  /** A review step: submit, approve, return, retire or comment. */
  public Future<StoredQuestion> act(CurrentUser user, long id, String action, String comment) {
    Actor actor = user.actor();
    return questions.pool().withTransaction(tx -> load(tx, id).compose(current -> command(tx, actor, action, comment, current)
        .compose(command -> {
          ReviewDecision decision = ReviewWorkflow.decide(current.state(), command);
          Long reviewer = command instanceof ReviewCommand.Approve || command instanceof ReviewCommand.Return
              || command instanceof ReviewCommand.Retire ? user.id() : null;
          Future<Boolean> moved = decision.next().equals(current.state()) ? Future.succeededFuture(true)
              : questions.transition(tx, id, current.state(), decision.next(), reviewer);
          return moved.compose(ok -> ok ? Future.succeededFuture() : Future.failedFuture(staleVersion(current)))
              .compose(x -> questions.record(tx, id, decision.next().version(), user.id(), decision.action(),
                  decision.comment()))
              .compose(x -> questions.noteReturn(tx, id, decision.action(), decision.next().version(), decision.comment()))
              .compose(x -> questions.find(tx, id));
        })));
  }

  /** A question the user may see. */
  public Future<StoredQuestion> get(CurrentUser user, long id) {
    return load(questions.pool(), id).map(q -> {
      if (!maySee(user, q)) {
        throw new BankRefused(BankRefused.Reason.NOT_FOUND, "Không có câu hỏi số " + id + ".");
      }
      return q;
    });
  }

  public static boolean maySee(CurrentUser user, StoredQuestion q) {
    return user.has(Role.REVIEWER) || q.state().authorId() == user.id() || q.state().status() == QuestionStatus.APPROVED;
  }

  private Future<ReviewCommand> command(SqlClient tx, Actor actor, String action, String comment, StoredQuestion q) {
    switch (action) {
      case "submit":
        return Future.succeededFuture(new ReviewCommand.Submit(actor));
      case "approve":
        return documents.anyEnded(tx, q.content().citedDocuments())
            .compose(ended -> questions.writersUnderReview(tx, q.id())
                .map(writers -> new ReviewCommand.Approve(actor, comment, ended, writers)));
      case "return":
        return Future.succeededFuture(new ReviewCommand.Return(actor, comment));
      case "retire":
        return Future.succeededFuture(new ReviewCommand.Retire(actor, comment));
      case "comment":
        return Future.succeededFuture(new ReviewCommand.Comment(actor, comment));
      default:
        return Future.failedFuture(new BankRefused(BankRefused.Reason.NOT_FOUND, "Không có thao tác duyệt '" + action + "'."));
    }
  }

  /** Checks normalised content against the rules and the registry; gives what search stores beside it. */
  Future<QuestionStore.Indexed> prepare(SqlClient client, QuestionContent content) {
    String image = MediaPaths.sha256(content.imageUrl());
    Future<Boolean> stored = media == null || image == null ? Future.succeededFuture(true)
        : media.existing(client, List.of(image)).map(found -> found.contains(image));
    return stored.compose(present -> checkResolved(client, List.of(content)).compose(checked -> {
      Checked c = checked.get(0);
      List<Violation> violations = new ArrayList<>(c.violations());
      if (!present) {
        violations.add(new Violation("imageUrl", "Ảnh này chưa được tải lên máy chủ. Hãy tải ảnh lên lại."));
      }
      return violations.isEmpty() ? Future.succeededFuture(c.indexed())
          : Future.failedFuture(new ValidationFailed(violations));
    }));
  }

  /** A content checked: its violations, or (when there are none) what search stores beside it. */
  record Checked(QuestionContent content, List<Violation> violations, QuestionStore.Indexed indexed) {
  }

  /**
   * {@link #check}, then whether each citation resolves into the legal store (the provision in force,
   * the quote in its text): for create, edit and import, not for the curated starter bank.
   */
  Future<List<Checked>> checkResolved(SqlClient client, List<QuestionContent> contents) {
    return check(client, contents).compose(checked -> citations.unresolved(client, contents).map(found -> {
      List<Checked> out = new ArrayList<>(checked.size());
      for (int i = 0; i < checked.size(); i++) {
        Checked c = checked.get(i);
        if (found.containsKey(i)) {
          List<Violation> violations = new ArrayList<>(c.violations());
          violations.addAll(found.get(i));
          out.add(new Checked(c.content(), violations, null));
        } else {
          out.add(c);
        }
      }
      return out;
    }));
  }

  /** Checks many normalised contents at once, with one look at the registry. */
  Future<List<Checked>> check(SqlClient client, List<QuestionContent> contents) {
    List<String> cited = contents.stream().flatMap(c -> c.citedDocuments().stream()).distinct().toList();
    return documents.names(client, cited).map(names -> contents.stream().map(content -> {
      List<Violation> violations = new ArrayList<>(QuestionRules.check(content));
      unknownDocuments(content, names, violations);
      QuestionStore.Indexed indexed = violations.isEmpty()
          ? new QuestionStore.Indexed(SearchText.of(content, names), SearchText.fingerprint(content)) : null;
      return new Checked(content, violations, indexed);
    }).toList());
  }

  private static void unknownDocuments(QuestionContent content, Map<String, String> names, List<Violation> violations) {
    for (int i = 0; i < content.citations().size(); i++) {
      String number = content.citations().get(i).document();
      if (number != null && !names.containsKey(number)) {
        violations.add(new Violation("citations[" + i + "].document",
            "Văn bản số " + number + " chưa có trong danh mục văn bản pháp luật."));
      }
    }
  }

  private Future<StoredQuestion> load(SqlClient client, long id) {
    return questions.find(client, id).compose(q -> q == null
        ? Future.failedFuture(new BankRefused(BankRefused.Reason.NOT_FOUND, "Không có câu hỏi số " + id + "."))
        : Future.succeededFuture(q));
  }

  private static BankRefused staleVersion(StoredQuestion current) {
    ReviewState s = current.state();
    return new BankRefused(BankRefused.Reason.CONFLICT, "Câu hỏi vừa được người khác thay đổi (nay là phiên bản " + s.version()
        + ", trạng thái " + s.status() + "); hãy tải lại rồi làm tiếp.");
  }
}
