package vn.luatvui.server.contest;

import static vn.luatvui.server.contest.ContestStore.instant;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.contest.domain.UnitTally;

/** The aggregates behind participation, unit rankings and result exports, counted by PostgreSQL. */
public final class StandingStore {
  /**
   * One contestant's result line for an export.
   *
   * @param number the contestant's place in the order of registration, 1, 2, 3… without gaps (mã thí sinh)
   * @param prizes the rounds in which they won a prize ("Đợt 1, Đợt 3"), or null
   */
  public record ResultLine(Integer rank, long contestantId, long number, String fullName, LocalDate birthDate,
                           long unitId, String phone, String email, int score, Integer correct, long durationMs,
                           Long prediction, Long distance, Instant submittedAt, String prizes) {
  }

  /** Each contestant of the contest with their place in the order of registration. */
  private static final String NUMBERED = "JOIN (SELECT id, row_number() OVER (ORDER BY id) AS number FROM contestant "
      + "WHERE contest_id = $1) n ON n.id = c.id ";

  private final Pool pool;

  public StandingStore(Pool pool) {
    this.pool = pool;
  }

  /** Per unit (alone): registered contestants, and those who took part in the round (any round when null). */
  public Future<List<UnitTally>> tallies(long contestId, Integer round, int winners) {
    String taking = round != null
        ? "SELECT unit_id, count(*) AS n, sum(score) AS s, count(*) FILTER (WHERE final_rank <= $3) AS w "
            + "FROM contest_entry WHERE contest_id = $1 AND round_number = $2 GROUP BY unit_id"
        : "SELECT unit_id, count(*) AS n, sum(total) AS s, sum(wins) AS w FROM (SELECT contestant_id, min(unit_id) AS unit_id, "
            + "sum(score) AS total, count(*) FILTER (WHERE final_rank <= $3) AS wins FROM contest_entry "
            + "WHERE contest_id = $1 AND $2::int IS NULL GROUP BY contestant_id) t GROUP BY unit_id";
    List<UnitTally> tallies = new ArrayList<>();
    return pool.preparedQuery("SELECT unit_id, count(*) FROM contestant WHERE contest_id = $1 GROUP BY unit_id")
        .execute(Tuple.of(contestId)).compose(registered -> {
          registered.forEach(r -> tallies.add(new UnitTally(r.getLong(0), r.getLong(1), 0, 0, 0)));
          return pool.preparedQuery(taking).execute(Tuple.of(contestId, round, winners));
        }).map(rows -> {
          rows.forEach(r -> tallies.add(new UnitTally(r.getLong(0), 0, r.getLong(1), ((Number) r.getValue(2)).longValue(),
              ((Number) r.getValue(3)).longValue())));
          return tallies;
        });
  }

  public Future<Long> inProgress(long contestId, Integer round) {
    return pool.preparedQuery("SELECT count(*) FROM contest_attempt WHERE contest_id = $1 AND submitted_at IS NULL "
            + "AND NOT practice AND ($2::int IS NULL OR round_number = $2)").execute(Tuple.of(contestId, round))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /** A round's results in ranking order (final ranks once closed; provisional order before). */
  public Future<List<ResultLine>> roundResults(long contestId, int round, int winners) {
    return pool.preparedQuery("SELECT e.final_rank, c.id, c.full_name, c.birth_date, c.unit_id, c.phone, c.email, "
            + "e.score, a.correct, e.duration_ms, e.prediction, abs(e.prediction - r.actual_figure), e.submitted_at, "
            + "n.number, CASE WHEN e.final_rank <= $3 THEN r.title END "
            + "FROM contest_entry e JOIN contestant c ON c.id = e.contestant_id JOIN contest_attempt a ON a.id = e.attempt_id "
            + "JOIN contest_round r ON r.contest_id = e.contest_id AND r.number = e.round_number " + NUMBERED
            + "WHERE e.contest_id = $1 AND e.round_number = $2 "
            + "ORDER BY e.final_rank NULLS LAST, e.score DESC, e.duration_ms, e.submitted_at, c.id")
        .execute(Tuple.of(contestId, round, winners)).map(rows -> {
          List<ResultLine> lines = new ArrayList<>(rows.size());
          rows.forEach(r -> lines.add(new ResultLine(r.getInteger(0), r.getLong(1), r.getLong(13), r.getString(2),
              r.getLocalDate(3), r.getLong(4), r.getString(5), r.getString(6), r.getInteger(7), r.getInteger(8),
              r.getLong(9), r.getLong(10), r.getLong(11), instant(r, 12), r.getString(14))));
          return lines;
        });
  }

  /**
   * Every contestant's totals over the rounds, ranked as the contest's board ranks them: score, the
   * summed prediction distance of the closed rounds (none after any), duration, last submission.
   */
  public Future<List<ResultLine>> overallResults(long contestId, int winners) {
    return pool.preparedQuery("SELECT c.id, c.full_name, c.birth_date, c.unit_id, c.phone, c.email, sum(e.score)::int, "
            + "sum(a.correct)::int, sum(e.duration_ms)::bigint, max(e.submitted_at), "
            + "sum(abs(e.prediction - r.actual_figure)) FILTER (WHERE r.closed_at IS NOT NULL)::bigint AS distance, "
            + "min(n.number), string_agg(r.title, ', ' ORDER BY r.number) FILTER (WHERE e.final_rank <= $2) "
            + "FROM contest_entry e JOIN contestant c ON c.id = e.contestant_id JOIN contest_attempt a ON a.id = e.attempt_id "
            + "JOIN contest_round r ON r.contest_id = e.contest_id AND r.number = e.round_number " + NUMBERED
            + "WHERE e.contest_id = $1 GROUP BY c.id ORDER BY 7 DESC, 11 NULLS LAST, 9, 10, c.id")
        .execute(Tuple.of(contestId, winners)).map(rows -> {
          List<ResultLine> lines = new ArrayList<>(rows.size());
          int[] rank = {0};
          rows.forEach(r -> lines.add(new ResultLine(++rank[0], r.getLong(0), r.getLong(11), r.getString(1),
              r.getLocalDate(2), r.getLong(3), r.getString(4), r.getString(5), r.getInteger(6), r.getInteger(7),
              r.getLong(8), null, r.getLong(10), instant(r, 9), r.getString(12))));
          return lines;
        });
  }
}
