package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** The import wizard's server side, and exports that import back, over the real API. */
class ImportApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String HEADER = "Loại,Câu hỏi,Phương án 1,Phương án 2,Phương án 3,Phương án 4,Đáp án đúng,"
      + "Giải thích,Trích dẫn,Chủ đề,Độ khó\n";
  private static Http author;
  private static Http host;

  @BeforeAll
  static void start() throws Exception {
    int port = running.server().config().httpPort();
    Http admin = running.admin();
    for (String[] account : new String[][] {{"nhap@luatvui.test", "AUTHOR"}, {"chu.tri@luatvui.test", "HOST"}}) {
      admin.post("/api/users", new JsonObject().put("email", account[0]).put("displayName", account[1])
          .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add(account[1])));
    }
    author = new Http(port).login("nhap@luatvui.test", "mat-khau-du-dai");
    host = new Http(port).login("chu.tri@luatvui.test", "mat-khau-du-dai");
  }

  @Test
  void a_file_with_errors_is_previewed_with_row_and_column_and_committing_it_writes_nothing() throws Exception {
    String csv = HEADER
        + "Một đáp án,Câu nhập thử A1?,Có,Không,,,1,Giải thích A1. Câu hai.,Điều 1 Luật 102/2016/QH13,nhập thử,1\n"
        + "Một đáp án,Câu nhập thử A2?,Có,Không,,,,Giải thích A2. Câu hai.,Điều 1 Luật 102/2016/QH13,nhập thử,1\n"
        + "Một đáp án,Câu nhập thử A3?,Có,Không,,,1,Giải thích A3. Câu hai.,Điều 5 Luật 999/2099/QH99,nhập thử,1\n";
    int before = count();

    JsonObject preview = report(import_("CSV_LUATVUI", "preview", csv), 200);
    assertThat(preview.getInteger("total")).isEqualTo(3);
    assertThat(preview.getInteger("valid")).isEqualTo(1);
    assertThat(preview.getInteger("created")).isZero();
    JsonArray errors = preview.getJsonArray("errors");
    assertThat(errors.size()).isEqualTo(2);
    assertThat(errors.getJsonObject(0).getInteger("row")).isEqualTo(3);
    assertThat(errors.getJsonObject(0).getString("message")).containsIgnoringCase("đáp án đúng");
    assertThat(errors.getJsonObject(1).getInteger("row")).isEqualTo(4);
    assertThat(errors.getJsonObject(1).getString("message")).contains("999/2099/QH99");

    JsonObject refused = report(import_("CSV_LUATVUI", "commit", csv), 422);
    assertThat(refused.getInteger("created")).isZero();
    assertThat(count()).isEqualTo(before);

    JsonObject kept = report(import_("CSV_LUATVUI", "commitValid", csv), 200);
    assertThat(kept.getInteger("created")).isEqualTo(1);
    assertThat(count()).isEqualTo(before + 1);
    long id = kept.getJsonArray("createdIds").getLong(0);
    JsonObject draft = Http.json(author.get("/api/questions/" + id));
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getJsonObject("content").getString("text")).isEqualTo("Câu nhập thử A1?");
  }

  @Test
  void importing_the_same_questions_again_reports_them_as_already_in_the_bank() {
    String csv = HEADER
        + "Đúng/Sai,Câu nhập lặp B1 là đúng?,Đúng,Sai,,,Đúng,Giải thích B1. Câu hai.,khoản 1 Điều 12 - 100/2015/QH13,lặp,2\n";
    assertThat(report(import_("CSV_LUATVUI", "commit", csv), 200).getInteger("created")).isEqualTo(1);

    JsonObject again = report(import_("CSV_LUATVUI", "commit", csv), 200);

    assertThat(again.getInteger("created")).isZero();
    assertThat(again.getJsonArray("duplicates").getJsonObject(0).getLong("existingId")).isNotNull();
  }

  @Test
  void a_kahoot_sheet_needs_a_citation_which_the_wizard_can_give_for_every_row() {
    String kahoot = "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\n"
        + "Trẻ em là người dưới bao nhiêu tuổi (Kahoot)?,16 tuổi,18 tuổi,15 tuổi,,20,1\n";

    JsonObject uncited = report(import_("CSV_KAHOOT", "preview", kahoot), 200);
    assertThat(uncited.getJsonArray("errors").size()).isEqualTo(1);

    HttpResponse<String> cited = author.postBytes("/api/imports?format=CSV_KAHOOT&mode=commit"
        + "&citationDocument=102/2016/QH13&citationArticle=1", kahoot.getBytes(StandardCharsets.UTF_8),
        "application/octet-stream");
    JsonObject created = report(cited, 200);
    assertThat(created.getInteger("created")).isEqualTo(1);
    JsonObject question = Http.json(author.get("/api/questions/" + created.getJsonArray("createdIds").getLong(0)));
    assertThat(question.getJsonObject("content").getJsonArray("citations").getJsonObject(0).getString("document"))
        .isEqualTo("102/2016/QH13");
  }

  @Test
  void a_question_set_exported_as_json_imports_back_as_the_same_questions() {
    JsonArray approved = Http.json(host.get("/api/questions?document=36/2024/QH15&size=5")).getJsonArray("items");
    JsonArray items = new JsonArray();
    approved.forEach(q -> items.add(new JsonObject().put("questionId", ((JsonObject) q).getLong("id"))
        .put("timeLimitSeconds", 30).put("points", 2000)));
    HttpResponse<String> created = host.post("/api/question-sets", new JsonObject().put("title", "Luật giao thông 2024")
        .put("shared", false).put("items", items));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long setId = Http.json(created).getJsonObject("set").getLong("id");

    HttpResponse<String> file = host.get("/api/exports?format=JSON&set=" + setId);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("content-disposition")).hasValueSatisfying(v -> assertThat(v).contains(".json"));

    JsonObject preview = report(author.postBytes("/api/imports?format=JSON&mode=preview",
        file.body().getBytes(StandardCharsets.UTF_8), "application/octet-stream"), 200);
    assertThat(preview.getInteger("valid")).isEqualTo(approved.size());
    for (int i = 0; i < approved.size(); i++) {
      assertThat(preview.getJsonArray("preview").getJsonObject(i).getJsonObject("content"))
          .isEqualTo(approved.getJsonObject(i).getJsonObject("content"));
    }
    assertThat(preview.getJsonArray("duplicates").size()).isEqualTo(approved.size());
  }

  @Test
  void question_sets_are_private_to_their_owner_until_shared() {
    long questionId = Http.json(host.get("/api/questions?size=1")).getJsonArray("items").getJsonObject(0).getLong("id");
    JsonObject body = new JsonObject().put("title", "Bộ riêng").put("shared", false).put("items", new JsonArray()
        .add(new JsonObject().put("questionId", questionId).put("timeLimitSeconds", 20).put("points", 1000)));
    long setId = Http.json(host.post("/api/question-sets", body)).getJsonObject("set").getLong("id");

    assertThat(author.get("/api/question-sets/" + setId).statusCode()).isEqualTo(404);
    assertThat(host.put("/api/question-sets/" + setId, body.copy().put("shared", true)).statusCode()).isEqualTo(200);
    assertThat(author.get("/api/question-sets/" + setId).statusCode()).isEqualTo(200);
    assertThat(author.put("/api/question-sets/" + setId, body).statusCode()).isEqualTo(404);

    HttpResponse<String> badPoints = host.post("/api/question-sets", body.copy().put("items", new JsonArray()
        .add(new JsonObject().put("questionId", 999_999).put("timeLimitSeconds", 20).put("points", 1000))));
    assertThat(badPoints.statusCode()).isEqualTo(422);
  }

  @Test
  void a_body_over_50_megabytes_is_refused_from_its_announced_length_before_it_is_sent() throws Exception {
    // Only the head is sent: the refusal must come from Content-Length alone, before any of the body.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", author.port())) {
      socket.setSoTimeout(10_000);
      String head = "POST /api/imports?format=CSV_LUATVUI HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Cookie: " + author.cookieHeader() + "\r\nX-CSRF-Token: " + author.csrfToken() + "\r\n"
          + "Content-Type: application/octet-stream\r\nContent-Length: " + (50L * 1024 * 1024 + 1) + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);

      assertThat(statusLine).isEqualTo("HTTP/1.1 413");
    }
  }

  private static HttpResponse<String> import_(String format, String mode, String content) {
    return author.postBytes("/api/imports?format=" + format + "&mode=" + mode, content.getBytes(StandardCharsets.UTF_8),
        "application/octet-stream");
  }

  private static JsonObject report(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response);
  }

  private static int count() throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM question")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
