package vn.luatvui.server.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.Map;
import vn.luatvui.bank.account.Role;

/**
 * The REST API, built from its OpenAPI document ({@code api/openapi.yaml}): every request is
 * validated against the document before its handler runs; the table below binds operations to handlers.
 * Every route reads a JSON body of at most 64 KB ({@link BodyRule#SMALL}) unless {@link #larger} says
 * otherwise; larger bodies are taken only from signed-in users with the role that sends them.
 */
final class ApiRouter {
  static final String CONTRACT = "api/openapi.yaml";

  private ApiRouter() {
  }

  /** Question content: long texts and citations with quotes, escaped in JSON. */
  static final long QUESTION_BYTES = 256 * 1024;
  /** A contest with its rules (up to 50,000 characters) and rounds. */
  static final long CONTEST_BYTES = 512 * 1024;
  /** A unit list: 20,000 rows or a CSV text of up to 2,000,000 characters. */
  static final long UNITS_BYTES = 8L * 1024 * 1024;
  /** A course: up to 30 lessons of up to 50,000 characters each. */
  static final long COURSE_BYTES = 2L * 1024 * 1024;
  /** An accounts file: up to 1,000 rows. */
  static final long USERS_BYTES = 1024 * 1024;
  /** A question image as uploaded, before it is shrunk. */
  static final long IMAGE_BYTES = 10L * 1024 * 1024;

  /** Operations whose bodies may be larger than {@link BodyRule#SMALL}, and who may send them. */
  static Map<String, BodyRule> larger(long uploadMaxBytes, long videoMaxBytes) {
    Map<String, BodyRule> rules = new java.util.HashMap<>(Map.of(
        "createQuestion", BodyRule.json(QUESTION_BYTES, Role.AUTHOR, Role.REVIEWER),
        "editQuestion", BodyRule.json(QUESTION_BYTES, Role.AUTHOR, Role.REVIEWER),
        "createContest", BodyRule.json(CONTEST_BYTES, Role.ORGANISER),
        "updateContest", BodyRule.json(CONTEST_BYTES, Role.ORGANISER),
        "replaceUnits", BodyRule.json(UNITS_BYTES, Role.ORGANISER),
        "importOrgs", BodyRule.json(UNITS_BYTES, Role.ADMIN),
        "importUsers", BodyRule.json(USERS_BYTES, Role.ADMIN),
        "importQuestions", BodyRule.file(uploadMaxBytes, Role.AUTHOR, Role.REVIEWER),
        "inspectImportColumns", BodyRule.file(uploadMaxBytes, Role.AUTHOR, Role.REVIEWER)));
    rules.putAll(Map.of(
        "createCourse", BodyRule.json(COURSE_BYTES, Role.AUTHOR),
        "updateCourse", BodyRule.json(COURSE_BYTES, Role.AUTHOR),
        "uploadImage", BodyRule.file(IMAGE_BYTES, Role.AUTHOR, Role.REVIEWER),
        "uploadVideo", BodyRule.streamed(videoMaxBytes, Role.AUTHOR, Role.REVIEWER)));
    return Map.copyOf(rules);
  }

