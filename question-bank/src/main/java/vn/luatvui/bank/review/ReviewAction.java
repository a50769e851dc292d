package vn.luatvui.bank.review;

/** What happened to a question, as its history records it. */
public enum ReviewAction {
  CREATED, EDITED, SUBMITTED, APPROVED, RETURNED, RETIRED, COMMENTED,
  /** A cited law stopped being in force: the question needs review (hệ thống gắn cờ). */
  FLAGGED
}
