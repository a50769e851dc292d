package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.LiveGames;
import vn.luatvui.server.support.RunningServer;

/** A whole live game over real WebSockets: host, players, answers, reveal, reconnect, results in PostgreSQL. */
class LiveGameTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final Vertx vertx = Vertx.vertx();
  private static Http host;
  private static List<JsonObject> questions;

  @BeforeAll
  static void createHostAndSet() {
    running.admin().post("/api/users", new JsonObject().put("email", "co.lan@truong.edu.vn").put("displayName", "Cô Lan")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("HOST")));
    host = running.http().login("co.lan@truong.edu.vn", "mat-khau-du-dai");
    questions = List.of(LiveGames.approved(host, "SINGLE_CHOICE"), LiveGames.approved(host, "TRUE_FALSE"));
  }

  @AfterAll
  static void closeClients() {
    vertx.close().await();
  }

  @Test
  void a_host_and_three_players_play_a_game_and_the_results_are_saved() throws Exception {
    JsonObject game = createGame();
    int port = running.server().config().httpPort();
    try (GameClient screen = GameClient.connect(vertx, port, host.cookieHeader());
         GameClient lan = GameClient.connect(vertx, port, null);
         GameClient minh = GameClient.connect(vertx, port, null);
         GameClient duc = GameClient.connect(vertx, port, null)) {
      screen.send(new JsonObject().put("type", "host").put("v", 1).put("gameId", game.getLong("gameId")));
      assertThat(screen.await("HostWelcome").getString("pin")).isEqualTo(game.getString("pin"));

      String lanToken = join(lan, game, "Lan Anh").getString("token");
      join(minh, game, "Minh");
      join(duc, game, "Đức");
      assertThat(screen.await("PlayerJoined").getString("nickname")).isEqualTo("Lan Anh");

      try (GameClient copycat = GameClient.connect(vertx, port, null)) {
        copycat.send(joinFrame(game, "duc"));
        assertThat(copycat.await("CommandRejected").getString("reason")).isEqualTo("NICKNAME_TAKEN");
        copycat.send(joinFrame(game, "Đức Anh"));
        assertThat(copycat.await("Welcome").getString("nickname")).isEqualTo("Đức Anh");
        copycat.send(new JsonObject().put("type", "leave"));
        screen.await("PlayerLeft");
      }

      screen.send(new JsonObject().put("type", "start"));
      JsonObject opened = lan.await("QuestionOpened");
      String frame = opened.encode();
      assertThat(frame).doesNotContain("\"correct").doesNotContain("accepted");
      int right = LiveGames.shownIndexOfCorrect(opened.getJsonObject("question"), questions.get(0));
      int wrong = right == 0 ? 1 : 0;

      answer(lan, 0, right);
      assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered")).isFalse();
      answer(lan, 0, wrong);
      assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered")).isTrue();
      minh.await("QuestionOpened");
      answer(minh, 0, wrong);
      duc.await("QuestionOpened");
      answer(duc, 0, right);

      JsonObject reveal = minh.await("Reveal");
      assertThat(reveal.getJsonArray("correctChoices").getInteger(0)).isEqualTo(right);
      assertThat(reveal.getString("explanation")).isNotBlank();
      String cited = reveal.getJsonArray("citations").getJsonObject(0).getString("document");
      assertThat(reveal.getJsonObject("documentNames").getString(cited)).isNotBlank();
      JsonObject lanResult = lan.await("PlayerResult");
      assertThat(lanResult.getBoolean("correct")).isTrue();
      assertThat(lanResult.getInteger("points")).isBetween(500, 1000);
      JsonObject minhResult = minh.await("PlayerResult");
      assertThat(minhResult.getInteger("points")).isZero();
      assertThat(leaderboard(game.getLong("gameId"))).as("the Redis leaderboard, best first")
          .endsWith(Integer.toString(welcomeOf(minh).getInteger("playerId")))
          .hasSize(3);

      lan.close();
      try (GameClient lanAgain = GameClient.connect(vertx, port, null)) {
        lanAgain.send(new JsonObject().put("type", "reconnect").put("v", 1).put("pin", game.getString("pin"))
            .put("token", lanToken));
        JsonObject welcomeBack = lanAgain.await("Welcome");
        assertThat(welcomeBack.getBoolean("reconnected")).isTrue();
        assertThat(welcomeBack.getInteger("score")).isEqualTo(lanResult.getInteger("score"));

        screen.send(new JsonObject().put("type", "end"));
        assertThat(lanAgain.await("FinalResult").getInteger("score")).isEqualTo(lanResult.getInteger("score"));
        assertThat(screen.await("Podium").getJsonArray("top")).isNotEmpty();
        screen.send(new JsonObject().put("type", "next"));
        screen.await("GameEnded");
      }
    }
    long gameId = game.getLong("gameId");
    awaitFinished(gameId);
    assertThat(count("SELECT count(*) FROM game_player WHERE game_id = " + gameId)).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM game_answer WHERE game_id = " + gameId)).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM game_answer WHERE game_id = " + gameId + " AND correct")).isEqualTo(2);

    JsonObject report = host.json("/api/games/" + gameId + "/report");
    assertThat(report.getJsonArray("players").size()).isEqualTo(3);
    assertThat(report.getJsonArray("questions").getJsonObject(0).getInteger("percentCorrect")).isEqualTo(67);
    HttpResponse<String> csv = host.get("/api/games/" + gameId + "/report?format=csv");
    assertThat(csv.body()).contains("Biệt danh").contains("Lan Anh").contains("Đức");
    byte[] xlsx = host.getBytes("/api/games/" + gameId + "/report?format=xlsx");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheet("Người chơi").getLastRowNum()).isEqualTo(3);
      assertThat(book.getSheet("Câu hỏi").getRow(1).getCell(1).getStringCellValue()).isNotBlank();
      assertThat(book.getSheet("Câu hỏi").getRow(1).getCell(2).getStringCellValue()).isEqualTo("Đã chấm điểm");
      assertThat(book.getSheet("Câu hỏi").getRow(1).getCell(5).getNumericCellValue()).isEqualTo(67.0);
      assertThat(book.getSheet("Người chơi").getRow(1).getCell(2).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
      var answers = book.getSheet("Từng câu trả lời");
      assertThat(answers.getLastRowNum()).as("one row per student and question answered").isEqualTo(3);
      assertThat(answers.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
      assertThat(answers.getRow(1).getCell(4).getStringCellValue()).isIn("Đúng", "Sai");
    }
    assertThat(host.get("/api/games/" + gameId + "/report?format=csv&part=questions").body())
        .contains("Đã chấm điểm").doesNotContain("SCORED");
    assertThat(new JsonArray(host.get("/api/games").body()).stream().map(g -> ((JsonObject) g).getLong("id")))
        .contains(gameId);
  }

  @Test
  void malformed_frames_and_foreign_origins_are_refused_without_harm() {
    JsonObject game = createGame();
    int port = running.server().config().httpPort();
    try (GameClient stranger = GameClient.connect(vertx, port, null)) {
      stranger.sendRaw("not json");
      assertThat(stranger.await("Error").getString("code")).isEqualTo("BAD_FRAME");
      stranger.send(new JsonObject().put("type", "start"));
      assertThat(stranger.await("Error").getString("code")).isEqualTo("VERSION");
      stranger.send(new JsonObject().put("type", "join").put("v", 1).put("pin", "000000").put("nickname", "X"));
      assertThat(stranger.await("Error").getString("code")).isEqualTo("GAME_NOT_FOUND");
      stranger.sendRaw("{\"type\":\"join\",\"v\":1,\"pin\":\"" + game.getString("pin") + "\",\"nickname\":\""
          + "x".repeat(5000) + "\"}");
      assertThat(stranger.await("Error").getString("code")).isEqualTo("TOO_LARGE");
    }
    try (GameClient player = GameClient.connect(vertx, port, null)) {
      join(player, game, "Hà");
      player.send(new JsonObject().put("type", "start"));
      assertThat(player.await("Error").getString("code")).isEqualTo("NOT_ALLOWED");
    }
    var handshake = vertx.createWebSocketClient().connect(new io.vertx.core.http.WebSocketConnectOptions()
        .setHost("127.0.0.1").setPort(port).setURI("/ws").addHeader("Origin", "https://evil.example"));
    assertThat(handshake.toCompletionStage().toCompletableFuture()).failsWithin(java.time.Duration.ofSeconds(5));
  }

  /** Player ids on the game's Redis leaderboard, best first (waits for it to be published). */
  private static List<String> leaderboard(long gameId) throws InterruptedException {
    String key = running.redisPrefix() + "{game:" + gameId + "}:leaderboard";
    io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create(vn.luatvui.server.support.TestRedis.URI);
    try (var connection = client.connect()) {
      for (int i = 0; i < 50; i++) {
        List<String> ids = connection.sync().zrevrange(key, 0, -1);
        if (ids.size() == 3) {
          return ids;
        }
        Thread.sleep(100);
      }
      return connection.sync().zrevrange(key, 0, -1);
    } finally {
      client.shutdown();
    }
  }

  @Test
  void the_host_gets_the_answer_count_a_few_times_a_second_and_the_whole_count_before_the_reveal() {
    JsonObject game = createGame();
    int port = running.server().config().httpPort();
    int players = 8;
    List<GameClient> phones = new java.util.ArrayList<>();
    try (GameClient screen = GameClient.connect(vertx, port, host.cookieHeader())) {
      screen.send(new JsonObject().put("type", "host").put("v", 1).put("gameId", game.getLong("gameId")));
      screen.await("HostWelcome");
      for (int i = 0; i < players; i++) {
        GameClient phone = GameClient.connect(vertx, port, null);
        phones.add(phone);
        join(phone, game, "Bạn " + i);
      }
      screen.send(new JsonObject().put("type", "start"));
      for (GameClient phone : phones) {
        phone.await("QuestionOpened");
      }
      for (GameClient phone : phones) {
        answer(phone, 0, 0);
      }
      screen.await("Reveal");
      List<Integer> counts = new java.util.ArrayList<>();
      boolean revealed = false;
      for (String text : screen.seen()) {
        JsonObject frame = new JsonObject(text);
        if ("AnswerCount".equals(frame.getString("type")) && frame.getInteger("questionIndex") == 0 && !revealed) {
          counts.add(frame.getInteger("answered"));
        }
        revealed |= "Reveal".equals(frame.getString("type"));
      }
      assertThat(counts).as("counts never go back").isSorted();
      assertThat(counts.get(counts.size() - 1)).as("the whole count before the reveal").isEqualTo(players);
      assertThat(counts.stream().filter(n -> n > 0).count()).as("not one frame per answer").isLessThan(players);
    } finally {
      phones.forEach(GameClient::close);
    }
  }

  @Test
  void a_phone_checks_the_pin_before_the_nickname_and_joins_on_the_same_socket() {
    JsonObject game = createGame();
    int port = running.server().config().httpPort();
    try (GameClient phone = GameClient.connect(vertx, port, null)) {
      String wrong = game.getString("pin").equals("999999") ? "999998" : "999999";
      phone.send(new JsonObject().put("type", "check").put("v", 1).put("pin", wrong));
      assertThat(phone.await("Error").getString("code")).isEqualTo("GAME_NOT_FOUND");
      phone.send(new JsonObject().put("type", "check").put("v", 1).put("pin", game.getString("pin")));
      assertThat(phone.await("PinFound").getString("pin")).isEqualTo(game.getString("pin"));
      assertThat(join(phone, game, "Hà My").getString("nickname")).isEqualTo("Hà My");
      phone.send(new JsonObject().put("type", "check").put("v", 1).put("pin", game.getString("pin")));
      assertThat(phone.await("Error").getString("code")).as("a seated player has nothing to check").isEqualTo("NOT_ALLOWED");
    }
  }

  private static JsonObject welcomeOf(GameClient player) {
    return player.seen().stream().map(JsonObject::new).filter(f -> "Welcome".equals(f.getString("type")))
        .findFirst().orElseThrow();
  }

  private static JsonObject createGame() {
    JsonArray items = new JsonArray();
    questions.forEach(q -> items.add(new JsonObject().put("questionId", q.getLong("id")).put("timeLimitSeconds", 20)
        .put("points", 1000)));
    HttpResponse<String> set = host.post("/api/question-sets", new JsonObject().put("title", "Giờ học pháp luật")
        .put("shared", false).put("items", items));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
    HttpResponse<String> created = host.post("/api/games", new JsonObject()
        .put("setId", Http.json(set).getJsonObject("set").getLong("id")).put("leadInSeconds", 0));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject game = Http.json(created);
    assertThat(game.getString("pin")).matches("[0-9]{6}");
    assertThat(game.getString("joinUrl")).endsWith("/play?pin=" + game.getString("pin"));
    return game;
  }

  private static JsonObject joinFrame(JsonObject game, String nickname) {
    return LiveGames.joinFrame(game.getString("pin"), nickname);
  }

  private static JsonObject join(GameClient player, JsonObject game, String nickname) {
    player.send(joinFrame(game, nickname));
    JsonObject welcome = player.await("Welcome");
    assertThat(welcome.getString("token")).isNotBlank();
    return welcome;
  }

  private static void answer(GameClient player, int question, int choice) {
    player.send(new JsonObject().put("type", "answer").put("q", question)
        .put("answer", new JsonObject().put("choice", choice)));
  }

  private static void awaitFinished(long gameId) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (count("SELECT count(*) FROM game WHERE status = 'FINISHED' AND id = " + gameId) == 0) {
      assertThat(System.currentTimeMillis()).as("game saved in time").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static int count(String sql) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
