package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.formats.RowFix;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.infra.RedisLink;

/**
 * What the import wizard keeps between its calls, in Redis so that any server instance answers: the
 * rows the user fixed in the preview (until the import is committed or a day has passed) and how far
 * the server has read the file. Keyed by the user and the wizard's import id, so one user never sees
 * another's. Nothing here is trusted at commit: fixed rows are read again with the import's rules.
 */
final class ImportDrafts {
  static final Duration FIXES_KEPT = Duration.ofDays(1);
  static final Duration PROGRESS_KEPT = Duration.ofMinutes(10);
  /** At most this many fixed rows per import (the preview offers at most as many rows to fix). */
  static final int MAX_FIXES = 1000;
  private static final long PROGRESS_EVERY_MS = 200;

  /** How far an import has gone: reading the file, checking the rows, writing the questions, or done. */
  record Progress(String phase, int rows) {
  }

  private final Vertx vertx;
  private final RedisLink redis;
  private final RedisKeys keys;

  ImportDrafts(Vertx vertx, RedisLink redis, RedisKeys keys) {
    this.vertx = vertx;
    this.redis = redis;
    this.keys = keys;
  }

  /**
   * Keeps a fixed row of the import in place of any earlier fix of the same row; false (nothing kept)
   * when the import already holds {@link #MAX_FIXES} other fixed rows.
   */
  Future<Boolean> keep(long user, String importId, RowFix fix) {
    String key = keys.of("import", String.valueOf(user), importId, "fixes");
    String row = String.valueOf(fix.row());
    var redisAsync = redis.async();
    return Future.fromCompletionStage(redisAsync.hexists(key, row).thenCombine(redisAsync.hlen(key),
            (present, count) -> present || count < MAX_FIXES)
        .thenCompose(room -> !room ? java.util.concurrent.CompletableFuture.completedFuture(false)
            : redisAsync.hset(key, row, Jsons.write(fix.cells()))
                .thenCompose(x -> redisAsync.expire(key, FIXES_KEPT.toSeconds())).thenApply(x -> true)),
        vertx.getOrCreateContext());
  }

  /** The rows fixed so far, by row (none for no import id). */
  Future<List<RowFix>> fixes(long user, String importId) {
    if (importId == null) {
      return Future.succeededFuture(List.of());
    }
    String key = keys.of("import", String.valueOf(user), importId, "fixes");
    return Future.fromCompletionStage(redis.async().hgetall(key), vertx.getOrCreateContext())
        .map(all -> all.entrySet().stream().limit(MAX_FIXES)
            .map(e -> new RowFix(Integer.parseInt(e.getKey()), cells(e.getValue())))
            .sorted(Comparator.comparingInt(RowFix::row)).toList());
  }

  /** Forgets the fixes once the import is written. */
  Future<Void> forget(long user, String importId) {
    if (importId == null) {
      return Future.succeededFuture();
    }
    return Future.fromCompletionStage(redis.async().del(keys.of("import", String.valueOf(user), importId, "fixes")),
        vertx.getOrCreateContext()).mapEmpty();
  }

  /**
   * A listener of the rows read that records them at most every 200 ms (called on a worker thread;
   * the writes are not awaited, a lost one only delays the bar).
   */
  java.util.function.IntConsumer reader(long user, String importId) {
    if (importId == null) {
      return rows -> { };
    }
    long[] last = {0};
    return rows -> {
      long now = System.currentTimeMillis();
      if (now - last[0] >= PROGRESS_EVERY_MS) {
        last[0] = now;
        report(user, importId, new Progress("reading", rows));
      }
    };
  }

  /** Records how far the import has gone (not awaited). */
  void report(long user, String importId, Progress progress) {
    if (importId != null) {
      redis.async().setex(keys.of("import", String.valueOf(user), importId, "progress"), PROGRESS_KEPT.toSeconds(),
          Jsons.write(progress));
    }
  }

  /** How far the import has gone; "waiting" before the server starts reading it. */
  Future<Progress> progress(long user, String importId) {
    return Future.fromCompletionStage(redis.async().get(keys.of("import", String.valueOf(user), importId, "progress")),
        vertx.getOrCreateContext()).map(json -> json == null ? new Progress("waiting", 0) : Jsons.read(json, Progress.class));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> cells(String json) {
    return Jsons.read(json, Map.class);
  }
}
