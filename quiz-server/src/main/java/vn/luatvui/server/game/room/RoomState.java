package vn.luatvui.server.game.room;

import java.util.List;

/**
 * Everything a room is, as plain values: what the caller persists (Redis while the game runs) and
 * restores with {@link Room#restore}. A restored room continues exactly as the original would.
 *
 * @param questionIndex the current question, −1 before the first
 * @param startedAt     QUESTION_INTRO: when the text was shown; QUESTION_OPEN: when answers opened,
 *                      moved later by the length of any pause; 0 otherwise
 * @param endsAt        QUESTION_INTRO: when answers open; QUESTION_OPEN: the deadline; 0 otherwise
 * @param pausedAt      when the pause began, if {@code paused}
 * @param outcomes      one per question
 * @param players       in join order: player n is at index n − 1
 * @param bannedNicknames folded nicknames the host banned
 * @param answers       every accepted answer of scored questions, and of the current one, in the order taken
 * @param outageFrom    when the last takeover's outage began (the old server's last sign of life), 0 if none
 * @param outageTo      when that takeover brought the room back; the timer was moved on by the difference
 */
public record RoomState(GameSetup setup, Phase phase, int questionIndex, long startedAt, long endsAt, boolean paused,
                        long pausedAt, boolean locked, boolean lateJoinAllowed, boolean leaderboardShown,
                        List<QuestionOutcome> outcomes, List<Player> players, List<String> bannedNicknames,
                        List<PlayerAnswer> answers, long outageFrom, long outageTo) {

  public RoomState {
    outcomes = List.copyOf(outcomes);
    players = List.copyOf(players);
    bannedNicknames = List.copyOf(bannedNicknames);
    answers = List.copyOf(answers);
  }
}
