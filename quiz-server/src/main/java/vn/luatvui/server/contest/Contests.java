package vn.luatvui.server.contest;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.net.URI;
import java.time.Clock;
import vn.luatvui.server.auth.RateLimiter;
import vn.luatvui.server.bank.LegalDocumentStore;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.mail.Mail;
import vn.luatvui.server.metrics.Meters;
import vn.luatvui.server.infra.RedisLink;

/** The contest capability, built once: its stores, services and the routes the API binds. */
public final class Contests {
  private final ContestRoutes organiser;
  private final ContestantRoutes contestant;
  private final StandingsRoutes standings;
  private final RoundClosing closing;
  private final BoardRebuild rebuild;
  private final ContestBoards boards;
  private final PersonalData personal;
  private final EmbeddedTests embedded;

  public Contests(Vertx vertx, Pool pool, RedisLink redis, RedisKeys keys,
                  LegalDocumentStore documents, RateLimiter limiter, ClientAddress addresses, URI publicBaseUrl,
                  Meters meters, Mail mail) {
    Clock clock = Clock.systemUTC();
    ContestStore contests = new ContestStore(pool);
    UnitStore units = new UnitStore(pool);
    ContestantStore contestants = new ContestantStore(pool);
    AttemptStore attempts = new AttemptStore(pool);
    EntryStore entries = new EntryStore(pool);
    QuestionSource questions = new QuestionSource(pool);
    this.boards = new ContestBoards(vertx, redis, keys, meters);
    BoardUpdates updates = new BoardUpdates(boards, entries);
    ContestService service = new ContestService(pool, contests, units, questions, clock);
    AttemptAccess access = new AttemptAccess(pool, attempts);
    Attempts taking = new Attempts(pool, contests, attempts, entries, questions, documents, updates, access, meters, clock);
    AnswerTaking answering = new AnswerTaking(pool, attempts, access, questions, new AnswerSaves(vertx, pool, clock),
        meters, clock);
    this.rebuild = new BoardRebuild(contests, entries, boards);
    this.closing = new RoundClosing(vertx, pool, contests, attempts, entries, taking, rebuild, clock);
    this.organiser = new ContestRoutes(service, closing, new ContestTemplate(pool, service, clock), clock);
    this.personal = new PersonalData(vertx, pool, contestants, rebuild, clock);
    AccessCodes codes = new AccessCodes(publicBaseUrl);
    this.contestant = new ContestantRoutes(service, contestants, units, taking, answering,
        new ContestantProgress(pool, contests, attempts, updates), codes, limiter, addresses,
        personal, new CodeMail(mail, publicBaseUrl), new ContestPeople(pool));
    this.embedded = new EmbeddedTests(pool, taking, codes, contests);
    this.standings = new StandingsRoutes(vertx, service, contests, contestants, units, new StandingStore(pool), boards);
  }

  public ContestRoutes organiser() {
    return organiser;
  }

  public ContestantRoutes contestant() {
    return contestant;
  }

  public StandingsRoutes standings() {
    return standings;
  }

  public RoundClosing closing() {
    return closing;
  }

  public PersonalData personal() {
    return personal;
  }

  public BoardRebuild rebuild() {
    return rebuild;
  }

  /** Timed tests other features embed (a course's final test). */
  public EmbeddedTests embedded() {
    return embedded;
  }

  public ContestBoards boards() {
    return boards;
  }
}
