package vn.luatvui.server.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

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

  /** A game of that one question (2 minutes to answer, no lead-in); the reply to creating it. */
  public static JsonObject createGame(Http host, JsonObject question) {
    JsonObject set = Http.json(host.post("/api/question-sets", new JsonObject().put("title", "Tiết học").put("shared", false)
        .put("items", new JsonArray().add(new JsonObject().put("questionId", question.getLong("id"))
            .put("timeLimitSeconds", 120).put("points", 1000)))));
    return Http.json(host.post("/api/games", new JsonObject().put("setId", set.getJsonObject("set").getLong("id"))
        .put("leadInSeconds", 0)));
  }

  public static JsonObject hostFrame(long gameId) {
    return new JsonObject().put("type", "host").put("v", 1).put("gameId", gameId);
  }

  /** Joins and returns the Welcome (with the reconnect token). */
  public static JsonObject join(GameClient player, String pin, String nickname) {
    player.send(new JsonObject().put("type", "join").put("v", 1).put("pin", pin).put("nickname", nickname));
    return player.await("Welcome");
  }

  public static JsonObject reconnect(String pin, String token) {
    return new JsonObject().put("type", "reconnect").put("v", 1).put("pin", pin).put("token", token);
  }

  /** A single-choice answer to the first question. */
  public static JsonObject answer(int choice) {
    return new JsonObject().put("type", "answer").put("q", 0).put("answer", new JsonObject().put("choice", choice));
  }

  /** Where the correct choice of the bank question landed in the shuffled question a player was shown. */
  public static int shownIndexOfCorrect(JsonObject shown, JsonObject bankQuestion) {
    String correct = bankQuestion.getJsonObject("content").getJsonArray("choices").stream().map(c -> (JsonObject) c)
        .filter(c -> c.getBoolean("correct")).findFirst().orElseThrow().getString("text");
    return shown.getJsonArray("choices").getList().indexOf(correct);
  }
}
