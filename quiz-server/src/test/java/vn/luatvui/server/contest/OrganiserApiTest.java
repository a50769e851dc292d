package vn.luatvui.server.contest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * An organiser running a contest alone, against the real PostgreSQL and Redis: a question set shared
 * with one contest stays off every host's list, the pool draws by cited articles, participant counts
 * follow the submissions at once, and the result files name levels, number contestants and give prizes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganiserApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String UNITS_CSV = "ma,ten,ma_cap_tren,so_thanh_vien\n"
      + "HD,Huyện Đoàn Bình Minh,,\nXA1,Đoàn xã An Phú,HD,30\nXA2,Đoàn xã Tân Lộc,HD,20\n";
  private static Http organiser;
  private static Http otherOrganiser;
  private static Http teacher;
  private static long contestId;
  private static long contestSet;
  private static JsonArray items;

  @BeforeAll
  static void people() {
    organiser = account("btc.mot@doan.vn", "ORGANISER");
    otherOrganiser = account("btc.hai@doan.vn", "ORGANISER");
    teacher = account("co.lan@truong.edu.vn", "HOST");
    items = new JsonArray();
    running.admin().json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size=8").getJsonArray("items")
        .forEach(q -> items.add(new JsonObject().put("questionId", ((JsonObject) q).getLong("id"))
            .put("timeLimitSeconds", 20).put("points", 1000)));
    Instant now = Instant.now();
    HttpResponse<String> created = organiser.post("/api/contests", new JsonObject()
        .put("title", "Tuổi trẻ Bình Minh tìm hiểu pháp luật").put("organiser", "Huyện Đoàn Bình Minh")
        .put("settings", new JsonObject().put("questionsPerAttempt", 5).put("timeLimitSeconds", 600)
            .put("attemptsPerRound", 1).put("reveal", "AFTER_SUBMIT").put("winnersPerRound", 1))
        .put("rounds", new JsonArray().add(new JsonObject().put("number", 1).put("title", "Đợt 1")
            .put("opensAt", now.minus(1, ChronoUnit.HOURS).toString())
            .put("closesAt", now.plus(2, ChronoUnit.HOURS).toString()))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    contestId = Http.json(created).getLong("id");
  }

  @Test
  @Order(1)
  void a_set_shared_with_one_contest_is_on_no_host_list_and_only_that_contest_draws_from_it() {
    HttpResponse<String> set = running.admin().post("/api/question-sets", new JsonObject().put("title", "Bộ đề riêng của cuộc thi")
        .put("items", items).put("sharedContestId", contestId));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
    contestSet = Http.json(set).getJsonObject("set").getLong("id");
    assertThat(Http.json(set).getJsonObject("set").getString("sharedContestTitle")).isEqualTo("Tuổi trẻ Bình Minh tìm hiểu pháp luật");

    assertThat(ids(teacher.get("/api/question-sets"))).doesNotContain(contestSet);
    assertThat(teacher.get("/api/question-sets/" + contestSet).statusCode()).isEqualTo(404);
    assertThat(ids(otherOrganiser.get("/api/question-sets?contest=" + contestId))).doesNotContain(contestSet);
    assertThat(ids(organiser.get("/api/question-sets"))).doesNotContain(contestSet);
    assertThat(ids(organiser.get("/api/question-sets?contest=" + contestId))).contains(contestSet);
    // The ready sets stay on every host's list.
    assertThat(new JsonArray(teacher.get("/api/question-sets").body()).stream().map(JsonObject.class::cast)
        .filter(s -> s.getString("starterKey") != null).count()).isGreaterThan(3);

    HttpResponse<String> elsewhere = otherOrganiser.post("/api/contests", new JsonObject().put("title", "Cuộc thi khác")
        .put("organiser", "Đoàn trường").put("settings", new JsonObject()
            .put("pool", new JsonObject().put("setIds", new JsonArray().add(contestSet)))).put("rounds", new JsonArray()));
    assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(403);
    assertThat(Http.json(elsewhere).getJsonObject("error").getString("code")).isEqualTo("set_not_available");

    JsonObject contest = organiser.json("/api/contests/" + contestId);
    JsonObject settings = contest.getJsonObject("settings");
    settings.put("pool", new JsonObject().put("setIds", new JsonArray().add(contestSet)));
    HttpResponse<String> saved = organiser.put("/api/contests/" + contestId, new JsonObject().put("title", contest.getString("title"))
        .put("organiser", contest.getString("organiser")).put("settings", settings).put("rounds", rounds(contest)));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void a_set_shared_with_one_person_is_theirs_to_play_and_no_one_elses() {
    HttpResponse<String> set = running.admin().post("/api/question-sets", new JsonObject().put("title", "Bộ đề cho cô Lan")
        .put("items", items).put("sharedWith", "CO.LAN@truong.edu.vn"));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
    long id = Http.json(set).getJsonObject("set").getLong("id");
    assertThat(ids(teacher.get("/api/question-sets"))).contains(id);
    assertThat(teacher.get("/api/question-sets/" + id).statusCode()).isEqualTo(200);
    assertThat(ids(otherOrganiser.get("/api/question-sets"))).doesNotContain(id);
    HttpResponse<String> nobody = running.admin().post("/api/question-sets", new JsonObject().put("title", "Bộ đề")
        .put("items", items).put("sharedWith", "khong.co@ai.vn"));
    assertThat(nobody.statusCode()).isEqualTo(422);
    assertThat(nobody.body()).contains("khong.co@ai.vn");
  }

  @Test
  @Order(3)
  void the_pool_draws_by_cited_article_alone() {
    JsonObject question = running.admin().json("/api/questions/" + items.getJsonObject(0).getLong("questionId"));
    JsonObject citation = question.getJsonObject("content").getJsonArray("citations").getJsonObject(0);
    JsonObject contest = organiser.json("/api/contests/" + contestId);
    JsonObject settings = contest.getJsonObject("settings").copy();
    settings.put("questionsPerAttempt", 1).put("pool", new JsonObject().put("articles", new JsonArray()
        .add(new JsonObject().put("document", citation.getString("document")).put("article", citation.getInteger("article")))));
    HttpResponse<String> saved = organiser.put("/api/contests/" + contestId, new JsonObject().put("title", contest.getString("title"))
        .put("organiser", contest.getString("organiser")).put("settings", settings).put("rounds", rounds(contest)));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonObject report = organiser.json("/api/contests/" + contestId + "/pool-report");
    int byArticle = report.getInteger("candidates");
    assertThat(byArticle).isPositive();
    settings.getJsonObject("pool").getJsonArray("articles").getJsonObject(0).put("article", 9999);
    organiser.put("/api/contests/" + contestId, new JsonObject().put("title", contest.getString("title"))
        .put("organiser", contest.getString("organiser")).put("settings", settings).put("rounds", rounds(contest)));
    assertThat(organiser.json("/api/contests/" + contestId + "/pool-report").getInteger("candidates")).isZero();
    // Back to the contest's own set for the rest.
    HttpResponse<String> back = organiser.put("/api/contests/" + contestId, new JsonObject().put("title", contest.getString("title"))
        .put("organiser", contest.getString("organiser")).put("settings", contest.getJsonObject("settings")).put("rounds", rounds(contest)));
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
  }

  @Test
  @Order(4)
  void named_levels_and_participant_counts_that_follow_the_submissions() {
    HttpResponse<String> units = organiser.put("/api/contests/" + contestId + "/units", new JsonObject().put("csv", UNITS_CSV)
        .put("levels", new JsonArray().add("Huyện đoàn").add(" Đoàn xã ")));
    assertThat(units.statusCode()).as(units.body()).isEqualTo(200);
    assertThat(organiser.json("/api/contests/" + contestId).getJsonArray("unitLevels")).containsExactly("Huyện đoàn", "Đoàn xã");
    long xa1 = unit(new JsonArray(units.body()), "XA1");
    long xa2 = unit(new JsonArray(units.body()), "XA2");
    assertThat(organiser.post("/api/contests/" + contestId + "/publish", new JsonObject().put("publicQuestions", "KEEP"))
        .statusCode()).isEqualTo(200);
    // Someone registers in another contest first, so contestant ids here do not start at 1.
    Http waiting = registered("Ngô Thị Mai", xa1, "0901000001");
    Http first = registered("Trịnh Văn Nam", xa1, "0901000002");
    Http second = registered("Lý Thị Oanh", xa2, "0901000003");
    assertThat(waiting).isNotNull();
    submit(first, 3);
    assertThat(organiser.json("/api/contests/" + contestId).getJsonArray("rounds").getJsonObject(0).getLong("participants"))
        .isEqualTo(1);
    submit(second, 1);
    JsonObject seen = organiser.json("/api/contests/" + contestId);
    assertThat(seen.getJsonArray("rounds").getJsonObject(0).getLong("participants")).isEqualTo(2);
    assertThat(seen.getLong("contestants")).isEqualTo(3);
    assertThat(organiser.json("/api/contests/" + contestId + "/participation?round=1").getLong("participants")).isEqualTo(2);
  }

  @Test
  @Order(5)
  void result_files_number_contestants_name_levels_and_give_prizes() throws Exception {
    assertThat(organiser.post("/api/contests/" + contestId + "/rounds/1/close", new JsonObject()).statusCode()).isEqualTo(200);
    JsonObject file = organiser.json("/api/contests/" + contestId + "/results?round=1&format=json");
    List<String> columns = file.getJsonArray("columns").stream().map(String::valueOf).toList();
    assertThat(columns).contains("Mã thí sinh", "Huyện đoàn", "Đoàn xã", "Thời gian làm bài (phút:giây)", "Đạt giải")
        .doesNotContain("Đơn vị");
    JsonArray rows = file.getJsonArray("rows");
    assertThat(rows).hasSize(2);
    List<String> codes = rows.stream().map(r -> ((JsonArray) r).getString(columns.indexOf("Mã thí sinh"))).toList();
    assertThat(codes).containsExactlyInAnyOrder("TS0002", "TS0003");
    JsonArray winner = rows.getJsonArray(0);
    assertThat(winner.getString(columns.indexOf("Huyện đoàn"))).isEqualTo("Huyện Đoàn Bình Minh");
    assertThat(winner.getString(columns.indexOf("Đoàn xã"))).isIn("Đoàn xã An Phú", "Đoàn xã Tân Lộc");
    assertThat(winner.getString(columns.indexOf("Thời gian làm bài (phút:giây)"))).matches("\\d{2}:[0-5]\\d");
    assertThat(winner.getString(columns.indexOf("Đạt giải"))).isEqualTo("Đợt 1");
    assertThat(rows.getJsonArray(1).getString(columns.indexOf("Đạt giải"))).isEmpty();

    JsonObject unitFile = organiser.json("/api/contests/" + contestId + "/results?round=1&by=units&format=json");
    int level = unitFile.getJsonArray("columns").getList().indexOf("Cấp");
    assertThat(unitFile.getJsonArray("rows").stream().map(r -> ((JsonArray) r).getString(level)).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("Huyện đoàn", "Đoàn xã");

    byte[] xlsx = organiser.getBytes("/api/contests/" + contestId + "/results?round=1&format=xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      int name = columns.indexOf("Họ và tên");
      assertThat(sheet.getRow(0).getCell(name).getStringCellValue()).isEqualTo("Họ và tên");
      assertThat(sheet.getColumnWidth(columns.indexOf("Nộp bài lúc (giờ Việt Nam)"))).isGreaterThan(25 * 256);
    }
  }

  private static void submit(Http contestant, int answers) {
    HttpResponse<String> started = contestant.post("/api/contests/" + contestId + "/attempts", new JsonObject().put("round", 1));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Http.json(started).getLong("id");
    for (int p = 0; p < answers; p++) {
      contestant.put("/api/attempts/" + id + "/answers/" + p, new JsonObject().put("choice", 0));
    }
    assertThat(contestant.post("/api/attempts/" + id + "/submit", new JsonObject()).statusCode()).isEqualTo(200);
  }

  private static Http registered(String name, long unit, String phone) {
    Http contestant = running.http();
    HttpResponse<String> ok = contestant.post("/api/contests/" + contestId + "/registrations", new JsonObject()
        .put("fullName", name).put("birthDate", "2007-03-09").put("unitId", unit).put("phone", phone)
        .put("consent", new JsonObject().put("accepted", true)));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    return contestant;
  }

  private static long unit(JsonArray units, String code) {
    return units.stream().map(JsonObject.class::cast).filter(u -> u.getString("code").equals(code)).findFirst()
        .orElseThrow().getLong("id");
  }

  private static JsonArray rounds(JsonObject contest) {
    JsonArray out = new JsonArray();
    contest.getJsonArray("rounds").forEach(r -> {
      JsonObject round = (JsonObject) r;
      out.add(new JsonObject().put("number", round.getInteger("number")).put("title", round.getString("title"))
          .put("opensAt", round.getString("opensAt")).put("closesAt", round.getString("closesAt")));
    });
    return out;
  }

  private static List<Long> ids(HttpResponse<String> list) {
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return new JsonArray(list.body()).stream().map(s -> ((JsonObject) s).getLong("id")).toList();
  }

  private static Http account(String email, String role) {
    HttpResponse<String> made = running.admin().post("/api/users", new JsonObject().put("email", email)
        .put("displayName", email.substring(0, email.indexOf('@'))).put("password", "mat-khau-du-dai")
        .put("roles", new JsonArray().add(role)));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    return running.http().login(email, "mat-khau-du-dai");
  }
}
