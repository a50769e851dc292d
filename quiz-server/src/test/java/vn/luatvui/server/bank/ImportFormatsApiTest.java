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

/** Moodle XML, Wayground, the mapping step for unknown sheets, and a file's time column, over the real API. */
class ImportFormatsApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String CITED = "&citationDocument=102/2016/QH13&citationArticle=1";
  private static Http author;
  private static Http host;

  @BeforeAll
  static void start() {
    int port = running.server().config().httpPort();
    Http admin = running.admin();
    admin.post("/api/users", new JsonObject().put("email", "dinh.dang@luatvui.test").put("displayName", "Tác giả")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("AUTHOR").add("HOST")));
    author = new Http(port).login("dinh.dang@luatvui.test", "mat-khau-du-dai");
    host = author;
  }

  @Test
  void a_kahoot_time_limit_becomes_the_questions_own_time_which_sets_and_live_games_use() throws Exception {
    String kahoot = "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\n"
        + "Trẻ em là người dưới bao nhiêu tuổi (giờ Kahoot)?,16 tuổi,18 tuổi,15 tuổi,,60,1\n";
    JsonObject created = report(author.postBytes("/api/imports?format=CSV_KAHOOT&mode=commit" + CITED,
        kahoot.getBytes(StandardCharsets.UTF_8), "application/octet-stream"), 200);
    long id = created.getJsonArray("createdIds").getLong(0);
    assertThat(Http.json(author.get("/api/questions/" + id)).getInteger("timeLimitSeconds")).isEqualTo(60);

    JsonObject set = Http.json(host.post("/api/question-sets", new JsonObject().put("title", "Giờ của câu hỏi")
        .put("shared", false).put("items", new JsonArray()
            .add(new JsonObject().put("questionId", id).put("points", 1000))
            .add(new JsonObject().put("questionId", id).put("timeLimitSeconds", 10).put("points", 1000)))));
    assertThat(set.getJsonArray("items").getJsonObject(0).getInteger("timeLimitSeconds")).as("the question's own").isEqualTo(60);
    assertThat(set.getJsonArray("items").getJsonObject(1).getInteger("timeLimitSeconds")).as("the host's").isEqualTo(10);

    sql("UPDATE question SET status = 'APPROVED' WHERE id = " + id);
    HttpResponse<String> game = host.post("/api/games", new JsonObject().put("setId", set.getJsonObject("set").getLong("id")));
    assertThat(game.statusCode()).as(game.body()).isEqualTo(201);
    assertThat(sql("SELECT string_agg(time_limit_seconds::text, ',' ORDER BY position) FROM game_question "
        + "WHERE game_id = (SELECT max(id) FROM game)")).isEqualTo("60,10");

    byte[] exported = author.getBytes("/api/exports?format=CSV_KAHOOT&q=" + java.net.URLEncoder.encode(
        "giờ Kahoot", StandardCharsets.UTF_8));
    assertThat(new String(exported, StandardCharsets.UTF_8)).contains("(giờ Kahoot)?,16 tuổi,18 tuổi,15 tuổi,,60,1");
  }

  @Test
  void a_moodle_export_is_previewed_with_its_unsupported_question_by_position_and_imports_its_embedded_image() throws Exception {
    // The file shaped like Moodle's own export that the format's own tests read.
    byte[] moodle = java.nio.file.Files.readAllBytes(
        java.nio.file.Path.of("../question-bank/src/test/resources/formats/moodle-export.xml"));

    JsonObject preview = report(author.postBytes("/api/imports?format=MOODLE_XML&mode=preview" + CITED, moodle,
        "application/octet-stream"), 200);

    assertThat(preview.getInteger("total")).isEqualTo(6);
    assertThat(preview.getInteger("valid")).isEqualTo(5);
    assertThat(preview.getJsonArray("errors").getJsonObject(0).getString("column"))
        .isEqualTo("câu hỏi 6 › <question type=\"essay\">");
    // The embedded picture (bien-bao.png) comes with the file: it is imported, not a warning.
    assertThat(preview.getJsonArray("warnings")).isEmpty();

    JsonObject kept = report(author.postBytes("/api/imports?format=MOODLE_XML&mode=commitValid" + CITED, moodle,
        "application/octet-stream"), 200);
    assertThat(kept.getInteger("created")).isEqualTo(5);
    JsonObject ordering = Http.json(author.get("/api/questions/" + kept.getJsonArray("createdIds").getLong(4)));
    assertThat(ordering.getJsonObject("content").getString("type")).isEqualTo("ORDERING");
    assertThat(ordering.getJsonObject("content").getJsonArray("tags").getString(0)).isEqualTo("trẻ em");
    JsonObject pictured = Http.json(author.get("/api/questions/" + kept.getJsonArray("createdIds").getLong(1)))
        .getJsonObject("content");
    assertThat(pictured.getString("imageUrl")).startsWith("/media/");
    assertThat(pictured.getString("imageAlt")).isNotBlank();
  }

  @Test
  void malicious_xml_is_refused_like_every_other_xml_path() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<quiz><question type=\"shortanswer\"><questiontext><text>&x;</text></questiontext></question></quiz>";

    JsonObject refused = report(author.postBytes("/api/imports?format=MOODLE_XML&mode=preview",
        xxe.getBytes(StandardCharsets.UTF_8), "application/octet-stream"), 200);

    assertThat(refused.getInteger("valid")).isZero();
    assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("message")).contains("DOCTYPE")
        .doesNotContain("root:");
  }

  @Test
  void an_unknown_sheet_shows_its_columns_then_imports_by_the_mapping_with_errors_by_row_and_column() {
    String csv = "STT;Nội dung câu hỏi;A;B;C;Đáp án;Ghi chú\n"
        + "1;Trẻ em là người dưới bao nhiêu tuổi (ghép cột)?;14 tuổi;16 tuổi;18 tuổi;B;dễ\n"
        + "2;Câu thứ hai (ghép cột)?;Có;Không;;D;\n";
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);

    JsonObject columns = Http.json(author.postBytes("/api/imports/columns?format=CSV_LUATVUI", file,
        "application/octet-stream"));
    assertThat(columns.getValue("layout")).isNull();
    assertThat(columns.getInteger("headerRow")).isEqualTo(1);
    assertThat(columns.getJsonArray("columns").getJsonObject(1).getString("header")).isEqualTo("Nội dung câu hỏi");
    assertThat(columns.getJsonArray("columns").getJsonObject(5).getJsonArray("samples").getString(0)).isEqualTo("B");

    String mapped = "/api/imports?format=CSV_LUATVUI&headerRow=1&columns=question:B,option1:C,option2:D,option3:E,"
        + "correct:F" + CITED;
    JsonObject preview = report(author.postBytes(mapped + "&mode=preview", file, "application/octet-stream"), 200);
    assertThat(preview.getInteger("valid")).isEqualTo(1);
    JsonObject error = preview.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getInteger("row")).isEqualTo(3);
    assertThat(error.getString("column")).isEqualTo("F (Đáp án)");
    assertThat(report(author.postBytes(mapped + "&mode=commitValid", file, "application/octet-stream"), 200)
        .getInteger("created")).isEqualTo(1);

    HttpResponse<String> twice = author.postBytes("/api/imports?format=CSV_LUATVUI&columns=question:B,option1:B",
        file, "application/octet-stream");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("Cột B được ghép cho hai vai trò.");
  }

  @Test
  void a_wayground_sheet_is_recognised_and_imported() {
    byte[] file = ("Question Text,Question Type,Option 1,Option 2,Option 3,Option 4,Option 5,Correct Answer,"
        + "Time in seconds,Image Link,Answer explanation\n"
        + "Hành vi nào bị nghiêm cấm (Wayground)?,Checkbox,Đua xe trái phép,Đi đúng làn,Lạng lách,,,\"1,3\",30,,"
        + "Các hành vi bị nghiêm cấm.\n").getBytes(StandardCharsets.UTF_8);

    assertThat(Http.json(author.postBytes("/api/imports/columns?format=CSV_LUATVUI", file, "application/octet-stream"))
        .getString("layout")).isEqualTo("CSV_WAYGROUND");
    JsonObject preview = report(author.postBytes("/api/imports?format=CSV_WAYGROUND&mode=preview" + CITED, file,
        "application/octet-stream"), 200);
    assertThat(preview.getJsonArray("errors")).isEmpty();
    assertThat(preview.getJsonArray("preview").getJsonObject(0).getJsonObject("content").getString("type"))
        .isEqualTo("MULTIPLE_SELECT");
  }

  private static JsonObject report(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response);
  }

  private static String sql(String statement) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      if (!s.execute(statement)) {
        return null;
      }
      try (ResultSet rs = s.getResultSet()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
