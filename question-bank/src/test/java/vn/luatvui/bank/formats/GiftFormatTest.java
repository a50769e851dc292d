package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.bank.formats.Fixtures.read;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionType;

class GiftFormatTest {

  @Test
  void a_moodle_file_with_comments_titles_categories_weights_feedback_and_escapes_is_read() throws IOException {
    byte[] file;
    try (InputStream in = getClass().getResourceAsStream("/formats/sample.gift")) {
      file = in.readAllBytes();
    }

    ImportResult result = read(QuestionFormat.GIFT, file);

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).map(ImportedQuestion::row).containsExactly(4, 12, 16, 23, 29);
    assertThat(result.questions()).map(ImportedQuestion::key).containsExactly("tre-em-1", null, "gt-1", "gt-2", "gt-3");
    assertThat(result.questions()).map(q -> q.content().type()).containsExactly(QuestionType.SINGLE_CHOICE,
        QuestionType.TRUE_FALSE, QuestionType.MULTIPLE_SELECT, QuestionType.TYPE_ANSWER, QuestionType.TRUE_FALSE);

    var single = result.questions().get(0).content();
    assertThat(single.choices()).containsExactly(new Choice("14 tuổi", false), new Choice("16 tuổi", true),
        new Choice("18 tuổi", false));
    assertThat(single.explanation()).isEqualTo("Điều 1 Luật Trẻ em quy định trẻ em là người dưới 16 tuổi.");
    assertThat(single.citations()).containsExactly(new Citation("102/2016/QH13", 1, null, null, null));
    assertThat(single.tags()).containsExactly("trẻ em");

    var multi = result.questions().get(2).content();
    assertThat(multi.correctChoices()).map(Choice::text)
        .containsExactly("Đua xe trái phép", "Điều khiển xe khi trong máu có nồng độ cồn");
    assertThat(multi.scoring()).isEqualTo(MultiSelectScoring.ALL_OR_NOTHING);
    assertThat(multi.tags()).containsExactly("giao thông");
    assertThat(multi.explanation()).isEqualTo("Các hành vi bị nghiêm cấm.");

    assertThat(result.questions().get(3).content().accepted()).containsExactly("cấm", "biển cấm");
    var escaped = result.questions().get(4).content();
    assertThat(escaped.text()).isEqualTo("Ký hiệu {đặc biệt} = ~ # : vẫn đọc được?");
    assertThat(escaped.correctChoices()).containsExactly(new Choice("Sai", true));
  }

  @Test
  void a_question_whose_feedback_cites_nothing_takes_the_wizards_default_citation() {
    String gift = "Trẻ em là người dưới bao nhiêu tuổi? {=16 ~18 ####Luật Trẻ em quy định như vậy.}";

    ImportResult without = read(QuestionFormat.GIFT, gift);
    ImportResult with = read(QuestionFormat.GIFT, gift, Fixtures.withRoadLaw());

    assertThat(without.errors()).singleElement().satisfies(e -> {
      assertThat(e.column()).isEqualTo("####");
      assertThat(e.message()).contains("trích dẫn");
    });
    assertThat(with.errors()).isEmpty();
    assertThat(with.questions().get(0).content().explanation()).isEqualTo("Luật Trẻ em quy định như vậy.");
  }

  @Test
  void a_question_without_general_feedback_needs_only_a_citation_and_then_explains_by_pointing_to_it() {
    String gift = "Trẻ em là người dưới bao nhiêu tuổi? {=16 ~18}\n\nĐủ bao nhiêu tuổi được lái xe máy? {=18 ~16}\n";

    ImportResult without = read(QuestionFormat.GIFT, gift);
    ImportResult with = read(QuestionFormat.GIFT, gift, Fixtures.withRoadLaw());

    assertThat(without.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "####"), org.assertj.core.groups.Tuple.tuple(3, "####"));
    assertThat(without.errors().get(0).message()).contains("trích dẫn mặc định").doesNotContain("Giải thích");
    assertThat(with.errors()).isEmpty();
    assertThat(with.questions()).extracting(q -> q.content().explanation()).containsOnly(
        "Căn cứ khoản 1 Điều 8 văn bản số 36/2024/QH15.");
  }

  @Test
  void a_missing_blank_line_between_two_questions_is_reported_at_the_line_of_the_second() {
    String gift = "// bộ câu hỏi\n::q1:: Câu một? {=A ~B ####Vì thế. Căn cứ: Điều 8, 36/2024/QH15}\n"
        + "::q2:: Câu hai? {=C ~D ####Vì thế. Căn cứ: Điều 8, 36/2024/QH15}\n\nCâu ba? {=E ~F ####Vì thế. Căn cứ: "
        + "Điều 8, 36/2024/QH15}\nCâu bốn? {=G ~H}\n";

    ImportResult result = read(QuestionFormat.GIFT, gift);

    assertThat(result.questions()).isEmpty();
    assertThat(result.errors()).extracting(ImportError::row).containsExactly(3, 6);
    assertThat(result.errors().get(0).message()).contains("dòng 2", "dòng 3", "dòng trống");
  }

  @Test
  void a_file_of_only_blank_lines_says_it_has_no_question() {
    ImportResult result = read(QuestionFormat.GIFT, " \n\t\n\n   \n");

    assertThat(result.errors()).singleElement().hasToString("Tệp: " + Collector.NO_QUESTIONS);
  }

  @Test
  void an_unclosed_brace_is_reported_at_its_line() {
    String gift = "// đầu tệp\n\nCâu một? {=A ~B ####Vì thế.}\n\nCâu hai?\n{\n=A\n~B\n\nCâu ba? {=A ~B ####Vì thế.}\n";

    ImportResult result = read(QuestionFormat.GIFT, gift, Fixtures.withRoadLaw());

    assertThat(result.questions()).map(ImportedQuestion::row).containsExactly(3, 10);
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(6);
      assertThat(e.message()).contains("chưa được đóng");
    });
  }

  @Test
  void kinds_of_question_luatvui_does_not_have_are_errors_saying_so() {
    String gift = "Năm? {#2016}\n\nGhép? {=a -> 1 =b -> 2}\n\nViết luận. {}\n\nChỉ là đoạn mô tả.\n";

    ImportResult result = read(QuestionFormat.GIFT, gift, Fixtures.withRoadLaw());

    assertThat(result.errors()).extracting(ImportError::row).containsExactly(1, 3, 5, 7);
    assertThat(result.errors()).extracting(ImportError::message).allSatisfy(m -> assertThat(m).containsAnyOf(
        "không được hỗ trợ", "không nhập"));
  }

  @Test
  void a_choice_question_without_a_right_answer_is_a_poll() {
    ImportResult result = read(QuestionFormat.GIFT, "Bạn học luật ở đâu? {~Trường ~Nhà ~Mạng ####Khảo sát.}",
        Fixtures.withRoadLaw());

    assertThat(result.questions()).singleElement()
        .satisfies(q -> assertThat(q.content().type()).isEqualTo(QuestionType.POLL));
  }
}
