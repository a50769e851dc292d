package vn.luatvui.server.course;

import vn.luatvui.server.course.domain.CourseRefused;
import io.vertx.core.Future;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.bank.ValidationFailed;
import vn.luatvui.server.contest.EmbeddedTests;
import vn.luatvui.server.contest.QuestionSource;
import vn.luatvui.server.contest.domain.CitedArticle;
import vn.luatvui.server.contest.domain.Draw;
import vn.luatvui.server.contest.domain.QuestionPool;
import vn.luatvui.server.course.domain.Article;
import vn.luatvui.server.course.domain.CourseDraft;
import vn.luatvui.server.course.domain.CourseStatus;
import vn.luatvui.server.course.domain.FinalTestRules;
import vn.luatvui.server.course.domain.Lesson;

/**
 * Authors build courses, reviewers publish them (never their own), admins and unit managers assign them
 * to organisations with a deadline. Publishing checks that every quiz and the final test can be drawn
 * and creates the final test.
 */
final class CourseService {
  /** A review decision. */
  enum Decision { PUBLISH, RETURN }

  private final CourseStore store;
  private final QuestionSource questions;
  private final EmbeddedTests tests;

  CourseService(CourseStore store, QuestionSource questions, EmbeddedTests tests) {
    this.store = store;
    this.questions = questions;
    this.tests = tests;
  }

  Future<Long> create(CurrentUser user, CourseDraft draft) {
    CourseDraft d = checked(draft);
    return store.pool().withTransaction(tx -> store.create(tx, user.id(), d));
  }

