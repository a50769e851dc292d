package vn.luatvui.server.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;

/**
 * The REST API, built from its OpenAPI document ({@code api/openapi.yaml}): every request is
 * validated against the document before its handler runs; the table below binds operations to handlers.
 */
final class ApiRouter {
  static final String CONTRACT = "api/openapi.yaml";

  private ApiRouter() {
  }

  static Future<Router> create(Vertx vertx, ApiHandlers h) {
    return OpenAPIContract.from(vertx, CONTRACT).map(contract -> {
      RouterBuilder api = RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler());
      Binder bind = new Binder(contract, api);
      api.rootHandler(BodyHandler.create(false).setBodyLimit(HttpVerticle.MAX_BODY_BYTES));
      api.rootHandler(h.authentication());

      bind.to("login", h.auth()::login);
      bind.to("logout", h.auth()::logout);
      bind.to("me", h.auth()::me);
      bind.to("listUsers", h.auth()::listUsers);
      bind.to("createUser", h.auth()::createUser);
      bind.to("updateUser", h.auth()::updateUser);

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

      bind.to("importQuestions", h.transfers()::importQuestions);
      bind.to("exportQuestions", h.transfers()::exportQuestions);

      bind.to("createGame", h.games()::create);
      bind.to("listGames", h.reports()::list);
      bind.to("gameReport", h.reports()::report);

      bind.to("listContests", h.contests()::list);
      bind.to("createContest", h.contests()::create);
      bind.to("getContest", h.contests()::get);
      bind.to("updateContest", h.contests()::update);
      bind.to("publishContest", h.contests()::publish);
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
      bind.to("startAttempt", h.contestants()::start);
      bind.to("getAttempt", h.contestants()::attempt);
      bind.to("saveAnswer", h.contestants()::saveAnswer);
      bind.to("savePrediction", h.contestants()::savePrediction);
      bind.to("submitAttempt", h.contestants()::submit);

      bind.to("lawDocuments", h.laws()::list);
      bind.to("lawDocument", h.laws()::structure);
      bind.to("lawArticle", h.laws()::article);
      bind.to("lawChanges", h.laws()::changes);
      bind.to("lawSearch", h.laws()::search);
      bind.to("lawExport", h.laws()::export);
      bind.to("unresolvedCitations", h.laws()::unresolved);
      bind.to("checkCitations", h.laws()::check);
      return api.createRouter();
    });
  }

  /**
   * Binds operations to handlers, each behind the check of its input against the contract (a handler
   * that throws fails the request into the error mapper).
   */
  private record Binder(OpenAPIContract contract, RouterBuilder api) {
    void to(String operationId, Handler<RoutingContext> handler) {
      OpenAPIRoute route = api.getRoute(operationId);
      ContractValidation.of(contract, route.getOperation()).ifPresent(validation -> {
        route.setDoValidation(false);
        route.addHandler(validation);
      });
      route.addHandler(handler);
    }
  }
}
