package vn.luatvui.server.game.live;

import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RedisScript;
import vn.luatvui.server.infra.RedisLink;

/**
 * Which server owns each live room: a key per game holding the owner's node name, which expires
 * unless the owner renews it. Only the owner plays the room and writes its log; when a server
 * stops it gives its rooms up, and when it dies another server takes its leases as soon as its
 * presence lapses ({@link #claimFrom}), or when they run out.
 */
final class RoomLeases {
  /** Takes the lease if it is free or already this node's: ARGV = node, milliseconds. */
  private static final RedisScript CLAIM = new RedisScript("""
      local owner = redis.call('GET', KEYS[1])
      if owner and owner ~= ARGV[1] then return 0 end
      redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
      return 1
      """, ScriptOutputType.INTEGER);
  /**
   * Takes the lease from a server found gone (ARGV[3]): only if the lease is still that server's, or
   * free, or already this node's, so of several servers that saw the owner go exactly one wins.
   * ARGV = node, milliseconds, the gone owner.
   */
  private static final RedisScript TAKE_FROM = new RedisScript("""
      local owner = redis.call('GET', KEYS[1])
      if owner and owner ~= ARGV[1] and owner ~= ARGV[3] then return 0 end
      redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
      return 1
      """, ScriptOutputType.INTEGER);
  /** Hands the lease back to ARGV[3] only if this node holds it: ARGV = node, milliseconds, the other. */
  private static final RedisScript GIVE_BACK = new RedisScript("""
      if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
      redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[2])
      return 1
      """, ScriptOutputType.INTEGER);
  /** Gives the lease up only if this node holds it: ARGV = node. */
  private static final RedisScript RELEASE = new RedisScript("""
      if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
      redis.call('DEL', KEYS[1])
      return 1
      """, ScriptOutputType.INTEGER);

  private final Vertx vertx;
  private final RedisLink redis;
  private final RedisKeys keys;
  private final String node;
  private final Duration lease;

  RoomLeases(Vertx vertx, RedisLink redis, RedisKeys keys, String node, Duration lease) {
    this.vertx = vertx;
    this.redis = redis;
    this.keys = keys;
    this.node = node;
    this.lease = lease;
  }

  /** This server's node name. */
  String node() {
    return node;
  }

  /** How long a lease lasts without renewal. */
  Duration duration() {
    return lease;
  }

  String key(long gameId) {
    return keys.grouped("game:" + gameId, "owner");
  }

  /** The lease of a game just created here: its creator plays it, whoever looked at it meanwhile. */
  Future<Void> take(long gameId) {
    return Future.fromCompletionStage(redis.async().psetex(key(gameId), lease.toMillis(), node),
        vertx.getOrCreateContext()).mapEmpty();
  }

  /** Takes the lease if nobody else holds it (renewing it when this node does); whether it is this node's now. */
  Future<Boolean> claim(long gameId) {
    return CLAIM.<Long>run(vertx, redis, new String[] {key(gameId)}, node, Long.toString(lease.toMillis()))
        .map(n -> n == 1L);
  }

  /**
   * Takes the lease of a room whose owner {@code gone} stopped answering, unless a third server was
   * quicker; whether it is this node's now. The lease's value, this server's name (new at every
   * start), is the fencing token: every write of the room's log checks it, so a server that comes
   * back after losing its rooms writes nothing more to them.
   */
  Future<Boolean> claimFrom(long gameId, String gone) {
    return TAKE_FROM.<Long>run(vertx, redis, new String[] {key(gameId)}, node, Long.toString(lease.toMillis()), gone)
        .map(n -> n == 1L);
  }

  /** Hands a lease taken from {@code previous} back to it (it had nothing to take over yet). */
  Future<Void> giveBack(long gameId, String previous) {
    return GIVE_BACK.<Long>run(vertx, redis, new String[] {key(gameId)}, node, Long.toString(lease.toMillis()), previous)
        .mapEmpty();
  }

  Future<Void> release(long gameId) {
    return RELEASE.<Long>run(vertx, redis, new String[] {key(gameId)}, node).mapEmpty();
  }

  /** The node that owns the room now, or null when nobody does. */
  Future<String> owner(long gameId) {
    return Future.fromCompletionStage(redis.async().get(key(gameId)), vertx.getOrCreateContext());
  }
}
