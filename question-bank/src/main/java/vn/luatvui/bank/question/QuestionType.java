package vn.luatvui.bank.question;

/** The kinds of question a game or contest can ask. */
public enum QuestionType {
  /** One correct choice among 2–6 (trắc nghiệm một đáp án). */
  SINGLE_CHOICE,
  /** One or more correct choices among 2–6 (nhiều đáp án). */
  MULTIPLE_SELECT,
  /** Đúng / Sai. */
  TRUE_FALSE,
  /** The player types the answer; matching ignores diacritics, case and spacing (điền đáp án). */
  TYPE_ANSWER,
  /** 3–6 items to put in order (sắp xếp). */
  ORDERING,
  /** An opinion question: no correct answer, no points (thăm dò ý kiến). */
  POLL
}
