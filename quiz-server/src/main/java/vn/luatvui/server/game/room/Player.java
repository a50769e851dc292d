package vn.luatvui.server.game.room;

/**
 * A player (người chơi) as the room keeps them. Players are numbered 1, 2, 3… in join order, and
 * that order breaks the last ties of the ranking.
 *
 * @param token         the opaque reconnect token the caller gave at join (store a hash if you prefer)
 * @param rank          1-based, as of the last ranking (after each question, at the podium and after a
 *                      kick); 0 until the player is first ranked
 * @param correctTimeMs total time spent on correct (or partly correct) answers, ACCURACY_FIRST's tie-break
 */
public record Player(int id, String nickname, String token, Presence presence, long joinedAt, int score, int streak,
                     int correctCount, long correctTimeMs, int rank) {

  /** Whether the player is in the game and connected; a dropped connection is not a leave. */
  public enum Presence {
    CONNECTED,
    /** Dropped, or left after the start: keeps the seat, score and streak; may reconnect with the token. */
    DISCONNECTED,
    /** Left in the lobby: the seat and the nickname are free again. */
    LEFT,
    /** Removed by the host: out of the ranking and the report; cannot reconnect. */
    KICKED
  }

  static Player joined(int id, String nickname, String token, long now) {
    return new Player(id, nickname, token, Presence.CONNECTED, now, 0, 0, 0, 0, 0);
  }

  /** In the game: ranked, counted, may answer. */
  public boolean active() {
    return presence == Presence.CONNECTED || presence == Presence.DISCONNECTED;
  }

  int index() {
    return id - 1;
  }

  Player with(Presence p) {
    return new Player(id, nickname, token, p, joinedAt, score, streak, correctCount, correctTimeMs, rank);
  }

  Player withRank(int r) {
    return new Player(id, nickname, token, presence, joinedAt, score, streak, correctCount, correctTimeMs, r);
  }

  Player withStreak(int s) {
    return new Player(id, nickname, token, presence, joinedAt, score, s, correctCount, correctTimeMs, rank);
  }

  /** The player once a question closes with this answer counted. */
  Player after(PlayerAnswer a) {
    return new Player(id, nickname, token, presence, joinedAt, score + a.points(), a.streak(),
        correctCount + (a.correct() ? 1 : 0), correctTimeMs + (a.scored() ? a.timeMs() : 0), rank);
  }
}
