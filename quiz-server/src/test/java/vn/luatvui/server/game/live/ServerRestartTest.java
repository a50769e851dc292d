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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.LiveGames;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/** The server restarts in the middle of a question: the game resumes, and nothing answered is lost. */
class ServerRestartTest {
  private static final TestDatabase database = TestDatabase.named();
  private static final TestRedis redis = new TestRedis();
  private static final Vertx vertx = Vertx.vertx();

  @AfterAll
  static void cleanUp() throws Exception {
    vertx.close().await();
    database.close();
    redis.close();
  }

  @Test
  void players_reconnect_after_a_restart_mid_question_with_their_answers_and_scores() throws Exception {
    Map<String, String> env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    String pin;
    String lanToken;
    String minhToken;
    int right;
    try (QuizServer first = TestServer.start(env)) {
      int port = first.config().httpPort();
      Http host = hostAccount(port);
      JsonObject question = singleChoice(host);
      JsonObject game = createGame(host, question);
      pin = game.getString("pin");
      try (GameClient screen = GameClient.connect(vertx, port, host.cookieHeader());
           GameClient lan = GameClient.connect(vertx, port, null);
           GameClient minh = GameClient.connect(vertx, port, null)) {
        screen.send(hostFrame(game.getLong("gameId")));
        screen.await("HostWelcome");
        lanToken = join(lan, pin, "Lan").getString("token");
        minhToken = join(minh, pin, "Minh").getString("token");
        screen.send(new JsonObject().put("type", "start"));
        JsonObject opened = lan.await("QuestionOpened").getJsonObject("question");
        right = shownIndexOfCorrect(opened, question);
        lan.send(answer(right));
        assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered")).isFalse();
      }
    }

    try (QuizServer second = TestServer.start(env)) {
      int port = second.config().httpPort();
      try (GameClient lan = GameClient.connect(vertx, port, null);
           GameClient minh = GameClient.connect(vertx, port, null)) {
        lan.send(reconnect(pin, lanToken));
        JsonObject back = lan.await("Welcome");
        assertThat(back.getBoolean("reconnected")).isTrue();
        assertThat(back.getString("phase")).isEqualTo("QUESTION_OPEN");
        lan.send(answer(right == 0 ? 1 : 0));
        assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered")).isTrue();

        minh.send(reconnect(pin, minhToken));
        minh.await("Welcome");
        minh.send(answer(right == 0 ? 1 : 0));

        JsonObject result = lan.await("PlayerResult");
        assertThat(result.getBoolean("correct")).isTrue();
        assertThat(result.getInteger("score")).isPositive();
        assertThat(minh.await("PlayerResult").getBoolean("correct")).isFalse();
      }
    }
  }

  @Test
  void a_game_resumed_twice_replays_no_command_twice() throws Exception {
    Map<String, String> env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    String pin;
    String lanToken;
    try (QuizServer first = TestServer.start(env)) {
      int port = first.config().httpPort();
      Http host = hostAccount(port);
      JsonObject one = singleChoice(host);
      JsonObject two = LiveGames.approved(host, "TRUE_FALSE");
      JsonObject game = LiveGames.createGame(host, List.of(one, two), 120,
          new JsonObject().put("leaderboardShown", false));
      pin = game.getString("pin");
      try (GameClient screen = GameClient.connect(vertx, port, host.cookieHeader());
           GameClient lan = GameClient.connect(vertx, port, null);
           GameClient minh = GameClient.connect(vertx, port, null)) {
        screen.send(hostFrame(game.getLong("gameId")));
        screen.await("HostWelcome");
        lanToken = join(lan, pin, "Lan").getString("token");
        join(minh, pin, "Minh");
        screen.send(new JsonObject().put("type", "start"));
        lan.await("QuestionOpened");
        lan.send(answer(0));
        minh.send(answer(1));
        lan.await("PlayerResult");
        // The second question opens; the room's last snapshot is the first question's reveal.
        screen.send(new JsonObject().put("type", "next"));
        assertThat(lan.await("QuestionOpened").getJsonObject("question").getInteger("index")).isEqualTo(1);
      }
    }
    for (int restart = 1; restart <= 2; restart++) {
      try (QuizServer again = TestServer.start(env);
           GameClient lan = GameClient.connect(vertx, again.config().httpPort(), null)) {
        lan.send(reconnect(pin, lanToken));
        assertThat(lan.await("Welcome").getString("phase")).as("after restart %d", restart).isEqualTo("QUESTION_OPEN");
        assertThat(lan.await("QuestionOpened").getJsonObject("question").getInteger("index"))
            .as("after restart %d", restart).isEqualTo(1);
      }
    }
  }
}
