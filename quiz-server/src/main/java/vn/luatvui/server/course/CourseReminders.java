package vn.luatvui.server.course;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.luatvui.server.mail.Mail;
import vn.luatvui.server.mail.MailTemplate;

/**
 * Reminds officials by email of a course assigned to their unit that is due within {@link #DAYS_BEFORE}
 * days and that they have not completed: once a person, course and due day (recorded in
 * {@code course_reminder} in the same transaction as the mail is queued, so two servers or two runs
 * never send it twice). Members who joined with an invite code have no email and are not reminded.
 * Does nothing while mail is not configured.
 */
public final class CourseReminders {
  /** How many days before the due day the reminder goes out. */
  public static final int DAYS_BEFORE = 3;
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String DUE = "WITH due AS ("
      + " SELECT a.course_id, min(a.due_on) AS due_on, s.user_id FROM course_assignment a"
      + " JOIN course c ON c.id = a.course_id AND c.status = 'PUBLISHED'"
      + " JOIN org_closure t ON t.ancestor_id = a.org_id JOIN org_staff s ON s.org_id = t.descendant_id"
      + " WHERE a.due_on BETWEEN $1 AND $2 GROUP BY a.course_id, s.user_id) "
      + "INSERT INTO course_reminder (course_id, user_id, due_on)"
      + " SELECT d.course_id, d.user_id, d.due_on FROM due d JOIN app_user u ON u.id = d.user_id AND u.active"
      + " WHERE NOT EXISTS (SELECT 1 FROM course_learner l WHERE l.course_id = d.course_id"
      + "   AND l.user_id = d.user_id AND l.completed_at IS NOT NULL)"
      + " ON CONFLICT DO NOTHING RETURNING course_id, user_id, due_on";
  private static final String WHO = "SELECT u.email, u.display_name, c.title FROM app_user u, course c"
      + " WHERE u.id = $1 AND c.id = $2";

  private final Pool pool;
  private final Mail mail;
  private final URI publicBaseUrl;
  private final Clock clock;

  public CourseReminders(Pool pool, Mail mail, URI publicBaseUrl, Clock clock) {
    this.pool = pool;
    this.mail = mail;
    this.publicBaseUrl = publicBaseUrl;
    this.clock = clock;
  }

  /** Queues the reminders now due; returns how many. */
  public Future<Integer> run() {
    if (!mail.enabled()) {
      return Future.succeededFuture(0);
    }
    LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
    return pool.withTransaction(tx -> tx.preparedQuery(DUE).execute(Tuple.of(today, today.plusDays(DAYS_BEFORE)))
        .compose(rows -> {
          Future<Void> queued = Future.succeededFuture();
          for (Row r : rows) {
            long course = r.getLong(0);
            long user = r.getLong(1);
            LocalDate due = r.getLocalDate(2);
            queued = queued.compose(x -> tx.preparedQuery(WHO).execute(Tuple.of(user, course)))
                .compose(who -> {
                  Row w = who.iterator().next();
                  return mail.send(tx, MailTemplate.REMINDER, w.getString(0), Map.of(
                      "name", w.getString(1),
                      "subject", "Nhắc hạn khóa học: " + w.getString(2),
                      "message", "Khóa học “" + w.getString(2) + "” được giao cho đơn vị của bạn cần hoàn thành trước ngày "
                          + DAY.format(due) + ". Bạn chưa hoàn thành khóa học này.",
                      "link", publicBaseUrl.resolve("/khoa-hoc-cua-toi").toString()));
                }).mapEmpty();
          }
          return queued.map(x -> rows.rowCount());
        }));
  }
}
