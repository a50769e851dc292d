package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Citation;

class CitationsTest {

  private static List<Citation> parse(String text) {
    Citations.Parsed parsed = Citations.parse(text);
    assertThat(parsed.problems()).as("problems of %s", text).isEmpty();
    return parsed.citations();
  }

  @Test
  void clause_article_and_law_number() {
    assertThat(parse("khoản 1 Điều 8 Luật 36/2024/QH15"))
        .containsExactly(new Citation("36/2024/QH15", 8, 1, null, null));
  }

  @Test
  void article_comma_number() {
    assertThat(parse("Điều 12, 100/2015/QH13")).containsExactly(new Citation("100/2015/QH13", 12, null, null, null));
  }

  @Test
  void point_clause_article_dash_number() {
    assertThat(parse("điểm a khoản 2 Điều 5 - 73/2021/QH14"))
        .containsExactly(new Citation("73/2021/QH14", 5, 2, "a", null));
  }

  @Test
  void without_diacritics_in_any_case_and_in_any_order() {
    assertThat(parse("DIEU 8 khoan 1 diem đ luat so 36/2024/qh15"))
        .containsExactly(new Citation("36/2024/QH15", 8, 1, "đ", null));
  }

  @Test
  void decrees_circulars_and_the_constitution() {
    assertThat(parse("điểm b khoản 3 Điều 6 Nghị định 168/2024/nđ-cp; Điều 2 Hiến pháp năm 2013; Điều 14 HP2013; "
        + "Điều 3 Thông tư 01/2021/TT-BGDĐT")).containsExactly(
        new Citation("168/2024/NĐ-CP", 6, 3, "b", null),
        new Citation("HP2013", 2, null, null, null),
        new Citation("HP2013", 14, null, null, null),
        new Citation("01/2021/TT-BGDĐT", 3, null, null, null));
  }

  @Test
  void a_quotation_after_a_colon_with_semicolons_and_doubled_quotes_inside() {
    List<Citation> citations = parse("Điều 1, 102/2016/QH13: \"Trẻ em là người dưới 16 tuổi; gọi là \"\"trẻ\"\".\"; "
        + "Điều 2 Luật 102/2016/QH13");
    assertThat(citations).containsExactly(
        new Citation("102/2016/QH13", 1, null, null, "Trẻ em là người dưới 16 tuổi; gọi là \"trẻ\"."),
        new Citation("102/2016/QH13", 2, null, null, null));
  }

  @Test
  void what_it_writes_it_reads_back() {
    List<Citation> all = List.of(Fixtures.ROAD_LAW, Fixtures.CHILDREN_LAW, Fixtures.DRUG_LAW,
        new Citation("HP2013", 2, null, null, "Nhà nước \"pháp quyền\"; của Nhân dân"));
    assertThat(parse(Citations.format(all))).isEqualTo(all);
  }

  @Test
  void a_citation_without_article_or_number_is_a_problem_saying_which() {
    Citations.Parsed parsed = Citations.parse("Luật Giao thông; Điều 5 Luật Trẻ em; Điều 1 và Điều 2, 102/2016/QH13");
    assertThat(parsed.citations()).isEmpty();
    assertThat(parsed.problems()).hasSize(4);
    assertThat(parsed.problems().get(0)).contains("số Điều").contains("“Luật Giao thông”");
    assertThat(parsed.problems().get(1)).contains("số hiệu văn bản");
    assertThat(parsed.problems().get(2)).contains("số hiệu văn bản").contains("“Điều 5 Luật Trẻ em”");
    assertThat(parsed.problems().get(3)).contains("nhiều Điều");
  }
}
