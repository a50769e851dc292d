package vn.luatvui.server.game.room;

import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.judging.AnswerJudge.Judgement;
import vn.luatvui.server.judging.AnswerJudge;

/**
 * Points for answers, as pure functions of the two scoring modes. All arithmetic is in integers, so
 * results are exact and the same on every machine.
 *
 * <p>KAHOOT: a correct answer earns {@code round(P × (1 − (t/T)/2))}, P the question's points, T its
 * time limit, t the time taken on the server; the full P under 500 ms. From the second correct answer
 * in a row a streak bonus of +100 per answer is added (2nd +100, 3rd +200, …), at most +500. A wrong
 * answer or no answer resets the streak; a poll leaves it alone. A question worth 0 points earns
 * nothing, not even the streak bonus, but its answer still continues or resets the streak.
 *
 * <p>ACCURACY_FIRST: the fixed P per correct answer, no bonus (the streak is still kept for display).
 *
 * <p>Partial credit (multiple select, PER_OPTION) is the same formula times credit / outOf.
 */
public final class Scoring {
  public static final long FULL_POINTS_MILLIS = 500;
  public static final int STREAK_STEP = 100;
  public static final int STREAK_CAP = 500;

  /**
   * What one answer is worth.
   *
   * @param points      everything the answer earns, streak bonus included
   * @param streakBonus the part of {@code points} that is streak bonus
   * @param streak      the player's answer streak after this question
   */
  public record Score(int points, int streakBonus, int streak, boolean correct) {
  }

  private Scoring() {
  }

  public static Score score(ScoringMode mode, GameQuestion q, Judgement j, long elapsedMillis, int streakBefore) {
    if (q.type() == QuestionType.POLL) {
      return new Score(0, 0, streakBefore, false);
    }
    int base = basePoints(mode, q.points(), j.credit(), j.outOf(), elapsedMillis, q.timeLimitMillis());
    if (!j.correct()) {
      return new Score(base, 0, 0, false);
    }
    int streak = streakBefore + 1;
    int bonus = mode == ScoringMode.KAHOOT && q.points() > 0 ? streakBonus(streak) : 0;
    return new Score(base + bonus, bonus, streak, true);
  }

  /** The streak after a question the player did not answer. */
  public static int streakAfterMissing(GameQuestion q, int streakBefore) {
    return q.type() == QuestionType.POLL ? streakBefore : 0;
  }

  /** Points before any streak bonus: {@code credit / outOf} of the (speed-weighted) points. */
  public static int basePoints(ScoringMode mode, int points, int credit, int outOf, long elapsedMillis,
                               long limitMillis) {
    if (credit <= 0 || points <= 0) {
      return 0;
    }
    if (mode == ScoringMode.ACCURACY_FIRST || elapsedMillis < FULL_POINTS_MILLIS) {
      return roundDiv((long) points * credit, outOf);
    }
    long left = Math.max(0, 2 * limitMillis - elapsedMillis);
    return roundDiv((long) points * credit * left, (long) outOf * 2 * limitMillis);
  }

  /** Kahoot's points for a correct answer after {@code elapsedMillis} of {@code limitMillis}. */
  public static int speedPoints(int points, long elapsedMillis, long limitMillis) {
    return basePoints(ScoringMode.KAHOOT, points, 1, 1, elapsedMillis, limitMillis);
  }

  /** The bonus for a streak of {@code streak} correct answers in a row, this one included. */
  public static int streakBonus(int streak) {
    return Math.min(STREAK_CAP, STREAK_STEP * Math.max(0, streak - 1));
  }

  /** num / den rounded half up, for num ≥ 0 and den > 0. */
  private static int roundDiv(long num, long den) {
    return (int) ((2 * num + den) / (2 * den));
  }
}
