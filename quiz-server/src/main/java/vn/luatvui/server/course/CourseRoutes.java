package vn.luatvui.server.course;

import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.contest.ContestPeople;
import vn.luatvui.server.course.domain.CourseDraft;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.json.Jsons;

/** The routes of courses: authors and reviewers, assignment, learners, certificates and their public check. */
public final class CourseRoutes {
  record ReviewBody(CourseService.Decision decision, String comment) {
  }

  record AssignBody(long orgId, LocalDate dueOn) {
  }

  record QuizAnswers(List<AnswerPayload> answers) {
  }

  record RevokeBody(String reason) {
  }

  private final CourseService courses;
  private final CourseStore store;
  private final Learning learning;
  private final Certificates certificates;
  private final Completion completion;
  private final ContestPeople people;

  CourseRoutes(CourseService courses, CourseStore store, Learning learning, Certificates certificates, Completion completion,
               ContestPeople people) {
    this.completion = completion;
    this.people = people;
    this.courses = courses;
    this.store = store;
    this.learning = learning;
    this.certificates = certificates;
  }

  public void list(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER);
    store.list(user.id(), user.has(Role.ADMIN), user.has(Role.REVIEWER))
        .onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  public void create(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR);
    courses.create(user, Jsons.body(ctx, CourseDraft.class)).onSuccess(id -> Jsons.send(ctx, 201, Map.of("id", id)))
        .onFailure(ctx::fail);
  }

  public void get(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER, Role.HOST);
    courses.readable(user, id(ctx)).onSuccess(c -> Jsons.send(ctx, 200, c)).onFailure(ctx::fail);
  }

  public void update(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR);
    courses.update(user, id(ctx), Jsons.body(ctx, CourseDraft.class)).onSuccess(x -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  public void submit(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR);
    courses.submit(user, id(ctx)).onSuccess(x -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
  }

  public void review(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.REVIEWER);
    ReviewBody body = Jsons.body(ctx, ReviewBody.class);
    courses.review(user, id(ctx), body.decision(), body.comment()).onSuccess(x -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  public void assignments(RoutingContext ctx) {
    Authentication.requireUser(ctx);
    store.assignments(id(ctx)).onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  public void assign(RoutingContext ctx) {
    AssignBody body = Jsons.body(ctx, AssignBody.class);
    courses.assign(Authentication.requireUser(ctx), id(ctx), body.orgId(), body.dueOn())
        .onSuccess(x -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
  }

  public void unassign(RoutingContext ctx) {
    courses.unassign(Authentication.requireUser(ctx), id(ctx), Long.parseLong(ctx.pathParam("orgId")))
        .onSuccess(x -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
  }

  public void courseCertificates(RoutingContext ctx) {
    courses.owned(Authentication.requireUser(ctx), id(ctx)).compose(c -> certificates.ofCourse(c.id()))
        .onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  public void revoke(RoutingContext ctx) {
    RevokeBody body = Jsons.body(ctx, RevokeBody.class);
    certificates.revoke(Authentication.requireUser(ctx), ctx.pathParam("code"), body.reason())
        .onSuccess(c -> Jsons.send(ctx, 200, c)).onFailure(ctx::fail);
  }

  /** Public: what the verification page shows. */
  public void verify(RoutingContext ctx) {
    certificates.find(ctx.pathParam("code")).onSuccess(c -> Jsons.send(ctx, 200, Map.of("code", c.code(),
            "personName", c.personName(), "orgName", c.orgName() == null ? "" : c.orgName(), "courseTitle", c.courseTitle(),
            "score", c.score(), "maxScore", c.maxScore(), "issuedAt", c.issuedAt().toString(), "valid", c.valid(),
            "revokedAt", c.revokedAt() == null ? "" : c.revokedAt().toString(),
            "revokeReason", c.revokeReason() == null ? "" : c.revokeReason())))
        .onFailure(ctx::fail);
  }

  public void mine(RoutingContext ctx) {
    learning.person(ctx).compose(learning::mine).onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  /** The badges of the person's contest rounds, shown beside the course badges. */
  public void contestBadges(RoutingContext ctx) {
    learning.person(ctx).compose(p -> people.badges(p.userId(), p.memberId()))
        .onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  public void myCourse(RoutingContext ctx) {
    learning.person(ctx).compose(p -> learning.course(p, id(ctx))).onSuccess(v -> Jsons.send(ctx, 200, v)).onFailure(ctx::fail);
  }

  public void lesson(RoutingContext ctx) {
    learning.person(ctx).compose(p -> learning.lesson(p, id(ctx), position(ctx)))
        .onSuccess(v -> Jsons.send(ctx, 200, v)).onFailure(ctx::fail);
  }

  public void startQuiz(RoutingContext ctx) {
    learning.person(ctx).compose(p -> learning.startQuiz(p, id(ctx), position(ctx)))
        .onSuccess(v -> Jsons.send(ctx, 200, v)).onFailure(ctx::fail);
  }

  public void submitQuiz(RoutingContext ctx) {
    QuizAnswers body = Jsons.body(ctx, QuizAnswers.class);
    List<AnswerPayload> answers = body.answers() == null ? List.of() : body.answers();
    learning.person(ctx).compose(p -> learning.submitQuiz(p, id(ctx), position(ctx), answers))
        .onSuccess(v -> Jsons.send(ctx, 200, v)).onFailure(ctx::fail);
  }

  public void startFinal(RoutingContext ctx) {
    learning.person(ctx).compose(p -> learning.startFinal(p, id(ctx), ctx.response()::addCookie))
        .onSuccess(v -> Jsons.send(ctx, 200, v)).onFailure(ctx::fail);
  }

  /** The learner's own certificate as a PDF. */
  public void certificatePdf(RoutingContext ctx) {
    learning.person(ctx).compose(p -> certificates.ofLearner(id(ctx), p)).onSuccess(c -> {
      if (!c.valid()) {
        ctx.fail(new vn.luatvui.server.http.ApiException(410, "revoked", "Chứng nhận này đã bị thu hồi."));
        return;
      }
      ctx.response().putHeader("Content-Type", "application/pdf")
          .putHeader("Content-Disposition", "attachment; filename=\"chung-nhan-" + c.code() + ".pdf\"")
          .end(io.vertx.core.buffer.Buffer.buffer(CertificatePdf.render(c)));
    }).onFailure(ctx::fail);
  }

  /** A unit's leaderboard of completion, for admins and the unit's managers. */
  public void orgCompletion(RoutingContext ctx) {
    long orgId = id(ctx);
    courses.manages(Authentication.requireUser(ctx), orgId).compose(ok -> ok ? completion.under(orgId)
            : io.vertx.core.Future.failedFuture(new vn.luatvui.server.http.ApiException(403, "forbidden",
                "Bạn không quản lý đơn vị này.")))
        .onSuccess(rows -> Jsons.send(ctx, 200, rows)).onFailure(ctx::fail);
  }

  private static long id(RoutingContext ctx) {
    return Long.parseLong(ctx.pathParam("id"));
  }

  private static int position(RoutingContext ctx) {
    return Integer.parseInt(ctx.pathParam("position"));
  }
}
