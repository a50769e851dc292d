package vn.luatvui.server.support;

import io.lettuce.core.KeyScanArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.UUID;

/** A key prefix of its own on the local Redis for one test class; its keys are deleted afterwards. */
public final class TestRedis implements AutoCloseable {
  public static final String URI = "redis://127.0.0.1:6379/0";

  private final String prefix = "luatvui-test:" + UUID.randomUUID().toString().substring(0, 8) + ":";

  public String prefix() {
    return prefix;
  }

  @Override
  public void close() {
    RedisClient client = RedisClient.create(URI);
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      ScanIterator.scan(c.sync(), KeyScanArgs.Builder.matches(prefix + "*").limit(500))
          .forEachRemaining(key -> c.sync().del(key));
    } finally {
      client.shutdown();
    }
  }
}
