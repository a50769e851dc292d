package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.bank.formats.Fixtures.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Choice;

class CsvTest {
  private static final String LUATVUI = "Câu hỏi,Phương án 1,Phương án 2,Đáp án đúng,Giải thích,Trích dẫn\n"
      + "Trẻ em là người dưới bao nhiêu tuổi?,16 tuổi,18 tuổi,1,Điều 1 Luật Trẻ em.,\"Điều 1, 102/2016/QH13\"\n";

  @Test
  void a_file_saved_in_windows_1258_is_one_error_asking_for_utf8() {
    Charset legacy = Charset.isSupported("windows-1258") ? Charset.forName("windows-1258") : StandardCharsets.ISO_8859_1;
    byte[] bytes = "Cau hỏi,Phương án 1\nCâu một,Một\n".getBytes(legacy);

    ImportResult result = read(QuestionFormat.CSV_LUATVUI, bytes);

    assertThat(result.questions()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isZero();
      assertThat(e.message()).contains("UTF-8");
    });
  }

  @Test
  void latin1_bytes_are_refused_the_same_way() {
    byte[] bytes = "Question,Answer 1,Answer 2,Correct answer(s)\nCafé?,Oui,Non,1\n".getBytes(StandardCharsets.ISO_8859_1);

    ImportResult result = read(QuestionFormat.CSV_KAHOOT, bytes);

    assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("UTF-8"));
  }

  @Test
  void a_utf8_byte_order_mark_is_tolerated() {
    ImportResult result = read(QuestionFormat.CSV_LUATVUI, "\uFEFF" + LUATVUI);

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).singleElement().satisfies(q -> assertThat(q.row()).isEqualTo(2));
  }

  @Test
  void semicolons_are_the_delimiter_when_excel_wrote_them_even_with_commas_inside_a_header() {
    String csv = ";Question - max 120 characters;Answer 1 - max 75 characters;Answer 2 - max 75 characters;"
        + "Answer 3 - max 75 characters;Answer 4 - max 75 characters;"
        + "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs;Correct answer(s) - choose at least one\n"
        + "1;Tuổi được lái xe gắn máy dưới 50 cm³?;16;18;;;20;1\n"
        + "2;Hành vi nào bị cấm?;Đua xe;Đi đúng làn;Uống rượu khi lái;;30;1,3\n";

    ImportResult result = read(QuestionFormat.CSV_KAHOOT, csv, Fixtures.withRoadLaw());

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).hasSize(2);
    assertThat(result.questions().get(1).content().correctChoices()).map(Choice::text)
        .containsExactly("Đua xe", "Uống rượu khi lái");
  }

  @Test
  void rows_are_numbered_as_excel_shows_them_with_line_breaks_inside_cells_and_blank_lines() {
    String csv = "Question,Answer 1,Answer 2,Time limit,Correct answer(s)\n"
        + "\"Câu hỏi\ncó hai dòng?\",A,B,20,1\n"
        + "\n"
        + ",,,,\n"
        + "Câu hỏi thiếu đáp án đúng?,A,B,20,\n";

    ImportResult result = read(QuestionFormat.CSV_KAHOOT, csv, Fixtures.withRoadLaw());

    assertThat(result.questions()).singleElement().satisfies(q -> {
      assertThat(q.row()).isEqualTo(2);
      assertThat(q.content().text()).isEqualTo("Câu hỏi\ncó hai dòng?");
    });
    assertThat(result.errors()).singleElement()
        .hasToString("Dòng 5, cột E (Correct answer(s)): Chưa có đáp án đúng.");
  }

  @Test
  void broken_quoting_is_one_error_near_its_line() {
    String csv = "Question,Answer 1,Answer 2,Correct answer(s)\nCâu một?,A,B,1\n\"Câu\" hai?,A,B,1\n";

    ImportResult result = read(QuestionFormat.CSV_KAHOOT, csv);

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isZero();
      assertThat(e.message()).contains("dòng 3").contains("ngoặc kép");
    });
  }
}
