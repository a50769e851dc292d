package vn.luatvui.server;

import vn.luatvui.server.infra.RelayConnections;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.bank.account.Role;
import java.time.Clock;
import vn.luatvui.server.auth.AccountKey;
import vn.luatvui.server.auth.AccountRoutes;
import vn.luatvui.server.auth.AccountSecurityStore;
import vn.luatvui.server.auth.AuthRoutes;
import vn.luatvui.server.auth.InvitationRoutes;
import vn.luatvui.server.auth.InvitationStore;
import vn.luatvui.server.auth.Credentials;
import vn.luatvui.server.auth.DeviceCookies;
import vn.luatvui.server.auth.PasswordHasher;
import vn.luatvui.server.auth.SecondFactor;
import vn.luatvui.server.auth.SignIn;
import vn.luatvui.server.auth.Totp;
import vn.luatvui.server.auth.TwoFactorPolicy;
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
import vn.luatvui.server.bank.StarterSets;
import vn.luatvui.server.contest.Contests;
import vn.luatvui.server.course.CourseReminders;
import vn.luatvui.server.course.Courses;
import vn.luatvui.server.game.live.GameRoutes;
import vn.luatvui.server.game.live.GameSockets;
import vn.luatvui.server.game.live.GameStore;
import vn.luatvui.server.game.live.ReportRoutes;
import vn.luatvui.server.game.live.RoomHub;
import vn.luatvui.server.http.ApiHandlers;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.http.PublicReads;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.media.MediaRoutes;
import vn.luatvui.server.media.MediaStore;
import vn.luatvui.server.media.VideoRoutes;
import vn.luatvui.server.media.VideoStore;
import vn.luatvui.server.law.LawFiles;
import vn.luatvui.server.law.LawLoader;
import vn.luatvui.server.law.ArticleQuestions;
import vn.luatvui.server.law.LawRoutes;
import vn.luatvui.server.law.CitationChecks;
import vn.luatvui.server.law.ChangeFlags;
import vn.luatvui.server.metrics.Meters;
import vn.luatvui.server.org.Organisations;
import vn.luatvui.server.mail.Mail;
import vn.luatvui.server.reach.ReachJob;
import vn.luatvui.server.reach.ReachRoutes;
import vn.luatvui.server.reach.ReachSource;
import vn.luatvui.server.course.TrainingProgress;
import vn.luatvui.server.reach.Visits;
import vn.luatvui.server.mail.MailWorker;
import vn.luatvui.server.mail.SmtpSender;
import vn.luatvui.server.infra.RedisLink;

