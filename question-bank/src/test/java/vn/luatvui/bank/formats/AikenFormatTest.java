package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.bank.formats.Fixtures.read;

import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionType;

class AikenFormatTest {
  private static final String TWO = """
      Theo Luật Trẻ em, trẻ em là người dưới bao nhiêu tuổi?
      A. 14 tuổi
      B. 16 tuổi
      C. 18 tuổi
      ANSWER: B

      Người điều khiển xe mô tô phải làm gì?
      A) Đội mũ bảo hiểm
      B) Đi hàng ba
      ANSWER: A
      """;

  @Test
  void questions_with_dotted_or_bracketed_letters_are_read_as_single_choice() {
    ImportResult result = read(QuestionFormat.AIKEN, TWO, Fixtures.withRoadLaw());

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).map(ImportedQuestion::row).containsExactly(1, 7);
    assertThat(result.questions()).allSatisfy(q -> assertThat(q.content().type()).isEqualTo(QuestionType.SINGLE_CHOICE));
    assertThat(result.questions().get(1).content().choices())
        .containsExactly(new Choice("Đội mũ bảo hiểm", true), new Choice("Đi hàng ba", false));
  }

  @Test
  void without_a_default_citation_each_question_asks_for_one() {
    ImportResult result = read(QuestionFormat.AIKEN, TWO);

    assertThat(result.errors()).hasSize(2)
        .allSatisfy(e -> assertThat(e.message()).contains("Aiken").contains("trích dẫn mặc định"));
  }

  @Test
  void a_missing_or_wrong_answer_line_is_reported_at_the_line_where_the_question_starts() {
    String aiken = """
        Câu một?
        A. Có
        B. Không

        Câu hai?
        A. Có
        B. Không
        ANSWER: A
        Câu ba?
        A. Có
        B. Không
        ANSWER: E
        """;

    ImportResult result = read(QuestionFormat.AIKEN, aiken, Fixtures.withRoadLaw());

    assertThat(result.questions()).map(ImportedQuestion::row).containsExactly(5);
    assertThat(result.errors()).extracting(ImportError::describe).containsExactly(
        "Dòng 1 (ANSWER): Câu hỏi bắt đầu ở dòng 1 thiếu dòng “ANSWER: …” sau các phương án.",
        "Dòng 9 (ANSWER): Dòng ANSWER (dòng 12) ghi “E”, không phải chữ cái của một phương án (A–B).");
  }
}
