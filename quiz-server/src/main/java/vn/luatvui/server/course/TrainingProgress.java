package vn.luatvui.server.course;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.reach.TrainingFigures;

/**
 * The dashboard's training panel for a subtree: each assigned course with the people it is assigned to
 * (officials by their organisation, members by the unit they joined), how many completed it and how
 * many on time; and the officials (accounts) who completed every course assigned to them, against
 * the plan's 100%. Read from the course tables on request: they hold assigned people, not a city's
 * population, so no rollup is kept.
 */
public final class TrainingProgress implements TrainingFigures {
  private static final String ASSIGNED = "WITH sub AS (SELECT descendant_id AS org_id FROM org_closure WHERE ancestor_id = $1), "
      + "assigned AS ("
      + " SELECT a.course_id, a.due_on, 'u' AS kind, s.user_id AS who FROM course_assignment a"
      + " JOIN org_closure t ON t.ancestor_id = a.org_id JOIN org_staff s ON s.org_id = t.descendant_id"
      + " WHERE s.org_id IN (SELECT org_id FROM sub)"
      + " UNION ALL"
      + " SELECT a.course_id, a.due_on, 'm', m.id FROM course_assignment a"
      + " JOIN org_closure t ON t.ancestor_id = a.org_id JOIN org_member m ON m.org_id = t.descendant_id"
      + " WHERE m.org_id IN (SELECT org_id FROM sub)), "
      + "done AS (SELECT x.course_id, x.due_on, x.kind, x.who, l.completed_at FROM assigned x"
      + " LEFT JOIN course_learner l ON l.course_id = x.course_id"
      + " AND (x.kind = 'u' AND l.user_id = x.who OR x.kind = 'm' AND l.member_id = x.who)) ";
  private static final String BY_COURSE = ASSIGNED
      + "SELECT c.id, c.title, count(DISTINCT (d.kind, d.who)),"
      + " count(DISTINCT (d.kind, d.who)) FILTER (WHERE d.completed_at IS NOT NULL),"
      + " count(DISTINCT (d.kind, d.who)) FILTER (WHERE d.completed_at IS NOT NULL"
      + "   AND (d.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= d.due_on),"
      + " min(d.due_on)"
      + " FROM done d JOIN course c ON c.id = d.course_id GROUP BY c.id, c.title ORDER BY c.title, c.id";
  private static final String OFFICIALS = ASSIGNED
      + "SELECT count(*), count(*) FILTER (WHERE complete) FROM"
      + " (SELECT d.who, bool_and(d.completed_at IS NOT NULL) AS complete FROM done d WHERE d.kind = 'u'"
      + "  GROUP BY d.who) o";

  /** One course assigned in the subtree: people it is assigned to, completed, completed by the due day. */
  public record CourseFigures(long courseId, String title, long assigned, long completed, long onTime, String dueOn) {
  }

  /** Officials (accounts) with a course assigned, and those who completed every one of theirs. */
  public record Officials(long assigned, long trained, int target) {
  }

  /** The training panel of a subtree. */
  public record Figures(List<CourseFigures> courses, Officials officials) {
  }

  private final Pool pool;

  public TrainingProgress(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Object> of(long orgId) {
    Tuple id = Tuple.of(orgId);
    return pool.preparedQuery(BY_COURSE).execute(id).compose(courses -> pool.preparedQuery(OFFICIALS).execute(id)
        .<Object>map(officials -> {
          List<CourseFigures> list = new ArrayList<>();
          for (Row r : courses) {
            list.add(new CourseFigures(r.getLong(0), r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4),
                r.getLocalDate(5).toString()));
          }
          if (list.isEmpty()) {
            return null;
          }
          Row o = officials.iterator().next();
          return new Figures(list, new Officials(o.getLong(0), o.getLong(1), 100));
        }));
  }
}
