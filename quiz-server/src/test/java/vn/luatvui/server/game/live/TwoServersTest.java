package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.server.support.LiveGames.answer;
import static vn.luatvui.server.support.LiveGames.createGame;
import static vn.luatvui.server.support.LiveGames.hostAccount;
import static vn.luatvui.server.support.LiveGames.hostFrame;
import static vn.luatvui.server.support.LiveGames.join;
import static vn.luatvui.server.support.LiveGames.reconnect;
import static vn.luatvui.server.support.LiveGames.shownIndexOfCorrect;
import static vn.luatvui.server.support.LiveGames.singleChoice;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TcpProxy;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/**
 * Two servers share PostgreSQL and Redis, as replicas behind a load balancer do: players reach a
 * room through either, and when the server playing a room stops or is cut off, the other takes the
 * room over with every answer given so far, and the screens it holds keep their sockets.
 */
class TwoServersTest {
  private static final Vertx vertx = Vertx.vertx();

  @AfterAll
  static void closeClients() {
    vertx.close().await();
  }

  @Test
  void players_on_either_server_play_one_room_and_a_stopping_owner_hands_it_over() throws Exception {
    try (TestDatabase database = TestDatabase.named(); TestRedis redis = new TestRedis();
         QuizServer other = TestServer.start(TestServer.environment(database.uri(), TestRedis.URI, redis.prefix()))) {
      QuizServer owner = TestServer.start(TestServer.environment(database.uri(), TestRedis.URI, redis.prefix()));
      int ownerPort = owner.config().httpPort();
      int otherPort = other.config().httpPort();
      Http host = hostAccount(ownerPort);
      JsonObject question = singleChoice(host);
      JsonObject game = createGame(host, question);
      String pin = game.getString("pin");
      String minhToken;
      int right;
      try (GameClient screen = GameClient.connect(vertx, otherPort, host.cookieHeader());
           GameClient lan = GameClient.connect(vertx, otherPort, null);
           GameClient minh = GameClient.connect(vertx, ownerPort, null)) {
        screen.send(hostFrame(game.getLong("gameId")));
        assertThat(screen.await("HostWelcome").getString("pin")).isEqualTo(pin);
        join(lan, pin, "Lan");
        minhToken = join(minh, pin, "Minh").getString("token");
        assertThat(screen.await("PlayerJoined").getString("nickname")).isEqualTo("Lan");
        assertThat(screen.await("PlayerJoined").getString("nickname")).isEqualTo("Minh");

        screen.send(new JsonObject().put("type", "start"));
        JsonObject opened = lan.await("QuestionOpened");
        assertThat(lan.seen().get(lan.seen().size() - 1)).doesNotContain("\"correct");
        minh.await("QuestionOpened");
        right = shownIndexOfCorrect(opened.getJsonObject("question"), question);
        lan.send(answer(right));
        assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered")).isFalse();
        while (screen.await("AnswerCount").getInteger("answered") < 1) {
          // the count as the question opened
        }

        owner.close();
        // Only the socket on the server that stopped is closed; the others are seated on the room's new owner.
        minh.awaitClosed();
        JsonObject back = lan.await("Welcome");
        assertThat(back.getBoolean("reconnected")).isTrue();
        assertThat(back.getString("phase")).isEqualTo("QUESTION_OPEN");
        assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered")).as("the answer survived").isTrue();
        screen.await("HostWelcome");
        assertThat(lan.closed()).isFalse();
        assertThat(screen.closed()).isFalse();

        lan.send(answer(right == 0 ? 1 : 0));
        assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered")).isTrue();
        try (GameClient minhAgain = GameClient.connect(vertx, otherPort, null)) {
          minhAgain.send(reconnect(pin, minhToken));
          minhAgain.await("Welcome");
          minhAgain.send(answer(right == 0 ? 1 : 0));
          assertThat(lan.await("PlayerResult").getBoolean("correct")).isTrue();
          assertThat(minhAgain.await("PlayerResult").getBoolean("correct")).isFalse();
          assertThat(screen.await("Reveal").getJsonArray("choiceCounts").stream().mapToInt(n -> (Integer) n).sum())
              .as("both answers counted").isEqualTo(2);
        }
      }
    }
  }

  @Test
  void a_server_cut_off_from_redis_loses_its_room_to_one_that_is_not() throws Exception {
    try (TestDatabase database = TestDatabase.named(); TestRedis redis = new TestRedis();
         TcpProxy redisLink = new TcpProxy("127.0.0.1", 6379)) {
      Map<String, String> cutOffEnv = TestServer.environment(database.uri(),
          "redis://127.0.0.1:" + redisLink.port() + "/0", redis.prefix());
      cutOffEnv.put(AppConfig.ROOM_LEASE_SECONDS, "2");
      Map<String, String> otherEnv = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
      otherEnv.put(AppConfig.ROOM_LEASE_SECONDS, "2");
      try (QuizServer cutOff = TestServer.start(cutOffEnv); QuizServer other = TestServer.start(otherEnv)) {
        int cutOffPort = cutOff.config().httpPort();
        Http host = hostAccount(cutOffPort);
        JsonObject question = singleChoice(host);
        JsonObject game = createGame(host, question);
        String pin = game.getString("pin");
        String leaseKey = redis.prefix() + "{game:" + game.getLong("gameId") + "}:owner";
        try (GameClient screen = GameClient.connect(vertx, cutOffPort, host.cookieHeader());
             GameClient lan = GameClient.connect(vertx, cutOffPort, null);
             GameClient minh = GameClient.connect(vertx, cutOffPort, null)) {
          screen.send(hostFrame(game.getLong("gameId")));
          screen.await("HostWelcome");
          String lanToken = join(lan, pin, "Lan").getString("token");
          join(minh, pin, "Minh");
          screen.send(new JsonObject().put("type", "start"));
          int right = shownIndexOfCorrect(lan.await("QuestionOpened").getJsonObject("question"), question);
          lan.send(answer(right));
          lan.await("AnswerAccepted");
          String firstOwner = other.redis().sync().get(leaseKey);

          redisLink.cut();
          long deadline = System.nanoTime() + 15_000_000_000L;
          String newOwner = firstOwner;
          while (Objects.equals(newOwner, firstOwner) || newOwner == null) {
            assertThat(System.nanoTime()).as("another server took the room over").isLessThan(deadline);
            Thread.sleep(100);
            newOwner = other.redis().sync().get(leaseKey);
          }

          try (GameClient lanAgain = GameClient.connect(vertx, other.config().httpPort(), null)) {
            lanAgain.send(reconnect(pin, lanToken));
            JsonObject back = lanAgain.await("Welcome");
            assertThat(back.getString("phase")).isEqualTo("QUESTION_OPEN");
            lanAgain.send(answer(right));
            assertThat(lanAgain.await("AnswerAccepted").getBoolean("alreadyAnswered")).isTrue();
          }

          redisLink.restore();
          assertThat(screen.awaitClosed()).isEqualTo(RoomRelay.MOVED);
        }
      }
    }
  }
}
