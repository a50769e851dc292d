package vn.luatvui.server.auth;

import io.lettuce.core.api.StatefulRedisConnection;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import vn.luatvui.server.infra.RedisKeys;

/**
 * Fixed-window request limits kept in Redis, so they hold across server instances.
 * When Redis does not answer, requests are let through rather than locking everyone out.
 */
public final class RateLimiter {
  private final Vertx vertx;
  private final StatefulRedisConnection<String, String> redis;
  private final RedisKeys keys;

  public RateLimiter(Vertx vertx, StatefulRedisConnection<String, String> redis, RedisKeys keys) {
    this.vertx = vertx;
    this.redis = redis;
    this.keys = keys;
  }

  /** Counts one attempt for the subject; true while the count stays within the limit for the window. */
  public Future<Boolean> allow(String action, String subject, int limit, Duration window) {
    return record(action, subject, window).map(count -> count <= limit).otherwise(true);
  }

  /** Whether the subject has already used up the window's attempts (without counting a new one). */
  public Future<Boolean> exhausted(String action, String subject, int limit, Duration window) {
    return Future.fromCompletionStage(redis.async().get(key(action, subject, window)), vertx.getOrCreateContext())
        .map(count -> count != null && Long.parseLong(count) >= limit)
        .otherwise(false);
  }

  /** Counts one attempt; returns the count so far in this window. */
  public Future<Long> record(String action, String subject, Duration window) {
    String key = key(action, subject, window);
    var commands = redis.async();
    return Future.fromCompletionStage(commands.incr(key), vertx.getOrCreateContext()).onSuccess(count -> {
      if (count == 1) {
        commands.pexpire(key, window.toMillis() + 1000);
      }
    });
  }

  private String key(String action, String subject, Duration window) {
    long slot = System.currentTimeMillis() / window.toMillis();
    return keys.of("rate", action, subject, Long.toString(slot));
  }
}
