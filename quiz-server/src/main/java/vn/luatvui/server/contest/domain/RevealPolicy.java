package vn.luatvui.server.contest.domain;

/** When a contestant sees the correct answers and explanations (công bố đáp án). */
public enum RevealPolicy {
  /** Right after the contestant submits the attempt (ngay sau khi nộp bài). */
  AFTER_SUBMIT,
  /** Only once the round has closed (sau khi kết thúc đợt thi). */
  AFTER_ROUND_CLOSE
}
