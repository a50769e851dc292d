package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionType;

class ColumnMappingTest {
  /** A school's own exam sheet: a title row, then STT, question, A–D, the answer letter, the law, a note. */
  private static final List<List<Object>> EXAM = List.of(
      Arrays.asList("ĐỀ THI TÌM HIỂU PHÁP LUẬT – KHỐI 9"),
      Arrays.asList("STT", "Nội dung câu hỏi", "A", "B", "C", "D", "Đáp án", "Căn cứ pháp lý", "Ghi chú"),
      Arrays.asList(1, "Trẻ em là người dưới bao nhiêu tuổi?", "14 tuổi", "16 tuổi", "18 tuổi", null, "B",
          "Điều 1 Luật 102/2016/QH13", "dễ"),
      Arrays.asList(2, "Hành vi nào bị nghiêm cấm khi tham gia giao thông?", "Đội mũ bảo hiểm",
          "Điều khiển xe khi trong máu có nồng độ cồn", null, null, "Điều khiển xe khi trong máu có nồng độ cồn",
          "khoản 2 Điều 9 Luật 36/2024/QH15", null),
      Arrays.asList(3, "Câu hỏi có đáp án lạ?", "Có", "Không", null, null, "E", "Điều 1 Luật 102/2016/QH13", null));

  private static final ColumnMapping MAPPING = ColumnMapping.parse(2,
      "question:B,option1:C,option2:D,option3:E,option4:F,correct:G,citation:H");

  @Test
  void a_sheet_of_no_known_layout_shows_its_columns_with_sample_values() {
    SheetColumns seen = SheetColumns.inspect(QuestionFormat.XLSX_LUATVUI, new ByteArrayInputStream(Fixtures.xlsx(EXAM)));

    assertThat(seen.layout()).isNull();
    assertThat(seen.headerRow()).isEqualTo(2);
    assertThat(seen.columns()).map(SheetColumns.Column::header)
        .containsExactly("STT", "Nội dung câu hỏi", "A", "B", "C", "D", "Đáp án", "Căn cứ pháp lý", "Ghi chú");
    assertThat(seen.columns().get(1).letter()).isEqualTo("B");
    assertThat(seen.columns().get(1).samples()).containsExactly("Trẻ em là người dưới bao nhiêu tuổi?",
        "Hành vi nào bị nghiêm cấm khi tham gia giao thông?", "Câu hỏi có đáp án lạ?");
    assertThat(seen.columns().get(6).samples()).first().isEqualTo("B");
  }

  @Test
  void a_known_layout_is_recognised_instead() {
    byte[] csv = "Question Text,Question Type,Option 1,Option 2,Correct Answer\nHỏi?,Multiple Choice,Có,Không,1\n"
        .getBytes(StandardCharsets.UTF_8);

    SheetColumns seen = SheetColumns.inspect(QuestionFormat.CSV_LUATVUI, new ByteArrayInputStream(csv));

    assertThat(seen.layout()).isEqualTo(QuestionFormat.CSV_WAYGROUND);
  }

  @Test
  void a_luatvui_sheet_is_recognised_as_luatvui_though_it_holds_kahoots_columns_too() {
    byte[] csv = ("Loại,Câu hỏi,Phương án 1,Phương án 2,Phương án 3,Phương án 4,Đáp án đúng,Giải thích,Trích dẫn,"
        + "Chủ đề,Độ khó\nMột đáp án,Hỏi?,Có,Không,,,1,Giải thích.,Điều 1 Luật 102/2016/QH13,thử,1\n")
        .getBytes(StandardCharsets.UTF_8);

    SheetColumns seen = SheetColumns.inspect(QuestionFormat.CSV_LUATVUI, new ByteArrayInputStream(csv));

    assertThat(seen.layout()).isEqualTo(QuestionFormat.CSV_LUATVUI);
  }

  @Test
  void the_mapped_columns_import_with_errors_by_row_and_column() {
    ImportResult result = QuestionImporter.read(QuestionFormat.XLSX_LUATVUI, new ByteArrayInputStream(Fixtures.xlsx(EXAM)),
        ImportOptions.defaults(), MAPPING);

    assertThat(result.questions()).hasSize(2);
    assertThat(result.questions().get(0).row()).isEqualTo(3);
    assertThat(result.questions().get(0).content().correctChoices()).containsExactly(new Choice("16 tuổi", true));
    assertThat(result.questions().get(0).content().citations())
        .containsExactly(new Citation("102/2016/QH13", 1, null, null, null));
    assertThat(result.questions().get(1).content().type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    assertThat(result.questions().get(1).content().correctChoices()).map(Choice::text)
        .containsExactly("Điều khiển xe khi trong máu có nồng độ cồn");
    assertThat(result.errors()).map(ImportError::describe).containsExactly(
        "Dòng 5, cột G (Đáp án): Đáp án đúng là phương án 5 nhưng phương án 5 đang trống hoặc không có.");
  }

  @Test
  void a_mapping_without_a_question_column_or_with_a_column_used_twice_is_refused() {
    assertThatThrownBy(() -> ColumnMapping.parse(1, "option1:C,correct:D")).hasMessage("Hãy chọn cột chứa câu hỏi.");
    assertThatThrownBy(() -> ColumnMapping.parse(1, "question:B,option1:B"))
        .hasMessage("Cột B được ghép cho hai vai trò.");
    assertThatThrownBy(() -> ColumnMapping.parse(1, "question:B,answer:C")).hasMessageContaining("“answer:C”");
  }
}
