package vn.luatvui.server.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
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
      api.rootHandler(BodyHandler.create(false).setBodyLimit(HttpVerticle.MAX_BODY_BYTES));
      api.rootHandler(h.authentication());

      bind(api, "login", h.auth()::login);
      bind(api, "logout", h.auth()::logout);
      bind(api, "me", h.auth()::me);
      bind(api, "listUsers", h.auth()::listUsers);
      bind(api, "createUser", h.auth()::createUser);
      bind(api, "updateUser", h.auth()::updateUser);

      bind(api, "listDocuments", h.registry()::list);
      bind(api, "createDocument", h.registry()::create);
      bind(api, "updateDocument", h.registry()::update);
      bind(api, "documentQuestions", h.registry()::questions);

      bind(api, "searchQuestions", h.questions()::search);
      bind(api, "createQuestion", h.questions()::create);
      bind(api, "getQuestion", h.questions()::get);
      bind(api, "editQuestion", h.questions()::edit);
      bind(api, "reviewQuestion", h.questions()::review);
      bind(api, "questionHistory", h.questions()::history);
      bind(api, "questionVersion", h.questions()::version);
      bind(api, "publicQuestions", h.questions()::lookup);

      bind(api, "listSets", h.sets()::list);
      bind(api, "createSet", h.sets()::create);
      bind(api, "getSet", h.sets()::get);
      bind(api, "updateSet", h.sets()::update);
      bind(api, "deleteSet", h.sets()::delete);

      bind(api, "importQuestions", h.transfers()::importQuestions);
      bind(api, "exportQuestions", h.transfers()::exportQuestions);

      bind(api, "createGame", h.games()::create);
      bind(api, "listGames", h.reports()::list);
      bind(api, "gameReport", h.reports()::report);

      bind(api, "listContests", h.contests()::list);
      bind(api, "createContest", h.contests()::create);
      bind(api, "getContest", h.contests()::get);
      bind(api, "updateContest", h.contests()::update);
      bind(api, "publishContest", h.contests()::publish);
      bind(api, "listUnits", h.contests()::units);
      bind(api, "replaceUnits", h.contests()::replaceUnits);
      bind(api, "closeRound", h.contests()::closeRound);
      bind(api, "publishResults", h.contests()::publishResults);
      bind(api, "participation", h.standings()::participation);
      bind(api, "leaderboard", h.standings()::leaderboard);
      bind(api, "unitRanking", h.standings()::unitRanking);
      bind(api, "exportResults", h.standings()::export);

      bind(api, "register", h.contestants()::register);
      bind(api, "contestantSignIn", h.contestants()::signIn);
      bind(api, "contestantMe", h.contestants()::me);
      bind(api, "startAttempt", h.contestants()::start);
      bind(api, "getAttempt", h.contestants()::attempt);
      bind(api, "saveAnswer", h.contestants()::saveAnswer);
      bind(api, "savePrediction", h.contestants()::savePrediction);
      bind(api, "submitAttempt", h.contestants()::submit);
      return api.createRouter();
    });
  }

  /** Binds an operation (a handler that throws fails the request into the error mapper). */
  private static void bind(RouterBuilder api, String operationId, Handler<RoutingContext> handler) {
    api.getRoute(operationId).addHandler(handler);
  }
}
