package vn.luatvui.server.support;

import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.luatvui.server.infra.FreePort;

/**
 * A Redis primary, one replica and three sentinels watching them, run as processes of the machine's
 * {@code redis-server} on free ports, with their files in a temporary folder of their own. {@link #close()}
 * stops them all and removes the folder.
 */
public final class SentinelRedis implements FailingOverRedis {
  public static final String MASTER = "mymaster";

  private final RedisProcesses redis;
  private final int primaryPort;
  private final int replicaPort;
  private final List<Integer> sentinelPorts = new ArrayList<>();

  public SentinelRedis() throws IOException, InterruptedException {
    redis = new RedisProcesses("luatvui-sentinel-");
    Path folder = redis.folder;
    primaryPort = FreePort.find();
    replicaPort = FreePort.find();
    redis.server("primary", primaryPort, List.of());
    redis.server("replica", replicaPort, List.of("--replicaof", "127.0.0.1", Integer.toString(primaryPort)));
    for (int i = 0; i < 3; i++) {
      int port = FreePort.find();
      Path conf = folder.resolve("sentinel-" + i + ".conf");
      Files.writeString(conf, String.join("\n",
          "port " + port,
          "bind 127.0.0.1",
          "dir " + folder,
          "sentinel monitor " + MASTER + " 127.0.0.1 " + primaryPort + " 2",
          "sentinel down-after-milliseconds " + MASTER + " 1000",
          "sentinel failover-timeout " + MASTER + " 10000",
          "sentinel parallel-syncs " + MASTER + " 1", ""));
      redis.spawn("sentinel-" + i, List.of("redis-server", conf.toString(), "--sentinel"));
      sentinelPorts.add(port);
    }
    waitUntil("the replica is in sync", Duration.ofSeconds(20),
        () -> onServer(replicaPort, c -> c.sync().info("replication")).contains("master_link_status:up"));
    for (int port : sentinelPorts) {
      waitUntil("sentinel " + port + " sees the replica and the other sentinels", Duration.ofSeconds(30),
          () -> onServer(port, c -> {
            var sentinel = c.sync();
            return sentinel.info("sentinel").contains("slaves=1,sentinels=3");
          }));
    }
  }

  /** REDIS_URL for the servers: the three sentinels and the primary's name. */
  @Override
  public String url() {
    return "redis-sentinel://" + String.join(",", sentinelPorts.stream().map(p -> "127.0.0.1:" + p).toList())
        + "/0#" + MASTER;
  }

  /** The port of the server the sentinels name as the primary now. */
  public int primaryPort() {
    return onServer(sentinelPorts.get(0), c -> Integer.parseInt(
        c.sync().dispatch(io.lettuce.core.protocol.CommandType.SENTINEL,
            new io.lettuce.core.output.ValueListOutput<>(io.lettuce.core.codec.StringCodec.UTF8),
            new io.lettuce.core.protocol.CommandArgs<>(io.lettuce.core.codec.StringCodec.UTF8)
                .add("get-master-addr-by-name").add(MASTER)).get(1).toString()));
  }

  @Override
  public String primaries() {
    return Integer.toString(primaryPort());
  }

  public int firstPrimaryPort() {
    return primaryPort;
  }

  public int firstReplicaPort() {
    return replicaPort;
  }

  /**
   * Waits until the server that is not the primary replicates the primary and the primary counts it:
   * after a failover the old primary comes back as a replica and resyncs, and until then a write that
   * waits for a replica (the room log's) is refused.
   */
  @Override
  public void awaitReplicaInSync() {
    waitUntil("the replica of the primary is in sync", Duration.ofSeconds(30), () -> {
      int primary = primaryPort();
      int replica = primary == primaryPort ? replicaPort : primaryPort;
      return onServer(replica, c -> c.sync().info("replication")).contains("master_link_status:up")
          && onServer(primary, c -> c.sync().info("replication")).contains("connected_slaves:1");
    });
  }

  /**
   * Asks a sentinel to fail the primary over to the replica now ({@code SENTINEL FAILOVER}); returns once
   * the sentinels name the other server and it answers as a primary.
   */
  @Override
  public void failOver() {
    int before = primaryPort();
    int replica = before == primaryPort ? replicaPort : primaryPort;
    waitUntil("the replica is in sync", Duration.ofSeconds(30),
        () -> onServer(replica, c -> c.sync().info("replication")).contains("master_link_status:up")
            && onServer(sentinelPorts.get(0), c -> c.sync().info("sentinel")).contains("status=ok,address=127.0.0.1:"
            + before + ",slaves=1,sentinels=3"));
    onServer(sentinelPorts.get(0), c -> c.sync().dispatch(io.lettuce.core.protocol.CommandType.SENTINEL,
        new io.lettuce.core.output.StatusOutput<>(io.lettuce.core.codec.StringCodec.UTF8),
        new io.lettuce.core.protocol.CommandArgs<>(io.lettuce.core.codec.StringCodec.UTF8).add("failover").add(MASTER)));
    waitUntil("the sentinels name a new primary", Duration.ofSeconds(30), () -> primaryPort() != before
        && onServer(primaryPort(), c -> c.sync().info("replication")).contains("role:master"));
  }

  /** Runs something on a short-lived plain connection to one of the servers (or sentinels). */
  public static <T> T onServer(int port, Function<StatefulRedisConnection<String, String>, T> work) {
    return RedisProcesses.onServer(port, work);
  }

  private static void waitUntil(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
    RedisProcesses.waitUntil(what, timeout, condition);
  }

  /** The logs of the five processes, for a failing test's report. */
  public Map<String, String> logs() {
    return redis.logs();
  }

  @Override
  public void close() throws IOException {
    redis.close();
  }
}
