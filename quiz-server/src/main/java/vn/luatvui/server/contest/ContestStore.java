package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.json.Jsons;

/** Contests and their rounds in PostgreSQL (units live in {@link UnitStore}). */
public final class ContestStore {
  private static final String CONTEST = "SELECT c.id, c.title, c.description, c.rules, c.organiser, c.owner_id, c.status, "
      + "c.settings::text FROM contest c ";
  private static final String ROUND = "SELECT r.contest_id, r.number, r.title, r.opens_at, r.closes_at, r.closed_at, "
      + "r.actual_figure, r.published_at FROM contest_round r ";

  private final Pool pool;

  public ContestStore(Pool pool) {
    this.pool = pool;
  }

  public Pool pool() {
    return pool;
  }

  public Future<Long> create(SqlClient tx, long ownerId, ContestDraft draft) {
    return tx.preparedQuery("INSERT INTO contest (title, description, rules, organiser, owner_id, settings) "
            + "VALUES ($1, $2, $3, $4, $5, $6::text::jsonb) RETURNING id")
        .execute(Tuple.of(draft.title(), draft.description(), draft.rules(), draft.organiser(), ownerId,
            Jsons.write(draft.settings())))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  public Future<Void> update(SqlClient tx, long id, ContestDraft draft) {
    return tx.preparedQuery("UPDATE contest SET title = $2, description = $3, rules = $4, organiser = $5, "
            + "settings = $6::text::jsonb, updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id, draft.title(), draft.description(), draft.rules(), draft.organiser(),
            Jsons.write(draft.settings())))
        .mapEmpty();
  }

