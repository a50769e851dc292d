package vn.luatvui.server.bank;

import java.time.OffsetDateTime;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.review.ReviewState;

/** A question as stored: its review state, the content of its current version, and who wrote it. */
public record StoredQuestion(long id, String key, ReviewState state, QuestionContent content, String authorName,
                             Long reviewerId, String needsReviewReason, OffsetDateTime updatedAt) {
}
