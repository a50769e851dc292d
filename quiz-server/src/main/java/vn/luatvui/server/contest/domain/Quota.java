package vn.luatvui.server.contest.domain;

/**
 * A quota of a question pool (hạn mức câu hỏi): {@code count} questions with the tag and/or the
 * difficulty. A null tag or difficulty matches any.
 *
 * @param tag        lower-case tag (chủ đề), or null
 * @param difficulty 1..3 (mức độ), or null
 */
public record Quota(String tag, Integer difficulty, int count) {
  public Quota {
    tag = QuestionPool.cleanTag(tag);
  }

  /** Whether a candidate counts towards this quota. */
  public boolean matches(Candidate candidate) {
    return (tag == null || candidate.tags().contains(tag))
        && (difficulty == null || difficulty == candidate.difficulty());
  }

  /** The quota as a contest organiser reads it: «giao-thong», mức độ 2. */
  public String describe() {
    if (tag != null && difficulty != null) {
      return "«" + tag + "», mức độ " + difficulty;
    }
    return tag != null ? "«" + tag + "»" : "câu hỏi mức độ " + difficulty;
  }
}
