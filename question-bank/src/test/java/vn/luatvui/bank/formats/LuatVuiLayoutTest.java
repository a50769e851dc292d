package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.luatvui.bank.formats.Fixtures.read;
import static vn.luatvui.bank.formats.Fixtures.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionType;

class LuatVuiLayoutTest {
  private static final List<Object> HEADER = List.of("Loại", "Câu hỏi", "Phương án 1", "Phương án 2", "Phương án 3",
      "Phương án 4", "Đáp án đúng", "Giải thích", "Trích dẫn", "Chủ đề", "Độ khó", "Đối tượng", "Thời gian (giây)",
      "Điểm");
  private static final String CITE = "khoản 1 Điều 8 Luật 36/2024/QH15";

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  @SafeVarargs
  @SuppressWarnings("varargs")
  private static ImportResult sheet(List<Object>... rows) {
    List<List<Object>> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(Arrays.asList(rows));
    return read(QuestionFormat.XLSX_LUATVUI, xlsx(all));
  }

  @Test
  void every_type_is_read_from_its_vietnamese_label() {
    ImportResult result = sheet(
        row("Một đáp án", "Câu một?", "A", "B", "C", null, 2, "Giải thích.", CITE, "giao thông, Xe máy", "Dễ", "THCS", 30, 2000),
        row("Nhiều đáp án", "Câu hai?", "A", "B", "C", null, "1,3", "Giải thích.", CITE, null, "Vừa", "Trung học phổ thông", null, null),
        row("Đúng/Sai", "Câu ba.", null, null, null, null, "Sai", "Giải thích.", CITE, null, "Khó", "Người lớn", null, null),
        row("Điền đáp án", "Câu bốn?", null, null, null, null, "16 | mười sáu", "Giải thích.", CITE, null, 1, null, null, null),
        row("Sắp xếp", "Câu năm?", "Hai", "Ba", "Một", "Bốn", "3,1,2,4", "Giải thích.", CITE, null, 2, null, null, null),
        row("Thăm dò", "Câu sáu?", "A", "B", null, null, null, "Giải thích.", CITE, null, null, null, null, null));

    assertThat(result.errors()).isEmpty();
    List<ImportedQuestion> q = result.questions();
    assertThat(q).map(x -> x.content().type()).containsExactly(QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_SELECT, QuestionType.TRUE_FALSE, QuestionType.TYPE_ANSWER, QuestionType.ORDERING,
        QuestionType.POLL);
    assertThat(q.get(0).content().tags()).containsExactly("giao thông", "xe máy");
    assertThat(q.get(0).content().audience()).isEqualTo(Audience.THCS);
    assertThat(q.get(0).timeLimitSeconds()).isEqualTo(30);
    assertThat(q.get(0).points()).isEqualTo(2000);
    assertThat(q.get(1).content().correctChoices()).map(Choice::text).containsExactly("A", "C");
    assertThat(q.get(1).content().scoring()).isEqualTo(MultiSelectScoring.ALL_OR_NOTHING);
    assertThat(q.get(1).content().audience()).isEqualTo(Audience.THPT);
    assertThat(q.get(2).content().choices()).containsExactly(new Choice("Đúng", false), new Choice("Sai", true));
    assertThat(q.get(2).content().difficulty()).isEqualTo(3);
    assertThat(q.get(3).content().accepted()).containsExactly("16", "mười sáu");
    assertThat(q.get(4).content().choices()).map(Choice::text).containsExactly("Một", "Hai", "Ba", "Bốn");
    assertThat(q.get(5).content().correctChoices()).isEmpty();
    assertThat(q.get(1).timeLimitSeconds()).isEqualTo(20);
    assertThat(q.get(1).points()).isEqualTo(1000);
  }

