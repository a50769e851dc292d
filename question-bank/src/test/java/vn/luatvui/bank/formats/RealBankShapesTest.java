package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.bank.formats.Fixtures.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionRules;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;

/** Files shaped like real legal banks: long texts, near duplicates, huge cells, many errors, empty uploads. */
class RealBankShapesTest {

  /** A question as long as the rules allow, with answers as long as they allow (a legal bank's longest). */
  private static QuestionContent longest(String start) {
    String text = (start + " " + "Theo quy định của pháp luật về trật tự, an toàn giao thông đường bộ, ".repeat(40))
        .substring(0, QuestionRules.MAX_TEXT - 1) + "?";
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String answer = ("Phương án " + (i + 1) + ": người điều khiển phương tiện phải chấp hành hiệu lệnh, ".repeat(20))
          .substring(0, QuestionRules.MAX_CHOICE - 1) + ".";
      choices.add(new Choice(answer, i == 1));
    }
    return Fixtures.valid(new QuestionContent(QuestionType.SINGLE_CHOICE, text, choices, List.of(),
        "Khoản 1 Điều 8 quy định như vậy.", List.of(Fixtures.ROAD_LAW), List.of("giao thông"), 2, Audience.NGUOI_LON,
        Visibility.PUBLIC, null, null));
  }

  @ParameterizedTest
  @EnumSource(QuestionFormat.class)
  void questions_of_2000_and_answers_of_1000_characters_import_from_every_format(QuestionFormat format) {
    List<ExportedQuestion> bank = List.of(new ExportedQuestion(longest("Câu một."), 30, 1000, "dai-1"),
        new ExportedQuestion(longest("Câu hai."), 60, 2000, "dai-2"));

    ImportResult result = read(format, Fixtures.write(format, bank), Fixtures.withRoadLaw());

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).hasSize(2);
    assertThat(result.questions().get(0).content().text()).hasSize(QuestionRules.MAX_TEXT);
    assertThat(result.questions().get(0).content().choices()).allSatisfy(c ->
        assertThat(c.text()).hasSize(QuestionRules.MAX_CHOICE));
  }

  @Test
  void an_answer_over_the_limit_is_reported_with_the_limit_and_its_length() {
    String csv = "Câu hỏi,Phương án 1,Phương án 2,Đáp án đúng,Giải thích,Trích dẫn\n"
        + "Câu một?,\"" + "a".repeat(1001) + "\",Hai,1,Vì thế.,\"Điều 8, 36/2024/QH15\"\n";

    ImportResult result = read(QuestionFormat.CSV_LUATVUI, csv);

    assertThat(result.errors()).singleElement().hasToString(
        "Dòng 2, cột B (Phương án 1): Phương án 1 dài quá 1000 ký tự (đang có 1001).");
  }

  @Test
  void questions_differing_by_one_diacritic_are_both_kept_and_shown_as_a_near_duplicate() {
    String csv = "Câu hỏi,Phương án 1,Phương án 2,Đáp án đúng,Giải thích,Trích dẫn\n"
        + "Hành vi đỗ xe trên cầu có bị cấm không?,Có,Không,1,Bị cấm.,\"Điều 8, 36/2024/QH15\"\n"
        + "Hành vi đổ xe trên cầu có bị cấm không?,Có,Không,1,Bị cấm.,\"Điều 8, 36/2024/QH15\"\n"
        + "Hành vi đỗ xe trên cầu có bị cấm không?,Không,Có,2,Bị cấm.,\"Điều 8, 36/2024/QH15\"\n";

    ImportResult result = read(QuestionFormat.CSV_LUATVUI, csv);

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).extracting(ImportedQuestion::row).containsExactly(2, 3, 4);
    assertThat(result.duplicates()).containsExactly(new Duplicate(3, 2, false), new Duplicate(4, 2, true));
  }

  @Test
  void a_huge_cell_is_quoted_as_a_short_excerpt_in_its_error() {
    String huge = "x".repeat(1_000_000);
    String csv = "Câu hỏi,Phương án 1,Phương án 2,Đáp án đúng,Giải thích,Trích dẫn\n"
        + "Câu một?,A,B," + huge + ",Vì thế.,\"Điều 8, 36/2024/QH15\"\n";

    ImportResult result = read(QuestionFormat.CSV_LUATVUI, csv);

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.message()).hasSizeLessThan(300).contains("(1000000 ký tự)");
      assertThat(e.column()).isEqualTo("D (Đáp án đúng)");
    });
  }

  @Test
  void the_row_count_covers_every_row_when_errors_past_the_first_thousand_are_not_listed() {
    StringBuilder csv = new StringBuilder("Câu hỏi,Phương án 1,Phương án 2,Đáp án đúng,Giải thích,Trích dẫn\n");
    for (int i = 0; i < 1500; i++) {
      csv.append("Câu ").append(i).append("?,A,B,9,Vì thế.,\"Điều 8, 36/2024/QH15\"\n");
    }
    csv.append("Câu đúng?,A,B,1,Vì thế.,\"Điều 8, 36/2024/QH15\"\n");

    ImportResult result = read(QuestionFormat.CSV_LUATVUI, csv.toString());

    assertThat(result.rows()).isEqualTo(1501);
    assertThat(result.questions()).hasSize(1);
    assertThat(result.errors()).hasSize(1001);
    assertThat(result.errors().get(0).message()).contains("1500 lỗi");
  }

  @ParameterizedTest
  @EnumSource(QuestionFormat.class)
  void an_empty_upload_is_one_error_in_words(QuestionFormat format) {
    ImportResult result = read(format, new byte[0]);

    assertThat(result.questions()).isEmpty();
    assertThat(result.rows()).isZero();
    assertThat(result.errors()).singleElement().hasToString("Tệp: " + QuestionImporter.EMPTY);
  }

  @ParameterizedTest
  @EnumSource(value = QuestionFormat.class, names = {"GIFT", "AIKEN", "CSV_LUATVUI"})
  void a_file_of_whitespace_says_it_holds_no_question(QuestionFormat format) {
    ImportResult result = read(format, "\n  \n\t\n".getBytes(StandardCharsets.UTF_8));

    assertThat(result.questions()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.row()).isZero());
  }

  @Test
  void kahoot_and_aiken_and_gift_without_explanations_follow_the_same_rule() {
    String aiken = "Trẻ em là người dưới bao nhiêu tuổi?\nA. 16\nB. 18\nANSWER: A\n";
    String gift = "Trẻ em là người dưới bao nhiêu tuổi? {=16 ~18}\n";

    String fromAiken = read(QuestionFormat.AIKEN, aiken, Fixtures.withRoadLaw()).questions().get(0).content()
        .explanation();
    String fromGift = read(QuestionFormat.GIFT, gift, Fixtures.withRoadLaw()).questions().get(0).content()
        .explanation();

    assertThat(fromGift).isEqualTo(fromAiken).isEqualTo("Căn cứ khoản 1 Điều 8 văn bản số 36/2024/QH15.");
  }
}
