package vn.luatvui.bank.law.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionPathTest {
  @Test
  void inserted_articles_and_clauses_come_right_after_the_unit_they_follow() {
    List<String> numbers = new ArrayList<>(List.of("257", "256a", "3", "256", "256b", "30"));
    numbers.sort(UnitNumbers.NUMBER_ORDER);
    assertThat(numbers).containsExactly("3", "30", "256", "256a", "256b", "257");
  }

  @Test
  void points_follow_the_vietnamese_alphabet_with_inserted_points_after_their_letter() {
    List<String> letters = new ArrayList<>(List.of("e", "đ", "a1", "d", "b", "a", "a2"));
    letters.sort(UnitNumbers.LETTER_ORDER);
    assertThat(letters).containsExactly("a", "a1", "a2", "b", "d", "đ", "e");
  }

  @Test
  void a_path_is_read_largest_unit_first_and_cited_smallest_unit_first() {
    ProvisionPath p = ProvisionPath.parse("Điều 256a khoản 3a điểm đ");
    assertThat(p).isEqualTo(new ProvisionPath("256a", "3a", "đ"));
    assertThat(p.reference()).isEqualTo("điểm đ khoản 3a Điều 256a");
    assertThat(ProvisionPath.parse(p.toString())).isEqualTo(p);
    assertThat(p.level()).isEqualTo(ProvisionPath.Level.POINT);
    assertThat(p.parent()).isEqualTo(new ProvisionPath("256a", "3a", null));
  }

  @Test
  void a_clause_lies_within_its_article_and_not_the_other_way() {
    ProvisionPath clause = ProvisionPath.parse("Điều 40 khoản 3");
    assertThat(clause.within(ProvisionPath.article("40"))).isTrue();
    assertThat(ProvisionPath.article("40").within(clause)).isFalse();
    assertThat(clause.within(ProvisionPath.parse("Điều 40 khoản 4"))).isFalse();
  }

  @Test
  void paths_sort_by_article_then_clause_then_point() {
    List<ProvisionPath> paths = new ArrayList<>(List.of(ProvisionPath.parse("Điều 10 khoản 2"),
        ProvisionPath.parse("Điều 9"), ProvisionPath.parse("Điều 10"), ProvisionPath.parse("Điều 10 khoản 1 điểm đ"),
        ProvisionPath.parse("Điều 10 khoản 1 điểm d")));
    Collections.sort(paths);
    assertThat(paths).extracting(ProvisionPath::toString).containsExactly("Điều 9", "Điều 10",
        "Điều 10 khoản 1 điểm d", "Điều 10 khoản 1 điểm đ", "Điều 10 khoản 2");
  }

  @Test
  void a_malformed_path_is_refused_with_the_form_to_use() {
    assertThatThrownBy(() -> ProvisionPath.parse("khoản 3 Điều 40")).hasMessageContaining("Điều 40 khoản 3 điểm a");
    assertThatThrownBy(() -> ProvisionPath.parse("Điều 40 điểm f")).hasMessageContaining("điểm không hợp lệ");
  }
}
