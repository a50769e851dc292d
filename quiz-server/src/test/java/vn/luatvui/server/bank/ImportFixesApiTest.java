package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** Rows with errors fixed in the import preview: read again with the import's rules, and again at commit. */
class ImportFixesApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String HEADER = "Loại,Câu hỏi,Phương án 1,Phương án 2,Phương án 3,Phương án 4,Đáp án đúng,"
      + "Giải thích,Trích dẫn,Chủ đề,Độ khó\n";
  private static final String CSV = HEADER
      + "Một đáp án,Câu sửa thử C1?,Có,Không,,,1,Giải thích C1. Câu hai.,Điều 1 Luật 102/2016/QH13,sửa thử,1\n"
      + "Một đáp án,Câu sửa thử C2?,Có,Không,,,,Giải thích C2. Câu hai.,Điều 1 Luật 102/2016/QH13,sửa thử,1\n"
      + "Một đáp án,Câu sửa thử C3?,Có,Không,,,1,Giải thích C3. Câu hai.,Điều 5 Luật 999/2099/QH99,sửa thử,1\n";
  private static Http author;
  private static Http other;

  @BeforeAll
  static void start() {
    int port = running.server().config().httpPort();
    for (String email : new String[] {"sua.dong@luatvui.test", "nguoi.khac@luatvui.test"}) {
      running.admin().post("/api/users", new JsonObject().put("email", email).put("displayName", "Tác giả")
          .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("AUTHOR")));
    }
    author = new Http(port).login("sua.dong@luatvui.test", "mat-khau-du-dai");
    other = new Http(port).login("nguoi.khac@luatvui.test", "mat-khau-du-dai");
  }

  @Test
  void the_preview_offers_each_bad_row_as_far_as_it_was_read_in_luatvui_columns() {
    JsonObject preview = report(import_(UUID.randomUUID().toString(), "preview", ""), 200);

    JsonArray unfinished = preview.getJsonArray("unfinished");
    assertThat(unfinished.size()).isEqualTo(2);
    JsonObject row3 = unfinished.getJsonObject(0);
    assertThat(row3.getInteger("row")).isEqualTo(3);
    assertThat(row3.getJsonObject("cells").getString("text")).isEqualTo("Câu sửa thử C2?");
    assertThat(row3.getJsonObject("cells").getString("option2")).isEqualTo("Không");
    JsonObject row4 = unfinished.getJsonObject(1);
    assertThat(row4.getInteger("row")).as("a citation the legal store does not know").isEqualTo(4);
    assertThat(row4.getJsonObject("cells").getString("citations")).contains("999/2099/QH99");
  }

  @Test
  void a_fixed_row_is_checked_with_the_import_rules_and_the_commit_writes_it_with_the_others() throws Exception {
    String id = UUID.randomUUID().toString();
    int before = count();

    JsonObject stillBad = check(id, 3, fixedRow("Câu sửa thử C2?", "5", "Điều 1 Luật 102/2016/QH13"));
    assertThat(stillBad.getBoolean("valid")).isFalse();
    JsonObject error = stillBad.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getInteger("row")).isEqualTo(3);
    assertThat(error.getString("column")).isEqualTo("Đáp án đúng");
    assertThat(error.getString("message")).contains("phương án 5");

    JsonObject unresolved = check(id, 4, fixedRow("Câu sửa thử C3?", "1", "Điều 5 Luật 999/2099/QH99"));
    assertThat(unresolved.getBoolean("valid")).as("the legal store is asked too").isFalse();
    assertThat(unresolved.getJsonArray("errors").getJsonObject(0).getString("message")).contains("999/2099/QH99");
    assertThat(unresolved.getJsonArray("errors").getJsonObject(0).getString("column")).isEqualTo("Trích dẫn");

    JsonObject fixed = check(id, 3, fixedRow("Câu sửa thử C2?", "2", "Điều 1 Luật 102/2016/QH13"));
    assertThat(fixed.getBoolean("valid")).isTrue();
    assertThat(fixed.getJsonObject("preview").getJsonObject("content").getString("text")).isEqualTo("Câu sửa thử C2?");

    JsonObject refused = report(import_(id, "commit", ""), 422);
    assertThat(refused.getJsonArray("errors").size()).as("row 4 still cites an unknown law").isEqualTo(1);
    assertThat(refused.getJsonArray("errors").getJsonObject(0).getInteger("row")).isEqualTo(4);
    assertThat(count()).isEqualTo(before);

    JsonObject created = report(import_(id, "commit", "&skip=4"), 200);
    assertThat(created.getInteger("created")).isEqualTo(2);
    assertThat(count()).isEqualTo(before + 2);
    JsonObject question = Http.json(author.get("/api/questions/" + created.getJsonArray("createdIds").getLong(1)));
    assertThat(question.getJsonObject("content").getString("text")).isEqualTo("Câu sửa thử C2?");
    assertThat(question.getJsonObject("content").getJsonArray("choices").getJsonObject(1).getBoolean("correct")).isTrue();
  }

  @Test
  void a_fix_sent_still_invalid_is_refused_at_commit_with_its_row_and_column() throws Exception {
    String id = UUID.randomUUID().toString();
    check(id, 3, fixedRow("", "2", "Điều 1 Luật 102/2016/QH13"));
    int before = count();

    JsonObject refused = report(import_(id, "commit", "&skip=4"), 422);

    JsonObject error = refused.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getInteger("row")).isEqualTo(3);
    assertThat(error.getString("column")).isEqualTo("Câu hỏi");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void fixes_belong_to_the_user_who_made_them() {
    String id = UUID.randomUUID().toString();
    check(id, 3, fixedRow("Câu sửa thử C2?", "2", "Điều 1 Luật 102/2016/QH13"));

    HttpResponse<String> theirs = other.postBytes("/api/imports?format=CSV_LUATVUI&mode=preview&import=" + id,
        CSV.getBytes(StandardCharsets.UTF_8), "application/octet-stream");

    assertThat(report(theirs, 200).getJsonArray("errors").size()).isEqualTo(2);
  }

  @Test
  void a_cell_the_luatvui_sheet_does_not_have_is_refused() {
    HttpResponse<String> answer = author.post("/api/imports/" + UUID.randomUUID() + "/rows",
        new JsonObject().put("row", 3).put("cells", new JsonObject().put("ghiChu", "x")));
    assertThat(answer.statusCode()).isEqualTo(400);
  }

  @Test
  void the_progress_of_an_import_says_how_many_rows_were_read() {
    String id = UUID.randomUUID().toString();
    assertThat(Http.json(author.get("/api/imports/" + id + "/progress")).getString("phase")).isEqualTo("waiting");

    report(import_(id, "preview", ""), 200);

    JsonObject done = Http.json(author.awaitGet("/api/imports/" + id + "/progress",
        r -> Http.json(r).getString("phase").equals("done"), java.time.Duration.ofSeconds(5)));
    assertThat(done.getString("phase")).isEqualTo("done");
  }

  private static JsonObject fixedRow(String text, String correct, String citation) {
    return new JsonObject().put("type", "Một đáp án").put("text", text).put("option1", "Có").put("option2", "Không")
        .put("correct", correct).put("explanation", "Giải thích đã sửa. Câu hai.").put("citations", citation)
        .put("tags", "sửa thử").put("difficulty", "1");
  }

  private static JsonObject check(String id, int row, JsonObject cells) {
    return report(author.post("/api/imports/" + id + "/rows", new JsonObject().put("row", row).put("cells", cells)), 200);
  }

  private static HttpResponse<String> import_(String id, String mode, String more) {
    return author.postBytes("/api/imports?format=CSV_LUATVUI&mode=" + mode + "&import=" + id + more,
        CSV.getBytes(StandardCharsets.UTF_8), "application/octet-stream");
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
