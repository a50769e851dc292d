package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
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
      JsonObject question = host.json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size=1")
          .getJsonArray("items").getJsonObject(0);
      JsonObject game = createGame(host, question);
      pin = game.getString("pin");
      try (GameClient screen = GameClient.connect(vertx, port, host.cookieHeader());
           GameClient lan = GameClient.connect(vertx, port, null);
           GameClient minh = GameClient.connect(vertx, port, null)) {
        screen.send(new JsonObject().put("type", "host").put("v", 1).put("gameId", game.getLong("gameId")));
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

  private static Http hostAccount(int port) {
    new Http(port).login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD).post("/api/users", new JsonObject()
        .put("email", "thay.nam@truong.edu.vn").put("displayName", "Thầy Nam").put("password", "mat-khau-du-dai")
        .put("roles", new JsonArray().add("HOST")));
    return new Http(port).login("thay.nam@truong.edu.vn", "mat-khau-du-dai");
  }

  private static JsonObject createGame(Http host, JsonObject question) {
    JsonObject set = Http.json(host.post("/api/question-sets", new JsonObject().put("title", "Tiết học").put("shared", false)
        .put("items", new JsonArray().add(new JsonObject().put("questionId", question.getLong("id"))
            .put("timeLimitSeconds", 120).put("points", 1000)))));
    return Http.json(host.post("/api/games", new JsonObject().put("setId", set.getJsonObject("set").getLong("id"))
        .put("leadInSeconds", 0)));
  }

  private static JsonObject join(GameClient player, String pin, String nickname) {
    player.send(new JsonObject().put("type", "join").put("v", 1).put("pin", pin).put("nickname", nickname));
    return player.await("Welcome");
  }

  private static JsonObject reconnect(String pin, String token) {
    return new JsonObject().put("type", "reconnect").put("v", 1).put("pin", pin).put("token", token);
  }

  private static JsonObject answer(int choice) {
    return new JsonObject().put("type", "answer").put("q", 0).put("answer", new JsonObject().put("choice", choice));
  }

  private static int shownIndexOfCorrect(JsonObject shown, JsonObject bankQuestion) {
    String correct = bankQuestion.getJsonObject("content").getJsonArray("choices").stream().map(c -> (JsonObject) c)
        .filter(c -> c.getBoolean("correct")).findFirst().orElseThrow().getString("text");
    return shown.getJsonArray("choices").getList().indexOf(correct);
  }
}
