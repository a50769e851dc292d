package vn.luatvui.server.contest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * Contestants' personal data, against the real PostgreSQL and Redis: consent at registration, look-alike
 * duplicates, refusals that confirm no contact detail, shortened public names, download, erasure and the
 * retention sweep.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContestPrivacyApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static Http organiser;
  private static long contestId;
  private static long unit;
  private static Http an;
  private static String anCode;

  @BeforeAll
  static void publishedContest() {
    running.admin().post("/api/users", new JsonObject().put("email", "btc@doan.vn").put("displayName", "Ban tổ chức")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("ORGANISER")));
    organiser = running.http().login("btc@doan.vn", "mat-khau-du-dai");
    Instant now = Instant.now();
    HttpResponse<String> created = organiser.post("/api/contests", new JsonObject().put("title", "Pháp luật và em")
        .put("organiser", "Thành đoàn").put("settings", new JsonObject().put("questionsPerAttempt", 3)
            .put("reveal", "AFTER_SUBMIT").put("pool", new JsonObject().put("tags", new JsonArray().add("trẻ em"))))
        .put("rounds", new JsonArray().add(new JsonObject().put("number", 1).put("title", "Tuần 1")
            .put("opensAt", now.minus(1, ChronoUnit.HOURS).toString()).put("closesAt", now.plus(2, ChronoUnit.HOURS).toString()))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    contestId = Http.json(created).getLong("id");
    HttpResponse<String> units = organiser.put("/api/contests/" + contestId + "/units",
        new JsonObject().put("csv", "ma,ten\nA,Trường THCS A\n"));
    unit = new JsonArray(units.body()).getJsonObject(0).getLong("id");
    HttpResponse<String> published = organiser.post("/api/contests/" + contestId + "/publish",
        new JsonObject().put("publicQuestions", "KEEP"));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
  }

  @Test
  @Order(1)
  void registration_says_what_is_collected_and_needs_consent_and_a_guardians_under_sixteen() {
    JsonObject privacy = running.http().json("/api/contests/" + contestId).getJsonObject("privacy");
    assertThat(privacy.getJsonArray("collected").getList()).contains("fullName", "birthDate", "unit", "contact");
    assertThat(privacy.getInteger("retentionDays")).isEqualTo(365);
    assertThat(privacy.getInteger("guardianAge")).isEqualTo(16);

    HttpResponse<String> noConsent = running.http().post(registrations(), person("Nguyễn Văn An", "2000-01-01", "0912345678")
        .put("consent", new JsonObject().put("accepted", false)));
    assertThat(noConsent.statusCode()).isEqualTo(422);
    assertThat(fields(noConsent)).contains("consent.accepted");

    String fourteen = LocalDate.now().minusYears(14).toString();
    HttpResponse<String> child = running.http().post(registrations(), person("Đỗ Minh Khang", fourteen, "0933333333"));
    assertThat(child.statusCode()).isEqualTo(422);
    assertThat(fields(child)).contains("consent.guardianName", "consent.guardianAccepted");
    Http withGuardian = running.http();
    HttpResponse<String> ok = withGuardian.post(registrations(), person("Đỗ Minh Khang", fourteen, "0933333333")
        .put("consent", new JsonObject().put("accepted", true).put("guardianName", "Đỗ Văn Bố").put("guardianAccepted", true)));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    JsonObject stored = new JsonObject(new String(withGuardian.getBytes("/api/contests/" + contestId + "/me/data"),
        StandardCharsets.UTF_8));
    assertThat(stored.getString("consentedAt")).isNotNull();
    assertThat(stored.getJsonObject("consent").getBoolean("byGuardian")).isTrue();
    assertThat(stored.getJsonObject("consent").getString("guardianName")).isEqualTo("Đỗ Văn Bố");
    assertThat(stored.getJsonObject("consent").getString("notice")).isNotBlank();
  }

  @Test
  @Order(2)
  void look_alike_names_and_contacts_do_not_make_a_second_registration() {
    an = running.http();
    HttpResponse<String> first = an.post(registrations(), person("Nguyễn Văn An", "2000-01-01", "0912345678"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    anCode = Http.json(first).getString("accessCode");

    HttpResponse<String> cyrillic = running.http().post(registrations(),
        person("Ｎｇｕｙｅｎ V\u0430n-\u0410n", "2000-01-01", "0987000001"));
    assertThat(cyrillic.statusCode()).as("full-width, Cyrillic а and А, a hyphen").isEqualTo(409);
    assertThat(message(cyrillic)).contains("họ tên, ngày sinh và đơn vị");

    HttpResponse<String> samePhone = running.http().post(registrations(), person("Trần Thị Bình", "2001-02-02",
        "+84 912 345 678"));
    assertThat(samePhone.statusCode()).isEqualTo(409);
    assertThat(message(samePhone).toLowerCase()).as("the refusal does not confirm the phone number")
        .doesNotContain("điện thoại").doesNotContain("email").doesNotContain("0912345678").contains("mã dự thi");
    assertThat(Http.json(samePhone).getJsonObject("error").getString("code")).isEqualTo("duplicate_registration");

    assertThat(running.http().post(registrations(), person("Lý Thị Cúc", "2001-03-03", null)
        .put("email", "cuc@truong.vn")).statusCode()).isEqualTo(201);
    HttpResponse<String> sameEmail = running.http().post(registrations(), person("Mai Văn Đức", "2001-04-04", null)
        .put("email", "ＣＵＣ@truong.vn"));
    assertThat(sameEmail.statusCode()).isEqualTo(409);
    assertThat(message(sameEmail).toLowerCase()).doesNotContain("email").doesNotContain("điện thoại");
  }

  @Test
  @Order(3)
  void the_public_ranking_shows_shortened_names_and_the_organiser_full_ones() {
    long attempt = Http.json(an.post("/api/contests/" + contestId + "/attempts", new JsonObject().put("round", 1))).getLong("id");
    assertThat(an.post("/api/attempts/" + attempt + "/submit", new JsonObject()).statusCode()).isEqualTo(200);
    JsonObject anonymous = running.http().json("/api/contests/" + contestId + "/leaderboard?round=1");
    assertThat(anonymous.getJsonArray("top").getJsonObject(0).getString("fullName")).isEqualTo("Nguyễn V. A.");
    assertThat(anonymous.getJsonArray("top").getJsonObject(0).getString("unit")).isEqualTo("Trường THCS A");
    assertThat(running.http().get("/api/contests/" + contestId + "/leaderboard").body()).doesNotContain("Nguyễn Văn An");
    JsonObject forOrganiser = organiser.json("/api/contests/" + contestId + "/leaderboard?round=1");
    assertThat(forOrganiser.getJsonArray("top").getJsonObject(0).getString("fullName")).isEqualTo("Nguyễn Văn An");
  }

  @Test
  @Order(4)
  void a_contestant_downloads_their_data_and_erases_it_with_their_access_code() throws Exception {
    JsonObject data = new JsonObject(new String(an.getBytes("/api/contests/" + contestId + "/me/data"), StandardCharsets.UTF_8));
    assertThat(data.getString("fullName")).isEqualTo("Nguyễn Văn An");
    assertThat(data.getString("phone")).isEqualTo("0912345678");
    assertThat(data.getJsonArray("attempts")).hasSize(1);
    assertThat(running.http().get("/api/contests/" + contestId + "/me/data").statusCode()).as("only with the code").isEqualTo(401);

    HttpResponse<String> wrong = an.post("/api/contests/" + contestId + "/me/erase", new JsonObject().put("accessCode", "AAAA-BBBB-CCCC"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    HttpResponse<String> erased = an.post("/api/contests/" + contestId + "/me/erase", new JsonObject().put("accessCode", anCode));
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);

    assertThat(running.http().post("/api/contests/" + contestId + "/sign-in", new JsonObject().put("accessCode", anCode))
        .statusCode()).as("the code no longer works").isEqualTo(401);
    try (Connection c = running.database().connect(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT full_name, phone, birth_date, erased_at, (SELECT count(*) FROM contest_entry e "
             + "WHERE e.contestant_id = c.id) FROM contestant c WHERE erased_at IS NOT NULL")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isNull();
      assertThat(r.getString(2)).isNull();
      assertThat(r.getDate(3)).isNull();
      assertThat(r.getLong(5)).as("the result stays, anonymised").isEqualTo(1);
    }
    String board = organiser.get("/api/contests/" + contestId + "/leaderboard?round=1").body();
    assertThat(board).doesNotContain("Nguyễn Văn An").contains("(đã ẩn danh)");
    HttpResponse<String> again = running.http().post(registrations(), person("Nguyễn Văn An", "2000-01-01", "0912345678"));
    assertThat(again.statusCode()).as("erased details no longer block a registration").isEqualTo(201);
  }

  @Test
  @Order(5)
  void past_the_retention_period_the_sweep_erases_personal_fields_and_keeps_the_results() throws Exception {
    assertThat(running.server().contests().personal().sweep().await()).as("nothing is due while a round runs").isZero();
    assertThat(organiser.post("/api/contests/" + contestId + "/rounds/1/close", new JsonObject()).statusCode()).isEqualTo(200);
    assertThat(running.server().contests().personal().sweep().await()).as("the retention period has not passed").isZero();
    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE contest_round SET closed_at = now() - interval '366 days' WHERE contest_id = " + contestId);
    }
    assertThat(running.server().contests().personal().sweep().await()).as("the three not erased yet").isEqualTo(3);
    try (Connection c = running.database().connect(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT count(*) FILTER (WHERE full_name IS NOT NULL OR phone IS NOT NULL "
             + "OR email IS NOT NULL OR birth_date IS NOT NULL OR consent IS NOT NULL), count(*), "
             + "(SELECT count(*) FROM contest_entry WHERE contest_id = " + contestId + ") FROM contestant WHERE contest_id = "
             + contestId)) {
      r.next();
      assertThat(r.getLong(1)).as("no personal field left").isZero();
      assertThat(r.getLong(2)).isEqualTo(4);
      assertThat(r.getLong(3)).as("results kept").isEqualTo(1);
    }
    assertThat(running.server().contests().personal().sweep().await()).as("once").isZero();
    byte[] csv = organiser.getBytes("/api/contests/" + contestId + "/results?round=1&format=csv");
    assertThat(new String(csv, StandardCharsets.UTF_8)).contains("(đã ẩn danh)").doesNotContain("Nguyễn");
  }

  private static String registrations() {
    return "/api/contests/" + contestId + "/registrations";
  }

  private static JsonObject person(String name, String birthDate, String phone) {
    JsonObject body = new JsonObject().put("fullName", name).put("birthDate", birthDate).put("unitId", unit)
        .put("consent", new JsonObject().put("accepted", true));
    return phone == null ? body : body.put("phone", phone);
  }

  private static String message(HttpResponse<String> response) {
    return Http.json(response).getJsonObject("error").getString("message");
  }

  private static java.util.List<String> fields(HttpResponse<String> response) {
    JsonArray violations = Http.json(response).getJsonObject("error").getJsonArray("violations");
    return violations.stream().map(v -> ((JsonObject) v).getString("field")).toList();
  }
}
