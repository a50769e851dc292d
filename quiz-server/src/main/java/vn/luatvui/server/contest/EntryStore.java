package vn.luatvui.server.contest;

import static vn.luatvui.server.contest.ContestStore.at;
import static vn.luatvui.server.contest.ContestStore.instant;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.contest.domain.Ranked;
import vn.luatvui.server.contest.domain.RoundEntry;

/**
 * Each contestant's counted attempt per round (contest_entry): the ranking's source of truth, from
 * which the final ranks, the unit figures, the exports and every Redis board are computed.
 */
public final class EntryStore {
  /** One contestant's line on a board, read for a rebuild. */
  public record BoardLine(long contestantId, String fullName, String unit, int score, long durationMs, Long prediction,
                          Instant submittedAt, Integer finalRank) {
  }

  /** One contestant's totals over every round of a contest. */
  public record Totals(long contestantId, String fullName, String unit, int score, long durationMs, Long distance,
                       Instant lastSubmittedAt) {
  }

  private static final String LINE = "SELECT e.contestant_id, c.full_name, u.name, e.score, e.duration_ms, e.prediction, "
      + "e.submitted_at, e.final_rank FROM contest_entry e JOIN contestant c ON c.id = e.contestant_id "
      + "JOIN contest_unit u ON u.id = e.unit_id ";
  /** Totals per contestant: aggregated first (in contestant order, by index), named after. */
  private static final String TOTALS = "SELECT t.contestant_id, c.full_name, u.name, t.score, t.duration, t.distance, t.last "
      + "FROM (SELECT e.contestant_id, sum(e.score)::int AS score, sum(e.duration_ms)::bigint AS duration, "
      + "sum(abs(e.prediction - r.actual_figure)) FILTER (WHERE r.closed_at IS NOT NULL) AS distance, "
      + "max(e.submitted_at) AS last FROM contest_entry e JOIN contest_round r ON r.contest_id = e.contest_id "
      + "AND r.number = e.round_number WHERE %s GROUP BY e.contestant_id ORDER BY e.contestant_id LIMIT $3) t "
      + "JOIN contestant c ON c.id = t.contestant_id JOIN contest_unit u ON u.id = c.unit_id ORDER BY t.contestant_id";

  private final Pool pool;

  public EntryStore(Pool pool) {
    this.pool = pool;
  }

  public Pool pool() {
    return pool;
  }

  /**
   * Makes the attempt the contestant's entry for its round if it is their first or better than the one
   * counted (higher score, or the same score in less time). True when it became the entry.
   */
  public Future<Boolean> offer(SqlClient tx, Attempt attempt, int score, boolean perfect, long durationMs,
                               Instant submittedAt) {
    return tx.preparedQuery("INSERT INTO contest_entry (contest_id, round_number, contestant_id, unit_id, attempt_id, "
            + "score, perfect, prediction, duration_ms, submitted_at) SELECT $1, $2, $3, unit_id, $4, $5, $6, $7, $8, $9 "
            + "FROM contestant WHERE id = $3 "
            + "ON CONFLICT (contest_id, round_number, contestant_id) DO UPDATE SET attempt_id = excluded.attempt_id, "
            + "score = excluded.score, perfect = excluded.perfect, prediction = excluded.prediction, "
            + "duration_ms = excluded.duration_ms, submitted_at = excluded.submitted_at "
            + "WHERE excluded.score > contest_entry.score OR (excluded.score = contest_entry.score "
            + "AND excluded.duration_ms < contest_entry.duration_ms) RETURNING 1")
        .execute(Tuple.tuple(java.util.Arrays.asList(attempt.contestId(), attempt.round(), attempt.contestantId(),
            attempt.id(), score, perfect, attempt.prediction(), durationMs, at(submittedAt))))
        .map(rows -> rows.size() == 1);
  }

