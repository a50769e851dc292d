package vn.luatvui.bank.review;

import static vn.luatvui.bank.review.QuestionStatus.APPROVED;
import static vn.luatvui.bank.review.QuestionStatus.DRAFT;
import static vn.luatvui.bank.review.QuestionStatus.IN_REVIEW;
import static vn.luatvui.bank.review.QuestionStatus.RETIRED;

import vn.luatvui.bank.review.ReviewCommand.Approve;
import vn.luatvui.bank.review.ReviewCommand.Comment;
import vn.luatvui.bank.review.ReviewCommand.Edit;
import vn.luatvui.bank.review.ReviewCommand.Retire;
import vn.luatvui.bank.review.ReviewCommand.Return;
import vn.luatvui.bank.review.ReviewCommand.Submit;
import vn.luatvui.bank.review.ReviewRefused.Reason;

/**
 * The review rules of the bank, as a state machine: a command and the present state in, the next
 * state and a history entry out, or {@link ReviewRefused}.
 *
 * <pre>
 *   DRAFT --submit--> IN_REVIEW --approve--> APPROVED --retire--> RETIRED
 *     ^                  |                      |                    |
 *     +-----return-------+                      +--edit (new version)+--> DRAFT
 * </pre>
 * An author never approves their own question, and no one approves a version they wrote or edited
 * (four eyes: whoever changed the content since it was last approved needs someone else). Approving clears the "needs review" flag, and is
 * refused while the question still cites a law that is no longer in force. An approved question
 * flagged for review (a cited provision changed) may be approved again without an edit.
 */
public final class ReviewWorkflow {
  private ReviewWorkflow() {
  }

  /** The state of a question just written by its author. */
  public static ReviewDecision create(Actor author) {
    if (!author.writes()) {
      throw new ReviewRefused(Reason.FORBIDDEN, "Chỉ tác giả, người duyệt hoặc quản trị viên mới được soạn câu hỏi.");
    }
    return new ReviewDecision(new ReviewState(DRAFT, author.id(), 1, false), ReviewAction.CREATED, null);
  }

  public static ReviewDecision decide(ReviewState state, ReviewCommand command) {
    Actor actor = command.actor();
    if (command instanceof Edit) {
      return edit(state, actor);
    } else if (command instanceof Submit) {
      return submit(state, actor);
    } else if (command instanceof Approve a) {
      return approve(state, a);
    } else if (command instanceof Return r) {
      return giveBack(state, r);
    } else if (command instanceof Retire r) {
      return retire(state, r);
    } else if (command instanceof Comment c) {
      return comment(state, c);
    }
    throw new IllegalArgumentException("Unknown review command " + command);
  }

  private static ReviewDecision edit(ReviewState state, Actor actor) {
    boolean own = actor.id() == state.authorId() && actor.writes();
    if (!own && !actor.reviews()) {
      throw new ReviewRefused(Reason.FORBIDDEN, "Chỉ tác giả hoặc người duyệt mới được sửa câu hỏi này.");
    }
    if (state.status() == IN_REVIEW) {
      throw new ReviewRefused(Reason.CONFLICT, "Câu hỏi đang chờ duyệt; cần được trả lại trước khi sửa.");
    }
    ReviewState next = new ReviewState(DRAFT, state.authorId(), state.version() + 1, state.needsReview());
    return new ReviewDecision(next, ReviewAction.EDITED, null);
  }

  private static ReviewDecision submit(ReviewState state, Actor actor) {
    if (actor.id() != state.authorId() && !actor.reviews()) {
      throw new ReviewRefused(Reason.FORBIDDEN, "Chỉ tác giả mới gửi duyệt câu hỏi của mình.");
    }
    requireStatus(state, DRAFT, "Chỉ gửi duyệt được câu hỏi nháp.");
    return new ReviewDecision(withStatus(state, IN_REVIEW), ReviewAction.SUBMITTED, null);
  }

