package vn.luatvui.server.game.room;

import vn.luatvui.server.judging.AnswerPayload;

/**
 * An accepted answer, as kept for the reveal and the report.
 *
 * @param answer      in bank indices (see {@link AnswerPayload})
 * @param timeMs      time taken, measured on the server from the moment answers opened (pauses excluded)
 * @param points      points earned, streak bonus included; added to the score when the question closes
 * @param streakBonus the part of {@code points} that is streak bonus
 * @param streak      the player's streak after this question
 */
public record PlayerAnswer(int playerId, int questionIndex, AnswerPayload answer, long timeMs, boolean correct,
                           int points, int streakBonus, int streak) {

  /** Whether the answer counts towards the tie-break time: right, or at least partly right. */
  public boolean scored() {
    return correct || points > 0;
  }
}
