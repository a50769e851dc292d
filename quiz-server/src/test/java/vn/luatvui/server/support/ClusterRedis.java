package vn.luatvui.server.support;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.luatvui.server.infra.FreePort;

/**
 * A Redis Cluster of three primaries, each with one replica, run as processes of the machine's
 * {@code redis-server} on free ports and joined with {@code redis-cli --cluster create}. {@link #close()}
 * stops them all and removes their folder.
 */
public final class ClusterRedis implements FailingOverRedis {
  private static final int PRIMARIES = 3;

  private final RedisProcesses redis;
  private final List<Integer> ports = new ArrayList<>();

  public ClusterRedis() throws IOException, InterruptedException {
    redis = new RedisProcesses("luatvui-cluster-");
    for (int i = 0; i < PRIMARIES * 2; i++) {
      int port = FreePort.find();
      ports.add(port);
      redis.server("node-" + i, port, List.of("--cluster-enabled", "yes", "--cluster-config-file",
          redis.folder.resolve("nodes-" + i + ".conf").toString(), "--cluster-node-timeout", "2000"));
    }
    List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
    ports.forEach(port -> create.add("127.0.0.1:" + port));
    create.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
    Process p = new ProcessBuilder(create).redirectErrorStream(true)
        .redirectOutput(redis.folder.resolve("create.log").toFile()).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("redis-cli --cluster create failed: " + redis.logs().get("create.log"));
    }
    for (int port : ports) {
      RedisProcesses.waitUntil("node " + port + " sees the cluster ready", Duration.ofSeconds(30),
          () -> clusterInfo(port).contains("cluster_state:ok")
              && clusterInfo(port).contains("cluster_known_nodes:" + PRIMARIES * 2));
    }
    awaitReplicaInSync();
  }

  private static String info(int port, String section) {
    return RedisProcesses.onServer(port, c -> c.sync().info(section));
  }

  private static String clusterInfo(int port) {
    return RedisProcesses.onServer(port, c -> c.sync().clusterInfo());
  }

  private boolean primary(int port) {
    return info(port, "replication").contains("role:master");
  }

  /** REDIS_URL for the servers: two of the nodes, where the map of slots is first read. */
  @Override
  public String url() {
    return "redis-cluster://127.0.0.1:" + ports.get(0) + ",127.0.0.1:" + ports.get(1);
  }

  @Override
  public void awaitReplicaInSync() {
    RedisProcesses.waitUntil("every primary has a replica in sync", Duration.ofSeconds(30), () -> {
      int replicated = 0;
      for (int port : ports) {
        String replication = info(port, "replication");
        if (replication.contains("role:slave") && !replication.contains("master_link_status:up")) {
          return false;
        }
        if (replication.contains("role:master") && replication.contains("connected_slaves:1")) {
          replicated++;
        }
      }
      return replicated == PRIMARIES;
    });
  }

  /**
   * Every replica takes over from its primary ({@code CLUSTER FAILOVER}: the primary stops taking
   * writes, the replica catches up, then swaps roles), one after the other.
   */
  @Override
  public void failOver() {
    awaitReplicaInSync();
    List<Integer> replicas = ports.stream().filter(port -> !primary(port)).toList();
    for (int replica : replicas) {
      RedisProcesses.onServer(replica, c -> c.sync().clusterFailover(false));
      RedisProcesses.waitUntil("node " + replica + " is a primary", Duration.ofSeconds(30), () -> primary(replica)
          && clusterInfo(replica).contains("cluster_state:ok"));
    }
  }

  @Override
  public String primaries() {
    return new TreeSet<>(ports.stream().filter(this::primary).toList()).toString();
  }

  public Map<String, String> logs() {
    return redis.logs();
  }

  @Override
  public void close() throws IOException {
    redis.close();
  }
}
