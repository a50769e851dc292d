package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.bank.formats.ExportedQuestion;
import vn.luatvui.bank.formats.QuestionExporter;
import vn.luatvui.bank.formats.QuestionFormat;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * An imported citation is checked against the legal store's text (Luật Trẻ em 102/2016/QH13, loaded
 * at start): an Điều or khoản the text does not have, or a quote that is not in the provision, is an
 * error at the row and the citation's column, and a commit of such a file writes nothing.
 */
class ImportCitationApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String HEADER = "Loại,Câu hỏi,Phương án 1,Phương án 2,Phương án 3,Phương án 4,Đáp án đúng,"
      + "Giải thích,Trích dẫn,Chủ đề,Độ khó\n";
  private static final String CHILD_LAW = "102/2016/QH13";
  private static Http author;

  @BeforeAll
  static void start() {
    running.admin().post("/api/users", new JsonObject().put("email", "trich.dan@luatvui.test").put("displayName", "Tác giả")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("AUTHOR")));
    author = new Http(running.server().config().httpPort()).login("trich.dan@luatvui.test", "mat-khau-du-dai");
  }

  @Test
  void a_csv_row_citing_what_the_store_does_not_have_is_an_error_at_its_row_and_the_citation_column() throws Exception {
    String csv = HEADER
        + row("C1", "Điều 1 Luật 102/2016/QH13: \"\"Trẻ em là người dưới 16 tuổi.\"\"")
        + row("C2", "Điều 999 Luật 102/2016/QH13")
        + row("C3", "khoản 9 Điều 10 Luật 102/2016/QH13")
        + row("C4", "Điều 1 Luật 102/2016/QH13: \"\"Trẻ em là người dưới 18 tuổi.\"\"");
    int before = count();

    JsonObject preview = report(send("CSV_LUATVUI", "preview", csv.getBytes(StandardCharsets.UTF_8)), 200);

    assertThat(preview.getInteger("total")).isEqualTo(4);
    assertThat(preview.getInteger("valid")).isEqualTo(1);
    JsonArray errors = preview.getJsonArray("errors");
    assertThat(errors.size()).isEqualTo(3);
    assertError(errors.getJsonObject(0), 3, "I (Trích dẫn)", "Điều 999", "không có điều khoản này");
    assertError(errors.getJsonObject(1), 4, "I (Trích dẫn)", "khoản 9 Điều 10", "không có điều khoản này");
    assertError(errors.getJsonObject(2), 5, "I (Trích dẫn)", "Điều 1", "câu trích không có");

    JsonObject refused = report(send("CSV_LUATVUI", "commit", csv.getBytes(StandardCharsets.UTF_8)), 422);
    assertThat(refused.getInteger("created")).isZero();
    assertThat(refused.getJsonArray("errors").size()).isEqualTo(3);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void an_xlsx_file_with_an_unresolved_citation_is_refused_whole_naming_the_row_and_column() throws Exception {
    byte[] xlsx = xlsx(List.of(
        new Citation(CHILD_LAW, 1, null, null, "Trẻ em là người dưới 16 tuổi."),
        new Citation(CHILD_LAW, 998, null, null, null),
        new Citation(CHILD_LAW, 10, 7, null, null),
        new Citation(CHILD_LAW, 10, 1, "a", "Trẻ em bị bỏ rơi")));
    int before = count();

    JsonObject refused = report(send("XLSX_LUATVUI", "commit", xlsx), 422);

    assertThat(refused.getInteger("total")).isEqualTo(4);
    assertThat(refused.getInteger("valid")).isEqualTo(1);
    assertThat(refused.getInteger("created")).isZero();
    JsonArray errors = refused.getJsonArray("errors");
    assertThat(errors.size()).isEqualTo(3);
    String column = errors.getJsonObject(0).getString("column");
    assertThat(column).matches("[A-Z]{1,2} \\(Trích dẫn\\)");
    assertError(errors.getJsonObject(0), 3, column, "Điều 998", "không có điều khoản này");
    assertError(errors.getJsonObject(1), 4, column, "khoản 7 Điều 10", "không có điều khoản này");
    assertError(errors.getJsonObject(2), 5, column, "điểm a khoản 1 Điều 10", "câu trích không có");
    assertThat(count()).isEqualTo(before);
  }

  private static void assertError(JsonObject error, int row, String column, String reference, String problem) {
    assertThat(error.getInteger("row")).as(error.encode()).isEqualTo(row);
    assertThat(error.getString("column")).as(error.encode()).isEqualTo(column);
    assertThat(error.getString("message")).as(error.encode()).contains(reference, CHILD_LAW, problem);
  }

  private static String row(String key, String citation) {
    return "Một đáp án,Câu trích dẫn " + key + "?,Có,Không,,,1,Giải thích " + key + ". Câu hai.,\"" + citation
        + "\",trích dẫn,1\n";
  }

  private static byte[] xlsx(List<Citation> citations) throws Exception {
    List<ExportedQuestion> rows = new java.util.ArrayList<>();
    for (int i = 0; i < citations.size(); i++) {
      rows.add(new ExportedQuestion(new QuestionContent(QuestionType.SINGLE_CHOICE, "Câu XLSX số " + i + " về trẻ em?",
          List.of(new Choice("Có", true), new Choice("Không", false)), List.of(), "Giải thích số " + i + ". Câu hai.",
          List.of(citations.get(i)), List.of("trẻ em"), 1, Audience.MOI_NGUOI, Visibility.PUBLIC, null, null)
          .normalized(), 20, 1000, null));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuestionExporter.write(QuestionFormat.XLSX_LUATVUI, rows, out);
    return out.toByteArray();
  }

  private static HttpResponse<String> send(String format, String mode, byte[] content) {
    return author.postBytes("/api/imports?format=" + format + "&mode=" + mode, content, "application/octet-stream");
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
