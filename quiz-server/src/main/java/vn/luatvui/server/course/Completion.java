package vn.luatvui.server.course;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Comparator;
import java.util.List;

/**
 * A unit's leaderboard of completion: for each unit directly under it, its people (members and staff of its
 * whole subtree), how many started a course and how many completed one, best rate first.
 */
final class Completion {
  /** One unit's row; {@code rate} is completions per person, in percent (0 without people). */
  record Row(long orgId, String name, long people, long started, long completed, int rate) {
  }

  private final Pool pool;

  Completion(Pool pool) {
    this.pool = pool;
  }

  Future<List<Row>> under(long orgId) {
    return pool.preparedQuery("WITH kids AS (SELECT descendant_id AS id FROM org_closure WHERE ancestor_id = $1 AND depth = 1), "
            + "sub AS (SELECT k.id AS kid, t.descendant_id AS org FROM kids k JOIN org_closure t ON t.ancestor_id = k.id) "
            + "SELECT u.id, u.name, "
            + "(SELECT count(*) FROM sub JOIN org_member m ON m.org_id = sub.org WHERE sub.kid = u.id) "
            + "+ (SELECT count(*) FROM sub JOIN org_staff s ON s.org_id = sub.org WHERE sub.kid = u.id), "
            + "(SELECT count(*) FROM sub JOIN course_learner l ON l.org_id = sub.org WHERE sub.kid = u.id), "
            + "(SELECT count(*) FROM sub JOIN course_learner l ON l.org_id = sub.org WHERE sub.kid = u.id AND l.completed_at IS NOT NULL) "
            + "FROM kids JOIN org_unit u ON u.id = kids.id")
        .execute(Tuple.of(orgId))
        .map(rows -> CourseStore.list(rows, r -> {
          long people = r.getLong(2);
          long completed = r.getLong(4);
          return new Row(r.getLong(0), r.getString(1), people, r.getLong(3), completed,
              people == 0 ? 0 : (int) Math.min(100, completed * 100 / people));
        }).stream().sorted(Comparator.comparingInt(Row::rate).reversed().thenComparing(Comparator.comparingLong(Row::completed)
            .reversed()).thenComparing(Row::name)).toList());
  }
}
