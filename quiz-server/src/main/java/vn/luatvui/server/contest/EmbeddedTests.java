package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.core.http.Cookie;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.luatvui.server.contest.domain.CitedArticle;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.contest.domain.PredictionTarget;
import vn.luatvui.server.contest.domain.QuestionPool;
import vn.luatvui.server.contest.domain.RevealPolicy;
import vn.luatvui.server.json.Jsons;

/**
 * A timed test another feature embeds (a course's final test), taken with the contests' own attempt
 * machinery: draws per person, answers saved as given, the server's clock, judging, the sweep that submits
 * expired attempts, and the {@code /attempts/{id}} routes. It is a contest of status COURSE (on no contest
 * list or page) with one round open for ever and one unit; its takers are contestants without personal
 * data, known to the embedding feature by id. The browser holds the taker's code in the contest's
 * cookie, so the attempt screens of contests serve it unchanged.
 */
public final class EmbeddedTests {
  /** The round never closes by itself: the embedding feature decides what a result means. */
  static final OffsetDateTime FOR_EVER = OffsetDateTime.of(2999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);
  static final int POINTS = 1;

  /** How the test runs. */
  public record Rules(int questions, int timeLimitSeconds, int attempts, List<String> tags, List<CitedArticle> articles) {
    ContestSettings settings() {
      return new ContestSettings(questions, timeLimitSeconds, attempts, false, RevealPolicy.AFTER_SUBMIT, POINTS, null,
          null, new QuestionPool(List.of(), tags, List.of(), false, articles), false, 0, QuestionPool.empty(), null);
    }
  }

  /** A taker's best submitted result so far, and the attempts used. */
  public record Best(Integer score, int maxScore, int used, int allowed) {
  }

  private final Pool pool;
  private final Attempts attempts;
  private final AccessCodes codes;
  private final ContestStore contests;

  EmbeddedTests(Pool pool, Attempts attempts, AccessCodes codes, ContestStore contests) {
    this.pool = pool;
    this.attempts = attempts;
    this.codes = codes;
    this.contests = contests;
  }

  /** Creates the test in the caller's transaction; returns its contest id. */
  public Future<Long> create(SqlClient tx, long ownerId, String title, Rules rules) {
    return tx.preparedQuery("INSERT INTO contest (title, organiser, owner_id, status, settings) "
            + "VALUES ($1, $1, $2, 'COURSE', $3::text::jsonb) RETURNING id")
        .execute(Tuple.of(title, ownerId, Jsons.write(rules.settings())))
        .map(rows -> rows.iterator().next().getLong(0))
        .compose(id -> tx.preparedQuery("INSERT INTO contest_round (contest_id, number, title, opens_at, closes_at) "
                + "VALUES ($1, 1, $2, now() - interval '1 minute', $3)").execute(Tuple.of(id, title, FOR_EVER))
            .compose(x -> tx.preparedQuery("INSERT INTO contest_unit (contest_id, code, name) VALUES ($1, 'course', $2)")
                .execute(Tuple.of(id, title)))
            .map(id));
  }

  /** A new taker of the test, in the caller's transaction; returns the contestant id. */
  public Future<Long> addTaker(SqlClient tx, long contestId) {
    return tx.preparedQuery("INSERT INTO contestant (contest_id, unit_id, code_hash, course_taker) SELECT $1, u.id, $2, true "
            + "FROM contest_unit u WHERE u.contest_id = $1 AND u.code = 'course' RETURNING id")
        .execute(Tuple.of(contestId, AccessCodes.hash(AccessCodes.newCode())))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /**
   * Gives the taker a new code, held by this browser in the contest's cookie (the code before stops
   * working), and starts an attempt or returns the one in progress.
   */
  public Future<Attempts.Started> start(long contestId, long contestantId, java.util.function.Consumer<Cookie> setCookie) {
    String code = AccessCodes.newCode();
    return pool.preparedQuery("UPDATE contestant SET code_hash = $3 WHERE id = $1 AND contest_id = $2 AND course_taker")
        .execute(Tuple.of(contestantId, contestId, AccessCodes.hash(code)))
        .compose(x -> contests.find(pool, contestId))
        .compose(contest -> {
          setCookie.accept(codes.cookie(contestId, code));
          return attempts.start(contest, new Contestant(contestantId, contestId, null, null, 0, null), 1, false);
        });
  }

  /** The taker's best submitted score, the attempts used and allowed. */
  public Future<Best> best(long contestId, long contestantId) {
    return contests.find(pool, contestId).compose(contest -> pool.preparedQuery(
            "SELECT max(score), count(*) FROM contest_attempt WHERE contestant_id = $1 AND NOT practice")
        .execute(Tuple.of(contestantId)).map(rows -> {
          var r = rows.iterator().next();
          ContestSettings s = contest.settings();
          return new Best(r.getInteger(0), s.maxScore(), r.getLong(1).intValue(), s.attemptsPerRound());
        }));
  }

  /** Submits what is open and past its time, so that {@link #best} counts it. */
  public Future<Void> settle(long contestantId, Instant now) {
    return pool.preparedQuery("SELECT id FROM contest_attempt WHERE contestant_id = $1 AND submitted_at IS NULL "
            + "AND deadline < $2").execute(Tuple.of(contestantId, ContestStore.at(now.minus(
                vn.luatvui.server.contest.domain.AttemptWindow.GRACE))))
        .compose(rows -> rows.size() == 0 ? Future.succeededFuture()
            : attempts.submit(rows.iterator().next().getLong(0), null, true).mapEmpty());
  }
}
