package vn.luatvui.server.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.law.LawFiles.SourceFile;
import vn.luatvui.server.support.RunningServer;

/** Loading the legal store's files into PostgreSQL, again, and after a file changed. */
class LawLoaderTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();

  static List<SourceFile> fixtures() {
    return LawFiles.onClasspath("law-fixtures");
  }

  @Test
  void files_load_once_reload_as_nothing_and_a_changed_file_waits_as_a_diff_until_applied() throws Exception {
    LawLoader loader = new LawLoader(running.server().vertx(), running.server().pool());
    LoadReport first = loader.load(fixtures(), LawLoader.Mode.NEW_ONLY).await();
    assertThat(first.added()).containsExactly("901/2020/QH14", "902/2024/QH15", "903/2026/QH15");
    assertThat(first.unreadable()).isEmpty();
    assertThat(first.problems()).isEmpty();
    assertThat(query("SELECT effective_to::text || ' ' || array_to_string(replaced_by, ',') FROM legal_document "
        + "WHERE number = '901/2020/QH14'")).containsExactly("2026-12-31 903/2026/QH15");
    assertThat(query("SELECT address || ' ' || read_on FROM law_source WHERE document_number = '901/2020/QH14'"))
        .containsExactly("https://vanban.example.vn/bo-luat-mau-2020 2026-11-30");
    assertThat(textOn("2", "3", "a", "2025-06-30")).containsExactly("a) Trục lợi;");
    assertThat(textOn("2", "3", "a", "2025-07-01")).containsExactly("a) Trục lợi, kể cả trên không gian mạng;");
    assertThat(query("SELECT kind || ' ' || by_document FROM law_change WHERE document_number = '901/2020/QH14' "
        + "AND article = '2' AND clause = '3' AND point = 'a'")).containsExactly("AMENDED 902/2024/QH15");
    assertThat(query("SELECT kind || ' ' || to_document FROM law_relation WHERE from_document = '903/2026/QH15'"))
        .containsExactly("REPLACES 901/2020/QH14");
    String snapshot = snapshot();

    LoadReport again = loader.load(fixtures(), LawLoader.Mode.NEW_ONLY).await();
    assertThat(again.added()).isEmpty();
    assertThat(again.unchanged()).hasSize(3);
    assertThat(again.rewritten()).isZero();
    assertThat(snapshot()).as("the same rows, not rewritten").isEqualTo(snapshot);

    List<SourceFile> changed = new ArrayList<>(fixtures());
    SourceFile code = changed.get(0);
    changed.set(0, new SourceFile(code.name(), code.content()
        .replace("1. Trẻ em có quyền được bảo vệ tính mạng.", "1. Trẻ em có quyền được bảo vệ tính mạng, thân thể.")));
    LoadReport waiting = loader.load(changed, LawLoader.Mode.NEW_ONLY).await();
    assertThat(waiting.pending()).containsOnlyKeys("901/2020/QH14");
    assertThat(waiting.pending().get("901/2020/QH14")).containsExactly("~ Điều 3", "~ Điều 3 khoản 1");
    assertThat(loader.load(changed, LawLoader.Mode.DIFF).await().pending()).containsOnlyKeys("901/2020/QH14");
    assertThat(snapshot()).as("nothing applied yet").isEqualTo(snapshot);

    LoadReport applied = loader.load(changed, LawLoader.Mode.APPLY).await();
    assertThat(applied.updated()).containsExactly("901/2020/QH14");
    assertThat(textOn("3", "1", null, "2025-07-01")).containsExactly("1. Trẻ em có quyền được bảo vệ tính mạng, thân thể.");
    assertThat(loader.load(changed, LawLoader.Mode.NEW_ONLY).await().rewritten()).isZero();
  }

  @Test
  void a_file_with_errors_is_reported_by_line_and_loads_nothing() {
    LawLoader loader = new LawLoader(running.server().vertx(), running.server().pool());
    LoadReport report = loader.load(List.of(new SourceFile("hong.txt", "Số hiệu: 1/2030/QH16\n---\n1. Lạc.\n")),
        LawLoader.Mode.APPLY).await();
    assertThat(report.unreadable()).singleElement().asString().startsWith("hong.txt: ")
        .contains("dòng 3: khoản \"1.\" nằm ngoài mọi Điều");
    assertThat(report.added()).isEmpty();
  }

  private static List<String> textOn(String article, String clause, String point, String day) throws Exception {
    return query("SELECT text FROM law_provision WHERE document_number = '901/2020/QH14' AND article = '" + article
        + "' AND clause IS NOT DISTINCT FROM " + (clause == null ? "NULL" : "'" + clause + "'")
        + " AND point IS NOT DISTINCT FROM " + (point == null ? "NULL" : "'" + point + "'")
        + " AND effective_from <= DATE '" + day + "' AND (effective_to IS NULL OR effective_to >= DATE '" + day + "')");
  }

  private static String snapshot() throws Exception {
    return String.join("|", query("SELECT count(*) || ':' || coalesce(max(id), 0) FROM law_provision"))
        + String.join("|", query("SELECT loaded_at::text FROM law_text ORDER BY 1"));
  }

  static List<String> query(String sql) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}
