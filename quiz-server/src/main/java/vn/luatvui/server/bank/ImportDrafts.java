package vn.luatvui.server.bank;

import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.formats.RowFix;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RedisLink;
import vn.luatvui.server.infra.RedisScript;
import vn.luatvui.server.json.Jsons;

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
  /**
   * At most this much fixed-row text per user over all the imports kept (a real row is a few KB, so
   * thousands of rows); the count starts again a day after the user's last fix at the latest.
   */
  static final long MAX_BYTES_PER_USER = 20L * 1024 * 1024;
  /**
   * KEYS: the import's fixes, the user's budget. ARGV: row, cells, seconds kept, rows allowed, bytes
   * allowed. 1 kept, 0 too many rows in this import, -1 over the user's bytes.
   */
  private static final RedisScript KEEP_SCRIPT = new RedisScript("""
      local old = redis.call('HSTRLEN', KEYS[1], ARGV[1])
      if old == 0 and redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
      local delta = string.len(ARGV[2]) - old
      local used = tonumber(redis.call('HGET', KEYS[2], 'bytes') or '0')
      if delta > 0 and used + delta > tonumber(ARGV[5]) then return -1 end
      redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
      redis.call('EXPIRE', KEYS[1], ARGV[3])
      redis.call('HINCRBY', KEYS[2], 'bytes', delta)
      redis.call('EXPIRE', KEYS[2], ARGV[3])
      return 1
      """, ScriptOutputType.INTEGER);
  /** KEYS: the import's fixes, the user's budget. Forgets the fixes and gives their bytes back. */
  private static final RedisScript FORGET_SCRIPT = new RedisScript("""
      local freed = 0
      for _, cells in ipairs(redis.call('HVALS', KEYS[1])) do freed = freed + string.len(cells) end
      redis.call('DEL', KEYS[1])
      if freed > 0 and redis.call('EXISTS', KEYS[2]) == 1 then redis.call('HINCRBY', KEYS[2], 'bytes', -freed) end
      return freed
      """, ScriptOutputType.INTEGER);

  /** What became of a fixed row given to {@link #keep}. */
  enum Kept { KEPT, TOO_MANY_ROWS, TOO_MANY_BYTES }
  private static final long PROGRESS_EVERY_MS = 200;

  /** How far an import has gone: reading the file, checking the rows, writing the questions, or done. */
  record Progress(String phase, int rows) {
  }

  private final Vertx vertx;
  private final RedisLink redis;
  private final RedisKeys keys;
  private final int maxFixes;
  private final long maxBytesPerUser;

  ImportDrafts(Vertx vertx, RedisLink redis, RedisKeys keys) {
    this(vertx, redis, keys, MAX_FIXES, MAX_BYTES_PER_USER);
  }

  ImportDrafts(Vertx vertx, RedisLink redis, RedisKeys keys, int maxFixes, long maxBytesPerUser) {
    this.vertx = vertx;
    this.redis = redis;
    this.keys = keys;
    this.maxFixes = maxFixes;
    this.maxBytesPerUser = maxBytesPerUser;
  }

  /**
   * Keeps a fixed row of the import in place of any earlier fix of the same row, in one step in Redis
   * (two requests at once cannot pass a limit together). Refused, with nothing kept, when the import
   * already holds {@link #MAX_FIXES} other fixed rows, or when the user's fixed rows of all imports
   * would pass {@link #MAX_BYTES_PER_USER} (the limits given to the constructor).
   */
  Future<Kept> keep(long user, String importId, RowFix fix) {
    String[] keys = {fixesKey(user, importId), budgetKey(user)};
    return KEEP_SCRIPT.<Long>run(vertx, redis, keys, String.valueOf(fix.row()), Jsons.write(fix.cells()),
        String.valueOf(FIXES_KEPT.toSeconds()), String.valueOf(maxFixes), String.valueOf(maxBytesPerUser))
        .map(answer -> answer == 1 ? Kept.KEPT : answer == 0 ? Kept.TOO_MANY_ROWS : Kept.TOO_MANY_BYTES);
  }

  /** The rows fixed so far, by row (none for no import id). */
  Future<List<RowFix>> fixes(long user, String importId) {
    if (importId == null) {
      return Future.succeededFuture(List.of());
    }
    return Future.fromCompletionStage(redis.async().hgetall(fixesKey(user, importId)), vertx.getOrCreateContext())
        .map(all -> all.entrySet().stream().limit(MAX_FIXES)
            .map(e -> new RowFix(Integer.parseInt(e.getKey()), cells(e.getValue())))
            .sorted(Comparator.comparingInt(RowFix::row)).toList());
  }

  /** Forgets the fixes once the import is written. */
  Future<Void> forget(long user, String importId) {
    if (importId == null) {
      return Future.succeededFuture();
    }
    return FORGET_SCRIPT.run(vertx, redis, new String[] {fixesKey(user, importId), budgetKey(user)}).mapEmpty();
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

  /** A user's fixes and budget share a hash tag, so one script may use both (one slot in a cluster). */
  private String fixesKey(long user, String importId) {
    return keys.grouped("import:" + user, importId, "fixes");
  }

  private String budgetKey(long user) {
    return keys.grouped("import:" + user, "budget");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> cells(String json) {
    return Jsons.read(json, Map.class);
  }
}
