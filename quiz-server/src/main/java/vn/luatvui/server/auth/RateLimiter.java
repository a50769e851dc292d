package vn.luatvui.server.auth;

import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RedisLink;

/**
 * Sliding-window request limits kept in Redis, so they hold across server instances. Each key is a
 * sorted set of the attempts counted in the last window (scored by Redis's own clock); a check and
 * its count are one Lua script, so parallel requests cannot all pass a check before any is counted,
 * and no window edge lets twice the limit through. When Redis does not answer, requests are let
 * through rather than locking everyone out.
 */
public final class RateLimiter {
  /**
   * KEYS: the limits' keys; ARGV: the attempt's id, then a limit and a window in ms per key.
   * Counts the attempt under every key when all have room; returns 0 then, else the 1-based index
   * of the first key that is full (nothing is counted). Called with one key at a time.
   */
  private static final String ACQUIRE = """
      local t = redis.call('TIME')
      local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
      for i, key in ipairs(KEYS) do
        local window = tonumber(ARGV[2 * i + 1])
        redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
        if redis.call('ZCARD', key) >= tonumber(ARGV[2 * i]) then
          return i
        end
      end
      for i, key in ipairs(KEYS) do
        redis.call('ZADD', key, now, ARGV[1])
        redis.call('PEXPIRE', key, tonumber(ARGV[2 * i + 1]))
      end
      return 0
      """;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One limit: at most {@code limit} attempts by the subject in any {@code window}. */
  public record Limit(String action, String subject, int limit, Duration window) {
  }

  /** Attempts counted together; {@link #refund} takes them back (a sign-in that succeeded). */
  public record Permit(List<String> keys, String id) {
  }

  /** The answer to {@link #acquire}: a permit, or the limit that was full. */
  public record Outcome(Permit permit, Limit refusedBy) {
    public boolean allowed() {
      return refusedBy == null;
    }
  }

  private final Vertx vertx;
  private final RedisLink redis;
  private final RedisKeys keys;

  public RateLimiter(Vertx vertx, RedisLink redis, RedisKeys keys) {
    this.vertx = vertx;
    this.redis = redis;
    this.keys = keys;
  }

  /** Counts one attempt for the subject, atomically; true while it stays within the limit for the window. */
  public Future<Boolean> allow(String action, String subject, int limit, Duration window) {
    return acquire(List.of(new Limit(action, subject, limit, window))).map(Outcome::allowed);
  }

  /**
   * Counts one attempt under every limit, or under none when one of them is full. Each limit is its own
   * Redis key, checked and counted by one script call (several keys in one call would need one hash
   * slot under Redis Cluster): the calls run side by side, and when one limit is full the counts made
   * under the others are taken back. So no limit ever lets more through than it allows; at worst a
   * parallel attempt is refused for a count taken back a moment later. When Redis fails, the attempt is
   * allowed without a permit to refund.
   */
  public Future<Outcome> acquire(List<Limit> limits) {
    String id = HexFormat.of().formatHex(randomBytes());
    String[] keyArray = limits.stream().map(l -> key(l.action(), l.subject())).toArray(String[]::new);
    Permit permit = new Permit(List.of(keyArray), id);
    var commands = redis.async();
    var context = vertx.getOrCreateContext();
    List<Future<Long>> counted = new java.util.ArrayList<>(limits.size());
    for (int i = 0; i < limits.size(); i++) {
      Limit limit = limits.get(i);
      counted.add(Future.fromCompletionStage(commands.<Long>eval(ACQUIRE, ScriptOutputType.INTEGER,
          new String[] {keyArray[i]}, id, Integer.toString(limit.limit()),
          Long.toString(Math.max(1, limit.window().toMillis()))), context));
    }
    return Future.all(counted).compose(all -> {
      for (int i = 0; i < limits.size(); i++) {
        if (counted.get(i).result() != 0) {
          return refund(permit).map(new Outcome(null, limits.get(i)));
        }
      }
      return Future.succeededFuture(new Outcome(permit, null));
    }, failed -> refund(permit).map(new Outcome(null, null)));
  }

  /** Takes back the attempts of a permit (a successful sign-in does not use up a budget). */
  public Future<Void> refund(Permit permit) {
    if (permit == null) {
      return Future.succeededFuture();
    }
    var commands = redis.async();
    return Future.join(permit.keys().stream()
            .map(k -> Future.fromCompletionStage(commands.zrem(k, permit.id()), vertx.getOrCreateContext()))
            .toList())
        .<Void>mapEmpty().otherwiseEmpty();
  }

  /**
   * A guess at a secret (a code, a password) under a limit on wrong guesses: counted before it is
   * checked, so parallel guesses cannot pass the limit, and taken back when the check finds it right
   * (a non-null result), so only wrong guesses use up the budget. Past the limit the check does not
   * run and the future fails with {@code whenFull}.
   */
  public <T> Future<T> guess(Limit limit, Supplier<Future<T>> check, Supplier<? extends Throwable> whenFull) {
    return acquire(List.of(limit)).compose(attempt -> {
      if (!attempt.allowed()) {
        return Future.failedFuture(whenFull.get());
      }
      return check.get().compose(found -> found == null ? Future.succeededFuture(null)
          : refund(attempt.permit()).map(found));
    });
  }

  private String key(String action, String subject) {
    return keys.of("rate", action, subject);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
