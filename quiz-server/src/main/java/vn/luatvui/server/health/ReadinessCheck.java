package vn.luatvui.server.health;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;
import vn.luatvui.server.metrics.Meters;
import vn.luatvui.server.infra.RedisLink;

/** Asks PostgreSQL and Redis whether they answer, each within a short deadline. */
public final class ReadinessCheck {
  private static final long DEADLINE_MS = 1500;

  private final Vertx vertx;
  private final Pool pool;
  private final RedisLink redis;
  private final Meters meters;

  public ReadinessCheck(Vertx vertx, Pool pool, RedisLink redis, Meters meters) {
    this.vertx = vertx;
    this.pool = pool;
    this.redis = redis;
    this.meters = meters;
  }

  public Future<Readiness> check() {
    Future<Boolean> postgres = answers(pool.query("SELECT 1").execute());
    Future<Boolean> cache = answers(Future.fromCompletionStage(redis.async().ping(), vertx.getOrCreateContext()));
    return Future.join(postgres, cache).transform(ignored -> {
      Readiness readiness = new Readiness(postgres.result(), cache.result());
      meters.dependencies(readiness.postgresql(), readiness.redis());
      return Future.succeededFuture(readiness);
    });
  }

  private static Future<Boolean> answers(Future<?> probe) {
    return probe.timeout(DEADLINE_MS, TimeUnit.MILLISECONDS).map(true).otherwise(false);
  }
}
