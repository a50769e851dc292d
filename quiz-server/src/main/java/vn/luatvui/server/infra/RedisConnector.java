package vn.luatvui.server.infra;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import vn.luatvui.server.config.RedisUrl;
import vn.luatvui.server.config.RedisUrl.Node;

/**
 * Opens the Lettuce connection to Redis: one server, the primary that Redis Sentinel names, or a Redis
 * Cluster. A lost connection is opened again on its own, soon (every second at most between tries);
 * with Sentinel the primary is asked for again each time, and a cluster's map of slots is read again
 * when a node moves a slot, fails or is unreachable (and every 30 s), so a failover only pauses Redis
 * for its few seconds.
 * Meanwhile commands wait in a bounded queue; none waits longer than the command timeout, so a request
 * is never held up for good by a Redis that is away.
 */
public final class RedisConnector {
  /** How long a command may take, its wait for a reconnect included. */
  static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
  /**
   * Commands sent and not yet answered, or held while the connection is being opened again; past this
   * they are refused at once. A room of 20,000 players spread over several servers has that many
   * answers logged and relayed within one second, each a command or two, so the bound is set well
   * above it (a waiting command costs a few hundred bytes; none waits longer than the command timeout).
   */
  static final int REQUEST_QUEUE = 100_000;
  /** How long a room's trail waits for a replica to confirm a write (Sentinel and cluster only). */
  static final Duration REPLICA_CONFIRM = Duration.ofSeconds(1);

  static {
    // Lettuce drives Redis on epoll; with io_uring's library also present (NETWORK_TRANSPORT) it would
    // say so in a warning for every client it makes.
    if (System.getProperty("io.lettuce.core.iouring") == null) {
      System.setProperty("io.lettuce.core.iouring", "false");
    }
  }

  private RedisConnector() {
  }

  public static AbstractRedisClient client(RedisUrl url) {
    return client(url, Math.max(2, Runtime.getRuntime().availableProcessors()), null);
  }

