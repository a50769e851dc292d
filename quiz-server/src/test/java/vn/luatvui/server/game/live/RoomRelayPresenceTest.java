package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RedisLink;
import vn.luatvui.server.infra.RelayConnections;
import vn.luatvui.server.support.TestRedis;

/** A server counts as gone once its presence lapses, or at once when its process closed its presence connection. */
class RoomRelayPresenceTest {
  private final Vertx vertx = Vertx.vertx();
  private final TestRedis redis = new TestRedis();
  private final RedisKeys keys = new RedisKeys(redis.prefix());
  private final RedisClient client = RedisClient.create(TestRedis.URI);
  private RedisLink connection;
  private RelayConnections watcher;
  private RoomRelay relay;
  /** The presence connection of the other server, "owner", named as a server names it. */
  private StatefulRedisConnection<String, String> owner;

  @BeforeEach
  void start() {
    connection = RedisLink.of(client.connect());
    watcher = new RelayConnections("watcher", client.connectPubSub(), RedisLink.of(client.connect()), null);
    relay = new RoomRelay(vertx, connection, watcher, keys, "watcher");
    owner = client.connect();
    owner.sync().clientSetname(RelayConnections.presenceName("owner"));
  }

  @AfterEach
  void stop() {
    watcher.close();
    connection.close();
    client.shutdown();
    redis.close();
    vertx.close().await();
  }

  @Test
  void a_server_whose_process_ended_is_gone_before_its_presence_lapses() throws Exception {
    renewed("owner", System.currentTimeMillis() - 500);
    assertThat(alive("owner")).as("its presence connection is open").isTrue();

    owner.close(); // what the kernel does to the sockets of a killed process

    assertThat(alive("owner")).as("closed, and silent for longer than the grace").isFalse();
  }

  @Test
  void a_server_that_renewed_a_moment_ago_is_not_gone_while_its_connection_reconnects() throws Exception {
    owner.close();
    renewed("owner", System.currentTimeMillis());

    assertThat(alive("owner")).isTrue();
  }

  @Test
  void a_server_whose_presence_lapsed_is_gone_even_with_its_connection_open() throws Exception {
    assertThat(alive("owner")).as("never renewed").isFalse();
  }

  private void renewed(String node, long at) {
    connection.sync().psetex(keys.of("node", node, "alive"), RoomRelay.PRESENCE.toMillis(), "1");
    connection.sync().psetex(keys.of("node", node, "seen"), 60_000, Long.toString(at));
  }

  private boolean alive(String node) throws Exception {
    return relay.alive(node).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }
}
