package vn.luatvui.server.game.live;

import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.game.room.GameReport;
import vn.luatvui.server.game.room.Phase;
import vn.luatvui.server.game.room.Room;

/**
 * What a room leaves behind as its phases change: the game marked started, a snapshot in Redis
 * between questions (not as a question opens: the question is going out to every player then, and
 * the few commands logged since replay in no time), the leaderboard after each reveal and at the
 * podium, and every player, answer and the report in PostgreSQL when it is over.
 */
final class RoomRecords {
  private static final Logger LOG = LoggerFactory.getLogger(RoomRecords.class);

  private final long gameId;
  private final GameStore store;
  private final CommandLog log;
  private final Leaderboard leaderboard;

  RoomRecords(long gameId, GameStore store, CommandLog log, Leaderboard leaderboard) {
    this.gameId = gameId;
    this.store = store;
    this.log = log;
    this.leaderboard = leaderboard;
  }

  /** After the room left {@code before}; the snapshot's outcome (failed with RoomLost when the room is no longer ours). */
  Future<Void> phaseChanged(Phase before, Room room) {
    if (before == Phase.LOBBY) {
      store.started(gameId).onFailure(e -> LOG.warn("Game {}: marking it started failed", gameId, e));
    }
    if (room.phase().timed()) {
      return Future.succeededFuture();
    }
    var state = room.snapshot();
    Future<Void> snapshot = log.snapshot(state);
    if (room.phase() == Phase.REVEAL || room.phase() == Phase.PODIUM) {
      leaderboard.publish(state.players()).onFailure(e -> LOG.warn("Game {}: leaderboard to Redis failed", gameId, e));
    }
    if (room.phase() == Phase.FINISHED) {
      store.finish(gameId, state, GameReport.from(state))
          .onSuccess(v -> LOG.info("Game {} finished: {} player(s) and their answers saved", gameId,
              state.players().size()))
          .onFailure(e -> LOG.error("Game {}: saving the results failed", gameId, e));
    }
    return snapshot;
  }
}
