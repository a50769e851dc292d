package vn.luatvui.server.reach;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RedisLink;

/**
 * Anonymous reads of the public lookup and the reader, counted per month in Redis (one increment, no
 * address and nothing about the reader kept) and copied to PostgreSQL by the rollup. They are visits, not
 * people: one person reading ten articles is ten visits.
 */
public final class Visits {
  /** The public reads counted as visits: the question lookup and the legal store's reader and search. */
  public static final Set<String> COUNTED = Set.of("publicQuestions", "lawArticle", "lawDocument", "lawSearch",
      "lawArticleQuestions");
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Vertx vertx;
  private final RedisLink redis;
  private final String key;

  public Visits(Vertx vertx, RedisLink redis, RedisKeys keys) {
    this.vertx = vertx;
    this.redis = redis;
    this.key = keys.of("reach", "visits");
  }

  /** Counts one read of {@code operation} when it is a counted one; never fails the read. */
  public void read(String operation) {
    if (COUNTED.contains(operation)) {
      redis.async().hincrby(key, YearMonth.now(VIETNAM).toString(), 1);
    }
  }

  /** Visits by month ({@code 2026-12}). */
  Future<Map<String, Long>> byMonth() {
    return Future.fromCompletionStage(redis.async().hgetall(key), vertx.getOrCreateContext()).map(all -> {
      Map<String, Long> out = new TreeMap<>();
      all.forEach((month, n) -> out.put(month, Long.parseLong(n)));
      return out;
    });
  }
}