  private static ReviewDecision approve(ReviewState state, Approve command) {
    Actor actor = command.actor();
    requireReviewer(actor);
    if (actor.id() == state.authorId()) {
      throw new ReviewRefused(Reason.FORBIDDEN, "Người viết không được tự duyệt câu hỏi của mình.");
    }
    if (command.writers().contains(actor.id())) {
      throw new ReviewRefused(Reason.FORBIDDEN,
          "Bạn đã sửa phiên bản đang chờ duyệt; một người duyệt khác phải duyệt nó.");
    }
    // A question flagged because a provision it cites changed may be approved again as it stands, once
    // a reviewer has compared the old and new wording: the flag, not the content, is what changes.
    boolean reapproval = state.status() == APPROVED && state.needsReview();
    if (!reapproval) {
      requireStatus(state, IN_REVIEW, "Chỉ duyệt được câu hỏi đang chờ duyệt, hoặc duyệt lại câu hỏi bị gắn cờ.");
    }
    if (command.citesLawNoLongerInForce()) {
      throw new ReviewRefused(Reason.INVALID,
          "Câu hỏi còn trích dẫn văn bản đã hết hiệu lực; hãy cập nhật trích dẫn hoặc cho ngừng sử dụng.");
    }
    ReviewState next = new ReviewState(APPROVED, state.authorId(), state.version(), false);
    return new ReviewDecision(next, ReviewAction.APPROVED, command.comment());
  }

  private static ReviewDecision giveBack(ReviewState state, Return command) {
    requireReviewer(command.actor());
    requireStatus(state, IN_REVIEW, "Chỉ trả lại được câu hỏi đang chờ duyệt.");
    requireComment(command.comment(), "Hãy ghi rõ lý do trả lại để tác giả sửa.");
    return new ReviewDecision(withStatus(state, DRAFT), ReviewAction.RETURNED, command.comment());
  }

  private static ReviewDecision retire(ReviewState state, Retire command) {
    requireReviewer(command.actor());
    if (state.status() == RETIRED) {
      throw new ReviewRefused(Reason.CONFLICT, "Câu hỏi đã ngừng sử dụng.");
    }
    ReviewState next = new ReviewState(RETIRED, state.authorId(), state.version(), false);
    return new ReviewDecision(next, ReviewAction.RETIRED, command.reason());
  }

  private static ReviewDecision comment(ReviewState state, Comment command) {
    Actor actor = command.actor();
    if (actor.id() != state.authorId() && !actor.reviews()) {
      throw new ReviewRefused(Reason.FORBIDDEN, "Chỉ tác giả và người duyệt mới bình luận được câu hỏi này.");
    }
    requireComment(command.comment(), "Bình luận đang trống.");
    return new ReviewDecision(state, ReviewAction.COMMENTED, command.comment());
  }

  /** The system's flag when a cited law stops being in force; retired questions are left alone. */
  public static ReviewDecision flag(ReviewState state, String reason) {
    if (state.status() == RETIRED || state.needsReview()) {
      return new ReviewDecision(state, null, null);
    }
    ReviewState next = new ReviewState(state.status(), state.authorId(), state.version(), true);
    return new ReviewDecision(next, ReviewAction.FLAGGED, reason);
  }

  private static void requireReviewer(Actor actor) {
    if (!actor.reviews()) {
      throw new ReviewRefused(Reason.FORBIDDEN, "Chỉ người duyệt hoặc quản trị viên mới làm được việc này.");
    }
  }

  private static void requireStatus(ReviewState state, QuestionStatus expected, String message) {
    if (state.status() != expected) {
      throw new ReviewRefused(Reason.CONFLICT, message);
    }
  }

  private static void requireComment(String comment, String message) {
    if (comment == null || comment.isBlank()) {
      throw new ReviewRefused(Reason.INVALID, message);
    }
  }

  private static ReviewState withStatus(ReviewState state, QuestionStatus status) {
    return new ReviewState(status, state.authorId(), state.version(), state.needsReview());
  }
}
