package vn.luatvui.server.bank;

import java.time.OffsetDateTime;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.review.ReviewState;

/**
 * A question as stored: its review state, the content of its current version, who wrote it, and its
 * own answering time (null: the usual 20 seconds), which a question set takes unless the host chooses another.
 */
public record StoredQuestion(long id, String key, ReviewState state, QuestionContent content, String authorName,
                             Long reviewerId, String needsReviewReason, OffsetDateTime updatedAt,
                             Integer timeLimitSeconds) {
}
