package vn.luatvui.server.game.live;

import io.lettuce.core.ScoredValue;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.game.room.Player;
import vn.luatvui.server.infra.RedisLink;

/**
 * A live game's leaderboard in a Redis sorted set, refreshed after every question, for screens and
 * servers outside the room. Member: the player id; score: {@code points × 10⁶ + (10⁶ − rank)}, so the
 * set orders exactly as the room ranks (ties included) and the points are {@code floor(score / 10⁶)}.
 */
final class Leaderboard {
  static final long RANK_SLOTS = 1_000_000L;

  private final RedisLink redis;
  private final String key;

  Leaderboard(RedisLink redis, String key) {
    this.redis = redis;
    this.key = key;
  }

  /** Replaces the board with the ranked players (kicked players and those who left the lobby are out). */
  Future<Void> publish(List<Player> players) {
    List<ScoredValue<String>> entries = new ArrayList<>(players.size());
    for (Player p : players) {
      if (p.active() && p.rank() > 0) {
        entries.add(ScoredValue.just(score(p.score(), p.rank()), Integer.toString(p.id())));
      }
    }
    var commands = redis.async();
    commands.del(key);
    if (entries.isEmpty()) {
      return Future.succeededFuture();
    }
    @SuppressWarnings("unchecked")
    ScoredValue<String>[] values = entries.toArray(ScoredValue[]::new);
    return Future.fromCompletionStage(commands.zadd(key, values)).mapEmpty();
  }

  static double score(int points, int rank) {
    return points * (double) RANK_SLOTS + (RANK_SLOTS - Math.min(rank, RANK_SLOTS - 1));
  }
}
