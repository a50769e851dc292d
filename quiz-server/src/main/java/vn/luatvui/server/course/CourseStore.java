package vn.luatvui.server.course;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.luatvui.server.contest.domain.DrawnQuestion;
import vn.luatvui.server.course.domain.Article;
import vn.luatvui.server.course.domain.CourseDraft;
import vn.luatvui.server.course.domain.CourseStatus;
import vn.luatvui.server.course.domain.FinalTestRules;
import vn.luatvui.server.course.domain.Lesson;
import vn.luatvui.server.course.domain.QuizRules;
import vn.luatvui.server.json.Jsons;

/** Courses, lessons, assignments, learners and their progress in PostgreSQL. */
final class CourseStore {
  private static final TypeReference<List<Article>> ARTICLES = new TypeReference<>() {
  };
  private static final TypeReference<List<DrawnQuestion>> DRAWN = new TypeReference<>() {
  };
  private static final String COURSE = "SELECT c.id, c.title, c.description, c.owner_id, u.display_name, c.status, "
      + "c.review_comment, c.final_test::text, c.contest_id FROM course c JOIN app_user u ON u.id = c.owner_id ";

  /** A course in a list, with how many lessons it has. */
  record Summary(long id, String title, String status, long ownerId, String ownerName, int lessons) {
  }

  /** An assignment of a course to a unit. */
  record Assignment(long courseId, long orgId, String orgName, LocalDate dueOn) {
  }

  /** A learner of a course. */
  record Learner(long id, long courseId, long contestantId, OffsetDateTime completedAt, Integer finalScore,
                 Integer finalMax) {
  }

  /** A course as a person sees it in "Khóa học của tôi". */
  record Mine(long id, String title, int lessons, LocalDate dueOn, int passed, OffsetDateTime startedAt,
              OffsetDateTime completedAt) {
  }

  private final Pool pool;

