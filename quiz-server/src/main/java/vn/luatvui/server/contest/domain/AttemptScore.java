package vn.luatvui.server.contest.domain;

import java.util.List;

/** The score of an attempt (điểm của lượt thi). */
public record AttemptScore(int score, int correct, int total, int maxScore, List<QuestionResult> questions) {
  public AttemptScore {
    questions = List.copyOf(questions);
  }

  /** Every answer right (trả lời đúng tất cả). */
  public boolean perfect() {
    return total > 0 && correct == total;
  }
}
