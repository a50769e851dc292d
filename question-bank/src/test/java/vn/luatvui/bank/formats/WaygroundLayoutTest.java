package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.bank.formats.Fixtures.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;

class WaygroundLayoutTest {
  private static final List<Object> HEADER = List.of("Question Text", "Question Type", "Option 1", "Option 2",
      "Option 3", "Option 4", "Option 5", "Correct Answer", "Time in seconds", "Image Link", "Answer explanation");

  /** Rows as Wayground's template is filled in: one of each type, then rows with mistakes. */
  private static List<List<Object>> rows() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(HEADER);
    rows.add(Arrays.asList("Trẻ em là người dưới bao nhiêu tuổi?", "Multiple Choice", "14 tuổi", "16 tuổi",
        "18 tuổi", null, null, 2, 30, null, "Điều 1 Luật Trẻ em.\nCăn cứ: Điều 1, 102/2016/QH13"));
    rows.add(Arrays.asList("Những hành vi nào bị nghiêm cấm?", "Checkbox", "Đua xe trái phép",
        "Đội mũ bảo hiểm", "Lạng lách, đánh võng", null, null, "1,3", 60, "https://luatvui.vn/anh/cam.png", null));
    rows.add(Arrays.asList("Trẻ em là người dưới … tuổi (ghi bằng số)", "Fill-in-the-Blank", "16", "mười sáu", null,
        null, null, null, 20, null, null));
    rows.add(Arrays.asList("Em thích học luật qua trò chơi không?", "Poll", "Rất thích", "Bình thường", null, null,
        null, null, null, null, null));
    rows.add(Arrays.asList("Hãy nêu cảm nghĩ của em.", "Open-Ended", null, null, null, null, null, null, null, null,
        null));
    rows.add(Arrays.asList("Câu có thời gian lạ?", "Multiple Choice", "Có", "Không", null, null, null, 7, 45, null,
        null));
    return rows;
  }

  private static byte[] file(QuestionFormat format, List<List<Object>> rows) {
    if (format == QuestionFormat.XLSX_WAYGROUND) {
      return Fixtures.xlsx(rows);
    }
    return rows.stream().map(r -> r.stream().map(v -> v == null ? "" : "\"" + v.toString().replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(","))).collect(Collectors.joining("\r\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(value = QuestionFormat.class, names = {"XLSX_WAYGROUND", "CSV_WAYGROUND"})
  void the_template_is_read_type_by_type_with_errors_by_row_and_column(QuestionFormat format) {
    ImportResult result = read(format, file(format, rows()), Fixtures.withRoadLaw());

    assertThat(result.questions()).map(q -> q.content().type()).containsExactly(QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_SELECT, QuestionType.TYPE_ANSWER, QuestionType.POLL);
    ImportedQuestion single = result.questions().get(0);
    assertThat(single.content().correctChoices()).containsExactly(new Choice("16 tuổi", true));
    assertThat(single.timeLimitSeconds()).isEqualTo(30);
    assertThat(single.content().explanation()).isEqualTo("Điều 1 Luật Trẻ em.");
    assertThat(single.content().citations()).map(c -> c.document()).containsExactly("102/2016/QH13");
    QuestionContent multi = result.questions().get(1).content();
    assertThat(multi.correctChoices()).map(Choice::text).containsExactly("Đua xe trái phép", "Lạng lách, đánh võng");
    assertThat(multi.imageUrl()).isEqualTo("https://luatvui.vn/anh/cam.png");
    assertThat(result.questions().get(1).timeLimitSeconds()).isEqualTo(60);
    assertThat(result.questions().get(2).content().accepted()).containsExactly("16", "mười sáu");
    assertThat(result.questions().get(3).content().correctChoices()).isEmpty();

    assertThat(result.errors()).map(ImportError::describe).containsExactly(
        "Dòng 6, cột B (Question Type): Câu hỏi mở (Open-Ended) không có đáp án để chấm; LuậtVui không nhận loại này.",
        "Dòng 7, cột I (Time in seconds): Thời gian 45 giây không được hỗ trợ; chọn 5, 10, 20, 30, 60, 90, 120 hoặc 240 "
            + "giây.",
        "Dòng 7, cột H (Correct Answer): Đáp án đúng là phương án 7 nhưng phương án 7 đang trống hoặc không có.");
  }

  @ParameterizedTest
  @EnumSource(value = QuestionFormat.class, names = {"XLSX_WAYGROUND", "CSV_WAYGROUND"})
  void every_type_it_can_hold_goes_out_and_comes_back(QuestionFormat format) {
    List<QuestionContent> all = Fixtures.everyType();
    List<ExportedQuestion> sent = IntStream.range(0, all.size()).mapToObj(i -> Fixtures.exported(all.get(i), i)).toList();

    ImportResult back = read(format, Fixtures.write(format, sent), ImportOptions.defaults());

    assertThat(back.errors()).isEmpty();
    List<ExportedQuestion> held = sent.stream().filter(q -> format.canHold(q.content())).toList();
    assertThat(held).map(q -> q.content().type()).doesNotContain(QuestionType.ORDERING);
    assertThat(back.questions()).hasSize(held.size());
    for (int i = 0; i < held.size(); i++) {
      QuestionContent was = held.get(i).content();
      ImportedQuestion got = back.questions().get(i);
      assertThat(got.content().type()).isEqualTo(was.type());
      assertThat(got.content().text()).isEqualTo(was.text());
      assertThat(got.content().choices()).isEqualTo(was.choices());
      assertThat(got.content().accepted()).isEqualTo(was.accepted());
      assertThat(got.content().explanation()).isEqualTo(was.explanation());
      assertThat(got.content().citations()).isEqualTo(was.citations());
      assertThat(got.content().imageUrl()).isEqualTo(was.imageUrl());
      assertThat(got.timeLimitSeconds()).isEqualTo(held.get(i).timeLimitSeconds());
    }
  }
}