  /** A client with {@code threads} I/O threads of its own, its connections named {@code name} (null: unnamed). */
  private static AbstractRedisClient client(RedisUrl url, int threads, String name) {
    ClientResources resources = DefaultClientResources.builder()
        .ioThreadPoolSize(threads)
        .computationThreadPoolSize(threads)
        .reconnectDelay(Delay.exponential(Duration.ofMillis(20), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
        .build();
    if (url.cluster()) {
      RedisClusterClient client = new OwningClusterClient(resources, url.nodes().stream()
          .map(node -> uri(url, node)).toList());
      client.setOptions(ClusterClientOptions.builder(options())
          .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
              .enablePeriodicRefresh(Duration.ofSeconds(30))
              .enableAllAdaptiveRefreshTriggers()
              .adaptiveRefreshTriggersTimeout(Duration.ofSeconds(1))
              .build())
          .build());
      return client;
    }
    RedisURI uri = uri(url);
    if (name != null) {
      uri.setClientName(name); // given again at every reconnection
    }
    RedisClient client = new OwningClient(resources, uri, url.sentinel() ? 1 : 0);
    client.setOptions(options());
    return client;
  }

  private static ClientOptions options() {
    return ClientOptions.builder()
        .autoReconnect(true)
        .pingBeforeActivateConnection(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS)
        .requestQueueSize(REQUEST_QUEUE)
        .suspendReconnectOnProtocolFailure(false)
        .socketOptions(SocketOptions.builder()
            .connectTimeout(COMMAND_TIMEOUT)
            .keepAlive(SocketOptions.KeepAliveOptions.builder().enable()
                .idle(Duration.ofSeconds(5)).interval(Duration.ofSeconds(2)).count(3).build())
            .tcpNoDelay(true)
            .build())
        .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
        .build();
  }

  /** One node of a cluster, with the URL's password and TLS. */
  private static RedisURI uri(RedisUrl url, Node node) {
    RedisURI.Builder uri = RedisURI.builder().withHost(node.host()).withPort(node.port()).withSsl(url.tls())
        .withTimeout(COMMAND_TIMEOUT);
    if (url.password() != null) {
      uri.withPassword(url.password().toCharArray());
    }
    return uri.build();
  }

  /** The Lettuce form of the location: the server itself, or the sentinels and the primary's name. */
  static RedisURI uri(RedisUrl url) {
    RedisURI.Builder uri;
    if (url.sentinel()) {
      Node first = url.nodes().get(0);
      uri = RedisURI.Builder.sentinel(first.host(), first.port(), url.sentinelMaster());
      for (Node sentinel : url.nodes().subList(1, url.nodes().size())) {
        uri.withSentinel(sentinel.host(), sentinel.port());
      }
    } else {
      uri = RedisURI.builder().withHost(url.host()).withPort(url.port());
    }
    uri.withDatabase(url.database()).withSsl(url.tls()).withTimeout(COMMAND_TIMEOUT);
    if (url.password() != null) {
      uri.withPassword(url.password().toCharArray());
    }
    return uri.build();
  }

  /**
   * Opens the connection; a first try that times out (a busy Redis or machine) is tried again, three
   * times in all. Behind Sentinel and in a cluster, ordered writes wait for one replica
   * ({@link RedisScript#runInOrder}).
   */
  public static RedisLink connect(AbstractRedisClient client) {
    for (int attempt = 1; ; attempt++) {
      try {
        if (client instanceof RedisClusterClient cluster) {
          // Every primary of a cluster has a replica, and what is acknowledged is on it.
          return RedisLink.of(cluster.connect(StringCodec.UTF8)).confirmingWrites(1, REPLICA_CONFIRM);
        }
        RedisLink link = RedisLink.of(((RedisClient) client).connect(StringCodec.UTF8));
        return client instanceof OwningClient owning && owning.replicasToConfirm > 0
            ? link.confirmingWrites(owning.replicasToConfirm, REPLICA_CONFIRM) : link;
      } catch (io.lettuce.core.RedisConnectionException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  /**
   * The live rooms' relay connections: one for subscriptions only on {@code client}, which resubscribes
   * after a reconnect (in a cluster, a message published on any node reaches the subscribers of every
   * node), and one for the servers' presence from a client of its own, with its own I/O thread, so a
   * renewal never waits behind the other connections' traffic. The presence connection bears the
   * server's node name ({@link RelayConnections#presenceName}): the others see it vanish from
   * {@code CLIENT LIST} as soon as the server's process ends.
   */
  public static RelayConnections relay(AbstractRedisClient client, RedisUrl url, String node) {
    StatefulRedisPubSubConnection<String, String> subscriber = client instanceof RedisClusterClient cluster
        ? cluster.connectPubSub(StringCodec.UTF8) : ((RedisClient) client).connectPubSub(StringCodec.UTF8);
    AbstractRedisClient presenceClient = client(url, 1, RelayConnections.presenceName(node));
    try {
      return new RelayConnections(node, subscriber, connect(presenceClient), presenceClient);
    } catch (RuntimeException e) {
      subscriber.close();
      presenceClient.shutdown();
      throw e;
    }
  }

  /** A client that owns its resources (event loops, reconnect timing) and shuts them down with itself. */
  private static final class OwningClient extends RedisClient {
    private final ClientResources resources;
    private final int replicasToConfirm;

    OwningClient(ClientResources resources, RedisURI uri, int replicasToConfirm) {
      super(resources, uri);
      this.resources = resources;
      this.replicasToConfirm = replicasToConfirm;
    }

    @Override
    public void shutdown(long quietPeriod, long timeout, TimeUnit timeUnit) {
      try {
        super.shutdown(quietPeriod, timeout, timeUnit);
      } finally {
        resources.shutdown(quietPeriod, timeout, timeUnit);
      }
    }

    @Override
    public void shutdown(Duration quietPeriod, Duration timeout) {
      shutdown(quietPeriod.toNanos(), timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public CompletableFuture<Void> shutdownAsync(long quietPeriod, long timeout, TimeUnit timeUnit) {
      return thenRelease(super.shutdownAsync(quietPeriod, timeout, timeUnit), resources, quietPeriod, timeout, timeUnit);
    }
  }

  /** A cluster client that owns its resources, like {@link OwningClient}. */
  private static final class OwningClusterClient extends RedisClusterClient {
    private final ClientResources resources;

    OwningClusterClient(ClientResources resources, List<RedisURI> uris) {
      super(resources, uris);
      this.resources = resources;
    }

    @Override
    public void shutdown(long quietPeriod, long timeout, TimeUnit timeUnit) {
      shutdownAsync(quietPeriod, timeout, timeUnit).join();
    }

    @Override
    public CompletableFuture<Void> shutdownAsync(long quietPeriod, long timeout, TimeUnit timeUnit) {
      return thenRelease(super.shutdownAsync(quietPeriod, timeout, timeUnit), resources, quietPeriod, timeout, timeUnit);
    }
  }

  /** Shuts a client's own resources (event loops, timers) down once the client itself is shut. */
  private static CompletableFuture<Void> thenRelease(CompletableFuture<Void> clientShut, ClientResources resources,
                                                     long quietPeriod, long timeout, TimeUnit timeUnit) {
    return clientShut.thenCompose(v -> {
      CompletableFuture<Void> done = new CompletableFuture<>();
      resources.shutdown(quietPeriod, timeout, timeUnit).addListener(f -> done.complete(null));
      return done;
    });
  }
}