  Future<Void> update(CurrentUser user, long id, CourseDraft draft) {
    CourseDraft d = checked(draft);
    return owned(user, id).compose(course -> {
      if (!course.status().editable()) {
        return Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_EDITABLE,
            "Khóa học đang chờ duyệt hoặc đã xuất bản nên không sửa được."));
      }
      return store.pool().withTransaction(tx -> store.update(tx, id, d));
    });
  }

  /** The author sends the draft for review. */
  Future<Void> submit(CurrentUser user, long id) {
    return owned(user, id).compose(course -> store.move(store.pool(), id, CourseStatus.DRAFT, CourseStatus.IN_REVIEW, null, null))
        .compose(moved -> moved ? Future.succeededFuture() : Future.failedFuture(
            new CourseRefused(CourseRefused.Reason.NOT_DRAFT, "Chỉ gửi duyệt được khóa học đang là bản nháp.")));
  }

  /** A reviewer other than the author publishes the course (creating its final test) or returns it with a comment. */
  Future<Void> review(CurrentUser user, long id, Decision decision, String comment) {
    return find(id).compose(course -> {
      if (course.ownerId() == user.id()) {
        return Future.failedFuture(new CourseRefused(CourseRefused.Reason.OWN_COURSE, "Bạn không thể tự duyệt khóa học của mình."));
      }
      if (course.status() != CourseStatus.IN_REVIEW) {
        return Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_IN_REVIEW, "Khóa học này không ở trạng thái chờ duyệt."));
      }
      if (decision == Decision.RETURN) {
        String why = comment == null || comment.isBlank() ? null : comment.strip();
        if (why == null) {
          return Future.failedFuture(new ValidationFailed("Hãy ghi lý do trả lại.",
              List.of(new vn.luatvui.bank.question.Violation("comment", "Hãy ghi lý do trả lại cho tác giả."))));
        }
        return store.move(store.pool(), id, CourseStatus.IN_REVIEW, CourseStatus.DRAFT, user.id(), why).mapEmpty();
      }
      return drawable(course).compose(x -> store.pool().withTransaction(tx ->
          store.move(tx, id, CourseStatus.IN_REVIEW, CourseStatus.PUBLISHED, user.id(), null).compose(moved -> {
            if (!moved) {
              return Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_IN_REVIEW, "Khóa học này không ở trạng thái chờ duyệt."));
            }
            FinalTestRules f = course.finalTest();
            return tests.create(tx, course.ownerId(), course.title(), new EmbeddedTests.Rules(f.questions(),
                    f.timeLimitSeconds(), f.attempts(), f.tags(), cited(f.articles())))
                .compose(contestId -> store.setTest(tx, id, contestId));
          })));
    });
  }

  /** Refused when a lesson's quiz or the final test cannot be drawn from the bank as it is. */
  private Future<Void> drawable(Course course) {
    List<Future<String>> checks = new ArrayList<>();
    for (Lesson l : course.lessons()) {
      checks.add(problem(pool(l.quiz().tags(), l.quiz().articles()), l.quiz().questions(), "Bài " + l.position()));
    }
    FinalTestRules f = course.finalTest();
    checks.add(problem(pool(f.tags(), f.articles()), f.questions(), "Bài kiểm tra cuối khóa"));
    return Future.all(checks).compose(all -> {
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < checks.size(); i++) {
        if (all.resultAt(i) != null) {
          problems.add(all.resultAt(i));
        }
      }
      return problems.isEmpty() ? Future.succeededFuture() : Future.failedFuture(new CourseRefused(CourseRefused.Reason.POOL_TOO_SMALL,
          "Ngân hàng câu hỏi chưa đủ câu: " + String.join(" ", problems)));
    });
  }

  private Future<String> problem(QuestionPool pool, int count, String what) {
    return questions.candidates(pool, BankClock.today())
        .map(c -> Draw.problem(c, pool, count).map(p -> what + ": " + p).orElse(null));
  }

  static QuestionPool pool(List<String> tags, List<Article> articles) {
    return new QuestionPool(List.of(), tags, List.of(), false, cited(articles));
  }

  static List<CitedArticle> cited(List<Article> articles) {
    return articles.stream().map(a -> new CitedArticle(a.document(), a.article())).toList();
  }

  /** Assigns the published course to a node (and so its subtree): admins anywhere, unit managers in their subtree. */
  Future<Void> assign(CurrentUser user, long id, long orgId, LocalDate dueOn) {
    return find(id).compose(course -> {
      if (course.status() != CourseStatus.PUBLISHED) {
        return Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_PUBLISHED, "Chỉ giao được khóa học đã xuất bản."));
      }
      if (dueOn.isBefore(BankClock.today())) {
        return Future.failedFuture(new ValidationFailed("Hạn hoàn thành đã qua.",
            List.of(new vn.luatvui.bank.question.Violation("dueOn", "Hạn hoàn thành phải từ hôm nay trở đi."))));
      }
      return manages(user, orgId).compose(ok -> ok ? store.assign(id, orgId, dueOn, user.id())
          : Future.failedFuture(new CourseRefused(CourseRefused.Reason.FORBIDDEN, "Bạn không quản lý đơn vị này.")));
    });
  }

  Future<Void> unassign(CurrentUser user, long id, long orgId) {
    return manages(user, orgId).compose(ok -> ok ? store.unassign(id, orgId)
            : Future.failedFuture(new CourseRefused(CourseRefused.Reason.FORBIDDEN, "Bạn không quản lý đơn vị này.")))
        .compose(gone -> gone ? Future.succeededFuture() : Future.failedFuture(
            new CourseRefused(CourseRefused.Reason.NOT_FOUND, "Khóa học chưa được giao cho đơn vị này.")));
  }

  /** Whether the person is an admin or manages the node (a grant on it or a node above it). */
  Future<Boolean> manages(CurrentUser user, long orgId) {
    return store.pool().preparedQuery("SELECT EXISTS (SELECT 1 FROM org_unit WHERE id = $2), EXISTS (SELECT 1 FROM org_manager m "
            + "JOIN org_closure t ON t.ancestor_id = m.org_id WHERE m.user_id = $1 AND t.descendant_id = $2)")
        .execute(Tuple.of(user.id(), orgId)).compose(rows -> {
          var r = rows.iterator().next();
          if (!r.getBoolean(0)) {
            return Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_FOUND, "Không có đơn vị này."));
          }
          return Future.succeededFuture(user.has(Role.ADMIN) || r.getBoolean(1));
        });
  }

  Future<Course> find(long id) {
    return store.find(store.pool(), id).compose(c -> c == null
        ? Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_FOUND, "Không có khóa học này.")) : Future.succeededFuture(c));
  }

  /** The course if the person may see its authoring side: its author, reviewers, admins; published ones to staff. */
  Future<Course> readable(CurrentUser user, long id) {
    return find(id).compose(c -> c.ownerId() == user.id() || user.has(Role.REVIEWER) || c.status() == CourseStatus.PUBLISHED
        ? Future.succeededFuture(c) : Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_FOUND, "Không có khóa học này.")));
  }

  /** The course if the person wrote it (or is an admin). */
  Future<Course> owned(CurrentUser user, long id) {
    return find(id).compose(c -> c.ownerId() == user.id() || user.has(Role.ADMIN) ? Future.succeededFuture(c)
        : Future.failedFuture(new CourseRefused(CourseRefused.Reason.FORBIDDEN, "Bạn không phải tác giả của khóa học này.")));
  }

  private static CourseDraft checked(CourseDraft draft) {
    CourseDraft d = draft.normalized();
    var problems = d.check();
    if (!problems.isEmpty()) {
      throw new ValidationFailed("Khóa học chưa hợp lệ: " + problems.size() + " lỗi.", problems);
    }
    return d;
  }
}
