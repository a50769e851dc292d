package vn.luatvui.server.reach;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's reads, over the rollup tables only. */
final class ReachStore {
  /** A node and the figures of its whole subtree. */
  record NodeFigures(long id, String code, String name, String kind, Long parentId, long members, long staff,
                     long people, long contestants, long active30, long active90, long attempts, long games,
                     long gamePlayers, Double averageCorrect) {
  }

  /** A ward, commune or township: settlement, population and people reached in its subtree, with its district. */
  record Base(long id, String code, String name, String kind, String settlement, long population, long reached,
              Long districtId, String districtName) {
  }

  /** A month's new people in wards and communes by settlement, and active people in the whole subtree. */
  record Month(LocalDate month, long newUrban, long newRural, long active) {
  }

  private static final String BASE_KINDS = "('WARD', 'COMMUNE', 'TOWNSHIP')";
  /** Subtree sums of a set of nodes {@code targets(id)} over the last 12 months of activity. */
  private static final String FIGURES = "SELECT t.id, o.code, o.name, o.kind, o.parent_id, "
      + "coalesce(sum(r.members), 0), coalesce(sum(r.staff), 0), coalesce(sum(r.people), 0), "
      + "coalesce(sum(r.contestants), 0), coalesce(sum(r.active_30), 0), coalesce(sum(r.active_90), 0), "
      + "coalesce(sum(m.attempts), 0), coalesce(sum(m.games), 0), coalesce(sum(m.game_players), 0), "
      + "sum(m.correct_answers), sum(m.questions_asked) "
      + "FROM targets t JOIN org_unit o ON o.id = t.id JOIN org_closure c ON c.ancestor_id = t.id "
      + "LEFT JOIN reach_org r ON r.org_id = c.descendant_id "
      + "LEFT JOIN (SELECT org_id, sum(attempts) AS attempts, sum(games) AS games, sum(game_players) AS game_players, "
      + "  sum(correct_answers) AS correct_answers, sum(questions_asked) AS questions_asked FROM reach_month "
      + "  WHERE month > (now() - interval '12 months')::date GROUP BY org_id) m ON m.org_id = c.descendant_id "
      + "GROUP BY t.id, o.code, o.name, o.kind, o.parent_id ORDER BY (t.id = $1) DESC, o.code";

  private final Pool pool;

  ReachStore(Pool pool) {
    this.pool = pool;
  }

  /** Whether the node exists and the user (an admin, or not) manages it or a node above it. */
  Future<Boolean> exists(long id) {
    return pool.preparedQuery("SELECT 1 FROM org_unit WHERE id = $1").execute(Tuple.of(id)).map(r -> r.size() > 0);
  }

  Future<Boolean> manages(long userId, long id) {
    return pool.preparedQuery("SELECT 1 FROM org_manager m JOIN org_closure c ON c.ancestor_id = m.org_id "
        + "WHERE m.user_id = $1 AND c.descendant_id = $2 LIMIT 1").execute(Tuple.of(userId, id)).map(r -> r.size() > 0);
  }

  /** The node first, then its children. */
  Future<List<NodeFigures>> nodeAndChildren(long id) {
    return figures("WITH targets AS (SELECT id FROM org_unit WHERE id = $1 OR parent_id = $1) " + FIGURES, id);
  }

  /** Every node of the subtree (the export). */
  Future<List<NodeFigures>> subtree(long id) {
    return figures("WITH targets AS (SELECT descendant_id AS id FROM org_closure WHERE ancestor_id = $1) " + FIGURES, id);
  }

  private Future<List<NodeFigures>> figures(String sql, long id) {
    return pool.preparedQuery(sql).execute(Tuple.of(id)).map(rows -> {
      List<NodeFigures> out = new ArrayList<>();
      for (Row r : rows) {
        Long correct = r.getLong(14);
        Long asked = r.getLong(15);
        out.add(new NodeFigures(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
            r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11),
            r.getLong(12), r.getLong(13), asked == null || asked == 0 ? null : (double) correct / asked));
      }
      return out;
    });
  }

  /** The wards, communes and townships of the subtree with their people reached and their district. */
  Future<List<Base>> bases(long id) {
    return pool.preparedQuery("WITH base AS (SELECT u.* FROM org_closure c JOIN org_unit u ON u.id = c.descendant_id "
            + "WHERE c.ancestor_id = $1 AND u.kind IN " + BASE_KINDS + " AND u.settlement IS NOT NULL "
            + "AND u.population IS NOT NULL) "
            + "SELECT b.id, b.code, b.name, b.kind, b.settlement, b.population, "
            + "(SELECT coalesce(sum(r.people), 0) FROM org_closure c JOIN reach_org r ON r.org_id = c.descendant_id "
            + " WHERE c.ancestor_id = b.id), d.id, d.name FROM base b "
            + "LEFT JOIN LATERAL (SELECT u.id, u.name FROM org_closure c JOIN org_unit u ON u.id = c.ancestor_id "
            + " WHERE c.descendant_id = b.id AND u.kind = 'DISTRICT' ORDER BY c.depth LIMIT 1) d ON true "
            + "ORDER BY d.name NULLS LAST, b.code")
        .execute(Tuple.of(id)).map(rows -> {
          List<Base> out = new ArrayList<>();
          for (Row r : rows) {
            out.add(new Base(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getLong(5), r.getLong(6), r.getLong(7), r.getString(8)));
          }
          return out;
        });
  }

  /** Month by month: new people in the subtree's wards and communes by settlement, active people. */
  Future<List<Month>> months(long id) {
    return pool.preparedQuery("WITH sub AS (SELECT descendant_id AS id FROM org_closure WHERE ancestor_id = $1), "
            + "settled AS (SELECT c.descendant_id AS id, b.settlement FROM sub s JOIN org_unit b ON b.id = s.id "
            + "  JOIN org_closure c ON c.ancestor_id = b.id WHERE b.kind IN " + BASE_KINDS + " AND b.settlement IS NOT NULL "
            + "  AND b.population IS NOT NULL) "
            + "SELECT m.month, coalesce(sum(m.new_people) FILTER (WHERE st.settlement = 'URBAN'), 0), "
            + "coalesce(sum(m.new_people) FILTER (WHERE st.settlement = 'RURAL'), 0), "
            + "coalesce(sum(m.active_people) FILTER (WHERE s.id IS NOT NULL), 0) "
            + "FROM reach_month m LEFT JOIN settled st ON st.id = m.org_id LEFT JOIN sub s ON s.id = m.org_id "
            + "WHERE s.id IS NOT NULL GROUP BY m.month ORDER BY m.month")
        .execute(Tuple.of(id)).map(rows -> {
          List<Month> out = new ArrayList<>();
          for (Row r : rows) {
            out.add(new Month(r.getLocalDate(0), r.getLong(1), r.getLong(2), r.getLong(3)));
          }
          return out;
        });
  }

  /** Anonymous visits by month, last twelve. */
  Future<List<Object[]>> visits() {
    return pool.query("SELECT to_char(month, 'YYYY-MM'), visits FROM reach_visit_month "
        + "WHERE month > (now() - interval '12 months')::date ORDER BY month").execute().map(rows -> {
          List<Object[]> out = new ArrayList<>();
          for (Row r : rows) {
            out.add(new Object[] {r.getString(0), r.getLong(1)});
          }
          return out;
        });
  }

  /** When the rollup last ran, or null. */
  Future<java.time.OffsetDateTime> updatedAt() {
    return pool.query("SELECT ran_at FROM reach_job WHERE name = '" + ReachJob.NAME + "'").execute()
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getOffsetDateTime(0));
  }
}
