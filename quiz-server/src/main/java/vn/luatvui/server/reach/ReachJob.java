package vn.luatvui.server.reach;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the dashboard's rollups. A run reads only what happened since the last one (less an overlap for
 * transactions that committed late), adds the people and their active months, recomputes the months it
 * touched and every node's current figures, and copies the visit counts. It runs in one transaction under an
 * advisory lock: with several servers, one runs and the others skip. The dashboard reads only its tables.
 */
public final class ReachJob {
  private static final Logger LOG = LoggerFactory.getLogger(ReachJob.class);
  static final String NAME = "reach";
  private static final Duration OVERLAP = Duration.ofMinutes(10);
  private static final long LOCK = 0x5245414348L;
  /** The calendar month of a moment, in Vietnam's time. */
  static String month(String expression) {
    return "date_trunc('month', " + expression + " AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";
  }

  private final Vertx vertx;
  private final Pool pool;
  private final List<ReachSource> sources;
  private final Visits visits;
  private boolean running;

  public ReachJob(Vertx vertx, Pool pool, List<ReachSource> sources, Visits visits) {
    this.vertx = vertx;
    this.pool = pool;
    this.sources = List.copyOf(sources);
    this.visits = visits;
  }

  public void schedule(Duration every) {
    vertx.setTimer(5_000, first -> tick());
    vertx.setPeriodic(every.toMillis(), id -> tick());
  }

  private void tick() {
    if (running) {
      return;
    }
    running = true;
    run().onComplete(done -> {
      running = false;
      if (done.failed()) {
        LOG.warn("The reach rollup failed", done.cause());
      }
    });
  }

  /** One scheduled run; the milliseconds it took, or -1 when another run (here or on another server) held it. */
  public Future<Long> run() {
    return run(false);
  }

  /**
   * One run; with {@code wait} (an admin's "update now"), a run in progress is waited for and this
   * one follows it, so the figures shown next include everything up to the request; without, the
   * run is skipped (-1) when another holds it.
   */
  public Future<Long> run(boolean wait) {
    long started = System.nanoTime();
    String lock = wait ? "(SELECT true FROM (SELECT pg_advisory_xact_lock($1)) AS waited)"
        : "pg_try_advisory_xact_lock($1)";
    return visits.byMonth().compose(counted -> pool.withTransaction(tx -> tx.preparedQuery(
            "SELECT " + lock + ", (SELECT watermark FROM reach_job WHERE name = $2), now()")
        .execute(Tuple.of(LOCK, NAME)).compose(rows -> {
          var row = rows.iterator().next();
          if (!row.getBoolean(0)) {
            return Future.succeededFuture(-1L);
          }
          OffsetDateTime last = row.getOffsetDateTime(1);
          OffsetDateTime now = row.getOffsetDateTime(2);
          OffsetDateTime since = last == null ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
              : last.minus(OVERLAP);
          return people(tx, since)
              .compose(x -> months(tx, since))
              .compose(x -> nodes(tx))
              .compose(x -> visits(tx, counted))
              .compose(x -> {
                long took = (System.nanoTime() - started) / 1_000_000;
                return tx.preparedQuery("INSERT INTO reach_job (name, watermark, ran_at, took_ms) VALUES ($1, $2, now(), $3) "
                        + "ON CONFLICT (name) DO UPDATE SET watermark = EXCLUDED.watermark, ran_at = now(), "
                        + "took_ms = EXCLUDED.took_ms")
                    .execute(Tuple.of(NAME, now, took)).map(took);
              });
        })));
  }

  private Future<Void> people(SqlConnection tx, OffsetDateTime since) {
    Future<Void> chain = Future.succeededFuture();
    for (ReachSource source : sources) {
      chain = chain.compose(x -> tx.preparedQuery("WITH seen (org_id, person_key, source, seen_at) AS (" + source.sql()
              + "), people AS (INSERT INTO reach_person (org_id, person_key, source, first_seen, last_seen) "
              + "SELECT org_id, person_key, min(source), min(seen_at), max(seen_at) FROM seen WHERE seen_at IS NOT NULL "
              + "GROUP BY org_id, person_key ON CONFLICT (org_id, person_key) DO UPDATE SET "
              + "first_seen = least(reach_person.first_seen, EXCLUDED.first_seen), "
              + "last_seen = greatest(reach_person.last_seen, EXCLUDED.last_seen)) "
              + "INSERT INTO reach_activity (org_id, month, person_key, source) SELECT DISTINCT org_id, "
              + month("seen_at") + ", person_key, source FROM seen WHERE seen_at IS NOT NULL ON CONFLICT DO NOTHING")
          .execute(Tuple.of(since)).mapEmpty());
    }
    return chain;
  }

