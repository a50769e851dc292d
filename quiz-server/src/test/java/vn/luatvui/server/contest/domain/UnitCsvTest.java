package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitCsvTest {

  @Test
  void english_headers_with_commas_are_read() {
    UnitCsv.Parsed p = UnitCsv.parse("code,name,parent,members\nT,Tỉnh Nam Định,,1200\nH-1,Huyện Ý Yên,T,\n");

    assertThat(p.problems()).isEmpty();
    assertThat(p.ok()).isTrue();
    assertThat(p.rows()).containsExactly(new UnitRow("T", "Tỉnh Nam Định", null, 1200),
        new UnitRow("H-1", "Huyện Ý Yên", "T", null));
  }

  @Test
  void vietnamese_headers_semicolons_and_a_byte_order_mark_are_tolerated() {
    UnitCsv.Parsed p = UnitCsv.parse("\uFEFFMã;TÊN;Mã cấp trên;Sĩ số\r\nTHPT.01;Trường THPT số 1;;1.250\r\n");

    assertThat(p.problems()).isEmpty();
    assertThat(p.rows()).containsExactly(new UnitRow("THPT.01", "Trường THPT số 1", null, 1250));
  }

  @Test
  void every_accepted_header_spelling_is_recognised() {
    String[][] headers = {
        {"ma", "ten", "parent_code", "so_thanh_vien"},
        {"Mã", "Tên", "ma_cap_tren", "số thành viên"},
        {"CODE", "Name", "Parent", "si_so"},
        {"code", "name", "mã cấp trên", "sĩ số"}};
    for (String[] h : headers) {
      UnitCsv.Parsed p = UnitCsv.parse(String.join(",", h) + "\nA,Đơn vị A,,5\nB,Đơn vị B,A,\n");

      assertThat(p.problems()).as(String.join(",", h)).isEmpty();
      assertThat(p.rows()).containsExactly(new UnitRow("A", "Đơn vị A", null, 5), new UnitRow("B", "Đơn vị B", "A", null));
    }
  }

  @Test
  void text_is_normalised_to_nfc_and_trimmed() {
    String decomposed = "Tru\u031Bo\u031B\u0300ng  Ho\u0323c";  // "Trường  Học" in NFD with a double space
    UnitCsv.Parsed p = UnitCsv.parse("code,name\n  A1 ,\"" + decomposed + " \"\n");

    assertThat(p.rows()).containsExactly(new UnitRow("A1", "Trường Học", null, null));
  }

  @Test
  void code_and_name_columns_are_required() {
    UnitCsv.Parsed p = UnitCsv.parse("tên đơn vị,members\nTrường A,5\n");

    assertThat(p.rows()).isEmpty();
    assertThat(p.problems()).containsExactly(new CsvProblem(1, null, "Thiếu cột mã (code) ở dòng tiêu đề."));
  }

  @Test
  void an_empty_file_has_no_header() {
    assertThat(UnitCsv.parse("").problems()).extracting(CsvProblem::row).containsExactly(1);
    assertThat(UnitCsv.parse(null).ok()).isFalse();
  }

  @Test
  void two_columns_meaning_the_same_are_refused() {
    UnitCsv.Parsed p = UnitCsv.parse("code,name,mã\nA,B,C\n");

    assertThat(p.problems()).containsExactly(new CsvProblem(1, "mã", "Cột «mã» trùng ý nghĩa với cột «code»."));
  }

  @Test
  void problems_name_the_row_counting_the_header_and_the_column_as_written() {
    String csv = String.join("\n",
        "Mã,Tên,Mã cấp trên,Sĩ số",
        "A,Đơn vị A,,10",
        ",Không mã,,",
        "B C,Mã có dấu cách,,",
        "A,Trùng mã,,",
        "D,,,",
        "E,Đơn vị E,ZZZ,",
        "F,Đơn vị F,,mười",
        "G,Đơn vị G,,10000001",
        "H,Đơn vị H,,-3");

    List<CsvProblem> problems = UnitCsv.parse(csv).problems();

    assertThat(problems).extracting(CsvProblem::row, CsvProblem::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "Mã"),
        org.assertj.core.groups.Tuple.tuple(4, "Mã"),
        org.assertj.core.groups.Tuple.tuple(5, "Mã"),
        org.assertj.core.groups.Tuple.tuple(6, "Tên"),
        org.assertj.core.groups.Tuple.tuple(7, "Mã cấp trên"),
        org.assertj.core.groups.Tuple.tuple(8, "Sĩ số"),
        org.assertj.core.groups.Tuple.tuple(9, "Sĩ số"),
        org.assertj.core.groups.Tuple.tuple(10, "Sĩ số"));
    assertThat(problems.get(2).message()).isEqualTo("Mã đơn vị «A» bị trùng với dòng 2.");
    assertThat(problems.get(4).message()).isEqualTo("Không có đơn vị nào mang mã cấp trên «ZZZ».");
    assertThat(problems.get(5).message()).isEqualTo("Số thành viên phải là số nguyên từ 0 đến 10.000.000.");
  }

  @Test
  void blank_lines_are_skipped_but_still_counted() {
    UnitCsv.Parsed p = UnitCsv.parse("code,name\n\nA,Đơn vị A\n , \nB,\n");

    assertThat(p.rows()).hasSize(2);
    assertThat(p.problems()).containsExactly(new CsvProblem(5, "name", "Thiếu tên đơn vị."));
  }

  @Test
  void codes_and_names_have_length_limits() {
    String csv = "code,name\n" + "a".repeat(50) + ",Đ\n" + "b".repeat(51) + ",Đ\nc," + "ệ".repeat(200) + "\nd,"
        + "ệ".repeat(201) + "\n";

    assertThat(UnitCsv.parse(csv).problems()).extracting(CsvProblem::row, CsvProblem::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "code"), org.assertj.core.groups.Tuple.tuple(5, "name"));
  }

  @Test
  void a_cycle_of_parents_is_reported_once_with_its_path() {
    UnitCsv.Parsed p = UnitCsv.parse("code,name,parent\nA,Đơn vị A,C\nB,Đơn vị B,A\nC,Đơn vị C,B\nS,Tự trỏ,S\nD,Dưới A,A\n");

    assertThat(p.problems()).containsExactly(
        new CsvProblem(2, "parent", "Mã cấp trên tạo thành vòng lặp: A → C → B → A."),
        new CsvProblem(5, "parent", "Mã cấp trên tạo thành vòng lặp: S → S."));
  }

  @Test
  void more_than_twenty_thousand_units_are_refused() {
    StringBuilder csv = new StringBuilder("code,name\n");
    for (int i = 0; i <= 20_000; i++) {
      csv.append("U").append(i).append(",Đơn vị ").append(i).append('\n');
    }

    UnitCsv.Parsed p = UnitCsv.parse(csv.toString());

    assertThat(p.problems()).containsExactly(new CsvProblem(20_002, null, "Danh sách có quá 20.000 đơn vị."));
    assertThat(UnitCsv.parse(csv.substring(0, csv.lastIndexOf("U20000"))).problems()).isEmpty();
  }

  @Test
  void a_broken_quote_is_reported_instead_of_thrown() {
    UnitCsv.Parsed p = UnitCsv.parse("code,name\nA,Đơn vị A\nB,\"Đơn vị B\n");

    assertThat(p.problems()).hasSize(1);
    assertThat(p.problems().get(0).row()).isEqualTo(3);
  }

  @Test
  void rows_sent_as_json_get_the_same_checks_numbered_from_one() {
    List<UnitRow> rows = List.of(new UnitRow("A", "Đơn vị A", null, 10), new UnitRow("A", "Đơn vị A'", "Q", -1));

    assertThat(UnitCsv.check(rows)).containsExactly(
        new CsvProblem(2, "code", "Mã đơn vị «A» bị trùng với dòng 1."),
        new CsvProblem(2, "members", "Số thành viên phải là số nguyên từ 0 đến 10.000.000."),
        new CsvProblem(2, "parentCode", "Không có đơn vị nào mang mã cấp trên «Q»."));
    assertThat(new UnitRow(" A ", " Tên\u00A0 mới ", " ", 3).normalized()).isEqualTo(new UnitRow("A", "Tên mới", null, 3));
  }
}
