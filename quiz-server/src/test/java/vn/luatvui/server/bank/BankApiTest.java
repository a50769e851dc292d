package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** Authors write, reviewers decide, the registry flags, the public reads: over the real API. */
class BankApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String PASSWORD = "mat-khau-du-dai";
  /** Each test adds its own documents to the registry (this class has a database of its own). */
  private static final AtomicInteger DOCUMENT_NUMBERS = new AtomicInteger(100);
  private static Http admin;
  private static Http author;
  private static Http reviewer;
  private static Http host;
  private static Http anonymous;

  @BeforeAll
  static void start() throws Exception {
    int port = running.server().config().httpPort();
    admin = running.admin();
    author = account(port, "tac.gia@luatvui.test", "AUTHOR");
    reviewer = account(port, "nguoi.duyet@luatvui.test", "REVIEWER");
    host = account(port, "giao.vien@luatvui.test", "HOST");
    anonymous = new Http(port);
  }

  @Test
  void an_author_writes_a_question_a_reviewer_approves_it_and_the_public_finds_it_without_diacritics() {
    String document = newDocument();
    JsonObject draft = created(author.post("/api/questions", question(document, "Người đi xe đạp điện có phải đội mũ bảo hiểm không?")));
    long id = draft.getLong("id");
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(publicTotal("q=xe+dap+dien+mu+bao+hiem&document=" + document)).isZero();

    assertThat(author.post("/api/questions/" + id + "/actions/submit", "{}").statusCode()).isEqualTo(200);
    HttpResponse<String> selfApproval = author.post("/api/questions/" + id + "/actions/approve", "{}");
    assertThat(selfApproval.statusCode()).isEqualTo(403);
    HttpResponse<String> approved = reviewer.post("/api/questions/" + id + "/actions/approve",
        new JsonObject().put("comment", "Đúng điều luật."));
    assertThat(Http.json(approved).getString("status")).isEqualTo("APPROVED");

    assertThat(publicTotal("q=xe+dap+dien+mu+bao+hiem&document=" + document)).isEqualTo(1);
    JsonObject found = Http.json(anonymous.get("/api/public/questions?q=xe+dap+dien&document=" + document)).getJsonArray("items").getJsonObject(0);
    assertThat(found.getString("explanation")).isNotBlank();
    JsonObject citation = found.getJsonArray("citations").getJsonObject(0);
    assertThat(citation.getString("documentName")).startsWith("Luật Thử nghiệm");
    assertThat(citation.getString("reference")).isEqualTo("khoản 2 Điều 9");

    JsonArray history = new JsonArray(author.get("/api/questions/" + id + "/history").body());
    assertThat(history.stream().map(e -> ((JsonObject) e).getString("action")).toList())
        .containsExactly("CREATED", "SUBMITTED", "APPROVED");
    assertThat(history.getJsonObject(2).getString("comment")).isEqualTo("Đúng điều luật.");
  }

  @Test
  void search_ignores_diacritics_and_finds_an_article_by_its_number() {
    String document = newDocument();
    long id = approve(created(author.post("/api/questions", question(document, "Câu hỏi về giao thông đường thủy nội địa?"))));

    assertThat(ids(reviewer.get("/api/questions?q=giao+thong+duong+thuy"))).contains(id);
    assertThat(ids(reviewer.get("/api/questions?q=GIAO+THÔNG+ĐƯỜNG+THỦY"))).contains(id);
    assertThat(ids(reviewer.get("/api/questions?q=dieu+9&document=" + document))).containsExactly(id);
    assertThat(ids(reviewer.get("/api/questions?q=dieu+90&document=" + document))).isEmpty();
    assertThat(ids(reviewer.get("/api/questions?document=" + document + "&article=9"))).containsExactly(id);
    assertThat(ids(reviewer.get("/api/questions?document=" + document + "&article=10"))).isEmpty();
  }

  @Test
  void words_side_by_side_come_first_as_vietnamese_words_have_several_syllables() {
    String document = newDocument();
    long together = approve(created(author.post("/api/questions", question(document, "Khi tham gia giao thông cần gì?"))));
    long apart = approve(created(author.post("/api/questions",
        question(document, "Giáo dục pháp luật được thực hiện thông qua đâu?"))));

    assertThat(ids(reviewer.get("/api/questions?q=giao+thong&document=" + document))).containsExactly(together, apart);
    assertThat(publicIds("q=giao+thong&document=" + document)).containsExactly(together, apart);
  }

  @Test
  void when_a_law_stops_being_in_force_its_questions_are_flagged_and_leave_the_public_lookup() {
    String document = newDocument();
    long id = approve(created(author.post("/api/questions", question(document, "Quy định về đèn tín hiệu cũ?"))));
    assertThat(publicIds("document=" + document)).containsExactly(id);
    long documentId = documentId(document);

    HttpResponse<String> ended = admin.put("/api/legal-documents/" + documentId, new JsonObject()
        .put("number", document).put("name", "Luật Thử nghiệm " + document).put("kind", "LUAT")
        .put("effectiveFrom", "2020-01-01").put("effectiveTo", "2024-12-31")
        .put("replacedBy", new JsonArray().add("36/2024/QH15")));

    assertThat(ended.statusCode()).isEqualTo(200);
    assertThat(Http.json(ended).getInteger("flagged")).isEqualTo(1);
    JsonObject flagged = Http.json(reviewer.get("/api/questions/" + id));
    assertThat(flagged.getBoolean("needsReview")).isTrue();
    assertThat(flagged.getString("needsReviewReason")).contains(document).contains("01/01/2025").contains("36/2024/QH15");
    assertThat(publicIds("document=" + document)).isEmpty();
    assertThat(ids(reviewer.get("/api/questions?needsReview=true&document=" + document))).containsExactly(id);

    JsonObject edited = Http.json(author.put("/api/questions/" + id, new JsonObject().put("baseVersion", 1)
        .put("content", question(document, "Quy định về đèn tín hiệu, sửa lại?"))));
    author.post("/api/questions/" + id + "/actions/submit", "{}");
    HttpResponse<String> refused = reviewer.post("/api/questions/" + id + "/actions/approve", "{}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Http.json(refused).getJsonObject("error").getString("message")).contains("hết hiệu lực");
    assertThat(edited.getInteger("version")).isEqualTo(2);

    JsonObject retired = Http.json(reviewer.post("/api/questions/" + id + "/actions/retire",
        new JsonObject().put("comment", "Luật đã được thay thế.")));
    assertThat(retired.getString("status")).isEqualTo("RETIRED");
    assertThat(retired.getBoolean("needsReview")).isFalse();
  }

  @Test
  void editing_an_approved_question_keeps_the_old_version_readable() {
    String document = newDocument();
    long id = approve(created(author.post("/api/questions", question(document, "Phiên bản một?"))));

    JsonObject edited = Http.json(author.put("/api/questions/" + id, new JsonObject().put("baseVersion", 1)
        .put("content", question(document, "Phiên bản hai?"))));

    assertThat(edited.getInteger("version")).isEqualTo(2);
    assertThat(edited.getString("status")).isEqualTo("DRAFT");
    assertThat(Http.json(author.get("/api/questions/" + id + "/versions/1")).getString("text")).isEqualTo("Phiên bản một?");
    HttpResponse<String> stale = author.put("/api/questions/" + id, new JsonObject().put("baseVersion", 1)
        .put("content", question(document, "Bản cũ ghi đè?")));
    assertThat(stale.statusCode()).isEqualTo(409);
  }

  @Test
  void a_returned_question_keeps_the_comment_and_the_returned_version_until_it_is_approved() {
    String document = newDocument();
    long id = created(author.post("/api/questions", question(document, "Trả lại lần một?"))).getLong("id");
    author.post("/api/questions/" + id + "/actions/submit", "{}");
    JsonObject returned = Http.json(reviewer.post("/api/questions/" + id + "/actions/return",
        new JsonObject().put("comment", "Ghi rõ khoản được trích dẫn.")));
    assertThat(returned.getString("status")).isEqualTo("DRAFT");
    assertThat(returned.getInteger("returnedVersion")).isEqualTo(1);
    assertThat(returned.getString("returnComment")).isEqualTo("Ghi rõ khoản được trích dẫn.");
    assertThat(ids(author.get("/api/questions?status=DRAFT&mine=true&returned=true"))).containsExactly(id);
    assertThat(ids(author.get("/api/questions?status=DRAFT&mine=true&returned=false"))).doesNotContain(id);

    author.put("/api/questions/" + id, new JsonObject().put("baseVersion", 1)
        .put("content", question(document, "Trả lại lần một, đã sửa?")));
    JsonObject resubmitted = Http.json(author.post("/api/questions/" + id + "/actions/submit", "{}"));
    assertThat(resubmitted.getString("status")).isEqualTo("IN_REVIEW");
    assertThat(resubmitted.getInteger("version")).isEqualTo(2);
    assertThat(resubmitted.getInteger("returnedVersion")).as("the reviewer compares with the returned version").isEqualTo(1);
    assertThat(Http.json(reviewer.get("/api/questions/" + id + "/versions/1")).getString("text")).isEqualTo("Trả lại lần một?");
    assertThat(ids(author.get("/api/questions?status=DRAFT&mine=true&returned=true"))).doesNotContain(id);

    JsonObject approved = Http.json(reviewer.post("/api/questions/" + id + "/actions/approve", "{}"));
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    assertThat(approved.getValue("returnedVersion")).isNull();
    assertThat(approved.getValue("returnComment")).isNull();
  }

  @Test
  void a_reviewer_who_edits_an_approved_question_cannot_approve_the_edit_alone() {
    String document = newDocument();
    long id = approve(created(author.post("/api/questions", question(document, "Bốn mắt duyệt?"))));
    JsonObject flipped = question(document, "Bốn mắt duyệt?");
    flipped.put("choices", new JsonArray().add(choice("Có", false)).add(choice("Không", true)));

    JsonObject edited = Http.json(reviewer.put("/api/questions/" + id, new JsonObject().put("baseVersion", 1)
        .put("content", flipped)));
    assertThat(reviewer.post("/api/questions/" + id + "/actions/submit", "{}").statusCode()).isEqualTo(200);
    HttpResponse<String> selfApproved = reviewer.post("/api/questions/" + id + "/actions/approve", "{}");

    assertThat(edited.getString("status")).isEqualTo("DRAFT");
    assertThat(selfApproved.statusCode()).as(selfApproved.body()).isEqualTo(403);
    assertThat(Http.json(author.get("/api/questions/" + id)).getString("status")).isEqualTo("IN_REVIEW");
    Http secondReviewer = account(running.server().config().httpPort(), "nguoi.duyet.hai@luatvui.test", "REVIEWER");
    HttpResponse<String> approved = secondReviewer.post("/api/questions/" + id + "/actions/approve", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
  }

  @Test
  void broken_questions_are_refused_with_every_reason_and_field() {
    JsonObject content = question("00/0000/XX00", "Thiếu đáp án đúng?");
    content.put("choices", new JsonArray().add(choice("Có", false)).add(choice("Không", false)));

    HttpResponse<String> response = author.post("/api/questions", content);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonArray violations = Http.json(response).getJsonObject("error").getJsonArray("violations");
    assertThat(violations.stream().map(v -> ((JsonObject) v).getString("field")).toList())
        .containsExactlyInAnyOrder("choices", "citations[0].document");
  }

  @Test
  void a_request_that_does_not_match_the_api_description_is_refused_with_a_400() {
    JsonObject content = question(newDocument(), "Độ khó sai kiểu?").put("difficulty", "khó");

    HttpResponse<String> response = author.post("/api/questions", content);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).getJsonObject("error").getString("message")).contains("đặc tả API");
    assertThat(anonymous.get("/api/public/questions?size=1000").statusCode()).isEqualTo(400);
    assertThat(anonymous.get("/api/openapi.yaml").body()).contains("openapi: 3.1.0").contains("/public/questions");
  }

  @Test
  void roles_decide_who_may_do_what() {
    JsonObject content = question(newDocument(), "Ai được viết?");
    assertThat(anonymous.post("/api/questions", content).statusCode()).isEqualTo(401);
    assertThat(host.post("/api/questions", content).statusCode()).isEqualTo(403);
    assertThat(author.get("/api/users").statusCode()).isEqualTo(403);
    assertThat(admin.get("/api/users").statusCode()).isEqualTo(200);
    assertThat(author.post("/api/legal-documents", new JsonObject().put("number", "1/2099/QH99")
        .put("name", "Luật không được thêm").put("kind", "LUAT")).statusCode()).isEqualTo(403);
  }

  @Test
  void a_state_changing_request_without_the_csrf_token_is_refused() {
    Http forged = running.http().login("tac.gia@luatvui.test", PASSWORD).withoutCsrfToken();

    HttpResponse<String> response = forged.post("/api/questions", question(newDocument(), "Yêu cầu giả mạo?"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Http.json(response).getJsonObject("error").getString("code")).isEqualTo("csrf");
  }

  @Test
  void repeated_wrong_passwords_are_rate_limited() {
    Http guesser = running.http();
    JsonObject wrong = new JsonObject().put("email", "khong.co@luatvui.test").put("password", "sai-mat-khau");
    for (int i = 0; i < 10; i++) {
      assertThat(guesser.post("/api/auth/login", wrong).statusCode()).isEqualTo(401);
    }
    assertThat(guesser.post("/api/auth/login", wrong).statusCode()).isEqualTo(429);
  }

  @Test
  void successful_sign_ins_do_not_use_up_the_limit() {
    Http last = null;
    for (int i = 0; i < 12; i++) {
      last = running.http().login("giao.vien@luatvui.test", PASSWORD);
    }
    assertThat(Http.json(last.get("/api/auth/me")).getString("email")).isEqualTo("giao.vien@luatvui.test");
    JsonObject wrong = new JsonObject().put("email", "giao.vien@luatvui.test").put("password", "sai-mat-khau");
    assertThat(running.http().post("/api/auth/login", wrong).statusCode())
        .as("twelve successes left the whole budget of wrong passwords").isEqualTo(401);
  }

  @Test
  void the_bank_list_can_show_the_oldest_first() {
    List<Long> newest = ids(reviewer.get("/api/questions?size=5"));
    List<Long> oldest = ids(reviewer.get("/api/questions?size=5&sort=oldest"));

    assertThat(newest).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(oldest).isSorted();
    assertThat(oldest.get(0)).isLessThan(newest.get(0));
  }

  private static Http account(int port, String email, String role) {
    HttpResponse<String> created = admin.post("/api/users", new JsonObject().put("email", email)
        .put("displayName", "Người dùng " + role).put("password", PASSWORD).put("roles", new JsonArray().add(role)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new Http(port).login(email, PASSWORD);
  }

  private static String newDocument() {
    String number = DOCUMENT_NUMBERS.incrementAndGet() + "/2099/QH99";
    HttpResponse<String> response = admin.post("/api/legal-documents", new JsonObject().put("number", number)
        .put("name", "Luật Thử nghiệm " + number).put("kind", "LUAT").put("effectiveFrom", "2020-01-01"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return number;
  }

  private static long documentId(String number) {
    return new JsonArray(anonymous.get("/api/legal-documents").body()).stream().map(o -> (JsonObject) o)
        .filter(d -> d.getString("number").equals(number)).findFirst().orElseThrow().getLong("id");
  }

  private static JsonObject question(String document, String text) {
    return new JsonObject().put("type", "SINGLE_CHOICE").put("text", text)
        .put("choices", new JsonArray().add(choice("Có", true)).add(choice("Không", false)))
        .put("explanation", "Giải thích ngắn cho học sinh. Câu thứ hai.")
        .put("citations", new JsonArray().add(new JsonObject().put("document", document).put("article", 9).put("clause", 2)))
        .put("tags", new JsonArray().add("Thử nghiệm")).put("difficulty", 1);
  }

  private static JsonObject choice(String text, boolean correct) {
    return new JsonObject().put("text", text).put("correct", correct);
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response);
  }

  private static long approve(JsonObject draft) {
    long id = draft.getLong("id");
    assertThat(author.post("/api/questions/" + id + "/actions/submit", "{}").statusCode()).isEqualTo(200);
    HttpResponse<String> approved = reviewer.post("/api/questions/" + id + "/actions/approve", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    return id;
  }

  private static List<Long> ids(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getJsonArray("items").stream().map(o -> ((JsonObject) o).getLong("id")).toList();
  }

  private static List<Long> publicIds(String query) {
    return ids(anonymous.get("/api/public/questions?" + query));
  }

  private static long publicTotal(String query) {
    return Http.json(anonymous.get("/api/public/questions?" + query)).getLong("total");
  }
}
