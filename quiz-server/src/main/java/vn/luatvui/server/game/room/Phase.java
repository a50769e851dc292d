package vn.luatvui.server.game.room;

/**
 * Where a live game stands (giai đoạn). Pausing is not a phase: it is a flag over the current phase
 * that freezes its timer.
 *
 * <pre>
 * LOBBY → QUESTION_INTRO → QUESTION_OPEN → REVEAL → SCOREBOARD → next question … → PODIUM → FINISHED
 * </pre>
 * QUESTION_INTRO is left out when the lead-in is 0 seconds, SCOREBOARD when the host hides the
 * leaderboard.
 */
public enum Phase {
  /** Players join (phòng chờ). */
  LOBBY,
  /** The question text is shown; answers are not open yet. */
  QUESTION_INTRO,
  /** Answers are open until the deadline. */
  QUESTION_OPEN,
  /** The correct answer, the distribution, the citation and each player's own result (đáp án). */
  REVEAL,
  /** The top players (bảng xếp hạng). */
  SCOREBOARD,
  /** The top three (bục vinh quang). */
  PODIUM,
  /** The game is over; the state holds everything the report needs. */
  FINISHED;

  /** Whether a timer runs in this phase: the lead-in, or the time to answer. */
  public boolean timed() {
    return this == QUESTION_INTRO || this == QUESTION_OPEN;
  }

  /** Whether the game has come to its end (podium or finished). */
  public boolean over() {
    return this == PODIUM || this == FINISHED;
  }
}
