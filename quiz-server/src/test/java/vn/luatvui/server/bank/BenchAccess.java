package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.bank.review.ReviewAction;
import vn.luatvui.bank.review.ReviewState;
import vn.luatvui.server.auth.UserStore;

/** Fills a benchmark's bank through the same checks and storage as the application. */
public final class BenchAccess {
  private final QuestionStore questions;
  private final QuestionService service;
  private final UserStore users;

  public BenchAccess(Pool pool) {
    this.questions = new QuestionStore(pool);
    this.service = new QuestionService(questions, new LegalDocumentStore(pool));
    this.users = new UserStore(pool);
  }

  /** Adds the questions as approved (owned by the starter-bank account); fails on the first invalid one. */
  public Future<List<Long>> insertApproved(List<QuestionContent> contents) {
    return users.starterBankOwner().compose(owner -> questions.pool().withTransaction(tx -> service.check(tx, contents)
        .compose(checked -> {
          List<QuestionStore.NewQuestion> added = new ArrayList<>();
          for (QuestionService.Checked c : checked) {
            if (!c.violations().isEmpty()) {
              return Future.failedFuture(new IllegalArgumentException(c.violations().toString()));
            }
            added.add(new QuestionStore.NewQuestion(null, new ReviewState(QuestionStatus.APPROVED, owner, 1, false),
                c.content(), c.indexed(), owner, List.of(new QuestionStore.Note(ReviewAction.CREATED, null))));
          }
          return questions.insertAll(tx, added);
        })));
  }
}
