package vn.luatvui.server.contest.domain;

/**
 * How practice (thi thử) is kept from revealing the ranked pool, as the organiser sees it when setting
 * the contest up.
 */
public enum PracticeRule {
  /**
   * Practice draws from a pool of its own (bộ đề thi thử) that the organiser sets, never from a question
   * of the ranked pool; its answers are shown as soon as a practice attempt is submitted.
   */
  SEPARATE_POOL,
  /**
   * Practice draws from the ranked pool, and its answers are shown only once every round of the
   * contest has closed — until then a practice attempt shows its score, not which answers were right.
   */
  REVEAL_AFTER_LAST_ROUND;

  /** The rule the settings give: a practice pool of its own, or none. */
  public static PracticeRule of(ContestSettings settings) {
    return settings.practicePool().noneChosen() ? REVEAL_AFTER_LAST_ROUND : SEPARATE_POOL;
  }
}
