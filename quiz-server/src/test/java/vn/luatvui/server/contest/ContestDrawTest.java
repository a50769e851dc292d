package vn.luatvui.server.contest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** Draws from the bank with quotas, against the real starter bank in PostgreSQL. */
class ContestDrawTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static Http organiser;
  private static long unitId;

  @BeforeAll
  static void organiser() {
    running.admin().post("/api/users", new JsonObject().put("email", "btc.rut@doan.vn").put("displayName", "Ban tổ chức")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("ORGANISER")));
    organiser = running.http().login("btc.rut@doan.vn", "mat-khau-du-dai");
  }

  @Test
  void every_attempt_meets_the_quotas_with_its_own_order_and_never_a_question_under_review() throws Exception {
    long contest = contest(new JsonArray()
        .add(new JsonObject().put("tag", "giao thông").put("difficulty", 2).put("count", 3))
        .add(new JsonObject().put("tag", "trẻ em").put("count", 2)));
    assertThat(organiser.post("/api/contests/" + contest + "/publish", new JsonObject().put("publicQuestions", "KEEP")).statusCode()).isEqualTo(200);

    List<List<Long>> orders = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Http contestant = running.http();
      HttpResponse<String> registered = contestant.post("/api/contests/" + contest + "/registrations", new JsonObject()
          .put("fullName", List.of("An", "Bình", "Chi", "Dũng", "Giang").get(i) + " Nguyễn").put("birthDate", "2007-03-0" + (i + 1))
          .put("unitId", unitId).put("email", "ts" + i + "@truong.edu.vn")
          .put("consent", new JsonObject().put("accepted", true)));
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
      HttpResponse<String> started = contestant.post("/api/contests/" + contest + "/attempts", new JsonObject().put("round", 1));
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      long attempt = Http.json(started).getLong("id");
      List<Long> drawn = drawn(attempt);
      orders.add(drawn);

      assertThat(drawn).hasSize(8).doesNotHaveDuplicates();
      assertThat(count(drawn, "giao thông", 2)).isGreaterThanOrEqualTo(3);
      assertThat(count(drawn, "trẻ em", null)).isGreaterThanOrEqualTo(2);
      assertThat(flaggedOrPolls(drawn)).isZero();
    }
    assertThat(new HashSet<>(orders)).as("each attempt is drawn and ordered on its own").hasSizeGreaterThan(1);
  }

  @Test
  void a_question_flagged_for_review_after_the_pool_was_read_is_never_drawn() throws Exception {
    JsonArray items = new JsonArray();
    organiser.json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size=12").getJsonArray("items")
        .forEach(q -> items.add(new JsonObject().put("questionId", ((JsonObject) q).getLong("id"))
            .put("timeLimitSeconds", 20).put("points", 1000)));
    HttpResponse<String> set = organiser.post("/api/question-sets", new JsonObject().put("title", "Mười hai câu")
        .put("shared", false).put("items", items));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
    // 4 of 12: once the first attempt's 4 are flagged, a draw from the pool as first read would hit
    // one of them in all but 14 % of attempts.
    long contest = contest(new JsonObject().put("questionsPerAttempt", 4).put("timeLimitSeconds", 600)
        .put("pool", new JsonObject().put("setIds", new JsonArray().add(Http.json(set).getJsonObject("set").getLong("id")))));
    assertThat(organiser.post("/api/contests/" + contest + "/publish", new JsonObject().put("publicQuestions", "KEEP")).statusCode()).isEqualTo(200);
    List<Long> first = drawn(start(contest, 0));
    try (Connection c = running.database().connect(); PreparedStatement s = c.prepareStatement(
        "UPDATE question SET needs_review = true, needs_review_reason = 'Văn bản được sửa đổi' WHERE id = ANY(?)")) {
      s.setArray(1, c.createArrayOf("bigint", first.toArray()));
      s.executeUpdate();
    }
    for (int i = 1; i < 4; i++) {
      assertThat(drawn(start(contest, i))).doesNotContainAnyElementsOf(first);
    }
  }

  @Test
  void a_pool_that_cannot_fill_an_attempt_is_not_published_and_the_message_names_the_quota() {
    long contest = contest(new JsonArray().add(new JsonObject().put("tag", "không có chủ đề này").put("count", 1)));
    HttpResponse<String> refused = organiser.post("/api/contests/" + contest + "/publish", new JsonObject().put("publicQuestions", "KEEP"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Http.json(refused).getJsonObject("error").getString("message")).contains("không có chủ đề này");
  }

  private static long start(long contest, int i) {
    Http contestant = running.http();
    HttpResponse<String> registered = contestant.post("/api/contests/" + contest + "/registrations", new JsonObject()
        .put("fullName", "Trần Văn " + List.of("Một", "Hai", "Ba", "Bốn").get(i)).put("birthDate", "2006-09-1" + i)
        .put("unitId", unitId).put("phone", "090000000" + i).put("consent", new JsonObject().put("accepted", true)));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    HttpResponse<String> started = contestant.post("/api/contests/" + contest + "/attempts", new JsonObject().put("round", 1));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return Http.json(started).getLong("id");
  }

  private static long contest(JsonArray quotas) {
    return contest(new JsonObject().put("questionsPerAttempt", 8).put("timeLimitSeconds", 600)
        .put("pool", new JsonObject().put("quotas", quotas)));
  }

  private static long contest(JsonObject settings) {
    Instant now = Instant.now();
    HttpResponse<String> created = organiser.post("/api/contests", new JsonObject()
        .put("title", "Tuổi trẻ hiểu luật").put("organiser", "Đoàn trường")
        .put("settings", settings)
        .put("rounds", new JsonArray().add(new JsonObject().put("number", 1).put("title", "Đợt 1")
            .put("opensAt", now.minus(1, ChronoUnit.MINUTES).toString())
            .put("closesAt", now.plus(1, ChronoUnit.HOURS).toString()))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created).getLong("id");
    HttpResponse<String> units = organiser.put("/api/contests/" + id + "/units",
        new JsonObject().put("csv", "code,name\nLOP-10A1,Lớp 10A1\n"));
    assertThat(units.statusCode()).as(units.body()).isEqualTo(200);
    unitId = new JsonArray(units.body()).getJsonObject(0).getLong("id");
    return id;
  }

  private static List<Long> drawn(long attempt) throws Exception {
    try (Connection c = running.database().connect(); PreparedStatement s = c.prepareStatement(
        "SELECT (q->>'questionId')::bigint FROM contest_attempt, jsonb_array_elements(questions) WITH ORDINALITY AS x(q, n) "
            + "WHERE id = ? ORDER BY n")) {
      s.setLong(1, attempt);
      List<Long> ids = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      return ids;
    }
  }

  private static int count(List<Long> ids, String tag, Integer difficulty) throws Exception {
    try (Connection c = running.database().connect(); PreparedStatement s = c.prepareStatement(
        "SELECT count(*) FROM question WHERE id = ANY(?) AND ? = ANY(tags) AND (?::int IS NULL OR difficulty = ?::int)")) {
      s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      s.setString(2, tag);
      s.setObject(3, difficulty);
      s.setObject(4, difficulty);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static int flaggedOrPolls(List<Long> ids) throws Exception {
    try (Connection c = running.database().connect(); PreparedStatement s = c.prepareStatement(
        "SELECT count(*) FROM question WHERE id = ANY(?) AND (needs_review OR status <> 'APPROVED' OR type = 'POLL')")) {
      s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}
