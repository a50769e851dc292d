package vn.luatvui.server.game.room;

/**
 * The host's choices for one game (tùy chọn trò chơi).
 *
 * @param scoring          how answers score
 * @param lateJoinAllowed  whether players may join after the start (the host can change it during the game)
 * @param leadInSeconds    how long the question text is shown before answers open; 0 opens at once
 * @param leaderboardShown whether the scoreboard follows each reveal (the host can change it during the game)
 * @param maxPlayers       the most players in the room at once (those who left or were kicked do not count);
 *                         0 (a game from before the cap) means {@link #DEFAULT_MAX_PLAYERS}
 */
public record GameOptions(ScoringMode scoring, boolean lateJoinAllowed, int leadInSeconds, boolean leaderboardShown,
                          int maxPlayers) {
  public static final int DEFAULT_LEAD_IN_SECONDS = 3;
  public static final int MAX_LEAD_IN_SECONDS = 30;
  public static final int DEFAULT_MAX_PLAYERS = 200;

  public GameOptions {
    scoring = scoring == null ? ScoringMode.KAHOOT : scoring;
    maxPlayers = maxPlayers <= 0 ? DEFAULT_MAX_PLAYERS : maxPlayers;
    if (leadInSeconds < 0 || leadInSeconds > MAX_LEAD_IN_SECONDS) {
      throw new InvalidGameSetup("Thời gian đọc câu hỏi phải từ 0 đến " + MAX_LEAD_IN_SECONDS + " giây.");
    }
  }

  public GameOptions(ScoringMode scoring, boolean lateJoinAllowed, int leadInSeconds, boolean leaderboardShown) {
    this(scoring, lateJoinAllowed, leadInSeconds, leaderboardShown, DEFAULT_MAX_PLAYERS);
  }

  /** Kahoot scoring, late join allowed, a 3-second lead-in, the leaderboard after each question, 200 players. */
  public static GameOptions defaults() {
    return new GameOptions(ScoringMode.KAHOOT, true, DEFAULT_LEAD_IN_SECONDS, true);
  }

  public GameOptions withScoring(ScoringMode mode) {
    return new GameOptions(mode, lateJoinAllowed, leadInSeconds, leaderboardShown, maxPlayers);
  }

  public GameOptions withLateJoin(boolean allowed) {
    return new GameOptions(scoring, allowed, leadInSeconds, leaderboardShown, maxPlayers);
  }

  public GameOptions withLeadIn(int seconds) {
    return new GameOptions(scoring, lateJoinAllowed, seconds, leaderboardShown, maxPlayers);
  }

  public GameOptions withLeaderboard(boolean shown) {
    return new GameOptions(scoring, lateJoinAllowed, leadInSeconds, shown, maxPlayers);
  }

  public GameOptions withMaxPlayers(int players) {
    return new GameOptions(scoring, lateJoinAllowed, leadInSeconds, leaderboardShown, players);
  }
}