/** Builds the application's services once, by hand, constructor by constructor. */
final class Wiring {
  private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);
  private static final Duration LAW_CHECK_EVERY = Duration.ofHours(1);
  private static final Duration MAIL_EVERY = Duration.ofSeconds(2);
  /** The dashboard's rollups are at most this old. */
  private static final Duration REACH_EVERY = Duration.ofMinutes(10);

  private final Vertx vertx;
  private final AppConfig config;
  private final UserStore users;
  private final LegalDocumentStore documents;
  private final QuestionStore questions;
  private final LegalRegistry registry;
  private final RoomHub rooms;
  private final Contests contests;
  private final ApiHandlers api;
  private final Pool pool;
  private final Mail mail;
  private final ReachJob reachJob;

  Wiring(Vertx vertx, Pool pool, RedisLink redis,
         RelayConnections relayConnections, RedisKeys keys, AppConfig config, Meters meters) {
    this.vertx = vertx;
    this.config = config;
    this.pool = pool;
    this.mail = new Mail(pool, config.smtp().enabled());
    this.users = new UserStore(pool);
    this.documents = new LegalDocumentStore(pool);
    this.questions = new QuestionStore(pool);
    this.registry = new LegalRegistry(documents, questions);
    SessionStore sessions = new SessionStore(pool);
    TwoFactorPolicy twoFactor = new TwoFactorPolicy(config.totpRequiredRoles());
    Authentication authentication = new Authentication(sessions, config.publicBaseUrl(), twoFactor);
    MediaStore media = new MediaStore(pool);
    QuestionService questionService = new QuestionService(questions, documents, media);
    QuestionSetRoutes sets = new QuestionSetRoutes(new QuestionSetStore(pool), questions);
    RateLimiter limiter = new RateLimiter(vertx, redis, keys);
    ClientAddress addresses = new ClientAddress(config.trustedProxies());
    GameStore games = new GameStore(pool);
    this.rooms = RoomHub.create(vertx, games, redis, relayConnections, keys, meters,
        numbers -> documents.names(documents.pool(), List.copyOf(numbers)), config.publicBaseUrl(), config.roomLease());
    this.contests = new Contests(vertx, pool, redis, keys, documents, limiter, addresses, config.publicBaseUrl(),
        meters, mail);
    Visits visits = new Visits(vertx, redis, keys);
    this.reachJob = new ReachJob(vertx, pool, ReachSource.standard(), visits);
    Organisations organisations = new Organisations(pool, users, limiter, addresses, config.publicBaseUrl());
    this.api = new ApiHandlers(
        authentication,
        accounts(pool, redis, keys, sessions, limiter, addresses, authentication, twoFactor),
        new RegistryRoutes(documents, registry, questions),
        new QuestionRoutes(questionService, questions, documents),
        sets,
        new ImportRoutes(vertx, questionService, questions, sets, media, redis, keys),
        new GameRoutes(sets, documents, games, rooms, config.publicBaseUrl(), config.gameLimits()),
        new GameSockets(rooms, sessions, limiter, addresses, config.gameLimits(), games),
        new ReportRoutes(vertx, games),
        contests.organiser(), contests.contestant(), contests.standings(),
        organisations.managers(), organisations.members(),
        new LawRoutes(pool, new CitationChecks(pool), new ChangeFlags(questions),
            new ArticleQuestions(pool, questions, documents)),
        new PublicReads(limiter, addresses, config.edge().publicReadsPerMinute(), visits::read),
        new Courses(pool, contests.embedded(), config.publicBaseUrl()).routes(),
        new MediaRoutes(vertx, media, new VideoRoutes(new VideoStore(pool), config.edge().videoMaxBytes())),
        new ReachRoutes(vertx, pool, reachJob, new TrainingProgress(pool)));
  }

  /** Sign-in, passwords and two-factor sign-in; the account key is read (or made) before the server serves. */
  private AuthRoutes accounts(Pool pool, RedisLink redis, RedisKeys keys,
                              SessionStore sessions, RateLimiter limiter, ClientAddress addresses,
                              Authentication authentication, TwoFactorPolicy twoFactor) {
    PasswordHasher.dummyHash();
    AccountKey key = AccountKey.load(pool, config.accountSecretKey()).await();
    AccountSecurityStore security = new AccountSecurityStore(pool);
    Credentials credentials = new Credentials(PasswordHasher::verify);
    SecondFactor secondFactor = new SecondFactor(security, key, new Totp(), Clock.systemUTC());
    SignIn signIn = new SignIn(vertx, users, security, sessions, limiter, credentials, secondFactor, redis, keys);
    DeviceCookies devices = new DeviceCookies(key, "https".equals(config.publicBaseUrl().getScheme()), Clock.systemUTC());
    return new AuthRoutes(vertx, users, sessions, signIn, addresses, authentication, devices, twoFactor,
        new AccountRoutes(vertx, users, security, sessions, limiter, credentials, secondFactor, twoFactor),
        new InvitationRoutes(vertx, users, new InvitationStore(pool), sessions, limiter, addresses, config.publicBaseUrl(),
            mail));
  }

  Contests contests() {
    return contests;
  }

  ApiHandlers api() {
    return api;
  }

  /**
   * The first admin, the registry and the curated starter bank, the flags of laws no longer in force, the
   * ready sets by topic (made after the flags, so a flagged question is left out of them),
   * then the live games a restart interrupted, then any contest leaderboard Redis lost.
   */
  Future<Void> prepareData() {
    return bootstrapAdmin()
        .compose(x -> new StarterBank(documents, questions, users).load(vertx))
        .compose(x -> loadLaws())
        .compose(x -> registry.flagEnded())
        .compose(x -> new StarterSets(questions.pool(), users).load())
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
   * attempts whose time is up are submitted, and rounds past their closing time closed, every few seconds;
   * contestants' personal data past its contest's retention period is erased every hour.
   */
  void scheduleHousekeeping() {
    CourseReminders reminders = new CourseReminders(pool, mail, config.publicBaseUrl(), java.time.Clock.systemUTC());
    vertx.setPeriodic(LAW_CHECK_EVERY.toMillis(), id -> reminders.run()
        .onFailure(e -> LOG.warn("Queueing course reminders failed", e)));
    vertx.setPeriodic(LAW_CHECK_EVERY.toMillis(), id -> registry.flagEnded()
        .compose(x -> new ChangeFlags(questions).flagChanged())
        .onFailure(e -> LOG.warn("Checking for laws no longer in force failed", e)));
    contests.closing().schedule();
    contests.personal().schedule();
    reachJob.schedule(REACH_EVERY);
    if (config.smtp().enabled()) {
      MailWorker.standard(vertx, pool, new SmtpSender(vertx, config.smtp())).schedule(MAIL_EVERY);
    }
  }

  /**
   * The legal store's files, then the flags of questions on changed provisions and the check of every
   * citation. A failure here is logged and does not stop the server: the bank and games work without it.
   */
  private Future<Void> loadLaws() {
    return Future.succeededFuture()
        .compose(x -> new LawLoader(vertx, documents.pool()).load(LawFiles.onClasspath(LawFiles.FOLDER),
            config.lawStoreApplyChanges() ? LawLoader.Mode.APPLY : LawLoader.Mode.NEW_ONLY))
        .compose(report -> {
          report.pending().keySet().forEach(n -> LOG.warn("Legal store: the file of {} changed and is not applied; "
              + "run 'laws diff' to see it and 'laws load' (or set LAW_STORE_APPLY_CHANGES=true) to apply it", n));
          report.unreadable().forEach(u -> LOG.error("Legal store: file not loaded: {}", u));
          return new ChangeFlags(questions).flagChanged();
        })
        .compose(x -> new CitationChecks(questions.pool()).checkAll())
        .onSuccess(n -> {
          if (n > 0) {
            LOG.warn("{} citation(s) of the bank do not resolve into the legal store (GET /api/laws/citations/unresolved "
                + "lists them)", n);
          }
        })
        .recover(e -> {
          LOG.error("Loading the legal store failed; the server starts without its changes", e);
          return Future.succeededFuture();
        })
        .mapEmpty();
  }

  /** After a load of the legal store: flags the questions on documents that ended; returns what it did, as lines. */
  static Future<List<String>> lawFlags(Pool pool) {
    LegalRegistry registry = new LegalRegistry(new LegalDocumentStore(pool), new QuestionStore(pool));
    QuestionStore questions = new QuestionStore(pool);
    return registry.flagEnded().compose(ended -> new ChangeFlags(questions).flagChanged()
        .compose(changed -> new CitationChecks(pool).checkAll().map(unresolved -> List.of(
            ended + " câu hỏi được đánh dấu cần xem lại (văn bản hết hiệu lực)",
            changed + " câu hỏi được đánh dấu cần xem lại (điều khoản được trích dẫn đã thay đổi)",
            unresolved + " trích dẫn không tìm thấy trong kho văn bản"))));
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