  static Future<Router> create(Vertx vertx, ApiHandlers h, long uploadMaxBytes, long videoMaxBytes,
                               String uploadsDirectory) {
    return OpenAPIContract.from(vertx, CONTRACT).map(contract -> {
      RouterBuilder api = RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler());
      Map<String, BodyRule> larger = larger(uploadMaxBytes, videoMaxBytes);
      Handler<RoutingContext> small = RequestBodies.reader(BodyRule.json(), uploadsDirectory);
      Binder bind = new Binder(contract, api, operation -> larger.containsKey(operation)
          ? RequestBodies.reader(larger.get(operation), uploadsDirectory) : small, h.publicReads());
      api.rootHandler(RequestBodies::hold);
      api.rootHandler(h.authentication());

      bind.to("login", h.auth()::login);
      bind.to("loginCode", h.auth()::loginCode);
      bind.to("logout", h.auth()::logout);
      bind.to("changePassword", h.auth().account()::changePassword);
      bind.to("startTotpEnrolment", h.auth().account()::startEnrolment);
      bind.to("confirmTotpEnrolment", h.auth().account()::confirmEnrolment);
      bind.to("disableTotp", h.auth().account()::disableTwoFactor);
      bind.to("resetPassword", h.auth().account()::resetPassword);
      bind.to("me", h.auth()::me);
      bind.to("listUsers", h.auth()::listUsers);
      bind.to("createUser", h.auth()::createUser);
      bind.to("updateUser", h.auth()::updateUser);
      bind.to("importUsers", h.auth().invitations()::importCsv);
      bind.to("usersTemplate", h.auth().invitations()::template);
      bind.to("inviteUser", h.auth().invitations()::reissue);
      bind.to("checkInvitation", h.auth().invitations()::check);
      bind.to("acceptInvitation", h.auth().invitations()::accept);

      bind.to("listDocuments", h.registry()::list);
      bind.to("createDocument", h.registry()::create);
      bind.to("updateDocument", h.registry()::update);
      bind.to("documentQuestions", h.registry()::questions);

      bind.to("searchQuestions", h.questions()::search);
      bind.to("createQuestion", h.questions()::create);
      bind.to("getQuestion", h.questions()::get);
      bind.to("editQuestion", h.questions()::edit);
      bind.to("reviewQuestion", h.questions()::review);
      bind.to("questionHistory", h.questions()::history);
      bind.to("questionVersion", h.questions()::version);
      bind.to("publicQuestions", h.questions()::lookup);

      bind.to("listSets", h.sets()::list);
      bind.to("createSet", h.sets()::create);
      bind.to("getSet", h.sets()::get);
      bind.to("updateSet", h.sets()::update);
      bind.to("deleteSet", h.sets()::delete);
      bind.to("checkSet", h.sets()::check);
      bind.to("questionReplacement", h.sets()::replacement);
      bind.to("getSetDraft", h.sets().drafts()::get);
      bind.to("keepSetDraft", h.sets().drafts()::keep);
      bind.to("discardSetDraft", h.sets().drafts()::discard);

      bind.to("importQuestions", h.transfers()::importQuestions);
      bind.to("checkImportRow", h.transfers()::checkRow);
      bind.to("importProgress", h.transfers()::progress);
      bind.to("exportQuestions", h.transfers()::exportQuestions);
      bind.to("inspectImportColumns", h.transfers()::inspectColumns);

      bind.to("createGame", h.games()::create);
      bind.to("listGames", h.reports()::list);
      bind.to("gameReport", h.reports()::report);

      bind.to("listContests", h.contests()::list);
      bind.to("createContest", h.contests()::create);
      bind.to("createContestFromTemplate", h.contests()::createFromTemplate);
      bind.to("getContest", h.contests()::get);
      bind.to("updateContest", h.contests()::update);
      bind.to("publishContest", h.contests()::publish);
      bind.to("poolReport", h.contests()::poolReport);
      bind.to("listUnits", h.contests()::units);
      bind.to("replaceUnits", h.contests()::replaceUnits);
      bind.to("closeRound", h.contests()::closeRound);
      bind.to("publishResults", h.contests()::publishResults);
      bind.to("participation", h.standings()::participation);
      bind.to("leaderboard", h.standings()::leaderboard);
      bind.to("unitRanking", h.standings()::unitRanking);
      bind.to("exportResults", h.standings()::export);

      bind.to("register", h.contestants()::register);
      bind.to("contestantSignIn", h.contestants()::signIn);
      bind.to("contestantMe", h.contestants()::me);
      bind.to("contestantData", h.contestants()::myData);
      bind.to("contestantErase", h.contestants()::erase);
      bind.to("startAttempt", h.contestants()::start);
      bind.to("getAttempt", h.contestants()::attempt);
      bind.to("saveAnswer", h.contestants()::saveAnswer);
      bind.to("savePrediction", h.contestants()::savePrediction);
      bind.to("submitAttempt", h.contestants()::submit);

      bind.to("listOrgs", h.orgs()::list);
      bind.to("createOrg", h.orgs()::create);
      bind.to("importOrgs", h.orgs()::importCsv);
      bind.to("orgTemplate", h.orgs()::template);
      bind.to("updateOrg", h.orgs()::update);
      bind.to("deleteOrg", h.orgs()::delete);
      bind.to("rotateInvite", h.orgs()::rotateInvite);
      bind.to("listManagers", h.orgs()::managers);
      bind.to("grantManager", h.orgs()::grant);
      bind.to("revokeManager", h.orgs()::revoke);
      bind.to("listStaff", h.orgs()::staff);
      bind.to("setStaff", h.orgs()::setStaff);
      bind.to("orgMembers", h.orgs()::members);
      bind.to("orgInvite", h.orgMembers()::invite);
      bind.to("joinOrg", h.orgMembers()::join);
      bind.to("memberSignIn", h.orgMembers()::signIn);
      bind.to("memberMe", h.orgMembers()::me);
      bind.to("lawDocuments", h.laws()::list);
      bind.to("lawDocument", h.laws()::structure);
      bind.to("lawArticle", h.laws()::article);
      bind.to("lawChanges", h.laws()::changes);
      bind.to("lawSearch", h.laws()::search);
      bind.to("lawExport", h.laws()::export);
      bind.to("unresolvedCitations", h.laws()::unresolved);
      bind.to("checkCitations", h.laws()::check);
      bind.to("lawArticleQuestions", h.laws()::questions);
      bind.to("lawExportAkn", h.laws().akn()::send);

      bind.to("listCourses", h.courses()::list);
      bind.to("createCourse", h.courses()::create);
      bind.to("getCourse", h.courses()::get);
      bind.to("updateCourse", h.courses()::update);
      bind.to("submitCourse", h.courses()::submit);
      bind.to("reviewCourse", h.courses()::review);
      bind.to("courseAssignments", h.courses()::assignments);
      bind.to("assignCourse", h.courses()::assign);
      bind.to("unassignCourse", h.courses()::unassign);
      bind.to("courseCertificates", h.courses()::courseCertificates);
      bind.to("revokeCertificate", h.courses()::revoke);
      bind.to("verifyCertificate", h.courses()::verify);
      bind.to("myCourses", h.courses()::mine);
      bind.to("myContestBadges", h.courses()::contestBadges);
      bind.to("myCourse", h.courses()::myCourse);
      bind.to("myLesson", h.courses()::lesson);
      bind.to("startLessonQuiz", h.courses()::startQuiz);
      bind.to("submitLessonQuiz", h.courses()::submitQuiz);
      bind.to("startFinalTest", h.courses()::startFinal);
      bind.to("myCertificatePdf", h.courses()::certificatePdf);
      bind.to("orgCourseCompletion", h.courses()::orgCompletion);
      bind.to("uploadImage", h.media()::upload);
      bind.to("uploadVideo", h.media().videos()::upload);
      bind.to("reachDashboard", h.reach()::dashboard);
      bind.to("reachExport", h.reach()::export);
      bind.to("reachRefresh", h.reach()::refresh);
      return api.createRouter();
    });
  }

  /**
   * Binds operations to handlers, each behind the check of its input against the contract (a handler
   * that throws fails the request into the error mapper).
   */
  private record Binder(OpenAPIContract contract, RouterBuilder api,
                        java.util.function.Function<String, Handler<RoutingContext>> bodies, PublicReads publicReads) {
    void to(String operationId, Handler<RoutingContext> handler) {
      OpenAPIRoute route = api.getRoute(operationId);
      ContractValidation validation = ContractValidation.of(contract, route.getOperation()).orElseThrow(() ->
          new IllegalStateException("Operation " + operationId + " has input the contract check does not read"));
      route.setDoValidation(false);
      if (PublicReads.OPERATIONS.contains(operationId)) {
        route.addHandler(publicReads.guard(operationId));
      }
      route.addHandler(bodies.apply(operationId));
      route.addHandler(validation);
      route.addHandler(handler);
    }
  }
}
