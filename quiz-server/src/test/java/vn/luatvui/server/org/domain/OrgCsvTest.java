package vn.luatvui.server.org.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrgCsvTest {
  private static final Map<String, String> NOTHING_STORED = Map.of();

  private static List<String> problems(String csv, Map<String, String> stored) {
    return OrgCsv.parse(csv, stored).problems().stream().map(p -> p.row() + ":" + p.column()).toList();
  }

  @Test
  void the_template_reads_without_a_problem_and_starts_with_a_byte_order_mark_for_excel() {
    assertThat(OrgCsv.TEMPLATE).startsWith("\uFEFF");
    OrgCsv.Parsed parsed = OrgCsv.parse(OrgCsv.TEMPLATE, NOTHING_STORED);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).hasSize(6);
    OrgRow ward = parsed.rows().get(3);
    assertThat(ward.kind()).isEqualTo(OrgKind.WARD);
    assertThat(ward.parentCode()).isEqualTo("Q1");
    assertThat(ward.settlement()).isEqualTo(Settlement.URBAN);
    assertThat(ward.population()).isEqualTo(16000);
    assertThat(parsed.rows().get(1).kind()).isEqualTo(OrgKind.DEPARTMENT);
  }

  @Test
  void english_headers_semicolons_kinds_without_diacritics_and_grouped_numbers_are_read() {
    OrgCsv.Parsed parsed = OrgCsv.parse("code;name;kind;parent code;urban/rural;population\n"
        + "X1;Xã   Một;xa;;rural;12.500\n\nT1;Trường  Một;school;X1;;\n", NOTHING_STORED);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows().get(0)).isEqualTo(new OrgRow("X1", "Xã Một", OrgKind.COMMUNE, null, Settlement.RURAL, 12500));
    assertThat(parsed.rows().get(1).kind()).isEqualTo(OrgKind.SCHOOL);
  }

  @Test
  void each_wrong_cell_is_reported_by_row_and_column_as_written() {
    String csv = "ma,ten,loai,ma_cap_tren,thanh_thi_nong_thon,so_dan\n"
        + "TP,Thành phố,Thành phố,,,\n"
        + ",Không mã,Phường,TP,,\n"
        + "P 1,Mã có dấu cách,Phường,TP,,\n"
        + "P2,,Phường,TP,,\n"
        + "P3,Phường 3,Cửa hàng,TP,,\n"
        + "P4,Phường 4,Phường,TP,Ngoại ô,\n"
        + "P5,Phường 5,Phường,TP,,nhiều\n"
        + "T1,Trường,Trường học,TP,Thành thị,\n"
        + "P6,Phường 6,Phường,KHONG-CO,,\n"
        + "TP,Trùng mã,Xã,,,\n"
        + "P7,Phường 7,,TP,,\n";
    assertThat(problems(csv, NOTHING_STORED)).containsExactly("3:ma", "4:ma", "5:ten", "6:loai",
        "7:thanh_thi_nong_thon", "8:so_dan", "9:thanh_thi_nong_thon", "10:ma_cap_tren", "11:ma", "12:loai");
  }

  @Test
  void a_missing_column_an_empty_file_and_a_broken_quote_are_problems_of_the_file() {
    assertThat(problems("ma,ten\nA,B\n", NOTHING_STORED)).containsExactly("1:null");
    assertThat(problems("", NOTHING_STORED)).containsExactly("1:null");
    assertThat(problems("ma,ten,loai\nA,\"B,Xã\n", NOTHING_STORED)).hasSize(1);
  }

  @Test
  void a_parent_cycle_is_reported_once_with_its_path() {
    OrgCsv.Parsed parsed = OrgCsv.parse("ma,ten,loai,ma_cap_tren\nA,A,Xã,C\nB,B,Xã,A\nC,C,Xã,B\n", NOTHING_STORED);
    assertThat(parsed.problems()).hasSize(1);
    assertThat(parsed.problems().get(0).message()).contains("A → C → B → A");
  }

  @Test
  void a_parent_already_stored_is_known_and_a_cycle_through_the_stored_tree_is_found() {
    Map<String, String> stored = new HashMap<>();
    stored.put("TP", null);
    stored.put("Q1", "TP");
    assertThat(problems("ma,ten,loai,ma_cap_tren\nP1,Phường 1,Phường,Q1\n", stored)).isEmpty();
    assertThat(problems("ma,ten,loai,ma_cap_tren\nTP,Thành phố,Thành phố,Q1\n", stored)).containsExactly("2:ma_cap_tren");
  }
}
