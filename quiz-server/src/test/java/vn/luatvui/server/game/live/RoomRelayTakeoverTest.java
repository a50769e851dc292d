package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import vn.luatvui.server.infra.RedisLink;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RelayConnections;
import vn.luatvui.server.support.TestRedis;

/**
 * A server taking a room over from a dead one gets the screens of the other surviving servers
 * seated again while it is still restoring the room. It keeps their messages until the room is open
 * (real Redis pub/sub) instead of answering each with "left": that answer makes the other server
 * send all its screens again, once per message, a thousand times over in a large room.
 */
class RoomRelayTakeoverTest {
  private static final long GAME = 5;
  private final Vertx vertx = Vertx.vertx();
  private final TestRedis redis = new TestRedis();
  private final RedisKeys keys = new RedisKeys(redis.prefix());
  private final RedisClient client = RedisClient.create(TestRedis.URI);
  private final AtomicBoolean opening = new AtomicBoolean(true);
  /** What the other surviving server ("holder") hears on its channel. */
  private final List<String> toHolder = new CopyOnWriteArrayList<>();
  private RedisLink connection;
  private StatefulRedisPubSubConnection<String, String> taker;
  private StatefulRedisPubSubConnection<String, String> holder;
  private RoomRelay relay;

  @BeforeEach
  void start() {
    connection = RedisLink.of(client.connect());
    taker = client.connectPubSub();
    holder = client.connectPubSub();
    holder.addListener(new RedisPubSubAdapter<>() {
      @Override
      public void message(String channel, String message) {
        // The relay sends a server's messages together, as a JSON array.
        new JsonArray(message).forEach(m -> toHolder.add(((JsonObject) m).encode()));
      }
    });
    holder.sync().subscribe(keys.of("node", "holder"));
    relay = new RoomRelay(vertx, connection, new RelayConnections("taker", taker, RedisLink.of(client.connect()), null), keys, "taker");
    relay.start(id -> null, id -> id == GAME && opening.get(), (g, n) -> { }).await();
  }

  @AfterEach
  void stop() {
    holder.close();
    taker.close();
    connection.close();
    client.shutdown();
    redis.close();
    vertx.close().await();
  }

  @Test
  void the_screens_seated_again_during_the_takeover_wait_for_the_room_and_are_not_sent_back() throws Exception {
    for (int screen = 1; screen <= 50; screen++) {
      fromHolder("reconnect", screen, "token-" + screen);
      fromHolder("frame", screen, "{\"type\":\"answer\",\"q\":0,\"answer\":{\"choice\":1}}");
    }
    Thread.sleep(1_000);
    assertThat(toHolder).as("nothing sent back while the room is being opened").isEmpty();

    // The takeover failed (the room is not here after all): now the holder is told, so it looks again.
    opening.set(false);
    relay.opened(GAME);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (toHolder.size() < 100 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(toHolder).hasSize(100).allMatch(m -> m.contains("\"k\":\"left\""));
  }

  @Test
  void messages_for_other_rooms_are_answered_at_once() throws Exception {
    connection.sync().publish(keys.of("node", "taker"),
        "{\"k\":\"reconnect\",\"g\":6,\"n\":\"holder\",\"c\":1,\"v\":\"token\"}");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (toHolder.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(toHolder).singleElement().asString().contains("\"k\":\"left\"").contains("\"g\":6");
  }

  private void fromHolder(String kind, int screen, String value) {
    connection.sync().publish(keys.of("node", "taker"), JsonObject.of("k", kind, "g", GAME,
        "n", "holder", "c", screen, "v", value, "t", System.currentTimeMillis(), "s", screen).encode());
  }
}