  CourseStore(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Long> create(SqlClient tx, long ownerId, CourseDraft d) {
    return tx.preparedQuery("INSERT INTO course (title, description, owner_id, final_test) VALUES ($1, $2, $3, $4::text::jsonb) "
            + "RETURNING id").execute(Tuple.of(d.title(), d.description(), ownerId, Jsons.write(d.finalTest())))
        .map(rows -> rows.iterator().next().getLong(0))
        .compose(id -> lessons(tx, id, d.lessons()).map(id));
  }

  Future<Void> update(SqlClient tx, long id, CourseDraft d) {
    return tx.preparedQuery("UPDATE course SET title = $2, description = $3, final_test = $4::text::jsonb, updated_at = now() "
            + "WHERE id = $1").execute(Tuple.of(id, d.title(), d.description(), Jsons.write(d.finalTest())))
        .compose(x -> tx.preparedQuery("DELETE FROM course_lesson WHERE course_id = $1").execute(Tuple.of(id)))
        .compose(x -> lessons(tx, id, d.lessons()));
  }

  private Future<Void> lessons(SqlClient tx, long id, List<Lesson> lessons) {
    List<Tuple> rows = lessons.stream().map(l -> Tuple.tuple(Arrays.asList(id, l.position(), l.title(), l.body(),
        Jsons.write(l.articles()), l.videoUrl(), Jsons.write(l.quiz())))).toList();
    return tx.preparedQuery("INSERT INTO course_lesson (course_id, position, title, body, articles, video_url, quiz) "
        + "VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7::text::jsonb)").executeBatch(rows).mapEmpty();
  }

  /** The course with its lessons, or null. */
  Future<Course> find(SqlClient client, long id) {
    return client.preparedQuery(COURSE + "WHERE c.id = $1").execute(Tuple.of(id)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(null);
      }
      Row r = rows.iterator().next();
      return client.preparedQuery("SELECT position, title, body, articles::text, video_url, quiz::text FROM course_lesson "
              + "WHERE course_id = $1 ORDER BY position").execute(Tuple.of(id))
          .map(ls -> new Course(r.getLong(0), r.getString(1), r.getString(2), r.getLong(3), r.getString(4),
              CourseStatus.valueOf(r.getString(5)), r.getString(6), Jsons.read(r.getString(7), FinalTestRules.class),
              r.getLong(8), list(ls, l -> new Lesson(l.getInteger(0), l.getString(1), l.getString(2),
                  read(l.getString(3), ARTICLES), l.getString(4), Jsons.read(l.getString(5), QuizRules.class)))));
    });
  }

  /** Published courses, and the person's own; every course for {@code everything}; those in review for reviewers. */
  Future<List<Summary>> list(long userId, boolean everything, boolean reviewer) {
    return pool.preparedQuery("SELECT c.id, c.title, c.status, c.owner_id, u.display_name, "
            + "(SELECT count(*) FROM course_lesson l WHERE l.course_id = c.id) FROM course c JOIN app_user u ON u.id = c.owner_id "
            + "WHERE $2 OR c.owner_id = $1 OR c.status = 'PUBLISHED' OR ($3 AND c.status = 'IN_REVIEW') ORDER BY c.id DESC LIMIT 500")
        .execute(Tuple.of(userId, everything, reviewer))
        .map(rows -> list(rows, r -> new Summary(r.getLong(0), r.getString(1), r.getString(2), r.getLong(3), r.getString(4),
            r.getLong(5).intValue())));
  }

  /** Moves the course from one status to another; false when it was not in {@code from} any more. */
  Future<Boolean> move(SqlClient client, long id, CourseStatus from, CourseStatus to, Long reviewerId, String comment) {
    return client.preparedQuery("UPDATE course SET status = $3, reviewer_id = coalesce($4, reviewer_id), review_comment = $5, "
            + "updated_at = now(), published_at = CASE WHEN $3 = 'PUBLISHED' THEN now() ELSE published_at END "
            + "WHERE id = $1 AND status = $2")
        .execute(Tuple.tuple(Arrays.asList(id, from.name(), to.name(), reviewerId, comment)))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Void> setTest(SqlClient tx, long id, long contestId) {
    return tx.preparedQuery("UPDATE course SET contest_id = $2 WHERE id = $1").execute(Tuple.of(id, contestId)).mapEmpty();
  }

  Future<Void> assign(long courseId, long orgId, LocalDate dueOn, long by) {
    return pool.preparedQuery("INSERT INTO course_assignment (course_id, org_id, due_on, assigned_by) VALUES ($1, $2, $3, $4) "
            + "ON CONFLICT (course_id, org_id) DO UPDATE SET due_on = excluded.due_on, assigned_by = excluded.assigned_by, "
            + "assigned_at = now()").execute(Tuple.of(courseId, orgId, dueOn, by)).mapEmpty();
  }

  Future<Boolean> unassign(long courseId, long orgId) {
    return pool.preparedQuery("DELETE FROM course_assignment WHERE course_id = $1 AND org_id = $2")
        .execute(Tuple.of(courseId, orgId)).map(rows -> rows.rowCount() == 1);
  }

  Future<List<Assignment>> assignments(long courseId) {
    return pool.preparedQuery("SELECT a.course_id, a.org_id, o.name, a.due_on FROM course_assignment a JOIN org_unit o "
            + "ON o.id = a.org_id WHERE a.course_id = $1 ORDER BY o.name").execute(Tuple.of(courseId))
        .map(rows -> list(rows, r -> new Assignment(r.getLong(0), r.getLong(1), r.getString(2), r.getLocalDate(3))));
  }

  /** The earliest day the course is due for someone of {@code orgId} (assigned to it or a node above), or null. */
  Future<LocalDate> dueFor(long courseId, Long orgId) {
    if (orgId == null) {
      return Future.succeededFuture(null);
    }
    return pool.preparedQuery("SELECT min(a.due_on) FROM course_assignment a JOIN org_closure t ON t.ancestor_id = a.org_id "
            + "WHERE a.course_id = $1 AND t.descendant_id = $2").execute(Tuple.of(courseId, orgId))
        .map(rows -> rows.iterator().next().getLocalDate(0));
  }

  /**
   * The courses of "Khóa học của tôi": the published courses assigned to the person's organisation or a node
   * above it, and those they started, with the earliest due day, lessons passed and whether done.
   */
  Future<List<Mine>> mine(Person p) {
    return pool.preparedQuery("WITH due AS (SELECT a.course_id, min(a.due_on) AS due_on FROM course_assignment a "
            + "JOIN org_closure t ON t.ancestor_id = a.org_id WHERE t.descendant_id = $3 GROUP BY a.course_id), "
            + "me AS (SELECT * FROM course_learner WHERE ($1::bigint IS NOT NULL AND user_id = $1) "
            + "OR ($2::bigint IS NOT NULL AND member_id = $2)) "
            + "SELECT c.id, c.title, (SELECT count(*) FROM course_lesson l WHERE l.course_id = c.id), due.due_on, "
            + "(SELECT count(*) FROM course_progress p WHERE p.learner_id = me.id AND p.passed_at IS NOT NULL), "
            + "me.started_at, me.completed_at FROM course c LEFT JOIN due ON due.course_id = c.id "
            + "LEFT JOIN me ON me.course_id = c.id WHERE c.status = 'PUBLISHED' AND (due.course_id IS NOT NULL OR me.id IS NOT NULL) "
            + "ORDER BY me.completed_at IS NOT NULL, due.due_on NULLS LAST, c.id")
        .execute(Tuple.of(p.userId(), p.memberId(), p.orgId()))
        .map(rows -> list(rows, r -> new Mine(r.getLong(0), r.getString(1), r.getLong(2).intValue(), r.getLocalDate(3),
            r.getLong(4).intValue(), r.getOffsetDateTime(5), r.getOffsetDateTime(6))));
  }

  Future<Learner> learner(SqlClient client, long courseId, Person p) {
    return client.preparedQuery("SELECT id, course_id, contestant_id, completed_at, final_score, final_max FROM course_learner "
            + "WHERE course_id = $1 AND (($2::bigint IS NOT NULL AND user_id = $2) OR ($3::bigint IS NOT NULL AND member_id = $3))")
        .execute(Tuple.of(courseId, p.userId(), p.memberId()))
        .map(rows -> rows.size() == 0 ? null : learner(rows.iterator().next()));
  }

  Future<Void> addLearner(SqlClient tx, long courseId, Person p, long contestantId) {
    return tx.preparedQuery("INSERT INTO course_learner (course_id, user_id, member_id, org_id, contestant_id) "
            + "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
        .execute(Tuple.tuple(Arrays.asList(courseId, p.userId(), p.memberId(), p.orgId(), contestantId))).mapEmpty();
  }

  Future<Set<Integer>> passed(SqlClient client, long learnerId) {
    return client.preparedQuery("SELECT position FROM course_progress WHERE learner_id = $1 AND passed_at IS NOT NULL")
        .execute(Tuple.of(learnerId)).map(rows -> {
          Set<Integer> set = new HashSet<>();
          rows.forEach(r -> set.add(r.getInteger(0)));
          return set;
        });
  }

  Future<Void> setQuiz(long learnerId, int position, List<DrawnQuestion> drawn) {
    return pool.preparedQuery("INSERT INTO course_progress (learner_id, position, quiz) VALUES ($1, $2, $3::text::jsonb) "
            + "ON CONFLICT (learner_id, position) DO UPDATE SET quiz = excluded.quiz")
        .execute(Tuple.of(learnerId, position, Jsons.write(drawn))).mapEmpty();
  }

  /** The quiz drawn for the lesson and not yet submitted, or null. */
  Future<List<DrawnQuestion>> quiz(SqlClient client, long learnerId, int position) {
    return client.preparedQuery("SELECT quiz::text FROM course_progress WHERE learner_id = $1 AND position = $2 FOR UPDATE")
        .execute(Tuple.of(learnerId, position))
        .map(rows -> rows.size() == 0 || rows.iterator().next().getString(0) == null ? null
            : read(rows.iterator().next().getString(0), DRAWN));
  }

  /** Closes the quiz with its mark: the best mark is kept, and the lesson passed once (the first time it is). */
  Future<Void> markQuiz(SqlClient tx, long learnerId, int position, int percent, boolean passed) {
    return tx.preparedQuery("UPDATE course_progress SET quiz = NULL, best_percent = greatest(coalesce(best_percent, 0), $3), "
            + "passed_at = CASE WHEN $4 THEN coalesce(passed_at, now()) ELSE passed_at END "
            + "WHERE learner_id = $1 AND position = $2").execute(Tuple.of(learnerId, position, percent, passed)).mapEmpty();
  }

  Future<Boolean> complete(SqlClient tx, long learnerId, int score, int max) {
    return tx.preparedQuery("UPDATE course_learner SET completed_at = now(), final_score = $2, final_max = $3 "
            + "WHERE id = $1 AND completed_at IS NULL").execute(Tuple.of(learnerId, score, max))
        .map(rows -> rows.rowCount() == 1);
  }

  private static Learner learner(Row r) {
    return new Learner(r.getLong(0), r.getLong(1), r.getLong(2), r.getOffsetDateTime(3), r.getInteger(4), r.getInteger(5));
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return Jsons.MAPPER.readValue(json, type);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("A stored course value does not read", e);
    }
  }

  static <T> List<T> list(RowSet<Row> rows, Function<Row, T> read) {
    List<T> list = new ArrayList<>();
    rows.forEach(r -> list.add(read.apply(r)));
    return list;
  }
}
