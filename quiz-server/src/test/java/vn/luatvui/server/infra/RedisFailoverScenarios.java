package vn.luatvui.server.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.server.support.LiveGames.answer;
import static vn.luatvui.server.support.LiveGames.hostAccount;
import static vn.luatvui.server.support.LiveGames.hostFrame;
import static vn.luatvui.server.support.LiveGames.join;
import static vn.luatvui.server.support.LiveGames.reconnect;
import static vn.luatvui.server.support.LiveGames.shownIndexOfCorrect;
import static vn.luatvui.server.support.LiveGames.singleChoice;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.LiveGames;
import vn.luatvui.server.support.FailingOverRedis;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestServer;

/**
 * Redis fails over in the middle of a live game and in the middle of a contest: every answer the
 * players were told was taken is still there afterwards, on the new primary or in PostgreSQL, and the
 * game and the contest go on. Run against Redis behind Sentinel ({@link RedisFailoverTest}) and against
 * a Redis Cluster ({@link RedisClusterFailoverTest}), real processes both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RedisFailoverScenarios {
  private final TestDatabase database = TestDatabase.named();
  private final Vertx vertx = Vertx.vertx();
  private FailingOverRedis redis;

  /** Starts the Redis processes the scenarios run against. */
  abstract FailingOverRedis startRedis() throws Exception;

  /** The prefix of this run's Redis keys. */
  abstract String keyPrefix();

  @BeforeAll
  void startIt() throws Exception {
    redis = startRedis();
  }

  @AfterAll
  void cleanUp() throws Exception {
    vertx.close().await();
    database.close();
    if (redis != null) {
      redis.close();
    }
  }

  private Map<String, String> environment() throws Exception {
    return TestServer.environment(database.uri(), redis.url(), keyPrefix());
  }

  @Test
  void a_live_game_keeps_every_acknowledged_answer_across_a_failover_and_goes_on() throws Exception {
    Map<String, String> env = environment();
    int players = 6;
    String pin;
    List<String> tokens = new ArrayList<>();
    List<Integer> chosen = new ArrayList<>();
    // The other test may have failed the primary over just before: its old primary resyncs first.
    redis.awaitReplicaInSync();
    String before = redis.primaries();
    try (QuizServer first = TestServer.start(env)) {
      int port = first.config().httpPort();
      Http host = hostAccount(port);
      JsonObject question = singleChoice(host);
      JsonObject game = LiveGames.createGame(host, List.of(question, LiveGames.approved(host, "TRUE_FALSE")), 120,
          new JsonObject());
      pin = game.getString("pin");
      List<GameClient> clients = new ArrayList<>();
      try (GameClient screen = GameClient.connect(vertx, port, host.cookieHeader())) {
        screen.send(hostFrame(game.getLong("gameId")));
        screen.await("HostWelcome");
        for (int i = 0; i < players; i++) {
          GameClient c = GameClient.connect(vertx, port, null);
          clients.add(c);
          tokens.add(join(c, pin, "Người chơi " + (i + 1)).getString("token"));
        }
        screen.send(new JsonObject().put("type", "start"));
        int right = -1;
        for (GameClient c : clients) {
          right = shownIndexOfCorrect(c.await("QuestionOpened").getJsonObject("question"), question);
          chosen.add(right);
        }
        // The last player waits, so that the question stays open; the others answer while Redis fails over.
        CompletableFuture<Void> failover = null;
        AtomicInteger refusedForNow = new AtomicInteger();
        for (int i = 0; i < players - 1; i++) {
          if (i == 1) {
            failover = CompletableFuture.runAsync(redis::failOver);
          }
          GameClient c = clients.get(i);
          JsonObject reply;
          do {
            c.send(answer(chosen.get(i)));
            reply = c.awaitAny(15, "AnswerAccepted", "Error");
            if (reply.getString("type").equals("Error")) {
              assertThat(reply.getString("code")).as(reply.encode()).isEqualTo("NOT_SAVED");
              refusedForNow.incrementAndGet();
              Thread.sleep(200);
            }
          } while (!reply.getString("type").equals("AnswerAccepted"));
          Thread.sleep(400);
        }
        failover.get();
        assertThat(redis.primaries()).isNotEqualTo(before);
        System.out.printf("Failover from %s to %s; answers refused for a moment (then sent again): %d%n", before,
            redis.primaries(), refusedForNow.get());
      } finally {
        clients.forEach(GameClient::close);
      }
    }

    // A server started now has only Redis (the new primary) to find the room in.
    try (QuizServer second = TestServer.start(env)) {
      int port = second.config().httpPort();
      List<GameClient> clients = new ArrayList<>();
      try {
        for (int i = 0; i < players; i++) {
          GameClient c = GameClient.connect(vertx, port, null);
          clients.add(c);
          c.send(reconnect(pin, tokens.get(i)));
          JsonObject back = c.await("Welcome");
          assertThat(back.getBoolean("reconnected")).isTrue();
          assertThat(back.getString("phase")).isEqualTo("QUESTION_OPEN");
        }
        for (int i = 0; i < players - 1; i++) {
          GameClient c = clients.get(i);
          c.send(answer(chosen.get(i) == 0 ? 1 : 0));
          assertThat(c.await("AnswerAccepted").getBoolean("alreadyAnswered"))
              .as("player %d's acknowledged answer is still there", i + 1).isTrue();
        }
        GameClient last = clients.get(players - 1);
        last.send(answer(chosen.get(players - 1)));
        assertThat(last.await("AnswerAccepted").getBoolean("alreadyAnswered")).isFalse();
        for (int i = 0; i < players; i++) {
          JsonObject result = clients.get(i).await("PlayerResult");
          assertThat(result.getBoolean("correct")).as("player %d", i + 1).isTrue();
          assertThat(result.getInteger("score")).isPositive();
        }
      } finally {
        clients.forEach(GameClient::close);
      }
    }
  }

  @Test
  void a_contest_keeps_every_acknowledged_save_across_a_failover_and_goes_on() throws Exception {
    redis.awaitReplicaInSync();
    try (QuizServer server = TestServer.start(environment())) {
      int port = server.config().httpPort();
      Http admin = new Http(port).login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
      admin.post("/api/users", new JsonObject().put("email", "btc@doan.vn").put("displayName", "Ban tổ chức")
          .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("ORGANISER")));
      Http organiser = new Http(port).login("btc@doan.vn", "mat-khau-du-dai");
      JsonArray items = new JsonArray();
      organiser.json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size=8").getJsonArray("items")
          .forEach(q -> items.add(new JsonObject().put("questionId", ((JsonObject) q).getLong("id"))
              .put("timeLimitSeconds", 20).put("points", 1000)));
      long setId = Http.json(admin.post("/api/question-sets", new JsonObject().put("title", "Bộ đề")
          .put("shared", true).put("items", items))).getJsonObject("set").getLong("id");
      Instant now = Instant.now();
      HttpResponse<String> created = organiser.post("/api/contests", new JsonObject()
          .put("title", "Tìm hiểu pháp luật").put("organiser", "Thành đoàn")
          .put("settings", new JsonObject().put("questionsPerAttempt", 5).put("timeLimitSeconds", 600)
              .put("pool", new JsonObject().put("setIds", new JsonArray().add(setId))))
          .put("rounds", new JsonArray().add(new JsonObject().put("number", 1).put("title", "Tuần 1")
              .put("opensAt", now.minus(1, ChronoUnit.HOURS).toString())
              .put("closesAt", now.plus(2, ChronoUnit.HOURS).toString()))));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      long contestId = Http.json(created).getLong("id");
      HttpResponse<String> units = organiser.put("/api/contests/" + contestId + "/units",
          new JsonObject().put("csv", "ma,ten,ma_cap_tren,so_thanh_vien\nTHPT-A,Trường THPT A,,40\n"));
      assertThat(units.statusCode()).as(units.body()).isEqualTo(200);
      long unit = new JsonArray(units.body()).getJsonObject(0).getLong("id");
      assertThat(organiser.post("/api/contests/" + contestId + "/publish",
          new JsonObject().put("publicQuestions", "KEEP")).statusCode()).isEqualTo(200);

      int contestants = 4;
      List<Http> people = new ArrayList<>();
      List<Long> attempts = new ArrayList<>();
      String[] names = {"Lê Thị Cúc", "Phạm Văn Dũng", "Hoàng Thị Em", "Vũ Văn Giang"};
      for (int i = 0; i < contestants; i++) {
        Http person = new Http(port);
        HttpResponse<String> reg = person.post("/api/contests/" + contestId + "/registrations", new JsonObject()
            .put("fullName", names[i]).put("birthDate", "2008-05-17").put("unitId", unit)
            .put("phone", "091111111" + i).put("consent", new JsonObject().put("accepted", true)));
        assertThat(reg.statusCode()).as(reg.body()).isEqualTo(201);
        HttpResponse<String> started = person.post("/api/contests/" + contestId + "/attempts", new JsonObject().put("round", 1));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        people.add(person);
        attempts.add(Http.json(started).getLong("id"));
      }

      // Contestants keep saving answers while Redis fails over; each save acknowledged (200) is noted.
      Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger failed = new AtomicInteger();
      List<CompletableFuture<Void>> savers = new ArrayList<>();
      for (int i = 0; i < contestants; i++) {
        int k = i;
        savers.add(CompletableFuture.runAsync(() -> {
          int n = 0;
          while (!stop.get()) {
            int position = n % 5;
            int choice = (n / 5) % 2;
            HttpResponse<String> saved = people.get(k).put("/api/attempts/" + attempts.get(k) + "/answers/" + position,
                new JsonObject().put("choice", choice));
            if (saved.statusCode() == 200) {
              acknowledged.put(attempts.get(k) + "/" + position, choice);
            } else {
              failed.incrementAndGet();
            }
            n++;
          }
        }));
      }
      Thread.sleep(500);
      String before = redis.primaries();
      redis.failOver();
      Thread.sleep(1000);
      stop.set(true);
      CompletableFuture.allOf(savers.toArray(CompletableFuture[]::new)).get();
      assertThat(redis.primaries()).isNotEqualTo(before);
      assertThat(failed.get()).as("saves refused during the failover").isZero();

      for (int i = 0; i < contestants; i++) {
        JsonArray questions = people.get(i).json("/api/attempts/" + attempts.get(i)).getJsonArray("questions");
        for (int position = 0; position < 5; position++) {
          Integer expected = acknowledged.get(attempts.get(i) + "/" + position);
          assertThat(expected).as("contestant %d saved question %d", i, position).isNotNull();
          assertThat(questions.getJsonObject(position).getJsonObject("answer").getInteger("choice"))
              .as("contestant %d, question %d", i, position).isEqualTo(expected);
        }
        HttpResponse<String> submitted = people.get(i).post("/api/attempts/" + attempts.get(i) + "/submit", new JsonObject());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
      }
      // The leaderboard lives in Redis: it is written on the new primary and read from it.
      JsonObject board = new Http(port).json("/api/contests/" + contestId + "/leaderboard?round=1&top=20");
      assertThat(board.getJsonArray("top")).hasSize(contestants);
    }
  }
}
