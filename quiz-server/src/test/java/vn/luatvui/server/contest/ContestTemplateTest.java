package vn.luatvui.server.contest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** "Tạo từ mẫu": an organiser makes a ready sample contest in one step, publishes it at once, and it draws. */
class ContestTemplateTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static Http organiser;

  @BeforeAll
  static void organiser() {
    HttpResponse<String> created = running.admin().post("/api/users", new JsonObject().put("email", "mau@doan.vn")
        .put("displayName", "Đoàn trường THPT Mẫu").put("password", "mat-khau-du-dai")
        .put("roles", new JsonArray().add("ORGANISER")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    organiser = running.http().login("mau@doan.vn", "mat-khau-du-dai");
  }

  @Test
  void the_sample_contest_is_a_draft_of_the_organiser_that_publishes_at_once_and_draws_ranked_and_practice_attempts() {
    HttpResponse<String> made = organiser.post("/api/contests/from-template", new JsonObject());
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonObject contest = Http.json(made);
    long id = contest.getLong("id");
    assertThat(contest.getString("status")).isEqualTo("DRAFT");
    assertThat(contest.getString("title")).startsWith("Cuộc thi mẫu");
    assertThat(contest.getString("rules")).contains("10 câu hỏi");
    assertThat(contest.getString("organiser")).isEqualTo("Đoàn trường THPT Mẫu");
    assertThat(contest.getJsonArray("rounds")).hasSize(1);
    assertThat(running.http().get("/api/contests/" + id).statusCode()).as("a draft is the organiser's").isEqualTo(404);

    JsonObject report = organiser.json("/api/contests/" + id + "/pool-report");
    assertThat(report.getString("problem")).isNull();
    assertThat(report.getInteger("candidates")).isGreaterThanOrEqualTo(30);
    assertThat(report.getString("practiceRule")).isEqualTo("SEPARATE_POOL");
    assertThat(report.getString("practiceProblem")).isNull();

    HttpResponse<String> published = organiser.post("/api/contests/" + id + "/publish",
        new JsonObject().put("publicQuestions", "KEEP"));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    JsonObject landing = running.http().json("/api/contests/" + id);
    assertThat(landing.getString("status")).isEqualTo("PUBLISHED");
    assertThat(landing.getJsonArray("rounds").getJsonObject(0).getString("state")).isEqualTo("OPEN");

    JsonArray units = new JsonArray(running.http().get("/api/contests/" + id + "/units").body());
    long unit = units.stream().map(JsonObject.class::cast).filter(u -> "10A1".equals(u.getString("code")))
        .findFirst().orElseThrow().getLong("id");
    Http contestant = running.http();
    HttpResponse<String> registered = contestant.post("/api/contests/" + id + "/registrations", new JsonObject()
        .put("fullName", "Phạm Minh Anh").put("birthDate", "2009-03-02").put("unitId", unit).put("phone", "0912000111")
        .put("consent", new JsonObject().put("accepted", true)));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

    JsonObject ranked = Http.json(contestant.post("/api/contests/" + id + "/attempts", new JsonObject().put("round", 1)));
    assertThat(ranked.getJsonArray("questions")).hasSize(10);
    Set<String> rankedTexts = texts(ranked);
    assertThat(contestant.post("/api/attempts/" + ranked.getLong("id") + "/submit", new JsonObject()).statusCode())
        .isEqualTo(200);
    HttpResponse<String> practiceStarted = contestant.post("/api/contests/" + id + "/attempts",
        new JsonObject().put("practice", true));
    assertThat(practiceStarted.statusCode()).as(practiceStarted.body()).isEqualTo(201);
    JsonObject practice = Http.json(practiceStarted);
    assertThat(practice.getJsonArray("questions")).hasSize(10);
    assertThat(texts(practice)).doesNotContainAnyElementsOf(rankedTexts);
  }

  @Test
  void a_host_cannot_make_a_contest_from_the_template() {
    running.admin().post("/api/users", new JsonObject().put("email", "gv@truong.vn").put("displayName", "Giáo viên")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("HOST")));
    Http host = running.http().login("gv@truong.vn", "mat-khau-du-dai");
    assertThat(host.post("/api/contests/from-template", new JsonObject()).statusCode()).isEqualTo(403);
  }

  private static Set<String> texts(JsonObject attempt) {
    Set<String> texts = new HashSet<>();
    attempt.getJsonArray("questions").forEach(q -> texts.add(((JsonObject) q).getString("text")));
    return texts;
  }
}
