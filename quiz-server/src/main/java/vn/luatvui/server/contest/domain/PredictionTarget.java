package vn.luatvui.server.contest.domain;

import java.util.List;

/** What the prediction question (câu hỏi dự đoán) asks contestants to guess. */
public enum PredictionTarget {
  /** How many contestants answer every question correctly (số người trả lời đúng tất cả). */
  PERFECT_SCORES,
  /** How many contestants take part in the round (số người dự thi). */
  PARTICIPANTS;

  /**
   * The true figure the predictions are measured against.
   *
   * @param bestPerContestant each contestant's counted attempt, one per contestant
   * @param maxScore          the score of an attempt with every answer right
   */
  public long actualFigure(List<RoundEntry> bestPerContestant, int maxScore) {
    if (this == PARTICIPANTS) {
      return bestPerContestant.size();
    }
    return bestPerContestant.stream().filter(s -> s.score() == maxScore).count();
  }
}
