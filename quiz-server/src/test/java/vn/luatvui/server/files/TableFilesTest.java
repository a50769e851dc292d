package vn.luatvui.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports, units and results as CSV: cells a spreadsheet would run as formulas are written inert. */
class TableFilesTest {

  @Test
  void text_cells_beginning_like_a_formula_get_an_apostrophe_and_numbers_stay_numbers() {
    List<List<Object>> rows = List.of(
        Arrays.asList("=HYPERLINK(\"http://x\",\"bấm\")", "+84 912", "-1+2", "@SUM(A1)", "\tTab", "\rCR", -5, "Bình thường"),
        Arrays.asList("'=đã có nháy", null, 3.5, "a=b", "", "x", 0, "Lê Văn A"));

    String csv = new String(TableFiles.csv(List.of("=Tên", "b", "c", "d", "e", "f", "g", "h"), rows),
        StandardCharsets.UTF_8);

    String[] lines = csv.substring(1).split("\r\n");
    assertThat(lines[0]).startsWith("'=Tên,");
    assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\",'+84 912,'-1+2,'@SUM(A1),'\tTab,"
        + "\"'\rCR\",-5,Bình thường");
    assertThat(lines[2]).isEqualTo("''=đã có nháy,,3.5,a=b,,x,0,Lê Văn A");
  }
}
