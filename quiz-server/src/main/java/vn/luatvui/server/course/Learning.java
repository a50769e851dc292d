package vn.luatvui.server.course;

import vn.luatvui.server.course.domain.CourseRefused;
import io.vertx.core.Future;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.contest.AttemptView;
import vn.luatvui.server.contest.Attempts;
import vn.luatvui.server.contest.EmbeddedTests;
import vn.luatvui.server.contest.QuestionSource;
import vn.luatvui.server.contest.domain.AttemptScore;
import vn.luatvui.server.contest.domain.AttemptScorer;
import vn.luatvui.server.contest.domain.Draw;
import vn.luatvui.server.contest.domain.DrawnQuestion;
import vn.luatvui.server.contest.domain.PoolTooSmall;
import vn.luatvui.server.contest.domain.QuestionPool;
import vn.luatvui.server.course.domain.CourseProgress;
import vn.luatvui.server.course.domain.CourseStatus;
import vn.luatvui.server.course.domain.Lesson;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.org.MemberIdentity;

/**
 * The learner's side: who they are (an account, or a member by the member code this browser holds), their
 * courses, lessons unlocking in order, each lesson's quiz, the final test (the contests' attempts), and
 * the certificate once everything is passed. Progress lives in PostgreSQL, so any device resumes it.
 */
final class Learning {
  private static final SecureRandom SEEDS = new SecureRandom();

  /** A lesson as the learner sees it in the course. */
  record LessonState(int position, String title, boolean unlocked, boolean passed) {
  }

  /** The final test's state: unlocked, attempts used and allowed, best score, pass mark. */
  record FinalState(boolean unlocked, int used, int allowed, Integer bestScore, int maxScore, int passPercent,
                    int questions, int timeLimitSeconds, boolean passed) {
  }

  /** A course as its learner sees it. */
  record CourseView(long id, String title, String description, LocalDate dueOn, boolean started, List<LessonState> lessons,
                    FinalState finalTest, boolean completed, OffsetDateTime completedAt, String certificate) {
  }

  /** A lesson to study; {@code quiz} holds the drawn questions when a quiz is open. */
  record LessonView(long courseId, int position, String title, String body, List<vn.luatvui.server.course.domain.Article> articles,
                    String videoUrl, int quizQuestions, int passPercent, boolean passed, boolean last) {
  }

  /** A lesson's quiz: the questions shown (shuffled, no answers). */
  record QuizView(int position, List<AttemptView.ShownQuestion> questions, int passPercent) {
  }

  /** A submitted quiz: the mark, whether it passes, and which answers were right. */
  record QuizResult(int correct, int total, int percent, int passPercent, boolean passed, List<Boolean> right) {
  }

  /** The final test started (or resumed): its contest (for the attempt screens) and the attempt. */
  record FinalStarted(long contestId, AttemptView attempt) {
  }

  private final CourseStore store;
  private final QuestionSource questions;
  private final EmbeddedTests tests;
  private final MemberIdentity members;
  private final Certificates certificates;
  private final Clock clock;

  Learning(CourseStore store, QuestionSource questions, EmbeddedTests tests, MemberIdentity members,
           Certificates certificates, Clock clock) {
    this.store = store;
    this.questions = questions;
    this.tests = tests;
    this.members = members;
    this.certificates = certificates;
    this.clock = clock;
  }

