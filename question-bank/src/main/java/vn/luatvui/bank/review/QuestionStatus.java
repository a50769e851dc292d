package vn.luatvui.bank.review;

/** Where a question stands in review (trạng thái). */
public enum QuestionStatus {
  /** Being written; only its author and reviewers see it (nháp). */
  DRAFT,
  /** Submitted, waiting for a reviewer (chờ duyệt). */
  IN_REVIEW,
  /** Approved: may be drawn into games and contests (đã duyệt). */
  APPROVED,
  /** Taken out of use, kept for history (ngừng sử dụng). */
  RETIRED
}
