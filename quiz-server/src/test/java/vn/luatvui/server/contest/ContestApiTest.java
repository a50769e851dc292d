package vn.luatvui.server.contest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** A contest end to end against the real PostgreSQL and Redis: set-up, registration, attempts, rankings. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContestApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String UNITS_CSV = "ma,ten,ma_cap_tren,so_thanh_vien\n"
      + "HN,Thành đoàn Hà Nội,,\nTHPT-A,Trường THPT A,HN,40\nTHPT-B,Trường THPT B,HN,10\n";
  private static Http organiser;
  private static long contestId;
  private static long unitA;
  private static long unitB;

  @BeforeAll
  static void organiserAndContest() {
    running.admin().post("/api/users", new JsonObject().put("email", "btc@doan.vn").put("displayName", "Ban tổ chức")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("ORGANISER")));
    organiser = running.http().login("btc@doan.vn", "mat-khau-du-dai");
    JsonArray items = new JsonArray();
    organiser.json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size=8").getJsonArray("items")
        .forEach(q -> items.add(new JsonObject().put("questionId", ((JsonObject) q).getLong("id"))
            .put("timeLimitSeconds", 20).put("points", 1000)));
    HttpResponse<String> set = running.admin().post("/api/question-sets", new JsonObject().put("title", "Bộ đề cuộc thi")
        .put("shared", true).put("items", items));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
    long setId = Http.json(set).getJsonObject("set").getLong("id");
    Instant now = Instant.now();
    HttpResponse<String> created = organiser.post("/api/contests", new JsonObject()
        .put("title", "Tìm hiểu pháp luật về giao thông").put("organiser", "Thành đoàn")
        .put("settings", new JsonObject().put("questionsPerAttempt", 5).put("timeLimitSeconds", 600)
            .put("attemptsPerRound", 2).put("reveal", "AFTER_SUBMIT")
            .put("pool", new JsonObject().put("setIds", new JsonArray().add(setId))))
        .put("rounds", new JsonArray().add(new JsonObject().put("number", 1).put("title", "Tuần 1")
            .put("opensAt", now.minus(1, ChronoUnit.HOURS).toString())
            .put("closesAt", now.plus(2, ChronoUnit.HOURS).toString()))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    contestId = Http.json(created).getLong("id");
  }

  @Test
  @Order(1)
  void units_with_errors_are_refused_by_row_and_column_and_nothing_is_written() {
    HttpResponse<String> bad = organiser.put("/api/contests/" + contestId + "/units",
        new JsonObject().put("csv", "ma,ten,ma_cap_tren\nHN,Hà Nội,\nX1,,HN\nX2,Trường X2,KHONG-CO\n"));
    assertThat(bad.statusCode()).isEqualTo(422);
    JsonArray problems = Http.json(bad).getJsonArray("problems");
    assertThat(problems.stream().map(p -> ((JsonObject) p).getInteger("row") + ":" + ((JsonObject) p).getString("column")))
        .contains("3:ten", "4:ma_cap_tren");
    assertThat(running.http().get("/api/contests/" + contestId + "/units").statusCode()).isEqualTo(404);
    assertThat(organiser.json("/api/contests/" + contestId).getString("status")).isEqualTo("DRAFT");
  }

  @Test
  @Order(2)
  void the_organiser_sets_units_and_publishes() {
    HttpResponse<String> units = organiser.put("/api/contests/" + contestId + "/units", new JsonObject().put("csv", UNITS_CSV));
    assertThat(units.statusCode()).as(units.body()).isEqualTo(200);
    JsonArray list = new JsonArray(units.body());
    assertThat(list).hasSize(3);
    assertThat(list.getJsonObject(0).getString("code")).isEqualTo("HN");
    unitA = list.stream().map(JsonObject.class::cast).filter(u -> u.getString("code").equals("THPT-A")).findFirst().orElseThrow().getLong("id");
    unitB = list.stream().map(JsonObject.class::cast).filter(u -> u.getString("code").equals("THPT-B")).findFirst().orElseThrow().getLong("id");
    HttpResponse<String> published = organiser.post("/api/contests/" + contestId + "/publish", new JsonObject().put("publicQuestions", "KEEP"));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    JsonObject landing = running.http().json("/api/contests/" + contestId);
    assertThat(landing.getString("status")).isEqualTo("PUBLISHED");
    assertThat(landing.getJsonArray("rounds").getJsonObject(0).getString("state")).isEqualTo("OPEN");
  }

  @Test
  @Order(3)
  void the_same_person_in_the_same_unit_registers_once() {
    Http first = running.http();
    HttpResponse<String> ok = first.post(registrations(), person("Nguyễn Văn An", unitA, "0912345678"));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    assertThat(Http.json(ok).getString("accessCode")).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    HttpResponse<String> again = running.http().post(registrations(), person("NGUYỄN  văn an", unitA, "0987654321"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Http.json(again).getJsonObject("error").getString("message")).contains("họ tên, ngày sinh và đơn vị");
    HttpResponse<String> samePhone = running.http().post(registrations(), person("Trần Thị Bình", unitB, "0912345678"));
    assertThat(samePhone.statusCode()).isEqualTo(409);
    HttpResponse<String> invalid = running.http().post(registrations(), person("A", unitB, "12"));
    assertThat(invalid.statusCode()).isEqualTo(422);
  }

  @Test
  @Order(4)
  void an_attempt_hides_the_answers_saves_each_one_and_resumes_after_a_reload() {
    Http contestant = registered("Lê Thị Cúc", unitA, "0911111111");
    HttpResponse<String> started = contestant.post(attempts(), new JsonObject().put("round", 1));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject attempt = Http.json(started);
    assertThat(started.body()).doesNotContain("\"correct\"").doesNotContain("explanation").doesNotContain("citations");
    assertThat(attempt.getJsonArray("questions")).hasSize(5);
    assertThat(attempt.getLong("remainingMs")).isBetween(590_000L, 600_000L);
    long id = attempt.getLong("id");

    HttpResponse<String> saved = contestant.put("/api/attempts/" + id + "/answers/2", new JsonObject().put("choice", 1));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(Http.json(saved).getInteger("answered")).isEqualTo(1);
    assertThat(contestant.put("/api/attempts/" + id + "/answers/2", new JsonObject().put("choice", 0)).statusCode()).isEqualTo(200);
    assertThat(contestant.put("/api/attempts/" + id + "/answers/2", new JsonObject().put("text", "x")).statusCode()).isEqualTo(422);
    HttpResponse<String> offContract = contestant.put("/api/attempts/" + id + "/answers/2", new JsonObject().put("choice", 12));
    assertThat(offContract.statusCode()).isEqualTo(400);
    assertThat(Http.json(offContract).getJsonObject("error").getString("message")).contains("đặc tả API");
    assertThat(contestant.put("/api/attempts/" + id + "/answers/2", new JsonObject().put("colour", 1)).statusCode()).isEqualTo(400);
    assertThat(contestant.put("/api/attempts/" + id + "/answers/x", new JsonObject().put("choice", 1)).statusCode()).isEqualTo(400);
    assertThat(running.http().put("/api/attempts/" + id + "/answers/2", new JsonObject().put("choice", 0)).statusCode()).isEqualTo(401);

    JsonObject resumed = contestant.json("/api/attempts/" + id);
    assertThat(resumed.getJsonArray("questions").getJsonObject(2).getJsonObject("answer").getInteger("choice")).isEqualTo(0);
    assertThat(resumed.getJsonArray("questions").getJsonObject(0).getString("text"))
        .isEqualTo(attempt.getJsonArray("questions").getJsonObject(0).getString("text"));
    HttpResponse<String> again = contestant.post(attempts(), new JsonObject().put("round", 1));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Http.json(again).getLong("id")).isEqualTo(id);

    HttpResponse<String> submitted = contestant.post("/api/attempts/" + id + "/submit", new JsonObject());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    JsonObject result = Http.json(submitted);
    assertThat(result.getString("status")).isEqualTo("SUBMITTED");
    assertThat(result.getJsonObject("result").getInteger("rank")).isEqualTo(1);
    assertThat(result.getJsonArray("review")).hasSize(5);
    assertThat(result.getJsonArray("review").getJsonObject(0).getJsonArray("citations")).isNotEmpty();
    assertThat(contestant.put("/api/attempts/" + id + "/answers/1", new JsonObject().put("choice", 0)).statusCode())
        .isEqualTo(409);
  }

  @Test
  @Order(5)
  void an_attempt_whose_time_is_up_is_submitted_with_what_was_answered() throws Exception {
    Http contestant = registered("Phạm Văn Dũng", unitB, "0922222222");
    long id = Http.json(contestant.post(attempts(), new JsonObject().put("round", 1))).getLong("id");
    assertThat(contestant.put("/api/attempts/" + id + "/answers/0", new JsonObject().put("choice", 0)).statusCode()).isEqualTo(200);
    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE contest_attempt SET started_at = now() - interval '20 minutes', "
          + "deadline = now() - interval '10 minutes' WHERE id = " + id);
    }
    HttpResponse<String> late = contestant.put("/api/attempts/" + id + "/answers/1", new JsonObject().put("choice", 0));
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(Http.json(late).getJsonObject("error").getString("code")).isEqualTo("time_up");
    JsonObject after = contestant.json("/api/attempts/" + id);
    assertThat(after.getString("status")).isEqualTo("SUBMITTED");
    assertThat(after.getJsonObject("result").getBoolean("autoSubmitted")).isTrue();
    assertThat(after.getJsonObject("result").getLong("durationMs")).isEqualTo(600_000L);
    assertThat(after.getJsonArray("questions").getJsonObject(0).getJsonObject("answer").getInteger("choice")).isEqualTo(0);
  }

  @Test
  @Order(6)
  void a_rebuilt_leaderboard_equals_the_live_one() {
    for (int i = 0; i < 4; i++) {
      String name = List.of("Hoàng Minh Đức", "Vũ Thu Hà", "Đỗ Quang Huy", "Bùi Ngọc Lan").get(i);
      Http contestant = registered(name, i % 2 == 0 ? unitA : unitB, "09333333" + (10 + i));
      long id = Http.json(contestant.post(attempts(), new JsonObject().put("round", 1))).getLong("id");
      for (int p = 0; p <= i; p++) {
        contestant.put("/api/attempts/" + id + "/answers/" + p, new JsonObject().put("choice", p % 2));
      }
      assertThat(contestant.post("/api/attempts/" + id + "/submit", new JsonObject()).statusCode()).isEqualTo(200);
    }
    String live = running.http().get("/api/contests/" + contestId + "/leaderboard?round=1&top=20").body();
    String overall = running.http().get("/api/contests/" + contestId + "/leaderboard?top=20").body();
    assertThat(new JsonObject(live).getLong("total")).isEqualTo(6);
    var redis = running.server().redis().sync();
    redis.del(redis.keys(running.redisPrefix() + "{contest:*").toArray(String[]::new));
    assertThat(new JsonObject(running.http().get("/api/contests/" + contestId + "/leaderboard?round=1").body())
        .getLong("total")).isZero();
    assertThat(running.server().contests().rebuild().missing().await()).isEqualTo(12);
    assertThat(running.server().contests().rebuild().missing().await()).isZero();
    assertThat(running.http().get("/api/contests/" + contestId + "/leaderboard?round=1&top=20").body()).isEqualTo(live);
    assertThat(running.http().get("/api/contests/" + contestId + "/leaderboard?top=20").body()).isEqualTo(overall);
  }

  @Test
  @Order(7)
  void closing_the_round_fixes_the_figure_the_ranks_and_the_unit_rollup() {
    HttpResponse<String> closed = organiser.post("/api/contests/" + contestId + "/rounds/1/close", new JsonObject());
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    JsonObject round = Http.json(closed);
    assertThat(round.getString("state")).isEqualTo("CLOSED");
    assertThat(round.containsKey("actualFigure")).isTrue();
    JsonObject pending = running.http().json("/api/contests/" + contestId + "/leaderboard?round=1&top=20");
    assertThat(pending.getBoolean("resultsPending")).isTrue();
    assertThat(pending.getJsonArray("top")).isEmpty();
    assertThat(organiser.json("/api/contests/" + contestId + "/leaderboard?round=1&top=20").getJsonArray("top")).hasSize(6);
    assertThat(organiser.post("/api/contests/" + contestId + "/rounds/1/publish", new JsonObject()).statusCode()).isEqualTo(200);
    JsonObject board = running.http().json("/api/contests/" + contestId + "/leaderboard?round=1&top=20");
    assertThat(board.getBoolean("final")).isTrue();
    assertThat(board.getBoolean("resultsPending")).isFalse();
    JsonArray top = board.getJsonArray("top");
    for (int i = 1; i < top.size(); i++) {
      assertThat(top.getJsonObject(i - 1).getInteger("score")).isGreaterThanOrEqualTo(top.getJsonObject(i).getInteger("score"));
    }
    JsonArray units = new JsonArray(running.http().get("/api/contests/" + contestId + "/unit-ranking?round=1").body());
    JsonObject city = units.stream().map(JsonObject.class::cast).filter(u -> u.getString("code").equals("HN")).findFirst().orElseThrow();
    assertThat(city.getLong("participants")).isEqualTo(6);
    JsonObject schoolA = units.stream().map(JsonObject.class::cast).filter(u -> u.getString("code").equals("THPT-A")).findFirst().orElseThrow();
    assertThat(schoolA.getLong("participants")).isEqualTo(3);
    assertThat(schoolA.getDouble("participationRate")).isEqualTo(3 / 40.0);
    assertThat(city.getDouble("participationRate")).isEqualTo(6 / 50.0);
    byte[] csv = organiser.getBytes("/api/contests/" + contestId + "/results?round=1&format=csv");
    assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("Họ và tên").contains("Lê Thị Cúc");
  }

  private static String registrations() {
    return "/api/contests/" + contestId + "/registrations";
  }

  private static String attempts() {
    return "/api/contests/" + contestId + "/attempts";
  }

  private static JsonObject person(String name, long unit, String phone) {
    return new JsonObject().put("fullName", name).put("birthDate", "2008-05-17").put("unitId", unit).put("phone", phone)
        .put("consent", new JsonObject().put("accepted", true));
  }

  private static Http registered(String name, long unit, String phone) {
    Http contestant = running.http();
    HttpResponse<String> ok = contestant.post(registrations(), person(name, unit, phone));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    return contestant;
  }
}
