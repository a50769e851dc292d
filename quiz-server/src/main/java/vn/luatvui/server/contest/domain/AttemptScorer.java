package vn.luatvui.server.contest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.server.judging.AnswerJudge;
import vn.luatvui.server.judging.AnswerJudge.Judgement;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.judging.Shuffle;

/**
 * Scores an attempt (chấm điểm lượt thi). Each question is worth {@code pointsPerQuestion}, scaled by
 * {@link AnswerJudge}'s credit / outOf and rounded, so a PER_OPTION multiple-select answer earns part.
 * An unanswered question earns nothing; an answer that does not fit its question counts as answered,
 * wrong, 0 points.
 */
public final class AttemptScorer {
  private AttemptScorer() {
  }

  /**
   * @param drawn    the attempt's questions in attempt order
   * @param contents the bank content of each, in the same order (the version drawn)
   * @param answers  by 0-based position in the attempt, in shown indices as the contestant sent them
   */
  public static AttemptScore score(List<DrawnQuestion> drawn, List<QuestionContent> contents,
                                   Map<Integer, AnswerPayload> answers, int pointsPerQuestion) {
    if (drawn.size() != contents.size()) {
      throw new IllegalArgumentException(drawn.size() + " questions but " + contents.size() + " contents");
    }
    List<QuestionResult> results = new ArrayList<>(drawn.size());
    int score = 0;
    int correct = 0;
    for (int i = 0; i < drawn.size(); i++) {
      AnswerPayload answer = answers.get(i);
      if (answer == null) {
        results.add(new QuestionResult(i, false, false, 0));
        continue;
      }
      Optional<Judgement> judged = judge(drawn.get(i), contents.get(i), answer);
      boolean right = judged.map(Judgement::correct).orElse(false);
      int points = judged.map(j -> points(j, pointsPerQuestion)).orElse(0);
      results.add(new QuestionResult(i, true, right, points));
      score += points;
      correct += right ? 1 : 0;
    }
    return new AttemptScore(score, correct, drawn.size(), drawn.size() * pointsPerQuestion, results);
  }

  /** Whether the answer's shape fits the question (the right part, indices in range, no repeats). */
  public static boolean fits(DrawnQuestion drawn, QuestionContent content, AnswerPayload answer) {
    return judge(drawn, content, answer).isPresent();
  }

  private static Optional<Judgement> judge(DrawnQuestion drawn, QuestionContent content, AnswerPayload answer) {
    Shuffle shuffle;
    try {
      shuffle = new Shuffle(drawn.choiceOrder());
    } catch (IllegalArgumentException notAPermutation) {
      return Optional.empty();
    }
    return AnswerJudge.judge(content, shuffle, answer);
  }

  private static int points(Judgement judgement, int pointsPerQuestion) {
    if (judgement.outOf() <= 0) {
      return 0;
    }
    return (int) Math.round((double) pointsPerQuestion * judgement.credit() / judgement.outOf());
  }
}
