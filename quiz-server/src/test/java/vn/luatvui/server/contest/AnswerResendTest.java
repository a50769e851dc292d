package vn.luatvui.server.contest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * A phone that kept its answers while offline sends them again once the network is back, sometimes
 * an answer the server already has (its reply was lost): against the real PostgreSQL, that answer is
 * kept and counted once, and keeps the time it first arrived.
 */
class AnswerResendTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();

  @Test
  void an_answer_sent_again_is_kept_and_counted_once_with_the_time_it_first_arrived() throws Exception {
    Http contestant = contestant();
    long id = Http.json(contestant.post("/api/contests/" + contestId + "/attempts", new JsonObject().put("round", 1))).getLong("id");
    HttpResponse<String> first = contestant.put("/api/attempts/" + id + "/answers/3", new JsonObject().put("choice", 1));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(Http.json(first).getInteger("answered")).isEqualTo(1);
    Instant arrived = answeredAt(id, 3);
    Thread.sleep(30);

    HttpResponse<String> again = contestant.put("/api/attempts/" + id + "/answers/3", new JsonObject().put("choice", 1));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Http.json(again).getInteger("answered")).isEqualTo(1);
    assertThat(answeredAt(id, 3)).isEqualTo(arrived);

    // A changed answer replaces it: still one answer, with its own time.
    HttpResponse<String> changed = contestant.put("/api/attempts/" + id + "/answers/3", new JsonObject().put("choice", 0));
    assertThat(Http.json(changed).getInteger("answered")).isEqualTo(1);
    assertThat(answeredAt(id, 3)).isAfter(arrived);
    assertThat(contestant.json("/api/attempts/" + id).getJsonArray("questions").getJsonObject(3).getJsonObject("answer")
        .getInteger("choice")).isEqualTo(0);
  }

  private static long contestId;

  /** A published contest with one open round, and a contestant registered for it. */
  private static Http contestant() {
    running.admin().post("/api/users", new JsonObject().put("email", "btc-gui-lai@doan.vn").put("displayName", "Ban tổ chức")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("ORGANISER")));
    Http organiser = running.http().login("btc-gui-lai@doan.vn", "mat-khau-du-dai");
    JsonArray items = new JsonArray();
    organiser.json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size=5").getJsonArray("items")
        .forEach(q -> items.add(new JsonObject().put("questionId", ((JsonObject) q).getLong("id"))
            .put("timeLimitSeconds", 20).put("points", 1000)));
    long setId = Http.json(organiser.post("/api/question-sets", new JsonObject().put("title", "Bộ đề gửi lại")
        .put("shared", false).put("items", items))).getJsonObject("set").getLong("id");
    Instant now = Instant.now();
    HttpResponse<String> created = organiser.post("/api/contests", new JsonObject()
        .put("title", "Tìm hiểu pháp luật khi mất mạng").put("organiser", "Xã Đoàn")
        .put("settings", new JsonObject().put("questionsPerAttempt", 5).put("timeLimitSeconds", 600)
            .put("attemptsPerRound", 1).put("reveal", "AFTER_SUBMIT")
            .put("pool", new JsonObject().put("setIds", new JsonArray().add(setId))))
        .put("rounds", new JsonArray().add(new JsonObject().put("number", 1).put("title", "Đợt 1")
            .put("opensAt", now.minus(1, ChronoUnit.HOURS).toString())
            .put("closesAt", now.plus(2, ChronoUnit.HOURS).toString()))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    contestId = Http.json(created).getLong("id");
    HttpResponse<String> units = organiser.put("/api/contests/" + contestId + "/units",
        new JsonObject().put("csv", "ma,ten,ma_cap_tren,so_thanh_vien\nXD,Xã Đoàn,,\nCD,Chi đoàn Ấp Một,XD,20\n"));
    assertThat(units.statusCode()).as(units.body()).isEqualTo(200);
    long unit = new JsonArray(units.body()).getJsonObject(1).getLong("id");
    HttpResponse<String> published = organiser.post("/api/contests/" + contestId + "/publish", new JsonObject().put("publicQuestions", "KEEP"));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    Http contestant = running.http();
    HttpResponse<String> registered = contestant.post("/api/contests/" + contestId + "/registrations", new JsonObject()
        .put("fullName", "Đỗ Minh Khoa").put("birthDate", "2007-04-02").put("unitId", unit).put("phone", "0933333333")
        .put("consent", new JsonObject().put("accepted", true)));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return contestant;
  }

  private static Instant answeredAt(long attemptId, int position) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement();
         ResultSet rows = s.executeQuery("SELECT answered_at, count(*) OVER () FROM contest_answer WHERE attempt_id = "
             + attemptId + " AND position = " + position)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getLong(2)).isEqualTo(1);
      return rows.getTimestamp(1).toInstant();
    }
  }
}
