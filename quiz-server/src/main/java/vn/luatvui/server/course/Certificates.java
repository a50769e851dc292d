package vn.luatvui.server.course;

import vn.luatvui.server.course.domain.CourseRefused;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.course.domain.CertificateCodes;

/**
 * Chứng nhận: issued once when a learner completes a course, with what it says kept as issued; verified
 * by anyone from its code; revoked by the course's author or an admin.
 */
final class Certificates {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SELECT = "SELECT code, course_id, person_name, org_name, course_title, score, max_score, "
      + "issued_at, revoked_at, revoke_reason FROM course_certificate ";

  /** A certificate as the verification page shows it. */
  record Certificate(String code, long courseId, String personName, String orgName, String courseTitle, int score,
                     int maxScore, OffsetDateTime issuedAt, OffsetDateTime revokedAt, String revokeReason, String verifyUrl) {
    boolean valid() {
      return revokedAt == null;
    }
  }

  private final Pool pool;
  private final URI publicBaseUrl;

  Certificates(Pool pool, URI publicBaseUrl) {
    this.pool = pool;
    this.publicBaseUrl = publicBaseUrl;
  }

  /** Issues the learner's certificate in the caller's transaction (once: a second call changes nothing). */
  Future<Void> issue(SqlClient tx, long learnerId, Course course, Person p, int score, int max) {
    String code = CertificateCodes.make(RANDOM::nextInt);
    return tx.preparedQuery("INSERT INTO course_certificate (code, learner_id, course_id, person_name, org_name, course_title, "
            + "score, max_score) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (learner_id) DO NOTHING")
        .execute(Tuple.tuple(Arrays.asList(code, learnerId, course.id(), p.name(), p.orgName(), course.title(), score, max)))
        .mapEmpty();
  }

  Future<String> codeOf(long learnerId) {
    return pool.preparedQuery("SELECT code FROM course_certificate WHERE learner_id = $1").execute(Tuple.of(learnerId))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
  }

  /** The certificate of this code, or 404. */
  Future<Certificate> find(String typed) {
    String code = CertificateCodes.canonical(typed);
    if (code == null) {
      return Future.failedFuture(notFound());
    }
    return pool.preparedQuery(SELECT + "WHERE code = $1").execute(Tuple.of(code))
        .compose(rows -> rows.size() == 0 ? Future.failedFuture(notFound()) : Future.succeededFuture(read(rows.iterator().next())));
  }

  /** The certificates of a course, newest first, for its author or an admin. */
  Future<List<Certificate>> ofCourse(long courseId) {
    return pool.preparedQuery(SELECT + "WHERE course_id = $1 ORDER BY issued_at DESC LIMIT 1000").execute(Tuple.of(courseId))
        .map(rows -> CourseStore.list(rows, this::read));
  }

  /** Revokes it, by the course's author or an admin; revoking twice keeps the first reason. */
  Future<Certificate> revoke(CurrentUser user, String typed, String reason) {
    return find(typed).compose(c -> pool.preparedQuery("SELECT owner_id FROM course WHERE id = $1").execute(Tuple.of(c.courseId()))
        .compose(rows -> {
          long owner = rows.iterator().next().getLong(0);
          if (owner != user.id() && !user.has(Role.ADMIN)) {
            return Future.failedFuture(new CourseRefused(CourseRefused.Reason.FORBIDDEN, "Chỉ tác giả khóa học hoặc quản trị viên thu hồi được chứng nhận."));
          }
          return pool.preparedQuery("UPDATE course_certificate SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 "
                  + "WHERE code = $1 AND revoked_at IS NULL")
              .execute(Tuple.of(c.code(), user.id(), reason == null || reason.isBlank() ? null : reason.strip()))
              .compose(x -> find(c.code()));
        }));
  }

  /** The learner's certificate of the course, or 404. */
  Future<Certificate> ofLearner(long courseId, Person p) {
    return pool.preparedQuery(SELECT + "WHERE learner_id = (SELECT id FROM course_learner WHERE course_id = $1 AND "
            + "(($2::bigint IS NOT NULL AND user_id = $2) OR ($3::bigint IS NOT NULL AND member_id = $3)))")
        .execute(Tuple.of(courseId, p.userId(), p.memberId()))
        .compose(rows -> rows.size() == 0 ? Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_FOUND,
            "Bạn chưa có chứng nhận của khóa học này.")) : Future.succeededFuture(read(rows.iterator().next())));
  }

  private Certificate read(Row r) {
    String code = r.getString(0);
    return new Certificate(code, r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInteger(5), r.getInteger(6),
        r.getOffsetDateTime(7), r.getOffsetDateTime(8), r.getString(9), publicBaseUrl.resolve("/chung-nhan/" + code).toString());
  }

  private static CourseRefused notFound() {
    return new CourseRefused(CourseRefused.Reason.NOT_FOUND, "Không có chứng nhận với mã này.");
  }
}
