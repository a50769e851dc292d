package vn.luatvui.server.reach;

import java.util.List;

/**
 * Where reached people come from: a query returning {@code (org_id, person_key, source, seen_at)} for what
 * happened at or after {@code $1}. Each person belongs to one organisation; a key names one person within it
 * and is the same each time they come back. This is the extension point for other areas: course members
 * (training) add a source here, with keys prefixed by their own letter, and are then counted in the
 * dashboard's people, activity and reach figures without other change.
 */
public record ReachSource(String name, String sql) {
  /** A contestant: registered, or took an attempt; counted on the organisation whose code their contest unit has. */
  private static final String CONTESTANT_KEY = "coalesce('c:' || md5(c.name_key || '|' || c.birth_date), 'c#' || c.id)";
  private static final String CONTEST_UNIT = "JOIN contest_unit cu ON cu.id = c.unit_id JOIN org_unit o ON o.code = cu.code";

  public static final ReachSource CONTEST_REGISTRATIONS = new ReachSource("contest",
      "SELECT o.id, " + CONTESTANT_KEY + ", 'contest', c.created_at FROM contestant c " + CONTEST_UNIT
          + " WHERE c.created_at >= $1");
  public static final ReachSource CONTEST_ATTEMPTS = new ReachSource("contest",
      "SELECT o.id, " + CONTESTANT_KEY + ", 'contest', a.submitted_at FROM contest_attempt a "
          + "JOIN contestant c ON c.id = a.contestant_id " + CONTEST_UNIT + " WHERE a.submitted_at >= $1");
  /** A member who joined a unit with its invite link. */
  public static final ReachSource MEMBERS = new ReachSource("member",
      "SELECT m.org_id, 'm:' || m.id, 'member', m.joined_at FROM org_member m WHERE m.joined_at >= $1");

  /**
   * A live-game player who named their unit at the join (one the game offered): counted for that unit once the
   * game is over, unless the host removed them. A player is known by their seat in one game only (a nickname is
   * not a person), so the same child in two games counts twice; anonymous players are not counted.
   */
  public static final ReachSource GAME_PLAYERS = new ReachSource("game",
      "SELECT u.org_id, 'g:' || u.game_id || ':' || u.player_id, 'game', g.finished_at FROM game_player_unit u "
          + "JOIN game g ON g.id = u.game_id JOIN game_player p ON p.game_id = u.game_id AND p.player_id = u.player_id "
          + "WHERE g.status = 'FINISHED' AND NOT p.kicked AND g.finished_at >= $1");

  /** The sources counted today. Course members are added here when courses exist. */
  public static List<ReachSource> standard() {
    return List.of(CONTEST_REGISTRATIONS, CONTEST_ATTEMPTS, MEMBERS, GAME_PLAYERS);
  }
}
