package vn.luatvui.server;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.AuthRoutes;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.RateLimiter;
import vn.luatvui.server.auth.SessionStore;
import vn.luatvui.server.auth.UserStore;
import vn.luatvui.server.bank.ImportRoutes;
import vn.luatvui.server.bank.LegalDocumentStore;
import vn.luatvui.server.bank.LegalRegistry;
import vn.luatvui.server.bank.QuestionRoutes;
import vn.luatvui.server.bank.QuestionService;
import vn.luatvui.server.bank.QuestionSetRoutes;
import vn.luatvui.server.bank.QuestionSetStore;
import vn.luatvui.server.bank.QuestionStore;
import vn.luatvui.server.bank.RegistryRoutes;
import vn.luatvui.server.bank.StarterBank;
import vn.luatvui.server.contest.Contests;
import vn.luatvui.server.game.live.GameRoutes;
import vn.luatvui.server.game.live.GameSockets;
import vn.luatvui.server.game.live.GameStore;
import vn.luatvui.server.game.live.ReportRoutes;
import vn.luatvui.server.game.live.RoomHub;
import vn.luatvui.server.http.ApiHandlers;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.metrics.Meters;

/** Builds the application's services once, by hand, constructor by constructor. */
final class Wiring {
  private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);
  private static final Duration LAW_CHECK_EVERY = Duration.ofHours(1);

  private final Vertx vertx;
  private final AppConfig config;
  private final UserStore users;
  private final LegalDocumentStore documents;
  private final QuestionStore questions;
  private final LegalRegistry registry;
  private final RoomHub rooms;
  private final Contests contests;
  private final ApiHandlers api;

  Wiring(Vertx vertx, Pool pool, StatefulRedisConnection<String, String> redis,
         StatefulRedisPubSubConnection<String, String> subscriber, RedisKeys keys, AppConfig config, Meters meters) {
    this.vertx = vertx;
    this.config = config;
    this.users = new UserStore(pool);
    this.documents = new LegalDocumentStore(pool);
    this.questions = new QuestionStore(pool);
    this.registry = new LegalRegistry(documents, questions);
    SessionStore sessions = new SessionStore(pool);
    Authentication authentication = new Authentication(sessions, config.publicBaseUrl());
    QuestionService questionService = new QuestionService(questions, documents);
    QuestionSetRoutes sets = new QuestionSetRoutes(new QuestionSetStore(pool), questions);
    RateLimiter limiter = new RateLimiter(vertx, redis, keys);
    ClientAddress addresses = new ClientAddress(config.trustedProxies());
    GameStore games = new GameStore(pool);
    this.rooms = RoomHub.create(vertx, games, redis, subscriber, keys, meters,
        numbers -> documents.names(documents.pool(), List.copyOf(numbers)), config.publicBaseUrl(), config.roomLease());
    this.contests = new Contests(vertx, pool, redis, keys, documents, limiter, addresses, config.publicBaseUrl(),
        meters);
    this.api = new ApiHandlers(
        authentication,
        new AuthRoutes(vertx, users, sessions, limiter, addresses, authentication),
        new RegistryRoutes(documents, registry, questions),
        new QuestionRoutes(questionService, questions, documents),
        sets,
        new ImportRoutes(vertx, questionService, questions, sets),
        new GameRoutes(sets, documents, games, rooms, config.publicBaseUrl(), config.gameLimits()),
        new GameSockets(rooms, sessions, limiter, addresses, config.gameLimits()),
        new ReportRoutes(vertx, games),
        contests.organiser(), contests.contestant(), contests.standings());
  }

  Contests contests() {
    return contests;
  }

  ApiHandlers api() {
    return api;
  }

  /**
   * The first admin, the registry and the curated starter bank, the flags of laws no longer in force,
   * then the live games a restart interrupted, then any contest leaderboard Redis lost.
   */
  Future<Void> prepareData() {
    return bootstrapAdmin()
        .compose(x -> new StarterBank(documents, questions, users).load())
        .compose(x -> registry.flagEnded())
        .compose(x -> rooms.start())
        .onSuccess(n -> {
          if (n > 0) {
            LOG.info("Resumed {} live game(s) after a restart", n);
          }
        })
        .compose(n -> contests.rebuild().missing())
        .onSuccess(n -> {
          if (n > 0) {
            LOG.info("Rebuilt missing contest leaderboards from PostgreSQL ({} rows)", n);
          }
        })
        .mapEmpty();
  }

  /**
   * Laws end on a date: check every hour so their questions leave play the day it passes. Contest
   * attempts whose time is up are submitted, and rounds past their closing time closed, every few seconds.
   */
  void scheduleHousekeeping() {
    vertx.setPeriodic(LAW_CHECK_EVERY.toMillis(), id -> registry.flagEnded()
        .onFailure(e -> LOG.warn("Checking for laws no longer in force failed", e)));
    contests.closing().schedule();
  }

  private Future<Void> bootstrapAdmin() {
    if (config.bootstrapAdminEmail().isEmpty()) {
      return Future.succeededFuture();
    }
    String email = config.bootstrapAdminEmail().get();
    return users.findByEmail(email).compose(existing -> {
      if (existing != null) {
        return Future.succeededFuture();
      }
      LOG.info("Creating the first admin account {}", email);
      return AuthRoutes.createAccount(vertx, users, new AuthRoutes.NewUser(email, "Quản trị viên",
          config.bootstrapAdminPassword().orElseThrow(), EnumSet.allOf(Role.class))).mapEmpty();
    });
  }
}
