package vn.luatvui.server.bank;

import java.time.OffsetDateTime;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.review.ReviewState;

/**
 * A question as stored: its review state, the content of its current version, who wrote it, and its
 * own answering time (null: the usual 20 seconds), which a question set takes unless the host chooses another;
 * {@code returned} is set while a reviewer's return is not yet followed by an approval.
 */
public record StoredQuestion(long id, String key, ReviewState state, QuestionContent content, String authorName,
                             Long reviewerId, String needsReviewReason, OffsetDateTime updatedAt, Returned returned,
                             Integer timeLimitSeconds) {

  /** The version a reviewer returned and why: shown to the author while fixing, compared when resubmitted. */
  public record Returned(int version, String comment) {
  }
}
