package vn.luatvui.server.game.room;

/** How correct answers turn into points; chosen by the host when the game is set up. */
public enum ScoringMode {
  /** Kahoot-compatible: faster correct answers earn more, and answer streaks earn a bonus. */
  KAHOOT,
  /**
   * Accuracy first (ưu tiên độ chính xác): fixed points per correct answer, no streak bonus; the total
   * time spent on correct answers only breaks ties. Suits legal education and contests.
   */
  ACCURACY_FIRST
}
