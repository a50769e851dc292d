package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.server.bank.QuestionSetRoutes.ItemView;
import vn.luatvui.server.bank.QuestionSetRoutes.SetView;

/**
 * Which questions of a set a live game would not play, and why: a game plays only approved questions
 * not flagged for review. For each, a replacement is offered when the bank has one: an approved,
 * unflagged question citing the same document and article, not already in the set.
 */
public final class SetChecks {
  /** Why a question is not played. */
  public enum Reason { NEEDS_REVIEW, NOT_APPROVED, RETIRED, MISSING }

  /** A question of the set that will not be played, with a question that could take its place. */
  public record Unplayable(int position, long questionId, String text, Reason reason, String detail,
                           QuestionView replacement) {
  }

  /** The set's check: how many questions play, and the ones that do not. */
  public record Check(long setId, int playable, List<Unplayable> unplayable) {
  }

  private final QuestionStore questions;

  public SetChecks(QuestionStore questions) {
    this.questions = questions;
  }

  /** Whether a game plays this question as it is now. */
  public static boolean playable(QuestionView q) {
    return q != null && q.status() == QuestionStatus.APPROVED && !q.needsReview();
  }

  public Future<Check> check(SetView set) {
    Set<Long> taken = new HashSet<>();
    set.items().forEach(i -> taken.add(i.questionId()));
    Future<List<Unplayable>> chain = Future.succeededFuture(new ArrayList<>());
    int playable = 0;
    for (int i = 0; i < set.items().size(); i++) {
      ItemView item = set.items().get(i);
      if (playable(item.question())) {
        playable++;
        continue;
      }
      int position = i;
      // One after the other, so two flagged questions citing the same article get different replacements.
      chain = chain.compose(list -> replacement(item.questionId(), taken).map(found -> {
        if (found != null) {
          taken.add(found.id());
        }
        list.add(unplayable(position, item, found));
        return list;
      }));
    }
    int count = playable;
    return chain.map(list -> new Check(set.set().id(), count, List.copyOf(list)));
  }

  /** An approved, unflagged question citing an article the question cites, not among {@code exclude}; or null. */
  public Future<QuestionView> replacement(long questionId, Set<Long> exclude) {
    Set<Long> excluded = new HashSet<>(exclude);
    excluded.add(questionId);
    return questions.pool().preparedQuery("SELECT q.id FROM question q WHERE q.status = 'APPROVED' AND NOT q.needs_review "
            + "AND q.id <> ALL($2) AND EXISTS (SELECT 1 FROM question_citation c JOIN question_citation mine "
            + "ON mine.document_number = c.document_number AND mine.article = c.article "
            + "WHERE c.question_id = q.id AND mine.question_id = $1) "
            + "ORDER BY (q.type = (SELECT type FROM question WHERE id = $1)) DESC, q.id LIMIT 1")
        .execute(Tuple.tuple().addValue(questionId).addValue(excluded.toArray(Long[]::new)))
        .compose(rows -> rows.size() == 0 ? Future.succeededFuture(null)
            : questions.find(questions.pool(), rows.iterator().next().getLong(0)).map(QuestionView::of));
  }

  /** The question if a game may play it now; else null. */
  public Future<QuestionView> playableQuestion(long id) {
    return questions.find(questions.pool(), id).map(q -> {
      QuestionView view = q == null ? null : QuestionView.of(q);
      return playable(view) ? view : null;
    });
  }

  private static Unplayable unplayable(int position, ItemView item, QuestionView replacement) {
    QuestionView q = item.question();
    if (q == null) {
      return new Unplayable(position, item.questionId(), null, Reason.MISSING, null, replacement);
    }
    Reason reason = q.status() == QuestionStatus.RETIRED ? Reason.RETIRED
        : q.status() != QuestionStatus.APPROVED ? Reason.NOT_APPROVED : Reason.NEEDS_REVIEW;
    String detail = reason == Reason.NEEDS_REVIEW ? q.needsReviewReason() : q.status().name();
    return new Unplayable(position, q.id(), q.content().text(), reason, detail, replacement);
  }
}
