package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rows fixed in the import preview are read with the same rules as the file, and put in place of its rows. */
class RowFixesTest {
  private static final String KAHOOT = "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\n"
      + "Trẻ em là người dưới bao nhiêu tuổi?,16 tuổi,18 tuổi,,,20,1\n"
      + "Người chưa thành niên là người dưới bao nhiêu tuổi?,16 tuổi,18 tuổi,,,20,7\n";
  private static final String CITE = "Điều 1 Luật 102/2016/QH13";

  private static ImportResult kahoot(ImportOptions options) {
    return QuestionImporter.read(QuestionFormat.CSV_KAHOOT, new ByteArrayInputStream(KAHOOT.getBytes(StandardCharsets.UTF_8)),
        options);
  }

  private static Map<String, String> cells(String text, String correct) {
    return Map.of("text", text, "option1", "16 tuổi", "option2", "18 tuổi", "correct", correct,
        "explanation", "Giải thích. Câu hai.", "citations", CITE);
  }

  @Test
  void a_bad_row_of_any_format_is_offered_in_luatvui_columns_as_far_as_it_was_read() {
    ImportResult file = kahoot(ImportOptions.defaults());

    RowFix row3 = file.unfinished().stream().filter(u -> u.row() == 3).findFirst().orElseThrow();
    assertThat(row3.cells()).containsEntry("text", "Người chưa thành niên là người dưới bao nhiêu tuổi?")
        .containsEntry("option1", "16 tuổi").containsEntry("option2", "18 tuổi").doesNotContainKey("correct");
  }

  @Test
  void a_fixed_row_is_judged_by_the_same_rules_and_its_errors_name_the_editor_fields() {
    ImportResult wrong = RowFixes.read(List.of(new RowFix(3, cells("Câu đã sửa?", "5"))), ImportOptions.defaults());
    assertThat(wrong.questions()).isEmpty();
    assertThat(wrong.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "Đáp án đúng"));

    ImportResult right = RowFixes.read(List.of(new RowFix(3, cells("Câu đã sửa?", "2"))), ImportOptions.defaults());
    assertThat(right.errors()).isEmpty();
    assertThat(right.questions().get(0).row()).isEqualTo(3);
    assertThat(right.questions().get(0).content().choices().get(1).correct()).isTrue();
    assertThat(right.questions().get(0).column("citations")).isEqualTo("Trích dẫn");
  }

  @Test
  void a_blank_fix_is_an_error_not_a_vanished_row() {
    ImportResult blank = RowFixes.read(List.of(new RowFix(3, Map.of())), ImportOptions.defaults());
    assertThat(blank.errors()).extracting(ImportError::message).containsExactly(RowFixes.BLANK);
  }

  @Test
  void fixed_rows_replace_the_files_rows_and_rows_left_out_no_longer_hold_it_back() {
    ImportOptions cited = ImportOptions.defaults().withDefaultCitation(
        new vn.luatvui.bank.question.Citation("102/2016/QH13", 1, null, null, null));
    ImportResult file = kahoot(cited);
    assertThat(file.errors()).extracting(ImportError::row).containsExactly(3);

    ImportResult sameAsRow2 = RowFixes.read(List.of(new RowFix(3, cells("Trẻ em là người dưới bao nhiêu tuổi?", "1")),
        new RowFix(99, cells("Dòng không có trong tệp?", "1"))), cited);
    ImportResult merged = RowFixes.apply(file, sameAsRow2, Set.of());
    assertThat(merged.errors()).isEmpty();
    assertThat(merged.questions()).extracting(ImportedQuestion::row).containsExactly(2, 3);
    assertThat(merged.duplicates()).as("repeats are found again").containsExactly(new Duplicate(3, 2, true));

    ImportResult leftOut = RowFixes.apply(file, RowFixes.read(List.of(), cited), Set.of(3));
    assertThat(leftOut.errors()).isEmpty();
    assertThat(leftOut.questions()).extracting(ImportedQuestion::row).containsExactly(2);
  }

  @Test
  void a_cell_luatvui_does_not_have_is_refused() {
    assertThatThrownBy(() -> new RowFix(3, Map.of("ghiChu", "x"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_rows_read_are_told_as_the_reading_goes() {
    List<Integer> heard = new ArrayList<>();
    kahoot(ImportOptions.defaults().withRowsRead(heard::add));
    assertThat(heard).containsExactly(1, 2);
  }
}
