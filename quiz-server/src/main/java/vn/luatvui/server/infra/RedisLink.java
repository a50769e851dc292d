package vn.luatvui.server.infra;

import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The Redis connection the server's parts share: to one server (or the primary Sentinel names), or
 * to a Redis Cluster, where each command goes to the node that holds its key's slot. Only the commands
 * both have are offered, so every part works on either. Keys used together in one command or script
 * share a hash tag ({@link RedisKeys}), so they sit in one slot.
 *
 * @param confirm for the ordered writes of {@link RedisScript#runInOrder}: how many replicas must hold
 *                a write before it is acknowledged, and how long to wait for them; {@code null} when
 *                writes are not confirmed
 */
public record RedisLink(StatefulConnection<String, String> connection, RedisClusterAsyncCommands<String, String> async,
                        RedisClusterCommands<String, String> sync, Confirm confirm) {

  /** Replicas that must confirm an ordered write, and the longest wait for them. */
  public record Confirm(int replicas, Duration timeout) {
  }

  public static RedisLink of(StatefulRedisConnection<String, String> connection) {
    return new RedisLink(connection, connection.async(), connection.sync(), null);
  }

  public static RedisLink of(StatefulRedisClusterConnection<String, String> connection) {
    return new RedisLink(connection, connection.async(), connection.sync(), null);
  }

  /**
   * Commands on the one connection that reaches the server holding {@code key}: what is sent on it
   * arrives in order, and a {@code WAIT} sent behind a write covers that write. On one server this is
   * the shared connection; in a cluster, the connection to the primary that holds the key's slot.
   */
  public CompletionStage<RedisClusterAsyncCommands<String, String>> toServerOf(String key) {
    if (connection instanceof StatefulRedisClusterConnection<String, String> cluster) {
      RedisClusterNode node = cluster.getPartitions().getPartitionBySlot(SlotHash.getSlot(key));
      if (node != null) {
        return cluster.getConnectionAsync(node.getNodeId()).thenApply(c -> c.async());
      }
    }
    return CompletableFuture.completedFuture(async);
  }

  /** The same connection, its ordered writes confirmed by {@code replicas} replicas within {@code timeout}. */
  public RedisLink confirmingWrites(int replicas, Duration timeout) {
    return new RedisLink(connection, async, sync, new Confirm(replicas, timeout));
  }

  /** Whether this is a connection to a Redis Cluster. */
  public boolean cluster() {
    return connection instanceof StatefulRedisClusterConnection;
  }

  /** Whether the connection is up now (it is opened again on its own when it is not). */
  public boolean isOpen() {
    return connection.isOpen();
  }

  public void close() {
    connection.close();
  }
}