  @Test
  void the_type_may_be_left_out_and_is_then_inferred_from_the_answer() {
    ImportResult result = sheet(
        row(null, "Câu một?", "A", "B", null, null, 2, "Giải thích.", CITE),
        row(null, "Câu hai?", "A", "B", "C", null, "1,2", "Giải thích.", CITE),
        row(null, "Câu ba.", null, null, null, null, "Đúng", "Giải thích.", CITE),
        row(null, "Câu bốn?", null, null, null, null, "Hà Nội", "Giải thích.", CITE));

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).map(x -> x.content().type()).containsExactly(QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_SELECT, QuestionType.TRUE_FALSE, QuestionType.TYPE_ANSWER);
  }

  @Test
  void english_headers_and_enum_names_are_accepted() {
    List<List<Object>> rows = List.of(
        row("Type", "Question", "Option 1", "Option 2", "Correct", "Explanation", "Citations", "Tags", "Difficulty",
            "Audience", "Time limit", "Points"),
        row("SINGLE_CHOICE", "Câu một?", "A", "B", 1, "Giải thích.", CITE, "x", "hard", "SINH_VIEN", 60, 0));

    ImportResult result = read(QuestionFormat.XLSX_LUATVUI, xlsx(rows));

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).singleElement().satisfies(q -> {
      assertThat(q.content().audience()).isEqualTo(Audience.SINH_VIEN);
      assertThat(q.content().difficulty()).isEqualTo(3);
      assertThat(q.points()).isZero();
    });
  }

  @Test
  void a_missing_explanation_column_is_reported_at_the_header_row() {
    List<List<Object>> rows = List.of(row("Câu hỏi", "Phương án 1", "Phương án 2", "Đáp án đúng", "Trích dẫn"),
        row("Câu một?", "A", "B", 1, CITE));

    ImportResult result = read(QuestionFormat.XLSX_LUATVUI, xlsx(rows));

    assertThat(result.errors()).singleElement().hasToString(
        "Dòng 1 (Giải thích): Thiếu cột bắt buộc “Giải thích” trong dòng tiêu đề.");
  }

  @Test
  void the_citation_column_may_be_left_out_when_the_wizard_gives_a_default() {
    List<List<Object>> rows = List.of(row("Câu hỏi", "Phương án 1", "Phương án 2", "Đáp án đúng", "Giải thích"),
        row("Câu một?", "A", "B", 1, "Vì luật quy định như vậy."));

    ImportResult without = read(QuestionFormat.XLSX_LUATVUI, xlsx(rows));
    ImportResult with = read(QuestionFormat.XLSX_LUATVUI, xlsx(rows), Fixtures.withRoadLaw());

    assertThat(without.errors()).singleElement().satisfies(e -> assertThat(e.column()).isEqualTo("Trích dẫn"));
    assertThat(with.errors()).isEmpty();
    assertThat(with.questions().get(0).content().explanation()).isEqualTo("Vì luật quy định như vậy.");
    assertThat(with.questions().get(0).content().citations()).containsExactly(Fixtures.ROAD_LAW);
  }

  @Test
  void errors_name_the_row_and_the_column_of_each_bad_cell_for_every_row() {
    ImportResult result = sheet(
        row("Một đáp án", "Câu một?", "A", "B", null, null, null, "Giải thích.", CITE),
        row("Kiểu lạ", "Câu hai?", "A", "B", null, null, 1, "Giải thích.", "Điều tám luật giao thông"),
        row("Một đáp án", "Câu ba?", "A", "B", null, null, 1, null, CITE, null, "rất khó", "Trẻ sơ sinh", 20, 500),
        row("Sắp xếp", "Câu bốn?", "A", "B", "C", null, "3,1", "Giải thích.", CITE));

    assertThat(result.questions()).isEmpty();
    assertThat(result.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
        tuple(2, "G (Đáp án đúng)"),
        tuple(3, "A (Loại)"),
        tuple(3, "I (Trích dẫn)"),
        tuple(3, "I (Trích dẫn)"),
        tuple(4, "K (Độ khó)"),
        tuple(4, "L (Đối tượng)"),
        tuple(4, "N (Điểm)"),
        tuple(5, "G (Đáp án đúng)"));
    assertThat(result.errors().get(0).message()).isEqualTo("Chưa có đáp án đúng.");
    assertThat(result.errors().get(1).message()).contains("“Kiểu lạ”").contains("Một đáp án");
    assertThat(result.errors().get(2).message()).contains("số Điều");
    assertThat(result.errors().get(3).message()).contains("số hiệu văn bản");
    assertThat(result.errors().get(7).message()).contains("“1,2,3”");
  }

  @Test
  void a_seventh_option_is_an_error() {
    List<List<Object>> rows = List.of(
        row("Câu hỏi", "Phương án 1", "Phương án 2", "Phương án 3", "Phương án 4", "Phương án 5", "Phương án 6",
            "Phương án 7", "Đáp án đúng", "Giải thích", "Trích dẫn"),
        row("Câu một?", "A", "B", "C", "D", "E", "F", "G", 1, "Giải thích.", CITE));

    ImportResult result = read(QuestionFormat.XLSX_LUATVUI, xlsx(rows));

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.column()).isEqualTo("H (Phương án 7)");
      assertThat(e.message()).contains("Tối đa 6 phương án");
    });
  }

  @Test
  void columns_that_the_layout_does_not_know_are_ignored() {
    List<List<Object>> rows = List.of(
        row("STT", "Câu hỏi", "Phương án 1", "Phương án 2", "Đáp án đúng", "Giải thích", "Trích dẫn", "Ghi chú"),
        row(1, "Câu một?", "A", "B", 1, "Giải thích.", CITE, "xem lại"),
        row(2, null, null, null, null, null, null, "dòng chỉ có ghi chú"));

    ImportResult result = read(QuestionFormat.XLSX_LUATVUI, xlsx(rows));

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).hasSize(1);
  }

  @Test
  void citations_in_the_usual_vietnamese_forms_are_read() {
    ImportResult result = sheet(row("Một đáp án", "Câu một?", "A", "B", null, null, 1, "Giải thích.",
        "khoản 1 Điều 8 Luật 36/2024/QH15; Điều 12, 100/2015/QH13; điểm a khoản 2 Điều 5 - 73/2021/QH14"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions().get(0).content().citations()).containsExactly(
        new Citation("36/2024/QH15", 8, 1, null, null),
        new Citation("100/2015/QH13", 12, null, null, null),
        new Citation("73/2021/QH14", 5, 2, "a", null));
  }
}
