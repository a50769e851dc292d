package vn.luatvui.server.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.mail.Mail;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * Courses end to end against the real PostgreSQL and Redis: an author builds a course, a reviewer (never the
 * author) publishes it, a unit manager assigns it to a subtree, a member who joined with the invite code
 * studies the lessons in order and passes the final test through the contests' attempts, and the
 * certificate is issued, verified in public, rendered as a PDF and revoked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CourseApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  static final String TREE = "ma,ten,loai,ma_cap_tren\nTP,Thành phố,Thành phố,\nQ1,Quận Một,Quận,TP\n"
      + "P-A,Phường A,Phường,Q1\nP-B,Phường B,Phường,Q1\nQ2,Quận Hai,Quận,TP\n";
  private static Http admin;
  private static Http author;
  private static Http reviewer;
  private static Http manager;
  private static Http official;
  private static Http phone;
  private static String memberCode;
  private static long courseId;
  private static String tag;

  @BeforeAll
  static void people() throws Exception {
    admin = running.admin();
    create("tacgia@sotp.vn", "AUTHOR", "REVIEWER");
    create("kiemduyet@sotp.vn", "REVIEWER");
    create("quanly@quan1.vn", "HOST");
    create("canbo@phuonga.vn", "HOST");
    author = running.http().login("tacgia@sotp.vn", "mat-khau-du-dai");
    reviewer = running.http().login("kiemduyet@sotp.vn", "mat-khau-du-dai");
    manager = running.http().login("quanly@quan1.vn", "mat-khau-du-dai");
    official = running.http().login("canbo@phuonga.vn", "mat-khau-du-dai");
    assertThat(admin.post("/api/orgs/import", new JsonObject().put("csv", TREE)).statusCode()).isEqualTo(200);
    assertThat(admin.post("/api/orgs/" + org("Q1") + "/managers", new JsonObject().put("email", "quanly@quan1.vn"))
        .statusCode()).isEqualTo(200);
    assertThat(admin.put("/api/orgs/" + org("P-A") + "/staff", new JsonObject().put("email", "canbo@phuonga.vn"))
        .statusCode()).isEqualTo(200);
    try (Connection c = running.database().connect(); PreparedStatement s = c.prepareStatement(
        "SELECT t FROM question, unnest(tags) t WHERE status = 'APPROVED' AND NOT needs_review AND type <> 'POLL' "
            + "GROUP BY t ORDER BY count(*) DESC, t LIMIT 1"); ResultSet r = s.executeQuery()) {
      r.next();
      tag = r.getString(1);
    }
  }

  @Test
  @Order(1)
  void a_course_with_mistakes_is_refused_saying_where() {
    JsonObject bad = course().put("title", " ");
    bad.getJsonArray("lessons").getJsonObject(1).put("body", "").put("articles", new JsonArray())
        .put("videoUrl", "javascript:alert(1)");
    HttpResponse<String> refused = author.post("/api/courses", bad);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("\"title\"", "lessons[1].body", "lessons[1].videoUrl");
    assertThat(reviewer.post("/api/courses", course()).statusCode()).isEqualTo(403);
  }

  @Test
  @Order(2)
  void the_author_builds_and_submits_and_a_reviewer_other_than_the_author_publishes() {
    HttpResponse<String> created = author.post("/api/courses", course());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    courseId = Http.json(created).getLong("id");
    JsonObject stored = author.json("/api/courses/" + courseId);
    assertThat(stored.getString("status")).isEqualTo("DRAFT");
    assertThat(stored.getJsonArray("lessons").getJsonObject(0).getJsonArray("articles").getJsonObject(0)
        .getString("document")).isEqualTo("36/2024/QH15");
    assertThat(reviewer.post("/api/courses/" + courseId + "/review", new JsonObject().put("decision", "PUBLISH"))
        .statusCode()).isEqualTo(409);
    assertThat(author.post("/api/courses/" + courseId + "/submit", new JsonObject()).statusCode()).isEqualTo(204);
    assertThat(author.put("/api/courses/" + courseId, course()).statusCode()).isEqualTo(409);
    // The author is a reviewer too, and still cannot approve their own course.
    HttpResponse<String> own = author.post("/api/courses/" + courseId + "/review", new JsonObject().put("decision", "PUBLISH"));
    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(own.body()).contains("own_course");
    assertThat(reviewer.post("/api/courses/" + courseId + "/review", new JsonObject().put("decision", "RETURN"))
        .statusCode()).isEqualTo(422);
    assertThat(reviewer.post("/api/courses/" + courseId + "/review", new JsonObject().put("decision", "RETURN")
        .put("comment", "Bài 2 cần thêm ví dụ.")).statusCode()).isEqualTo(204);
    assertThat(author.json("/api/courses/" + courseId).getString("reviewComment")).isEqualTo("Bài 2 cần thêm ví dụ.");
    assertThat(author.put("/api/courses/" + courseId, course()).statusCode()).isEqualTo(204);
    assertThat(author.post("/api/courses/" + courseId + "/submit", new JsonObject()).statusCode()).isEqualTo(204);
    HttpResponse<String> published = reviewer.post("/api/courses/" + courseId + "/review",
        new JsonObject().put("decision", "PUBLISH"));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(204);
    JsonObject now = author.json("/api/courses/" + courseId);
    assertThat(now.getString("status")).isEqualTo("PUBLISHED");
    long contestId = now.getLong("contestId");
    assertThat(running.http().get("/api/contests/" + contestId).statusCode()).isEqualTo(404);
    assertThat(admin.get("/api/contests").body()).doesNotContain("\"id\":" + contestId + ",");
  }

  @Test
  @Order(3)
  void a_unit_manager_assigns_within_their_subtree_only() {
    LocalDate due = LocalDate.now().plusDays(30);
    assertThat(manager.post("/api/courses/" + courseId + "/assignments", new JsonObject().put("orgId", org("Q2"))
        .put("dueOn", due.toString())).statusCode()).isEqualTo(403);
    assertThat(manager.post("/api/courses/" + courseId + "/assignments", new JsonObject().put("orgId", org("Q1"))
        .put("dueOn", LocalDate.now().minusDays(1).toString())).statusCode()).isEqualTo(422);
    HttpResponse<String> assigned = manager.post("/api/courses/" + courseId + "/assignments",
        new JsonObject().put("orgId", org("Q1")).put("dueOn", due.toString()));
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);

    phone = running.http();
    String invite = admin.get("/api/orgs").body().contains("P-B") ? inviteOf("P-B") : null;
    HttpResponse<String> joined = phone.post("/api/org-invites/" + invite + "/join", new JsonObject().put("name", "Nguyễn Thị Lan"));
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
    memberCode = Http.json(joined).getString("memberCode");

    JsonArray mine = new JsonArray(phone.get("/api/my/courses").body());
    assertThat(mine).hasSize(1);
    assertThat(mine.getJsonObject(0).getString("dueOn")).isEqualTo(due.toString());
    assertThat(mine.getJsonObject(0).getInteger("passed")).isZero();
    assertThat(new JsonArray(official.get("/api/my/courses").body())).hasSize(1);
    Http outsider = running.http();
    outsider.post("/api/org-invites/" + inviteOf("Q2") + "/join", new JsonObject().put("name", "Trần Văn Bình"));
    assertThat(new JsonArray(outsider.get("/api/my/courses").body())).isEmpty();
    assertThat(running.http().get("/api/my/courses").statusCode()).isEqualTo(401);
  }

  @Test
  @Order(4)
  void lessons_unlock_in_order_and_a_quiz_below_the_pass_mark_does_not_pass() throws Exception {
    assertThat(phone.get("/api/my/courses/" + courseId + "/lessons/2").statusCode()).isEqualTo(409);
    JsonObject lesson = phone.json("/api/my/courses/" + courseId + "/lessons/1");
    assertThat(lesson.getString("title")).isEqualTo("Quyền và nghĩa vụ của người tham gia giao thông");
    JsonObject quiz = Http.json(phone.post("/api/my/courses/" + courseId + "/lessons/1/quiz", new JsonObject()));
    assertThat(quiz.getJsonArray("questions")).hasSize(2);
    assertThat(quiz.encode()).doesNotContain("\"correct\"", "accepted");
    JsonObject wrong = Http.json(phone.post("/api/my/courses/" + courseId + "/lessons/1/quiz/answers",
        new JsonObject().put("answers", new JsonArray())));
    assertThat(wrong.getBoolean("passed")).isFalse();
    assertThat(phone.get("/api/my/courses/" + courseId + "/lessons/2").statusCode()).isEqualTo(409);
    assertThat(phone.post("/api/my/courses/" + courseId + "/final", new JsonObject()).statusCode()).isEqualTo(409);

    passLesson(phone, 1);
    assertThat(phone.get("/api/my/courses/" + courseId + "/lessons/2").statusCode()).isEqualTo(200);
    passLesson(phone, 2);
    // Another device, with the member code: the progress is the server's.
    Http laptop = running.http();
    assertThat(laptop.post("/api/org-members/sign-in", new JsonObject().put("memberCode", memberCode)).statusCode())
        .isEqualTo(200);
    JsonObject course = laptop.json("/api/my/courses/" + courseId);
    assertThat(course.getJsonArray("lessons").stream().map(l -> ((JsonObject) l).getBoolean("passed"))).containsOnly(true);
    assertThat(course.getJsonObject("finalTest").getBoolean("unlocked")).isTrue();
    assertThat(course.getBoolean("completed")).isFalse();
  }

  @Test
  @Order(5)
  void the_final_test_runs_on_the_contest_attempts_hides_answers_until_submitted_and_issues_the_certificate()
      throws Exception {
    HttpResponse<String> started = phone.post("/api/my/courses/" + courseId + "/final", new JsonObject());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonObject attempt = Http.json(started).getJsonObject("attempt");
    long attemptId = attempt.getLong("id");
    assertThat(attempt.getJsonArray("questions")).hasSize(3);
    assertThat(attempt.getValue("review")).isNull();
    assertThat(attempt.getLong("remainingMs")).isPositive();
    JsonObject again = Http.json(phone.post("/api/my/courses/" + courseId + "/final", new JsonObject()));
    assertThat(again.getJsonObject("attempt").getLong("id")).isEqualTo(attemptId);
    List<JsonObject> answers = answersOf("SELECT questions::text FROM contest_attempt WHERE id = " + attemptId);
    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> saved = phone.put("/api/attempts/" + attemptId + "/answers/" + i, answers.get(i));
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }
    assertThat(official.put("/api/attempts/" + attemptId + "/answers/0", answers.get(0)).statusCode()).isIn(401, 404);
    JsonObject submitted = Http.json(phone.post("/api/attempts/" + attemptId + "/submit", new JsonObject()));
    assertThat(submitted.getJsonObject("result").getInteger("score")).isEqualTo(3);
    assertThat(submitted.getJsonArray("review")).hasSize(3);

    JsonObject course = phone.json("/api/my/courses/" + courseId);
    assertThat(course.getBoolean("completed")).isTrue();
    String code = course.getString("certificate");
    assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertThat(new JsonArray(phone.get("/api/my/courses").body()).getJsonObject(0).getString("completedAt")).isNotNull();

    JsonObject verified = running.http().json("/api/certificates/" + code.toLowerCase());
    assertThat(verified.getBoolean("valid")).isTrue();
    assertThat(verified.getString("personName")).isEqualTo("Nguyễn Thị Lan");
    assertThat(verified.getString("orgName")).isEqualTo("Phường B");
    assertThat(verified.getInteger("score")).isEqualTo(3);
    assertThat(running.http().get("/api/certificates/AAAA-AAAA-AAAA-AAAA").statusCode()).isEqualTo(404);

    HttpResponse<byte[]> pdf = phone.getRaw("/api/my/courses/" + courseId + "/certificate.pdf", "Accept", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
      assertThat(text).contains("Nguyễn Thị Lan", "CHỨNG NHẬN", "Phường B", "Luật Trật tự, an toàn giao thông đường bộ",
          code, "/chung-nhan/" + code);
      assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
      doc.getPage(0).getResources().getFontNames().forEach(name -> {
        try {
          assertThat(doc.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    assertThat(official.getRaw("/api/my/courses/" + courseId + "/certificate.pdf", "Accept", "application/pdf").statusCode()).isEqualTo(404);

    assertThat(reviewer.post("/api/certificates/" + code + "/revoke", new JsonObject()).statusCode()).isEqualTo(403);
    HttpResponse<String> revoked = author.post("/api/certificates/" + code + "/revoke",
        new JsonObject().put("reason", "Cấp nhầm người."));
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    JsonObject after = running.http().json("/api/certificates/" + code);
    assertThat(after.getBoolean("valid")).isFalse();
    assertThat(after.getString("revokeReason")).isEqualTo("Cấp nhầm người.");
    assertThat(phone.getRaw("/api/my/courses/" + courseId + "/certificate.pdf", "Accept", "application/pdf").statusCode()).isEqualTo(410);
  }

  @Test
  @Order(6)
  void the_final_test_allows_only_its_attempts_and_a_result_below_the_pass_mark_does_not_complete() throws Exception {
    passLesson(official, 1);
    passLesson(official, 2);
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> started = official.post("/api/my/courses/" + courseId + "/final", new JsonObject());
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      long attemptId = Http.json(started).getJsonObject("attempt").getLong("id");
      assertThat(official.post("/api/attempts/" + attemptId + "/submit", new JsonObject()).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> third = official.post("/api/my/courses/" + courseId + "/final", new JsonObject());
    assertThat(third.statusCode()).isEqualTo(409);
    assertThat(third.body()).contains("no_attempts_left");
    JsonObject course = official.json("/api/my/courses/" + courseId);
    assertThat(course.getBoolean("completed")).isFalse();
    assertThat(course.getJsonObject("finalTest").getInteger("used")).isEqualTo(2);
    assertThat(course.getValue("certificate")).isNull();
  }

  @Test
  @Order(7)
  void a_unit_manager_sees_the_completion_of_the_units_under_theirs_best_first() {
    JsonArray board = new JsonArray(manager.get("/api/orgs/" + org("Q1") + "/course-completion").body());
    assertThat(board.stream().map(r -> ((JsonObject) r).getString("name"))).containsExactly("Phường B", "Phường A");
    JsonObject wardB = board.getJsonObject(0);
    assertThat(wardB.getLong("people")).isEqualTo(1);
    assertThat(wardB.getLong("completed")).isEqualTo(1);
    assertThat(wardB.getInteger("rate")).isEqualTo(100);
    assertThat(board.getJsonObject(1).getLong("started")).isEqualTo(1);
    assertThat(board.getJsonObject(1).getLong("completed")).isZero();
    assertThat(manager.get("/api/orgs/" + org("TP") + "/course-completion").statusCode()).isEqualTo(403);
  }

  @Test
  @Order(8)
  void the_reach_dashboard_shows_the_training_of_the_subtree_against_every_official_trained() {
    HttpResponse<String> response = manager.get("/api/reach/orgs/" + org("Q1"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject training = Http.json(response).getJsonObject("training");
    JsonObject course = training.getJsonArray("courses").getJsonObject(0);
    // Assigned to Quận Một: the official of Phường A (started, not done) and the member of Phường B (done).
    assertThat(course.getLong("courseId")).isEqualTo(courseId);
    assertThat(course.getLong("assigned")).isEqualTo(2);
    assertThat(course.getLong("completed")).isEqualTo(1);
    assertThat(course.getLong("onTime")).isEqualTo(1);
    JsonObject officials = training.getJsonObject("officials");
    assertThat(officials.getLong("assigned")).isEqualTo(1);
    assertThat(officials.getLong("trained")).isZero();
    // Quận Hai has no course assigned: nothing to show.
    assertThat(Http.json(admin.get("/api/reach/orgs/" + org("Q2"))).getValue("training")).isNull();
  }

  @Test
  @Order(9)
  void officials_who_have_not_completed_a_course_due_within_three_days_are_reminded_once() throws Exception {
    CourseReminders off = new CourseReminders(running.server().pool(), new Mail(running.server().pool(), false),
        java.net.URI.create("https://luatvui.example"), java.time.Clock.systemUTC());
    assertThat(off.run().await()).as("mail not configured: nothing queued").isZero();
    Mail mail = new Mail(running.server().pool(), true);
    // Today the course is due in 30 days: too early.
    assertThat(new CourseReminders(running.server().pool(), mail, java.net.URI.create("https://luatvui.example"),
        java.time.Clock.systemUTC()).run().await()).isZero();
    // 28 days on, it is due in 2: the official of Phường A (not completed) is reminded; the member who
    // completed it (and has no email) is not; a second run (or a second server) queues nothing more.
    java.time.Clock later = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofDays(28));
    CourseReminders reminders = new CourseReminders(running.server().pool(), mail,
        java.net.URI.create("https://luatvui.example"), later);
    assertThat(reminders.run().await()).isEqualTo(1);
    assertThat(reminders.run().await()).isZero();
    try (Connection c = running.database().connect(); PreparedStatement s = c.prepareStatement(
        "SELECT recipient, vars::text FROM mail_outbox WHERE template = 'REMINDER'"); ResultSet r = s.executeQuery()) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("canbo@phuonga.vn");
      assertThat(r.getString(2)).contains("https://luatvui.example/khoa-hoc-cua-toi")
          .contains(LocalDate.now().plusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      assertThat(r.next()).isFalse();
    }
  }

  private static void passLesson(Http who, int position) throws Exception {
    JsonObject quiz = Http.json(who.post("/api/my/courses/" + courseId + "/lessons/" + position + "/quiz", new JsonObject()));
    assertThat(quiz.getJsonArray("questions")).isNotEmpty();
    List<JsonObject> answers = answersOf("SELECT p.quiz::text FROM course_progress p JOIN course_learner l ON l.id = p.learner_id "
        + "WHERE l.course_id = " + courseId + " AND p.position = " + position + " AND p.quiz IS NOT NULL ORDER BY l.id DESC LIMIT 1");
    JsonArray body = new JsonArray();
    answers.forEach(body::add);
    JsonObject result = Http.json(who.post("/api/my/courses/" + courseId + "/lessons/" + position + "/quiz/answers",
        new JsonObject().put("answers", body)));
    assertThat(result.getBoolean("passed")).as(result.encode()).isTrue();
  }

  /** The right answers, in shown positions, of the questions drawn (as someone who knows the law would give them). */
  private static List<JsonObject> answersOf(String drawnQuery) throws Exception {
    List<JsonObject> answers = new ArrayList<>();
    try (Connection c = running.database().connect()) {
      JsonArray drawn;
      try (PreparedStatement s = c.prepareStatement(drawnQuery); ResultSet r = s.executeQuery()) {
        r.next();
        drawn = new JsonArray(r.getString(1));
      }
      for (Object o : drawn) {
        JsonObject d = (JsonObject) o;
        try (PreparedStatement s = c.prepareStatement("SELECT q.type, v.content::text FROM question q JOIN question_version v "
            + "ON v.question_id = q.id WHERE q.id = ? AND v.version = ?")) {
          s.setLong(1, d.getLong("questionId"));
          s.setInt(2, d.getInteger("version"));
          try (ResultSet r = s.executeQuery()) {
            r.next();
            answers.add(right(r.getString(1), new JsonObject(r.getString(2)), d.getJsonArray("choiceOrder")));
          }
        }
      }
    }
    return answers;
  }

  private static JsonObject right(String type, JsonObject content, JsonArray order) {
    JsonArray choices = content.getJsonArray("choices", new JsonArray());
    List<Integer> correct = new ArrayList<>();
    for (int b = 0; b < choices.size(); b++) {
      if (choices.getJsonObject(b).getBoolean("correct", false)) {
        correct.add(order.getList().indexOf(b));
      }
    }
    switch (type) {
      case "MULTIPLE_SELECT":
        correct.sort(null);
        return new JsonObject().put("choices", new JsonArray(correct));
      case "ORDERING": {
        JsonArray shown = new JsonArray();
        for (int b = 0; b < choices.size(); b++) {
          shown.add(order.getList().indexOf(b));
        }
        return new JsonObject().put("order", shown);
      }
      case "TYPE_ANSWER":
        return new JsonObject().put("text", content.getJsonArray("accepted").getString(0));
      default:
        return new JsonObject().put("choice", correct.get(0));
    }
  }

  private static JsonObject course() {
    JsonArray article = new JsonArray().add(new JsonObject().put("document", "36/2024/QH15").put("article", 10));
    return new JsonObject().put("title", "Luật Trật tự, an toàn giao thông đường bộ").put("description", "Cho cán bộ phường.")
        .put("lessons", new JsonArray()
            .add(new JsonObject().put("title", "Quyền và nghĩa vụ của người tham gia giao thông")
                .put("body", "Đọc Điều 10 rồi làm bài trắc nghiệm.").put("articles", article)
                .put("videoUrl", "https://example.vn/bai-1.mp4")
                .put("quiz", new JsonObject().put("questions", 2).put("passPercent", 50).put("tags", new JsonArray().add(tag))))
            .add(new JsonObject().put("title", "Ôn tập").put("body", "Ôn lại các quy tắc chung.")
                .put("quiz", new JsonObject().put("questions", 1).put("passPercent", 100))))
        .put("finalTest", new JsonObject().put("questions", 3).put("timeLimitSeconds", 600).put("attempts", 2)
            .put("passPercent", 60));
  }

  private static long org(String code) {
    return nodes().stream().map(JsonObject.class::cast).filter(n -> n.getString("code").equals(code)).findFirst()
        .orElseThrow().getLong("id");
  }

  private static String inviteOf(String code) {
    return nodes().stream().map(JsonObject.class::cast).filter(n -> n.getString("code").equals(code)).findFirst()
        .orElseThrow().getString("inviteCode");
  }

  private static JsonArray nodes() {
    return new JsonArray(admin.get("/api/orgs").body());
  }

  private static void create(String email, String... roles) {
    HttpResponse<String> created = admin.post("/api/users", new JsonObject().put("email", email)
        .put("displayName", email.startsWith("canbo") ? "Lê Văn Cán" : "Người dùng").put("password", "mat-khau-du-dai")
        .put("roles", new JsonArray(List.of((Object[]) roles))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }
}
