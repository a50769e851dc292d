package vn.luatvui.server.game.room;

/**
 * What became of one question of the game.
 *
 * @param closedBy    how answers closed, for a scored question
 * @param playerCount players in the game when it closed: the base of "% correct"
 */
public record QuestionOutcome(Status status, ClosedBy closedBy, int playerCount) {
  public enum Status { NOT_ASKED, SCORED, SKIPPED }

  public enum ClosedBy {
    /** The time ran out. */
    TIME_UP,
    /** The host moved on early. */
    HOST,
    /** Every connected player had answered. */
    ALL_ANSWERED
  }

  static final QuestionOutcome NOT_ASKED = new QuestionOutcome(Status.NOT_ASKED, null, 0);
  static final QuestionOutcome SKIPPED = new QuestionOutcome(Status.SKIPPED, null, 0);
}
