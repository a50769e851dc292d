package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.server.support.LiveGames.answer;
import static vn.luatvui.server.support.LiveGames.createGame;
import static vn.luatvui.server.support.LiveGames.hostAccount;
import static vn.luatvui.server.support.LiveGames.hostScreen;
import static vn.luatvui.server.support.LiveGames.join;
import static vn.luatvui.server.support.LiveGames.reconnect;
import static vn.luatvui.server.support.LiveGames.shownIndexOfCorrect;
import static vn.luatvui.server.support.LiveGames.singleChoice;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.ServerProcess;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/**
 * The server playing a room is killed ({@code kill -9}) near the end of a question, with players
 * spread over real server processes sharing PostgreSQL and Redis (the lease is the 6 s an operator
 * set). Another server takes the room over within two seconds; the screens on the surviving servers
 * keep their sockets; the answer given during the outage counts, the question's time is extended by
 * the outage, and the scores saved are the scores the players were shown.
 */
class KilledOwnerTest {
  private static final Vertx vertx = Vertx.vertx();
  private static final long MAX_GAP_NANOS = TimeUnit.SECONDS.toNanos(2);

  @AfterAll
  static void closeClients() {
    vertx.close().await();
  }

  @Test
  void two_servers_the_survivor_takes_the_room_over_and_nothing_given_in_time_is_lost() throws Exception {
    killTheOwnerMidQuestion(2);
  }

  @Test
  void three_servers_one_survivor_takes_the_room_over_and_the_other_follows_it() throws Exception {
    killTheOwnerMidQuestion(3);
  }

  private void killTheOwnerMidQuestion(int serverCount) throws Exception {
    try (TestDatabase database = TestDatabase.named(); TestRedis redis = new TestRedis()) {
      List<ServerProcess> servers = new ArrayList<>();
      try {
        // One after the other: the first applies the migrations, and a loaded machine starts one at a time best.
        servers.add(ServerProcess.start("owner-" + serverCount, environment(database, redis)));
        for (int i = 1; i < serverCount; i++) {
          servers.add(ServerProcess.start("survivor-" + serverCount + "-" + i, environment(database, redis)));
        }
        play(database, servers.get(0), servers.get(1), servers.get(serverCount - 1));
      } finally {
        for (ServerProcess s : servers) {
          s.close();
        }
      }
    }
  }