  public Future<Boolean> any(long contestId) {
    return pool.preparedQuery("SELECT EXISTS (SELECT 1 FROM contest_entry WHERE contest_id = $1)").execute(Tuple.of(contestId))
        .map(rows -> rows.iterator().next().getBoolean(0));
  }

  /** Every entry of a round, for its final ranking. */
  public Future<List<RoundEntry>> standings(SqlClient client, long contestId, int round) {
    return client.preparedQuery("SELECT contestant_id, score, prediction, duration_ms, submitted_at FROM contest_entry "
            + "WHERE contest_id = $1 AND round_number = $2").execute(Tuple.of(contestId, round))
        .map(rows -> {
          List<RoundEntry> list = new ArrayList<>(rows.size());
          rows.forEach(r -> list.add(new RoundEntry(r.getLong(0), r.getInteger(1), r.getLong(2), r.getLong(3), instant(r, 4))));
          return list;
        });
  }

  public Future<Void> saveFinalRanks(SqlClient tx, long contestId, int round, List<Ranked> ranked) {
    Long[] ids = new Long[ranked.size()];
    Integer[] ranks = new Integer[ranked.size()];
    for (int i = 0; i < ranked.size(); i++) {
      ids[i] = ranked.get(i).standing().contestantId();
      ranks[i] = ranked.get(i).rank();
    }
    return tx.preparedQuery("UPDATE contest_entry e SET final_rank = x.rank FROM unnest($3::bigint[], $4::int[]) "
            + "AS x(id, rank) WHERE e.contest_id = $1 AND e.round_number = $2 AND e.contestant_id = x.id")
        .execute(Tuple.of(contestId, round, ids, ranks)).mapEmpty();
  }

  /** A page of a round's lines in contestant order, after {@code afterId}. */
  public Future<List<BoardLine>> lines(long contestId, int round, long afterId, int limit) {
    return pool.preparedQuery(LINE + "WHERE e.contest_id = $1 AND e.round_number = $2 AND e.contestant_id > $3 "
            + "ORDER BY e.contestant_id LIMIT $4").execute(Tuple.of(contestId, round, afterId, limit))
        .map(rows -> {
          List<BoardLine> list = new ArrayList<>(rows.size());
          rows.forEach(r -> list.add(line(r)));
          return list;
        });
  }

  public Future<BoardLine> line(long contestId, int round, long contestantId) {
    return pool.preparedQuery(LINE + "WHERE e.contest_id = $1 AND e.round_number = $2 AND e.contestant_id = $3")
        .execute(Tuple.of(contestId, round, contestantId))
        .map(rows -> rows.size() == 0 ? null : line(rows.iterator().next()));
  }

  /** A page of contest totals in contestant order, after {@code afterId}. */
  public Future<List<Totals>> totals(long contestId, long afterId, int limit) {
    return pool.preparedQuery(String.format(TOTALS, "e.contest_id = $1 AND e.contestant_id > $2"))
        .execute(Tuple.of(contestId, afterId, limit))
        .map(rows -> {
          List<Totals> list = new ArrayList<>(rows.size());
          rows.forEach(r -> list.add(totals(r)));
          return list;
        });
  }

  public Future<Totals> totalsOf(long contestId, long contestantId) {
    return pool.preparedQuery(String.format(TOTALS, "e.contest_id = $1 AND e.contestant_id = $2"))
        .execute(Tuple.of(contestId, contestantId, 1))
        .map(rows -> rows.size() == 0 ? null : totals(rows.iterator().next()));
  }

  private static BoardLine line(Row r) {
    return new BoardLine(r.getLong(0), r.getString(1), r.getString(2), r.getInteger(3), r.getLong(4), r.getLong(5),
        instant(r, 6), r.getInteger(7));
  }

  private static Totals totals(Row r) {
    Object distance = r.getValue(5);
    return new Totals(r.getLong(0), r.getString(1), r.getString(2), r.getInteger(3), r.getLong(4),
        distance == null ? null : ((Number) distance).longValue(), instant(r, 6));
  }
}
