package vn.luatvui.server.infra;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Lua script run by its SHA-1 digest ({@code EVALSHA}), sent whole only when Redis does not know it
 * yet (after a restart or a {@code SCRIPT FLUSH}). The result completes on the caller's Vert.x context.
 */
public final class RedisScript {
  /** A write was not confirmed by enough replicas in time: it may not survive a failover, so it is not acknowledged. */
  public static final class NotReplicated extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NotReplicated(long confirmed, int wanted) {
      super("Redis write confirmed by " + confirmed + " of " + wanted + " replica(s) in time");
    }
  }

  private final String source;
  private final String sha;
  private final ScriptOutputType output;

  public RedisScript(String source, ScriptOutputType output) {
    this.source = source;
    this.sha = sha1(source);
    this.output = output;
  }

  public <T> Future<T> run(Vertx vertx, RedisLink redis, String[] keys, String... args) {
    var commands = redis.async();
    var context = vertx.getOrCreateContext();
    return Future.<T>fromCompletionStage(commands.<T>evalsha(sha, output, keys, args), context)
        .recover(e -> e instanceof RedisNoScriptException || (e.getMessage() != null && e.getMessage().startsWith("NOSCRIPT"))
            ? Future.<T>fromCompletionStage(commands.<T>eval(source, output, keys, args), context)
            : Future.failedFuture(e));
  }

  /**
   * Runs the script by sending its source every time ({@code EVAL}; Redis still reuses the compiled
   * script), for calls that must take effect in the order they were made: a digest unknown to Redis
   * would send one call round again while later ones overtake it. On a connection that asks for it
   * ({@link RedisLink#confirmingWrites}), the result is given only once enough replicas hold the write
   * ({@code WAIT}), so what was acknowledged survives the primary's failover; otherwise the future
   * fails with {@link NotReplicated}.
   */
  public <T> Future<T> runInOrder(Vertx vertx, RedisLink redis, String[] keys, String... args) {
    var context = vertx.getOrCreateContext();
    if (!redis.cluster()) {
      // Sent now, so that calls made one after the other reach Redis in that order.
      return runInOrderOn(redis.async(), context, redis.confirm(), keys, args);
    }
    return Future.fromCompletionStage(redis.toServerOf(keys[0]), context)
        .compose(commands -> runInOrderOn(commands, context, redis.confirm(), keys, args));
  }

  private <T> Future<T> runInOrderOn(RedisClusterAsyncCommands<String, String> commands, Context context,
                                     RedisLink.Confirm confirm, String[] keys, String... args) {
    Future<T> result = Future.fromCompletionStage(commands.<T>eval(source, output, keys, args), context);
    if (confirm == null) {
      return result;
    }
    // Sent right behind the script on the same connection, so it covers it.
    Future<Long> replicated = Future.fromCompletionStage(commands.waitForReplication(confirm.replicas(),
        confirm.timeout().toMillis()), context);
    return result.compose(value -> replicated.compose(n -> n >= confirm.replicas() ? Future.succeededFuture(value)
        : Future.failedFuture(new NotReplicated(n, confirm.replicas()))));
  }

  private static String sha1(String script) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
