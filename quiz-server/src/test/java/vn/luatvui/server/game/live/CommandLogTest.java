package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.game.room.RoomCommand;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RedisLink;
import vn.luatvui.server.support.TestRedis;

/** The room's log in Redis: commands of one turn go together, in order, and only while the room is ours. */
class CommandLogTest {
  private final Vertx vertx = Vertx.vertx();
  private final TestRedis redis = new TestRedis();
  private final RedisKeys keys = new RedisKeys(redis.prefix());
  private final RedisClient client = RedisClient.create(TestRedis.URI);
  private RedisLink connection;
  private CommandLog log;

  @BeforeEach
  void start() {
    connection = RedisLink.of(client.connect());
    connection.sync().set(keys.of("owner"), "node-a");
    log = new CommandLog(vertx, connection, keys.of("state"), keys.of("log"), keys.of("owner"), "node-a");
  }

  @AfterEach
  void stop() {
    connection.close();
    client.shutdown();
    redis.close();
    vertx.close().await();
  }

  @Test
  void thousands_of_commands_logged_in_one_turn_all_reach_the_log_in_their_order() throws Exception {
    int count = CommandLog.MOST_PER_APPEND * 2 + 500;

    Future.all(inOneTurn(count)).await(20, TimeUnit.SECONDS);

    List<String> logged = connection.sync().lrange(keys.of("log"), 0, -1);
    assertThat(logged).hasSize(count);
    for (int i = 0; i < count; i++) {
      assertThat(logged.get(i)).as("entry %d", i).contains("\"nickname\":\"p" + i + "\"");
    }
    assertThat(connection.sync().ttl(keys.of("log"))).as("the log expires").isPositive();
  }

  @Test
  void a_room_another_server_took_logs_nothing_and_every_command_of_the_turn_fails() throws Exception {
    connection.sync().set(keys.of("owner"), "node-b");

    List<Future<Void>> appends = inOneTurn(1_200);
    Future.join(appends).recover(e -> Future.succeededFuture()).await(20, TimeUnit.SECONDS);

    assertThat(appends).allMatch(f -> f.cause() instanceof CommandLog.RoomLost);
    assertThat(connection.sync().llen(keys.of("log"))).isZero();
  }

  /** Appends {@code count} joins within one turn of an event loop, as a room does with a burst of answers. */
  private List<Future<Void>> inOneTurn(int count) throws Exception {
    Promise<List<Future<Void>>> made = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> {
      List<Future<Void>> appends = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        appends.add(log.append(new RoomCommand.Join("p" + i, "token-" + i, 1_000L + i)));
      }
      made.complete(appends);
    });
    return made.future().await(10, TimeUnit.SECONDS);
  }
}
