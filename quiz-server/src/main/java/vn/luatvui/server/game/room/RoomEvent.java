package vn.luatvui.server.game.room;

import java.util.List;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.game.room.QuestionOutcome.ClosedBy;

/**
 * What happened, to be sent: small records, each handed out in a {@link Delivery} that says who it is
 * for. Nothing sent before a question's {@link Reveal} says which answer is correct.
 *
 * <p>Times ({@code opensAt}, {@code closesAt}, {@code endsAt}) are server epoch milliseconds; clocks on
 * phones differ, so each comes with {@code remainingMillis} for the client to count down from.
 */
public sealed interface RoomEvent {

  /** To the requester: you are in. The token is the caller's; it is not repeated here. */
  record Welcome(int playerId, String nickname, boolean reconnected, Phase phase, int questionCount, int score,
                 int streak, int rank) implements RoomEvent {
  }

  /** To the requester: the command was refused and changed nothing. */
  record CommandRejected(Rejection reason, String message) implements RoomEvent {
  }

  /** To the host. */
  record PlayerJoined(int playerId, String nickname, int playerCount) implements RoomEvent {
  }

  /** To the host: a player left the lobby or was kicked. */
  record PlayerLeft(int playerId, String nickname, boolean kicked, boolean banned, int playerCount)
      implements RoomEvent {
  }

  /** To the host: a player's connection dropped or came back. */
  record PresenceChanged(int playerId, boolean connected, int connectedCount) implements RoomEvent {
  }

  /** To the host: the room's settings, after the host changed one. */
  record LobbyChanged(boolean locked, boolean lateJoinAllowed, boolean leaderboardShown, int playerCount, int maxPlayers)
      implements RoomEvent {
  }

  /** To a (re)connecting host: who is in the room. */
  record PlayerList(List<PlayerSummary> players) implements RoomEvent {
  }

  /** One line of {@link PlayerList}. */
  record PlayerSummary(int playerId, String nickname, boolean connected, int score, int rank) {
  }

  /** To everyone. */
  record GameStarted(int questionCount, int playerCount) implements RoomEvent {
  }

  /** To everyone: the question's text, before answers open; no choices yet. */
  record QuestionIntro(int index, int number, int total, QuestionType type, String text, String imageUrl,
                       String imageAlt, int timeLimitSeconds, int points, long opensAt, long remainingMillis) implements RoomEvent {
  }

  /** To everyone: answers are open. */
  record QuestionOpened(PlayerQuestion question, long closesAt, long remainingMillis) implements RoomEvent {
  }

  /** To the player: the answer is recorded (or, with {@code alreadyAnswered}, was recorded before). */
  record AnswerAccepted(int questionIndex, boolean alreadyAnswered) implements RoomEvent {
  }

  /** To the player: the answer was not taken. */
  record AnswerRejected(int questionIndex, Rejection reason, String message) implements RoomEvent {
  }

  /** To the host: how many have answered. One per answer; a transport may coalesce (the latest wins). */
  record AnswerCount(int questionIndex, int answered, int playerCount) implements RoomEvent {
  }

  /** To everyone: the host skipped the question; it is not scored. */
  record QuestionSkipped(int questionIndex) implements RoomEvent {
  }

  /**
   * To everyone: the shared part of the reveal. Indices are shown positions.
   *
   * @param correctChoices the correct choices (SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_SELECT), or for
   *                       ORDERING the shown positions in their correct order; empty for POLL and TYPE_ANSWER
   * @param acceptedAnswers TYPE_ANSWER's accepted answers
   * @param choiceCounts   per shown choice: how many chose it; for ORDERING, how many put it in its right place
   * @param topAnswers     TYPE_ANSWER: the most common answers (by fold), at most 5, offensive ones masked
   * @param percentCorrect correct answers per 100 players in the game; null for a poll
   */
  record Reveal(int questionIndex, QuestionType type, ClosedBy closedBy, String text, List<String> choices,
                List<Integer> correctChoices, List<String> acceptedAnswers, List<Integer> choiceCounts,
                List<TypedCount> topAnswers, int answered, int correctCount, int playerCount, Integer percentCorrect,
                String explanation, List<Citation> citations) implements RoomEvent {
  }

  /** A typed answer and how many gave it. */
  record TypedCount(String answer, int count) {
  }

  /** To each player: their own part of the reveal. */
  record PlayerResult(int questionIndex, boolean answered, boolean correct, int points, int streakBonus, int streak,
                      int score, int rank, int playerCount) implements RoomEvent {
  }

  /** To everyone: the top of the ranking after a question. */
  record Scoreboard(int questionIndex, List<ScoreLine> top, int playerCount) implements RoomEvent {
  }

  /** To everyone: the top three. */
  record Podium(List<ScoreLine> top, int playerCount) implements RoomEvent {
  }

  /** To each player, at the podium: where they finished. */
  record FinalResult(int rank, int score, int correctCount, int playerCount) implements RoomEvent {
  }

  /** To everyone: the timer is frozen; {@code remainingMillis} is null when no timer runs. */
  record Paused(Phase phase, Long remainingMillis) implements RoomEvent {
  }

  /** To everyone: the timer runs again until {@code endsAt}; both null when no timer runs. */
  record Resumed(Phase phase, Long endsAt, Long remainingMillis) implements RoomEvent {
  }

  /** To the player: removed by the host. The transport closes the connection after sending it. */
  record Kicked(boolean banned, String message) implements RoomEvent {
  }

  /** To everyone: the game is over; {@code early} when the host ended it before the last question. */
  record GameEnded(boolean early) implements RoomEvent {
  }
}