  /** The person: the signed-in account (with the organisation they are staff of), else the member; else 401. */
  Future<Person> person(RoutingContext ctx) {
    CurrentUser user = Authentication.user(ctx);
    if (user != null) {
      return store.pool().preparedQuery("SELECT s.org_id, o.name FROM org_staff s JOIN org_unit o ON o.id = s.org_id "
              + "WHERE s.user_id = $1").execute(Tuple.of(user.id()))
          .map(rows -> {
            var r = rows.size() == 0 ? null : rows.iterator().next();
            return new Person(user.id(), null, user.displayName(), r == null ? null : r.getLong(0),
                r == null ? null : r.getString(1));
          });
    }
    return members.of(ctx).compose(m -> m == null
        ? Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_LEARNER,
            "Hãy đăng nhập, hoặc tham gia đơn vị bằng mã mời, để học khóa học."))
        : Future.succeededFuture(new Person(null, m.id(), m.name(), m.orgId(), m.orgName())));
  }

  Future<List<CourseStore.Mine>> mine(Person p) {
    return store.mine(p);
  }

  /** The course with the learner's progress; finishing (final test passed after every lesson) issues the certificate. */
  Future<CourseView> course(Person p, long id) {
    return published(id).compose(course -> store.learner(store.pool(), id, p).compose(learner -> store.dueFor(id, p.orgId())
        .compose(due -> {
          if (learner == null) {
            CourseProgress none = new CourseProgress(course.lessons().size(), java.util.Set.of(), false);
            return Future.succeededFuture(view(course, due, null, none, new EmbeddedTests.Best(null,
                course.finalTest().questions(), 0, course.finalTest().attempts()), null));
          }
          return tests.settle(learner.contestantId(), clock.instant())
              .compose(x -> tests.best(course.contestId(), learner.contestantId()))
              .compose(best -> store.passed(store.pool(), learner.id()).compose(passed -> {
                boolean finalPassed = best.score() != null
                    && CourseProgress.passes(best.score(), best.maxScore(), course.finalTest().passPercent());
                CourseProgress progress = new CourseProgress(course.lessons().size(), passed, finalPassed);
                Future<Void> finished = progress.completed() && learner.completedAt() == null
                    ? store.pool().withTransaction(tx -> store.complete(tx, learner.id(), best.score(), best.maxScore())
                        .compose(done -> certificates.issue(tx, learner.id(), course, p, best.score(), best.maxScore())))
                    : Future.succeededFuture();
                return finished.compose(x -> store.learner(store.pool(), id, p)).compose(now -> certificates.codeOf(now.id())
                    .map(code -> view(course, due, now, progress, best, code)));
              }));
        })));
  }

  private static CourseView view(Course course, LocalDate due, CourseStore.Learner learner, CourseProgress progress,
                                 EmbeddedTests.Best best, String certificate) {
    List<LessonState> lessons = new ArrayList<>();
    for (Lesson l : course.lessons()) {
      lessons.add(new LessonState(l.position(), l.title(), progress.unlocked(l.position()),
          progress.passed().contains(l.position())));
    }
    var f = course.finalTest();
    FinalState fin = new FinalState(progress.finalUnlocked(), best.used(), f.attempts(), best.score(), best.maxScore(),
        f.passPercent(), f.questions(), f.timeLimitSeconds(), progress.completed());
    return new CourseView(course.id(), course.title(), course.description(), due, learner != null, lessons, fin,
        learner != null && learner.completedAt() != null, learner == null ? null : learner.completedAt(), certificate);
  }

  /** A lesson, if unlocked for the learner (starting the course on its first lesson). */
  Future<LessonView> lesson(Person p, long id, int position) {
    return unlockedLesson(p, id, position).map(s -> new LessonView(id, position, s.lesson().title(), s.lesson().body(),
        s.lesson().articles(), s.lesson().videoUrl(), s.lesson().quiz().questions(), s.lesson().quiz().passPercent(),
        s.passed().contains(position), position == s.course().lessons().size()));
  }

  /** Draws the lesson's quiz (again, a new draw, each time it is asked for). */
  Future<QuizView> startQuiz(Person p, long id, int position) {
    return unlockedLesson(p, id, position).compose(s -> {
      QuestionPool pool = CourseService.pool(s.lesson().quiz().tags(), s.lesson().quiz().articles());
      return questions.candidates(pool, BankClock.today()).compose(candidates -> {
        List<DrawnQuestion> drawn;
        try {
          drawn = Draw.draw(candidates, pool, s.lesson().quiz().questions(), SEEDS.nextLong());
        } catch (PoolTooSmall e) {
          return Future.failedFuture(new CourseRefused(CourseRefused.Reason.POOL_TOO_SMALL,
              "Ngân hàng câu hỏi hiện không đủ câu cho bài trắc nghiệm này; hãy báo tác giả khóa học."));
        }
        return store.setQuiz(s.learner().id(), position, drawn).compose(x -> questions.contents(drawn))
            .map(contents -> new QuizView(position, shown(drawn, contents), s.lesson().quiz().passPercent()));
      });
    });
  }

  /** Marks the quiz drawn last: passing the mark passes the lesson and unlocks the next one. */
  Future<QuizResult> submitQuiz(Person p, long id, int position, List<AnswerPayload> answers) {
    return unlockedLesson(p, id, position).compose(s -> store.pool().withTransaction(tx ->
        store.quiz(tx, s.learner().id(), position).compose(drawn -> {
          if (drawn == null) {
            return Future.failedFuture(new CourseRefused(CourseRefused.Reason.NO_QUIZ, "Hãy bắt đầu bài trắc nghiệm trước."));
          }
          if (answers.size() > drawn.size()) {
            return Future.failedFuture(new CourseRefused(CourseRefused.Reason.INVALID, "Bài trắc nghiệm chỉ có " + drawn.size() + " câu."));
          }
          return questions.contents(drawn).compose(contents -> {
            Map<Integer, AnswerPayload> given = new HashMap<>();
            for (int i = 0; i < answers.size(); i++) {
              if (answers.get(i) != null && AttemptScorer.fits(drawn.get(i), contents.get(i), answers.get(i))) {
                given.put(i, answers.get(i));
              }
            }
            AttemptScore score = AttemptScorer.score(drawn, contents, given, 1);
            int percent = CourseProgress.percent(score.correct(), drawn.size());
            boolean passed = CourseProgress.passes(score.correct(), drawn.size(), s.lesson().quiz().passPercent());
            return store.markQuiz(tx, s.learner().id(), position, percent, passed).map(x -> new QuizResult(score.correct(),
                drawn.size(), percent, s.lesson().quiz().passPercent(), passed,
                score.questions().stream().map(q -> q.correct()).toList()));
          });
        })));
  }

  /** Starts (or resumes) the final test once every lesson is passed; the browser gets the attempt's cookie. */
  Future<FinalStarted> startFinal(Person p, long id, Consumer<Cookie> setCookie) {
    return published(id).compose(course -> enrolled(p, course).compose(learner -> store.passed(store.pool(), learner.id())
        .compose(passed -> {
          if (!new CourseProgress(course.lessons().size(), passed, false).finalUnlocked()) {
            return Future.failedFuture(new CourseRefused(CourseRefused.Reason.LESSONS_FIRST, "Hãy học xong và đạt tất cả các bài trước."));
          }
          if (learner.completedAt() != null) {
            return Future.failedFuture(new CourseRefused(CourseRefused.Reason.COMPLETED, "Bạn đã hoàn thành khóa học này."));
          }
          return tests.start(course.contestId(), learner.contestantId(), setCookie)
              .map(started -> new FinalStarted(course.contestId(), started.view()));
        })));
  }

  private record Studying(Course course, Lesson lesson, CourseStore.Learner learner, java.util.Set<Integer> passed) {
  }

  private Future<Studying> unlockedLesson(Person p, long id, int position) {
    return published(id).compose(course -> {
      if (position < 1 || position > course.lessons().size()) {
        return Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_FOUND, "Khóa học không có bài " + position + "."));
      }
      return enrolled(p, course).compose(learner -> store.passed(store.pool(), learner.id()).compose(passed -> {
        if (!new CourseProgress(course.lessons().size(), passed, false).unlocked(position)) {
          return Future.failedFuture(new CourseRefused(CourseRefused.Reason.LOCKED, "Hãy học xong các bài trước đã."));
        }
        return Future.succeededFuture(new Studying(course, course.lessons().get(position - 1), learner, passed));
      }));
    });
  }

  /** The learner of the course, made on their first lesson (with a taker of the final test). */
  private Future<CourseStore.Learner> enrolled(Person p, Course course) {
    return store.learner(store.pool(), course.id(), p).compose(found -> found != null ? Future.succeededFuture(found)
        : store.pool().withTransaction(tx -> tests.addTaker(tx, course.contestId())
                .compose(contestant -> store.addLearner(tx, course.id(), p, contestant)))
            .compose(x -> store.learner(store.pool(), course.id(), p)));
  }

  private Future<Course> published(long id) {
    return store.find(store.pool(), id).compose(c -> c == null || c.status() != CourseStatus.PUBLISHED
        ? Future.failedFuture(new CourseRefused(CourseRefused.Reason.NOT_FOUND, "Không có khóa học này.")) : Future.succeededFuture(c));
  }

  private static List<AttemptView.ShownQuestion> shown(List<DrawnQuestion> drawn, List<QuestionContent> contents) {
    List<AttemptView.ShownQuestion> shown = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      QuestionContent c = contents.get(i);
      List<String> choices = drawn.get(i).choiceOrder().stream().map(b -> c.choices().get(b).text()).toList();
      shown.add(new AttemptView.ShownQuestion(i, c.type(), c.text(), choices, c.imageUrl(), c.imageAlt(), null));
    }
    return shown;
  }
}