  /** Recomputes every month from the one {@code since} falls in. */
  private Future<Void> months(SqlConnection tx, OffsetDateTime since) {
    String from = month("$1::timestamptz");
    String sql = "INSERT INTO reach_month (org_id, month, active_people, new_people, attempts, games, game_players, "
        + "correct_answers, questions_asked) SELECT org_id, month, sum(active), sum(fresh), sum(attempts), sum(games), "
        + "sum(players), sum(correct), sum(asked) FROM ("
        + " SELECT org_id, month, count(*) AS active, 0 AS fresh, 0 AS attempts, 0 AS games, 0 AS players, 0 AS correct, "
        + "   0 AS asked FROM reach_activity WHERE month >= " + from + " GROUP BY org_id, month"
        + " UNION ALL SELECT org_id, " + month("first_seen") + ", 0, count(*), 0, 0, 0, 0, 0 FROM reach_person "
        + "   WHERE first_seen >= " + from + " AT TIME ZONE 'Asia/Ho_Chi_Minh' GROUP BY 1, 2"
        + " UNION ALL SELECT o.id, " + month("a.submitted_at") + ", 0, 0, count(*), 0, 0, sum(coalesce(a.correct, 0)), "
        + "   sum(a.question_count) FROM contest_attempt a JOIN contestant c ON c.id = a.contestant_id "
        + "   JOIN contest_unit cu ON cu.id = c.unit_id JOIN org_unit o ON o.code = cu.code "
        + "   WHERE a.submitted_at >= " + from + " AT TIME ZONE 'Asia/Ho_Chi_Minh' GROUP BY 1, 2"
        + " UNION ALL SELECT s.org_id, " + month("g.finished_at") + ", 0, 0, 0, count(*), sum(p.players), "
        + "   sum(p.correct), sum(p.players * q.asked) FROM game g JOIN org_staff s ON s.user_id = g.host_id "
        + "   CROSS JOIN LATERAL (SELECT count(*) AS players, coalesce(sum(correct), 0) AS correct FROM game_player "
        + "     WHERE game_id = g.id AND NOT kicked) p "
        + "   CROSS JOIN LATERAL (SELECT count(*) AS asked FROM game_question WHERE game_id = g.id) q "
        + "   WHERE g.status = 'FINISHED' AND g.finished_at >= " + from + " AT TIME ZONE 'Asia/Ho_Chi_Minh' GROUP BY 1, 2"
        + ") parts GROUP BY org_id, month";
    return tx.preparedQuery("DELETE FROM reach_month WHERE month >= " + from).execute(Tuple.of(since))
        .compose(x -> tx.preparedQuery(sql).execute(Tuple.of(since))).mapEmpty();
  }

  /** Every node's own members, staff, people reached and people active in the last 30 and 90 days. */
  private Future<Void> nodes(SqlConnection tx) {
    return tx.query("INSERT INTO reach_org (org_id, members, staff, people, contestants, active_30, active_90) "
            + "SELECT u.id, coalesce(m.n, 0), coalesce(s.n, 0), coalesce(p.people, 0), coalesce(p.contestants, 0), "
            + "coalesce(p.a30, 0), coalesce(p.a90, 0) FROM org_unit u "
            + "LEFT JOIN (SELECT org_id, count(*) AS n FROM org_member GROUP BY org_id) m ON m.org_id = u.id "
            + "LEFT JOIN (SELECT org_id, count(*) AS n FROM org_staff GROUP BY org_id) s ON s.org_id = u.id "
            + "LEFT JOIN (SELECT org_id, count(*) AS people, count(*) FILTER (WHERE source = 'contest') AS contestants, "
            + "  count(*) FILTER (WHERE last_seen > now() - interval '30 days') AS a30, "
            + "  count(*) FILTER (WHERE last_seen > now() - interval '90 days') AS a90 FROM reach_person GROUP BY org_id) p "
            + "  ON p.org_id = u.id "
            + "ON CONFLICT (org_id) DO UPDATE SET members = EXCLUDED.members, staff = EXCLUDED.staff, "
            + "people = EXCLUDED.people, contestants = EXCLUDED.contestants, active_30 = EXCLUDED.active_30, "
            + "active_90 = EXCLUDED.active_90").execute().mapEmpty();
  }

  private Future<Void> visits(SqlConnection tx, Map<String, Long> counted) {
    Future<Void> chain = Future.succeededFuture();
    for (Map.Entry<String, Long> e : counted.entrySet()) {
      chain = chain.compose(x -> tx.preparedQuery("INSERT INTO reach_visit_month (month, visits) VALUES ($1::date, $2) "
          + "ON CONFLICT (month) DO UPDATE SET visits = EXCLUDED.visits")
          .execute(Tuple.of(java.time.LocalDate.parse(e.getKey() + "-01"), e.getValue())).mapEmpty());
    }
    return chain;
  }
}
