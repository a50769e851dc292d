package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.bank.formats.Fixtures.read;
import static vn.luatvui.bank.formats.Fixtures.xlsx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionType;

class KahootLayoutTest {
  private static final List<Object> HEADER = Arrays.asList(null, "Question - max 120 characters",
      "Answer 1 - max 75 characters", "Answer 2 - max 75 characters", "Answer 3 - max 75 characters",
      "Answer 4 - max 75 characters", "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
      "Correct answer(s) - choose at least one");

  /** Like Kahoot's own template: instructions in rows 1–7, the header in row 8, questions from row 9. */
  @SafeVarargs
  @SuppressWarnings("varargs")
  private static List<List<Object>> template(List<Object>... questions) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.asList(null, "Quiz template"));
    rows.add(Arrays.asList(null, "Add questions, at least two answer alternatives, time limit and choose correct "
        + "answers (at least one). Have fun creating your awesome quiz!"));
    rows.add(Arrays.asList(null, "Remember: questions have a limit of 120 characters and answers can have 75 "
        + "characters max. If several answers are correct, separate them with a comma."));
    rows.add(Arrays.asList(null, "See an example question below (don't forget to overwrite this with your first "
        + "question!)"));
    rows.add(Arrays.asList(null, "And remember, if you're not using Excel you need to export to .xlsx format before "
        + "you upload to Kahoot!"));
    rows.add(List.of());
    rows.add(List.of());
    rows.add(HEADER);
    rows.addAll(Arrays.asList(questions));
    return rows;
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  @Test
  void kahoots_template_imports_with_the_citation_chosen_in_the_wizard() {
    byte[] file = xlsx(template(
        row(1, "Trẻ em là người dưới bao nhiêu tuổi?", "14", "16", "18", null, 20, 2),
        row(2, "Hành vi nào bị nghiêm cấm?", "Đua xe trái phép", "Đi đúng làn", "Uống rượu rồi lái xe", null, 30, "1,3"),
        row(3, "Đội mũ bảo hiểm khi đi xe máy là bắt buộc.", "True", "False", null, null, 10, 1)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file,
        Fixtures.withRoadLaw().withDefaultTags(List.of("Giao thông")));

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).map(ImportedQuestion::row).containsExactly(9, 10, 11);
    assertThat(result.questions()).allSatisfy(q -> assertThat(q.content().tags()).containsExactly("giao thông"));
    assertThat(result.questions()).map(q -> q.content().type())
        .containsExactly(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_SELECT, QuestionType.TRUE_FALSE);
    assertThat(result.questions()).map(ImportedQuestion::timeLimitSeconds).containsExactly(20, 30, 10);
    ImportedQuestion first = result.questions().get(0);
    assertThat(first.content().choices())
        .containsExactly(new Choice("14", false), new Choice("16", true), new Choice("18", false));
    assertThat(first.content().citations()).containsExactly(Fixtures.ROAD_LAW);
    assertThat(first.content().explanation()).isEqualTo("Căn cứ khoản 1 Điều 8 văn bản số 36/2024/QH15.");
    assertThat(first.points()).isEqualTo(1000);
  }

  @Test
  void without_a_default_citation_each_row_is_an_error_asking_for_one() {
    byte[] file = xlsx(template(
        row(1, "Trẻ em là người dưới bao nhiêu tuổi?", "14", "16", null, null, 20, 2),
        row(2, "Tuổi chịu trách nhiệm hình sự đầy đủ?", "14", "16", null, null, 20, 2)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file);

    assertThat(result.ok()).isFalse();
    assertThat(result.questions()).isEmpty();
    assertThat(result.errors()).hasSize(2).allSatisfy(e -> {
      assertThat(e.column()).isNull();
      assertThat(e.message()).contains("không có trích dẫn").contains("trích dẫn mặc định");
    });
    assertThat(result.errors()).map(ImportError::row).containsExactly(9, 10);
  }

  @Test
  void vietnamese_headers_are_accepted_and_a_header_in_the_first_row_too() {
    byte[] file = xlsx(List.of(
        row("Câu hỏi", "Đáp án 1", "Đáp án 2", "Đáp án 3", "Đáp án 4", "Thời gian (giây)", "Đáp án đúng"),
        row("Luật Trẻ em có hiệu lực từ năm nào?", "2016", "2017", null, null, 20, 2)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).singleElement().satisfies(q -> {
      assertThat(q.row()).isEqualTo(2);
      assertThat(q.content().correctChoices()).containsExactly(new Choice("2017", true));
    });
  }

  @Test
  void a_missing_required_column_is_reported_at_the_header_row_by_name() {
    List<Object> noCorrect = new ArrayList<>(HEADER.subList(0, 7));
    byte[] file = xlsx(List.of(noCorrect, row(1, "Câu hỏi?", "A", "B", null, null, 20)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(1);
      assertThat(e.column()).isEqualTo("Correct answer(s)");
      assertThat(e.message()).contains("Thiếu cột bắt buộc “Correct answer(s)”");
    });
    assertThat(result.questions()).isEmpty();
  }

  @Test
  void a_sheet_without_a_header_row_is_one_error_for_the_file() {
    byte[] file = xlsx(List.of(row("Danh sách câu hỏi"), row("Câu 1", "A", "B")));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file);

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isZero();
      assertThat(e.message()).contains("Không tìm thấy dòng tiêu đề").contains("“Question”");
    });
  }

  @Test
  void a_row_without_a_correct_answer_is_an_error_in_the_correct_answer_column() {
    byte[] file = xlsx(template(row(1, "Trẻ em là người dưới bao nhiêu tuổi?", "14", "16", null, null, 20, null)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.errors()).singleElement()
        .hasToString("Dòng 9, cột H (Correct answer(s)): Chưa có đáp án đúng.");
  }

  @Test
  void a_correct_answer_naming_an_empty_or_unknown_answer_is_an_error() {
    byte[] file = xlsx(template(
        row(1, "Câu hỏi một?", "A", "B", null, null, 20, 3),
        row(2, "Câu hỏi hai?", "A", "B", null, null, 20, "hai")));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.errors()).extracting(ImportError::row, ImportError::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(9, "H (Correct answer(s))"),
            org.assertj.core.groups.Tuple.tuple(10, "H (Correct answer(s))"));
    assertThat(result.errors().get(0).message()).contains("phương án 3 đang trống");
    assertThat(result.errors().get(1).message()).contains("“hai”");
  }

  @Test
  void a_fifth_answer_in_an_answer_5_column_is_an_error() {
    List<Object> header = new ArrayList<>(HEADER);
    header.add(6, "Answer 5");
    byte[] file = xlsx(List.of(header, row(1, "Câu hỏi?", "A", "B", "C", "D", "E", 20, 1)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.column()).isEqualTo("G (Answer 5)");
      assertThat(e.message()).contains("phương án thứ năm").contains("tối đa bốn");
    });
  }

  @Test
  void a_value_beyond_the_last_header_is_an_error_as_a_fifth_answer() {
    byte[] file = xlsx(template(row(1, "Câu hỏi?", "A", "B", "C", "D", 20, 1, "E")));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(9);
      assertThat(e.column()).startsWith("I ");
      assertThat(e.message()).contains("phương án thứ năm");
    });
  }

  @Test
  void a_time_limit_kahoot_does_not_offer_is_an_error_in_the_time_column() {
    byte[] file = xlsx(template(row(1, "Câu hỏi?", "A", "B", null, null, 25, 1),
        row(2, "Câu hỏi khác?", "A", "B", null, null, "nhanh", 1)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.errors()).extracting(ImportError::describe).containsExactly(
        "Dòng 9, cột G (Time limit (sec)): Thời gian 25 giây không được hỗ trợ; chọn 5, 10, 20, 30, 60, 90, 120 hoặc "
            + "240 giây.",
        "Dòng 10, cột G (Time limit (sec)): Thời gian phải là một số nguyên (đang là “nhanh”).");
  }

  @Test
  void empty_rows_are_skipped_silently_but_a_half_filled_row_is_an_error() {
    byte[] file = xlsx(template(
        row(1, "Câu hỏi một?", "A", "B", null, null, 20, 1),
        row(2),
        row(),
        row(3, null, "Chỉ có một phương án", null, null, null, null, null),
        row(4, "Câu hỏi bốn?", "A", "B", null, null, 20, 2)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.questions()).map(ImportedQuestion::row).containsExactly(9, 13);
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(12));
    assertThat(result.errors()).extracting(ImportError::column)
        .contains("B (Question)", "C–F (Answer 1 … Answer 4)");
  }

  @Test
  void a_formula_with_a_calculated_value_is_read_and_one_without_is_an_error() {
    byte[] file = xlsx(template(
        row(1, "Câu hỏi một?", "A", "B", null, null, null, null),
        row(2, "Câu hỏi hai?", "A", "B", null, null, 20, null)), sheet -> {
          XSSFCell calculated = sheet.getRow(8).createCell(7);
          calculated.setCellFormula("1+1");
          sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(calculated);
          sheet.getRow(8).createCell(6).setCellValue(20);
          sheet.getRow(9).createCell(7).setCellFormula("1+1");
        });

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.questions()).singleElement().satisfies(q -> {
      assertThat(q.row()).isEqualTo(9);
      assertThat(q.content().correctChoices()).containsExactly(new Choice("B", true));
    });
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(10);
      assertThat(e.column()).isEqualTo("H (Correct answer(s))");
      assertThat(e.message()).contains("công thức");
    });
  }

  @Test
  void merged_cells_are_an_error_naming_the_range() {
    byte[] file = xlsx(template(
        row(1, "Câu hỏi một?", "A", "B", null, null, 20, 1),
        row(2, "Câu hỏi hai?", "A", null, null, null, 20, 1)),
        sheet -> {
          sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 5));
          sheet.addMergedRegion(new CellRangeAddress(9, 9, 2, 3));
        });

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.questions()).map(ImportedQuestion::row).containsExactly(9);
    assertThat(result.errors()).first().satisfies(e -> {
      assertThat(e.row()).isEqualTo(10);
      assertThat(e.column()).isEqualTo("C (Answer 1)");
      assertThat(e.message()).contains("C10:D10").contains("gộp");
    });
  }

  @Test
  void numbers_in_answer_cells_read_as_whole_numbers() {
    byte[] file = xlsx(template(row(1, "Luật Trẻ em được thông qua năm nào?", 2016, 2017.0, 1.5, null, 20.0, 1.0)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions().get(0).content().choices()).map(Choice::text).containsExactly("2016", "2017", "1.5");
  }

  @Test
  void decomposed_vietnamese_comes_out_composed() {
    String nfd = Normalizer.normalize("Người điều khiển xe phải đội mũ bảo hiểm?", Normalizer.Form.NFD);
    byte[] file = xlsx(template(row(1, nfd, Normalizer.normalize("Đúng", Normalizer.Form.NFD), "Sai", null, null,
        20, 1)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.questions()).singleElement().satisfies(q -> {
      assertThat(q.content().text()).isEqualTo("Người điều khiển xe phải đội mũ bảo hiểm?")
          .isEqualTo(Normalizer.normalize(q.content().text(), Normalizer.Form.NFC));
      assertThat(q.content().type()).isEqualTo(QuestionType.TRUE_FALSE);
      assertThat(q.content().choices().get(0).text()).isEqualTo("Đúng");
    });
  }

  @Test
  void a_question_repeated_with_other_case_or_spacing_is_a_near_duplicate_and_with_other_answer_order_an_exact_one() {
    byte[] file = xlsx(template(
        row(1, "Trẻ em là người dưới bao nhiêu tuổi?", "14", "16", null, null, 20, 2),
        row(2, "Câu khác hẳn?", "14", "16", null, null, 20, 2),
        row(3, "trẻ em  là người dưới bao nhiêu TUỔI?", "16", "14", null, null, 30, 1),
        row(4, "Trẻ em là người dưới bao nhiêu tuổi?", "16", "14", null, null, 30, 1)));

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, file, Fixtures.withRoadLaw());

    assertThat(result.ok()).isTrue();
    assertThat(result.questions()).hasSize(4);
    assertThat(result.duplicates()).containsExactly(new Duplicate(11, 9, false), new Duplicate(12, 9, true));
  }

  @Test
  void a_workbook_written_with_inline_strings_as_streaming_writers_do_reads_the_same() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
      var sheet = wb.createSheet();
      List<List<Object>> rows = List.of(HEADER, row(1, "Câu hỏi viết bằng chuỗi nội tuyến?", "Có", "Không", null, null,
          20, "1"));
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number) {
            row.createCell(c).setCellValue(((Number) v).doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
    }

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, out.toByteArray(), Fixtures.withRoadLaw());

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).singleElement()
        .satisfies(q -> assertThat(q.content().text()).isEqualTo("Câu hỏi viết bằng chuỗi nội tuyến?"));
  }

  @Test
  void a_file_with_very_many_errors_lists_the_first_thousand_and_says_how_many_there_are() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(HEADER.subList(1, HEADER.size()));
    for (int i = 0; i < 1200; i++) {
      rows.add(row("Câu hỏi " + i + "?", "A", "B", null, null, 20, null));
    }

    ImportResult result = read(QuestionFormat.XLSX_KAHOOT, xlsx(rows), Fixtures.withRoadLaw());

    assertThat(result.errors()).hasSize(1001);
    assertThat(result.errors().get(0).row()).isZero();
    assertThat(result.errors().get(0).message()).startsWith("Tệp có 1200 lỗi; dưới đây là 1000 lỗi đầu tiên.");
    assertThat(result.errors().get(1).row()).isEqualTo(2);
  }

  @Test
  void an_old_xls_or_a_file_that_is_not_a_spreadsheet_is_one_clear_error() {
    ImportResult text = read(QuestionFormat.XLSX_KAHOOT, "Question,Answer 1");
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
    ImportResult xls = read(QuestionFormat.XLSX_KAHOOT, ole2);

    assertThat(text.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("không phải là bảng tính"));
    assertThat(xls.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains(".xls"));
  }
}
