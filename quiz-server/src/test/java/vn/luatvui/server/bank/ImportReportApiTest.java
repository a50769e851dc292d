package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** What the import report says about every row, and exports without a cap, over the real API. */
class ImportReportApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String HEADER = "Câu hỏi,Phương án 1,Phương án 2,Đáp án đúng,Giải thích,Trích dẫn\n";
  private static final String CITE = ",Bị cấm.,\"khoản 1 Điều 8, 36/2024/QH15\"\n";
  private static Http author;

  @BeforeAll
  static void start() {
    Http admin = running.admin();
    admin.post("/api/users", new JsonObject().put("email", "bao.cao@luatvui.test").put("displayName", "Tác giả")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("AUTHOR").add("HOST")));
    author = new Http(running.server().config().httpPort()).login("bao.cao@luatvui.test", "mat-khau-du-dai");
  }

  @Test
  void a_question_differing_by_one_diacritic_from_the_bank_or_the_file_is_imported_with_a_warning() {
    String first = HEADER + "Người đỗ xe trên cầu có vi phạm không?,Có,Không,1" + CITE;
    assertThat(report(import_("commit", first, ""), 200).getInteger("created")).isEqualTo(1);
    String csv = HEADER
        + "Người đổ xe trên cầu có vi phạm không?,Có,Không,1" + CITE
        + "Người đỗ xe trên cầu có vi phạm không?,Có,Không,1" + CITE
        + "Người đổ xe trên cầu có vi phạm không?,Không,Có,2" + CITE
        + "Người đổ xe trên cầu có vi phạm KHÔNG?,Có,Không,1" + CITE;

    JsonObject preview = report(import_("preview", csv, ""), 200);
    assertThat(preview.getInteger("total")).isEqualTo(4);
    assertThat(preview.getInteger("valid")).isEqualTo(4);
    assertThat(rows(preview.getJsonArray("skipped"))).containsExactly(3, 4);
    assertThat(preview.getJsonArray("skipped").getJsonObject(0).getString("reason")).contains("Đã có trong ngân hàng");
    assertThat(preview.getJsonArray("skipped").getJsonObject(1).getString("reason")).contains("dòng 2");
    JsonArray duplicates = preview.getJsonArray("duplicates");
    assertThat(duplicates.stream().map(d -> ((JsonObject) d).getInteger("row") + ":" + ((JsonObject) d).getBoolean("exact")))
        .containsExactlyInAnyOrder("3:false", "4:true", "5:false", "2:false", "3:true", "5:false");

    JsonObject committed = report(import_("commit", csv, "&skip=5"), 200);
    assertThat(committed.getInteger("created")).isEqualTo(1);
    assertThat(rows(committed.getJsonArray("skipped"))).containsExactly(3, 4, 5);
    assertThat(committed.getJsonArray("skipped").getJsonObject(2).getString("reason")).contains("Bạn đã chọn");
    JsonObject created = Http.json(author.get("/api/questions/" + committed.getJsonArray("createdIds").getLong(0)));
    assertThat(created.getJsonObject("content").getString("text")).isEqualTo("Người đổ xe trên cầu có vi phạm không?");
  }

  @Test
  void an_empty_upload_gets_an_import_report_in_vietnamese() {
    HttpResponse<String> response = author.postBytes("/api/imports?format=XLSX_KAHOOT&mode=preview", new byte[0],
        "application/octet-stream");

    JsonObject report = report(response, 200);
    assertThat(report.getInteger("total")).isZero();
    assertThat(report.getJsonArray("errors").getJsonObject(0).getString("message")).startsWith("Tệp tải lên trống");
  }

  @Test
  void a_csv_export_neutralises_formula_cells_and_imports_back_to_the_same_text() {
    String csv = HEADER + "\"=1+1 là câu hỏi công thức?\",-5 độ,@ký hiệu,1" + CITE;
    JsonObject created = report(import_("commit", csv, ""), 200);
    assertThat(created.getInteger("created")).isEqualTo(1);

    HttpResponse<String> file = author.get("/api/exports?format=CSV_LUATVUI&mine=true&q=" + "cong%20thuc");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).contains("'=1+1 là câu hỏi công thức?", "'-5 độ", "'@ký hiệu");

    JsonObject back = report(author.postBytes("/api/imports?format=CSV_LUATVUI&mode=preview",
        file.body().getBytes(StandardCharsets.UTF_8), "application/octet-stream"), 200);
    JsonObject content = back.getJsonArray("preview").getJsonObject(0).getJsonObject("content");
    assertThat(content.getString("text")).isEqualTo("=1+1 là câu hỏi công thức?");
    assertThat(content.getJsonArray("choices").getJsonObject(0).getString("text")).isEqualTo("-5 độ");
    assertThat(content.getJsonArray("choices").getJsonObject(1).getString("text")).isEqualTo("@ký hiệu");
  }

  @Test
  void an_export_of_more_than_ten_thousand_questions_holds_them_all() throws Exception {
    int extra = 10_050;
    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO question (external_key, status, version, author_id, needs_review, type, visibility, "
          + "difficulty, audience, text, tags, search_folded, content_hash) SELECT 'so-luong-' || g, status, version, "
          + "author_id, needs_review, type, visibility, difficulty, audience, text, ARRAY['so luong lon'], search_folded, "
          + "md5(g::text) FROM question, generate_series(1, " + extra + ") g "
          + "WHERE id = (SELECT min(id) FROM question WHERE type = 'SINGLE_CHOICE' AND status = 'APPROVED')");
      s.execute("INSERT INTO question_version (question_id, version, content, created_by) SELECT q.id, q.version, "
          + "v.content, v.created_by FROM question q JOIN question_version v ON v.question_id = (SELECT min(id) FROM "
          + "question WHERE type = 'SINGLE_CHOICE' AND status = 'APPROVED') AND v.version = q.version "
          + "WHERE q.external_key LIKE 'so-luong-%'");
    }

    HttpResponse<String> file = author.get("/api/exports?format=JSON&tag=so%20luong%20lon");
    HttpResponse<String> kahoot = author.get("/api/exports?format=AIKEN&tag=so%20luong%20lon");

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("x-skipped-questions")).hasValue("0");
    JsonArray questions = new JsonObject(file.body()).getJsonArray("questions");
    assertThat(questions.size()).isEqualTo(extra);
    assertThat(questions.stream().map(q -> ((JsonObject) q).getString("key")).distinct().count()).isEqualTo(extra);
    assertThat(kahoot.body().split("\nANSWER: ")).hasSize(extra + 1);
  }

  private static java.util.List<Integer> rows(JsonArray array) {
    return array.stream().map(o -> ((JsonObject) o).getInteger("row")).toList();
  }

  private static HttpResponse<String> import_(String mode, String content, String extra) {
    return author.postBytes("/api/imports?format=CSV_LUATVUI&mode=" + mode + extra,
        content.getBytes(StandardCharsets.UTF_8), "application/octet-stream");
  }

  private static JsonObject report(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response);
  }
}
