package vn.luatvui.server.support;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/** What the live-game tests do again and again: a host account, a one-question game, the frames players send. */
public final class LiveGames {
  private LiveGames() {
  }

  /** Signs in as a HOST account, created by the bootstrap admin on the first call for this database. */
  public static Http hostAccount(int port) {
    Http admin = new Http(port).login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    admin.post("/api/users", new JsonObject().put("email", "thay.nam@truong.edu.vn").put("displayName", "Thầy Nam")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("HOST")));
    return new Http(port).login("thay.nam@truong.edu.vn", "mat-khau-du-dai");
  }

  /** An approved single-choice question of the starter bank not flagged for review. */
  public static JsonObject singleChoice(Http host) {
    return host.json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size=1")
        .getJsonArray("items").getJsonObject(0);
  }

  /** An approved question of this type (TRUE_FALSE, POLL…) of the starter bank, not flagged for review. */
  public static JsonObject approved(Http host, String type) {
    JsonArray items = host.json("/api/questions?status=APPROVED&needsReview=false&type=" + type + "&size=1")
        .getJsonArray("items");
    if (items.isEmpty()) {
      throw new AssertionError("No approved " + type + " question in the bank");
    }
    return items.getJsonObject(0);
  }

  /** A game of that one question (2 minutes to answer, no lead-in); the reply to creating it. */
  public static JsonObject createGame(Http host, JsonObject question) {
    return createGame(host, List.of(question), 120, new JsonObject());
  }

  /**
   * A game of these questions, each worth 1000 points with this time to answer, no lead-in; {@code options}
   * adds to or overrides the game's settings ({@code lateJoinAllowed}, {@code leaderboardShown}…). The reply
   * to creating it.
   */
  public static JsonObject createGame(Http host, List<JsonObject> questions, int timeLimitSeconds, JsonObject options) {
    JsonArray items = new JsonArray();
    questions.forEach(q -> items.add(new JsonObject().put("questionId", q.getLong("id"))
        .put("timeLimitSeconds", timeLimitSeconds).put("points", 1000)));
    HttpResponse<String> set = host.post("/api/question-sets", new JsonObject().put("title", "Tiết học")
        .put("shared", false).put("items", items));
    if (set.statusCode() != 201) {
      throw new AssertionError("Creating the set: " + set.statusCode() + " " + set.body());
    }
    JsonObject body = new JsonObject().put("setId", Http.json(set).getJsonObject("set").getLong("id"))
        .put("leadInSeconds", 0).mergeIn(options);
    HttpResponse<String> game = host.post("/api/games", body);
    if (game.statusCode() != 201) {
      throw new AssertionError("Creating the game: " + game.statusCode() + " " + game.body());
    }
    return Http.json(game);
  }

  public static JsonObject hostFrame(long gameId) {
    return new JsonObject().put("type", "host").put("v", 1).put("gameId", gameId);
  }

  /** The host's screen for a game, past its welcome and the catch-up's room settings and players. */
  public static GameClient hostScreen(Vertx vertx, int port, Http host, long gameId) {
    GameClient screen = GameClient.connect(vertx, port, host.cookieHeader());
    screen.send(hostFrame(gameId));
    screen.await("HostWelcome");
    screen.await("PlayerList");
    return screen;
  }

  public static JsonObject joinFrame(String pin, String nickname) {
    return new JsonObject().put("type", "join").put("v", 1).put("pin", pin).put("nickname", nickname);
  }

  /** Joins and returns the Welcome (with the reconnect token). */
  public static JsonObject join(GameClient player, String pin, String nickname) {
    player.send(joinFrame(pin, nickname));
    return player.await("Welcome");
  }

  public static JsonObject reconnect(String pin, String token) {
    return new JsonObject().put("type", "reconnect").put("v", 1).put("pin", pin).put("token", token);
  }

  /** A single-choice answer to the first question. */
  public static JsonObject answer(int choice) {
    return new JsonObject().put("type", "answer").put("q", 0).put("answer", new JsonObject().put("choice", choice));
  }

  /** An answer to question {@code q} (0-based): {@code choice}, {@code choices}, {@code text} or {@code order}. */
  public static JsonObject answer(int q, JsonObject payload) {
    return new JsonObject().put("type", "answer").put("q", q).put("answer", payload);
  }

  /** Where the choice with this text landed in the question a player was shown; fails if it is not there. */
  public static int shownIndexOf(JsonObject shown, String text) {
    int index = shown.getJsonArray("choices").getList().indexOf(text);
    if (index < 0) {
      throw new AssertionError("Choice '" + text + "' not shown in " + shown.getJsonArray("choices"));
    }
    return index;
  }

  /** Where the correct choice of the bank question landed in the shuffled question a player was shown. */
  public static int shownIndexOfCorrect(JsonObject shown, JsonObject bankQuestion) {
    String correct = bankQuestion.getJsonObject("content").getJsonArray("choices").stream().map(c -> (JsonObject) c)
        .filter(c -> c.getBoolean("correct")).findFirst().orElseThrow().getString("text");
    return shown.getJsonArray("choices").getList().indexOf(correct);
  }
}
