package vn.luatvui.bank.review;

/**
 * The review side of a question: its status, its author, its current version, and whether it is
 * flagged because a law it cites stopped being in force (cần rà soát).
 */
public record ReviewState(QuestionStatus status, long authorId, int version, boolean needsReview) {

  /** Whether new games and contest attempts may draw the question. */
  public boolean drawable() {
    return status == QuestionStatus.APPROVED && !needsReview;
  }
}
