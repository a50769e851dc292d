package vn.luatvui.server.bank;

import java.time.OffsetDateTime;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.review.QuestionStatus;

/**
 * A question as authors and reviewers see it over the API. {@code returnedVersion}: a draft with it
 * was returned by a reviewer (with {@code returnComment}); a question in review with it was resubmitted.
 */
public record QuestionView(long id, String key, QuestionStatus status, int version, long authorId, String authorName,
                           boolean needsReview, String needsReviewReason, OffsetDateTime updatedAt,
                           QuestionContent content, Integer returnedVersion, String returnComment,
                           Integer timeLimitSeconds) {

  public static QuestionView of(StoredQuestion q) {
    return new QuestionView(q.id(), q.key(), q.state().status(), q.state().version(), q.state().authorId(),
        q.authorName(), q.state().needsReview(), q.needsReviewReason(), q.updatedAt(), q.content(),
        q.returned() == null ? null : q.returned().version(), q.returned() == null ? null : q.returned().comment(),
        q.timeLimitSeconds());
  }
}