  public Future<Void> publish(SqlClient tx, long id) {
    return tx.preparedQuery("UPDATE contest SET status = 'PUBLISHED', updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id)).mapEmpty();
  }

  public Future<Void> saveSettings(SqlClient tx, long id, ContestSettings settings) {
    return tx.preparedQuery("UPDATE contest SET settings = $2::text::jsonb, updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id, Jsons.write(settings))).mapEmpty();
  }

  /** The contest, or null. */
  public Future<Contest> find(SqlClient client, long id) {
    return client.preparedQuery(CONTEST + "WHERE c.id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : contest(rows.iterator().next()));
  }

  /** Published contests and, for {@code ownerId}, their drafts (every contest when {@code everything}). */
  public Future<List<Contest>> list(Long ownerId, boolean everything) {
    return pool.preparedQuery(CONTEST + "WHERE (c.status = 'PUBLISHED' OR $2 OR c.owner_id = $1) AND c.status <> 'COURSE' ORDER BY c.id DESC LIMIT 200")
        .execute(Tuple.of(ownerId, everything)).map(rows -> {
          List<Contest> list = new ArrayList<>();
          rows.forEach(r -> list.add(contest(r)));
          return list;
        });
  }

  public Future<List<Round>> rounds(SqlClient client, long contestId) {
    return client.preparedQuery(ROUND + "WHERE r.contest_id = $1 ORDER BY r.number").execute(Tuple.of(contestId))
        .map(rows -> {
          List<Round> list = new ArrayList<>();
          rows.forEach(r -> list.add(round(r)));
          return list;
        });
  }

  /** The round, locked until the transaction ends when {@code lock} (closing takes it for update). */
  public Future<Round> round(SqlClient client, long contestId, int number, String lock) {
    return client.preparedQuery(ROUND + "WHERE r.contest_id = $1 AND r.number = $2 " + lock)
        .execute(Tuple.of(contestId, number))
        .map(rows -> rows.size() == 0 ? null : round(rows.iterator().next()));
  }

  /** Rounds past their closing time that nobody has closed yet. */
  public Future<List<Round>> dueForClosing(Instant now) {
    return pool.preparedQuery(ROUND + "WHERE r.closed_at IS NULL AND r.closes_at <= $1 ORDER BY r.closes_at LIMIT 20")
        .execute(Tuple.of(at(now))).map(rows -> {
          List<Round> list = new ArrayList<>();
          rows.forEach(r -> list.add(round(r)));
          return list;
        });
  }

  /** How many have registered, and taken part in each round (counted; callers cache it). */
  public Future<ContestCounts.Counts> counts(long contestId) {
    return pool.preparedQuery("SELECT count(*) FROM contestant WHERE contest_id = $1").execute(Tuple.of(contestId))
        .compose(registered -> pool.preparedQuery("SELECT round_number, count(*) FROM contest_entry WHERE contest_id = $1 "
                + "GROUP BY round_number").execute(Tuple.of(contestId))
            .map(rows -> {
              java.util.Map<Integer, Long> participants = new java.util.HashMap<>();
              rows.forEach(r -> participants.put(r.getInteger(0), r.getLong(1)));
              return new ContestCounts.Counts(registered.iterator().next().getLong(0), participants);
            }));
  }

  public Future<Void> upsertRound(SqlClient tx, long contestId, RoundDraft round) {
    return tx.preparedQuery("INSERT INTO contest_round (contest_id, number, title, opens_at, closes_at) "
            + "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (contest_id, number) DO UPDATE SET title = excluded.title, "
            + "opens_at = excluded.opens_at, closes_at = excluded.closes_at")
        .execute(Tuple.of(contestId, round.number(), round.title(), at(round.opensAt()), at(round.closesAt())))
        .mapEmpty();
  }

  public Future<Void> deleteRounds(SqlClient tx, long contestId, List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return Future.succeededFuture();
    }
    return tx.preparedQuery("DELETE FROM contest_round WHERE contest_id = $1 AND number = ANY($2)")
        .execute(Tuple.of(contestId, (Object) numbers.toArray(Integer[]::new))).mapEmpty();
  }

  /** Cuts a round short: it stops taking attempts now and attempts in progress end now at the latest. */
  public Future<Void> endNow(SqlClient tx, long contestId, int number, Instant now) {
    return tx.preparedQuery("UPDATE contest_round SET closes_at = LEAST(closes_at, $3) WHERE contest_id = $1 AND number = $2")
        .execute(Tuple.of(contestId, number, at(now)))
        .compose(x -> tx.preparedQuery("UPDATE contest_attempt SET deadline = LEAST(deadline, $3) WHERE contest_id = $1 "
            + "AND round_number = $2 AND submitted_at IS NULL").execute(Tuple.of(contestId, number, at(now))))
        .mapEmpty();
  }

  public Future<Void> markClosed(SqlClient tx, long contestId, int number, Long actualFigure, Instant now) {
    return tx.preparedQuery("UPDATE contest_round SET closed_at = $3, actual_figure = $4 WHERE contest_id = $1 AND number = $2")
        .execute(Tuple.tuple(java.util.Arrays.asList(contestId, number, at(now), actualFigure))).mapEmpty();
  }

  public Future<Void> markPublished(long contestId, int number) {
    return pool.preparedQuery("UPDATE contest_round SET published_at = now() WHERE contest_id = $1 AND number = $2")
        .execute(Tuple.of(contestId, number)).mapEmpty();
  }

  /**
   * Those of the question sets that the user may not draw a contest from: sets that do not exist, and
   * sets neither their own nor shared with every host, with them, or with this contest (an admin may use
   * every set). {@code contestId} is null for a contest not created yet.
   */
  public Future<List<Long>> unavailableSets(List<Long> setIds, long userId, boolean admin, Long contestId) {
    if (setIds.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery("SELECT id FROM unnest($1::bigint[]) AS wanted(id) WHERE NOT EXISTS (SELECT 1 "
            + "FROM question_set s WHERE s.id = wanted.id AND ($3 OR s.owner_id = $2 OR s.shared OR s.shared_user_id = $2 "
            + "OR s.shared_contest_id = $4)) ORDER BY id")
        .execute(Tuple.tuple(java.util.Arrays.asList(setIds.toArray(Long[]::new), userId, admin, contestId))).map(rows -> {
          List<Long> list = new ArrayList<>();
          rows.forEach(r -> list.add(r.getLong(0)));
          return list;
        });
  }

  /** When the contest's last round closed; null while a round is still to close (or there is none). */
  public Future<Instant> lastClosedAt(long contestId) {
    return pool.preparedQuery("SELECT CASE WHEN bool_and(closed_at IS NOT NULL) THEN max(closed_at) END "
            + "FROM contest_round WHERE contest_id = $1").execute(Tuple.of(contestId))
        .map(rows -> instant(rows.iterator().next(), 0));
  }

  static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(Row row, int column) {
    OffsetDateTime t = row.getOffsetDateTime(column);
    return t == null ? null : t.toInstant();
  }

  private static Contest contest(Row r) {
    return new Contest(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
        Contest.Status.valueOf(r.getString(6)), Jsons.read(r.getString(7), ContestSettings.class));
  }

  private static Round round(Row r) {
    return new Round(r.getLong(0), r.getInteger(1), r.getString(2), instant(r, 3), instant(r, 4), instant(r, 5),
        r.getLong(6), instant(r, 7) != null);
  }
}