  /**
   * An and Bình on {@code first}, Chi and the host's screen on {@code last} (the same server when
   * there are two), Dũng on the owner.
   */
  private void play(TestDatabase database, ServerProcess owner, ServerProcess first, ServerProcess last)
      throws Exception {
    Http host = hostAccount(owner.port());
    JsonObject question = singleChoice(host);
    // Ten seconds to answer: joining and the first answer fit in them even on a loaded machine.
    JsonObject game = createGame(host, List.of(question), 10, new JsonObject());
    long gameId = game.getLong("gameId");
    String pin = game.getString("pin");
    try (GameClient screen = hostScreen(vertx, last.port(), host, gameId);
         GameClient an = GameClient.connect(vertx, first.port(), null);
         GameClient binh = GameClient.connect(vertx, first.port(), null);
         GameClient chi = GameClient.connect(vertx, last.port(), null);
         GameClient dung = GameClient.connect(vertx, owner.port(), null)) {
      join(an, pin, "An");
      join(binh, pin, "Bình");
      join(chi, pin, "Chi");
      String dungToken = join(dung, pin, "Dũng").getString("token");
      screen.send(new JsonObject().put("type", "start"));
      JsonObject opened = an.await("QuestionOpened");
      long closesAt = opened.getLong("closesAt");
      int right = shownIndexOfCorrect(opened.getJsonObject("question"), question);
      binh.await("QuestionOpened");
      chi.await("QuestionOpened");
      dung.await("QuestionOpened");
      an.send(answer(right));
      assertThat(an.await("AnswerAccepted").getBoolean("alreadyAnswered")).isFalse();

      // Near the end of the question: the owner dies, and Bình answers in time while it is dead.
      long wait = closesAt - 900 - System.currentTimeMillis();
      assertThat(wait).as("time left before the kill").isPositive();
      Thread.sleep(wait);
      long killed = System.nanoTime();
      owner.kill();
      binh.send(answer(right));
      long binhSent = System.currentTimeMillis();
      assertThat(binhSent).as("Bình answered before the question's deadline").isLessThan(closesAt);

      // The other servers' screens hear from the room again within two seconds, on the same sockets.
      screen.await("HostWelcome");
      long hostGap = screen.lastArrival() - killed;
      JsonObject anBack = an.await("Welcome");
      long playerGap = an.lastArrival() - killed;
      assertThat(hostGap).as("gap on the host's screen (ns)").isLessThanOrEqualTo(MAX_GAP_NANOS);
      assertThat(playerGap).as("gap on a player's screen (ns)").isLessThanOrEqualTo(MAX_GAP_NANOS);
      assertThat(anBack.getBoolean("reconnected")).isTrue();
      assertThat(an.await("AnswerAccepted").getBoolean("alreadyAnswered")).as("An's answer survived").isTrue();
      assertThat(binh.await("AnswerAccepted").getBoolean("alreadyAnswered")).as("Bình's answer counted").isFalse();

      // The question's time was extended by the outage: Chi, past the old deadline, is not cut short.
      // A dead owner is seen gone no sooner than CLOSED_GRACE after its last renewal, so the outage
      // (last renewal → room back) is at least that long.
      long extended = chi.await("QuestionOpened").getLong("closesAt");
      assertThat(extended - closesAt).as("extension (ms)").isGreaterThanOrEqualTo(RoomRelay.CLOSED_GRACE.toMillis());
      long untilOldDeadline = closesAt + 50 - System.currentTimeMillis();
      if (untilOldDeadline > 0) {
        Thread.sleep(untilOldDeadline);
      }
      chi.send(answer(right));
      assertThat(chi.await("AnswerAccepted").getBoolean("alreadyAnswered")).as("Chi answered past the old deadline")
          .isFalse();

      // Only the screen on the dead server lost its socket; it comes back through a survivor.
      assertThat(dung.awaitClosed()).isNotEqualTo(0);
      try (GameClient dungAgain = GameClient.connect(vertx, first.port(), null)) {
        dungAgain.send(reconnect(pin, dungToken));
        assertThat(dungAgain.await("Welcome").getBoolean("reconnected")).isTrue();
        for (GameClient kept : List.of(screen, an, binh, chi)) {
          assertThat(kept.closed()).as("a survivor's screen keeps its socket").isFalse();
        }

        screen.send(new JsonObject().put("type", "next")); // closes the question if Dũng has not answered
        JsonObject reveal = screen.await("Reveal");
        assertThat(reveal.getInteger("correctCount")).as("An, Bình and Chi counted").isEqualTo(3);
        Map<String, JsonObject> results = new HashMap<>();
        results.put("An", an.await("PlayerResult"));
        results.put("Bình", binh.await("PlayerResult"));
        results.put("Chi", chi.await("PlayerResult"));
        results.put("Dũng", dungAgain.await("PlayerResult"));
        for (String name : List.of("An", "Bình", "Chi")) {
          JsonObject r = results.get(name);
          assertThat(r.getBoolean("correct")).as(name + " correct").isTrue();
          assertThat(r.getInteger("points")).as(name + " points").isPositive();
          assertThat(r.getInteger("score")).as(name + " score").isEqualTo(r.getInteger("points"));
        }
        assertThat(results.get("An").getInteger("points")).as("An answered first, before the outage")
            .isGreaterThan(results.get("Chi").getInteger("points"));

        screen.send(new JsonObject().put("type", "next"));
        screen.await("Scoreboard");
        screen.send(new JsonObject().put("type", "next"));
        screen.await("Podium");
        screen.send(new JsonObject().put("type", "next"));
        screen.await("GameEnded");
        assertSaved(database, gameId, results);
      }
    }
  }

  /** The scores saved in PostgreSQL are the scores the players were shown, with an answer row each. */
  private static void assertSaved(TestDatabase database, long gameId, Map<String, JsonObject> shown) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    Map<String, Integer> saved = new HashMap<>();
    int answers = 0;
    try (Connection db = database.connect()) {
      while (saved.size() < shown.size() && System.nanoTime() < deadline) {
        saved.clear();
        try (ResultSet rows = db.createStatement().executeQuery(
            "SELECT nickname, score FROM game_player WHERE game_id = " + gameId)) {
          while (rows.next()) {
            saved.put(rows.getString(1), rows.getInt(2));
          }
        }
        try (ResultSet rows = db.createStatement().executeQuery(
            "SELECT count(*) FROM game_answer WHERE game_id = " + gameId)) {
          rows.next();
          answers = rows.getInt(1);
        }
        if (saved.size() < shown.size()) {
          Thread.sleep(200);
        }
      }
    }
    Map<String, Integer> expected = new HashMap<>();
    shown.forEach((name, result) -> expected.put(name, result.getInteger("score")));
    assertThat(saved).isEqualTo(expected);
    int answered = (int) shown.values().stream().filter(r -> r.getBoolean("answered")).count();
    assertThat(answers).as("one saved answer per answer given").isEqualTo(answered);
  }

  private static Map<String, String> environment(TestDatabase database, TestRedis redis) throws Exception {
    Map<String, String> env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    env.put(AppConfig.ROOM_LEASE_SECONDS, "6");
    return env;
  }
}
