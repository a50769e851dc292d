package vn.luatvui.server.game.live;

import io.lettuce.core.api.StatefulRedisConnection;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.luatvui.server.game.room.GameSetup;
import vn.luatvui.server.game.room.Room;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.metrics.Meters;

/** The live rooms this server owns, by game id and by PIN. */
public final class RoomHub {
  private static final Duration KEEP_FINISHED = Duration.ofMinutes(10);

  private final Vertx vertx;
  private final GameStore store;
  private final StatefulRedisConnection<String, String> redis;
  private final RedisKeys keys;
  private final Meters meters;
  private final Map<Long, LiveRoom> byId = new ConcurrentHashMap<>();
  private final Map<String, LiveRoom> byPin = new ConcurrentHashMap<>();

  public RoomHub(Vertx vertx, GameStore store, StatefulRedisConnection<String, String> redis, RedisKeys keys,
                 Meters meters) {
    this.vertx = vertx;
    this.store = store;
    this.redis = redis;
    this.keys = keys;
    this.meters = meters;
  }

  /** Opens the room of a new game on a thread of its own. */
  Future<LiveRoom> open(LiveGame game, GameSetup setup) {
    return open(game, Room.create(setup));
  }

  /**
   * After a restart: reopens every game not over from its snapshot and logged commands, so players
   * reconnect with their tokens and continue with their scores. A game with nothing in Redis is
   * marked abandoned. Returns how many were reopened.
   */
  public Future<Integer> resume(Function<Set<String>, Future<Map<String, String>>> documentNames, URI publicBaseUrl) {
    return store.unfinished().compose(games -> {
      Future<Integer> chain = Future.succeededFuture(0);
      for (GameStore.UnfinishedGame g : games) {
        chain = chain.compose(n -> log(g.id()).restore().compose(room -> {
          if (room == null) {
            return store.abandon(g.id()).map(n);
          }
          Set<String> cited = new HashSet<>();
          room.setup().questions().forEach(q -> cited.addAll(q.content().citedDocuments()));
          return documentNames.apply(cited).compose(names -> open(new LiveGame(g.id(), g.pin(), g.title(),
              LiveGame.joinUrl(publicBaseUrl, g.pin()), room.setup().questionCount(), g.hostId(), names), room))
              .map(n + 1);
        }));
      }
      return chain;
    });
  }

  private Future<LiveRoom> open(LiveGame game, Room state) {
    LiveRoom room = new LiveRoom(game, state, store, log(game.id()),
        new Leaderboard(redis, keys.of("game", Long.toString(game.id()), "leaderboard")), meters);
    return vertx.deployVerticle(room).map(id -> {
      byId.put(game.id(), room);
      byPin.put(game.pin(), room);
      vertx.setPeriodic(KEEP_FINISHED.toMillis(), KEEP_FINISHED.toMillis(), timer -> {
        if (room.finished()) {
          vertx.cancelTimer(timer);
          close(room, id);
        }
      });
      return room;
    });
  }

  private CommandLog log(long gameId) {
    return new CommandLog(vertx, redis, keys.of("game", Long.toString(gameId), "state"), keys.of("game", Long.toString(gameId),
        "log"));
  }

  LiveRoom byPin(String pin) {
    return pin == null ? null : byPin.get(pin);
  }

  LiveRoom byId(long id) {
    return byId.get(id);
  }

  private void close(LiveRoom room, String deploymentId) {
    byId.remove(room.game().id());
    byPin.remove(room.game().pin(), room);
    vertx.undeploy(deploymentId);
  }

  /** For the metrics and tests: how many rooms are open. */
  public int size() {
    return byId.size();
  }
}
