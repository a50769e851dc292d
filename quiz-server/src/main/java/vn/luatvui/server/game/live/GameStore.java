package vn.luatvui.server.game.live;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.server.game.room.GameQuestion;
import vn.luatvui.server.game.room.GameReport;
import vn.luatvui.server.game.room.Player;
import vn.luatvui.server.game.room.RoomState;
import vn.luatvui.server.json.Jsons;

/** Live games in PostgreSQL: the game and its PIN at creation, every player and answer at the end. */
public final class GameStore {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int PIN_ATTEMPTS = 20;

  /** A created game. */
  public record CreatedGame(long id, String pin) {
  }

  private final Pool pool;

  public GameStore(Pool pool) {
    this.pool = pool;
  }

  /** Stores a new game under a fresh PIN, unique among the games not yet over (the database decides). */
  public Future<CreatedGame> create(long hostId, long setId, String title, Object options, List<GameQuestion> questions) {
    return attempt(hostId, setId, title, Jsons.write(options), questions, PIN_ATTEMPTS);
  }

  private Future<CreatedGame> attempt(long hostId, long setId, String title, String options,
                                      List<GameQuestion> questions, int left) {
    String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
    return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO game (pin, host_id, set_id, title, options, status) "
                + "VALUES ($1, $2, $3, $4, $5::text::jsonb, 'LOBBY') RETURNING id")
            .execute(Tuple.of(pin, hostId, setId, title, options))
            .map(rows -> rows.iterator().next().getLong(0))
            .compose(id -> saveQuestions(tx, id, questions).map(new CreatedGame(id, pin))))
        .recover(e -> e instanceof PgException pg && "23505".equals(pg.getSqlState()) && left > 1
            ? attempt(hostId, setId, title, options, questions, left - 1) : Future.failedFuture(e));
  }

  private static Future<Void> saveQuestions(SqlClient tx, long gameId, List<GameQuestion> questions) {
    List<Tuple> rows = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      GameQuestion q = questions.get(i);
      rows.add(Tuple.of(gameId, i, q.questionId(), q.version(), q.timeLimitSeconds(), q.points()));
    }
    return tx.preparedQuery("INSERT INTO game_question (game_id, position, question_id, version, time_limit_seconds, "
        + "points) VALUES ($1, $2, $3, $4, $5, $6)").executeBatch(rows).mapEmpty();
  }

  public Future<Void> started(long gameId) {
    return pool.preparedQuery("UPDATE game SET status = 'RUNNING', started_at = now() WHERE id = $1 AND status = 'LOBBY'")
        .execute(Tuple.of(gameId)).mapEmpty();
  }

  /**
   * Writes every player (those who left the lobby aside; kicked ones marked), answer, answer time and
   * score, and the report, and closes the game, in one transaction.
   */
  public Future<Void> finish(long gameId, RoomState state, GameReport report) {
    // By player, not searched per player: a room of 20,000 would take seconds of its thread.
    Map<Integer, Integer> ranks = new HashMap<>();
    report.players().forEach(l -> ranks.put(l.playerId(), l.rank()));
    List<Tuple> players = new ArrayList<>();
    for (Player p : state.players()) {
      if (p.presence() == Player.Presence.LEFT) {
        continue;
      }
      players.add(Tuple.of(gameId, p.id(), p.nickname(), p.score(), p.correctCount(),
          ranks.getOrDefault(p.id(), 0), p.presence() == Player.Presence.KICKED,
          OffsetDateTime.ofInstant(Instant.ofEpochMilli(p.joinedAt()), ZoneOffset.UTC)));
    }
    List<Tuple> answers = new ArrayList<>();
    for (GameReport.PlayerLine line : report.players()) {
      for (GameReport.AnswerLine a : line.answers()) {
        answers.add(Tuple.of(gameId, line.playerId(), a.questionIndex(), a.answer(), a.correct(), a.points(),
            (int) a.timeMs()));
      }
    }
    return pool.withTransaction(tx -> batch(tx, "INSERT INTO game_player (game_id, player_id, nickname, score, correct, "
            + "final_rank, kicked, joined_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING", players)
        .compose(x -> batch(tx, "INSERT INTO game_answer (game_id, player_id, position, answer, correct, points, time_ms) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING", answers))
        .compose(x -> tx.preparedQuery("UPDATE game SET status = 'FINISHED', finished_at = now(), "
                + "report = $2::text::jsonb WHERE id = $1")
            .execute(Tuple.of(gameId, Jsons.write(report))).mapEmpty()));
  }

  /** A unit a game offers its players to name at the join: the host's organisation and the units right under it. */
  public record OfferedUnit(long id, String name) {
  }

  /** At most this many units are offered (a city's wards, a school's classes). */
  static final int OFFERED_UNITS = 300;
  private static final String OFFERED = "FROM org_staff s JOIN org_closure c ON c.ancestor_id = s.org_id AND c.depth <= 1 ";

  /** The units the games of this host offer, the host's own organisation first; none when the host has none. */
  public Future<List<OfferedUnit>> offeredUnits(long hostId) {
    return pool.preparedQuery("SELECT u.id, u.name " + OFFERED + "JOIN org_unit u ON u.id = c.descendant_id "
            + "WHERE s.user_id = $1 ORDER BY c.depth, u.name, u.id LIMIT " + OFFERED_UNITS)
        .execute(Tuple.of(hostId)).map(rows -> {
          List<OfferedUnit> units = new ArrayList<>();
          rows.forEach(r -> units.add(new OfferedUnit(r.getLong(0), r.getString(1))));
          return units;
        });
  }

  /** Keeps the unit a player named at the join, when the game offers it; another unit is not kept. */
  public Future<Void> playerUnit(long gameId, int playerId, long unitId) {
    return pool.preparedQuery("INSERT INTO game_player_unit (game_id, player_id, org_id) SELECT g.id, $2, $3 "
            + OFFERED + "JOIN game g ON g.host_id = s.user_id WHERE g.id = $1 AND c.descendant_id = $3 "
            + "ON CONFLICT DO NOTHING")
        .execute(Tuple.of(gameId, playerId, unitId)).mapEmpty();
  }

  /** A game in the host's list. */
  public record GameSummary(long id, String title, String pin, String status, OffsetDateTime createdAt,
                            OffsetDateTime finishedAt, int players) {
  }

  /** The host's games (every game for an admin), newest first. */
  public Future<List<GameSummary>> list(long hostId, boolean everyone) {
    return pool.preparedQuery("SELECT g.id, g.title, g.pin, g.status, g.created_at, g.finished_at, "
            + "(SELECT count(*) FROM game_player p WHERE p.game_id = g.id AND NOT p.kicked) "
            + "FROM game g WHERE $2 OR g.host_id = $1 ORDER BY g.id DESC LIMIT 200")
        .execute(Tuple.of(hostId, everyone)).map(rows -> {
          List<GameSummary> games = new ArrayList<>();
          rows.forEach(r -> games.add(new GameSummary(r.getLong(0), r.getString(1), r.getString(2), r.getString(3),
              r.getOffsetDateTime(4), r.getOffsetDateTime(5), r.getInteger(6))));
          return games;
        });
  }

  /** A finished game's report with the id of its host; null when there is no such report. */
  public record StoredReport(long hostId, String title, GameReport report) {
  }

  public Future<StoredReport> report(long gameId) {
    return pool.preparedQuery("SELECT host_id, title, report::text FROM game WHERE id = $1 AND report IS NOT NULL")
        .execute(Tuple.of(gameId)).map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          var r = rows.iterator().next();
          return new StoredReport(r.getLong(0), r.getString(1), Jsons.read(r.getString(2), GameReport.class));
        });
  }

  /** A game not over, as a restart finds it. */
  public record UnfinishedGame(long id, String pin, long hostId, String title) {
  }

  private static final String UNFINISHED = "SELECT id, pin, host_id, title FROM game WHERE status IN ('LOBBY', 'RUNNING')";

  public Future<List<UnfinishedGame>> unfinished() {
    return pool.query(UNFINISHED + " ORDER BY id").execute().map(GameStore::unfinishedGames);
  }

  /** The game not over with this PIN, or null. */
  public Future<UnfinishedGame> unfinishedByPin(String pin) {
    return pool.preparedQuery(UNFINISHED + " AND pin = $1").execute(Tuple.of(pin))
        .map(rows -> unfinishedGames(rows).stream().findFirst().orElse(null));
  }

  /** The game with this id if it is not over, or null. */
  public Future<UnfinishedGame> unfinishedById(long gameId) {
    return pool.preparedQuery(UNFINISHED + " AND id = $1").execute(Tuple.of(gameId))
        .map(rows -> unfinishedGames(rows).stream().findFirst().orElse(null));
  }

  private static List<UnfinishedGame> unfinishedGames(RowSet<Row> rows) {
    List<UnfinishedGame> games = new ArrayList<>();
    rows.forEach(r -> games.add(new UnfinishedGame(r.getLong(0), r.getString(1), r.getLong(2), r.getString(3))));
    return games;
  }

  /**
   * Marks a game whose room left nothing in Redis as abandoned. A game created in the last minute is
   * left alone: its room may not have saved its first state yet. Returns whether it was marked.
   */
  public Future<Boolean> abandon(long gameId) {
    return pool.preparedQuery("UPDATE game SET status = 'ABANDONED', finished_at = now() WHERE id = $1 "
            + "AND status IN ('LOBBY', 'RUNNING') AND created_at < now() - interval '1 minute'")
        .execute(Tuple.of(gameId)).map(rows -> rows.rowCount() > 0);
  }

  private static Future<Void> batch(SqlClient tx, String sql, List<Tuple> rows) {
    return rows.isEmpty() ? Future.succeededFuture() : tx.preparedQuery(sql).executeBatch(rows).mapEmpty();
  }
}
