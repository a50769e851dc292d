package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;

/** The XLSX exports open in a full spreadsheet model (as Excel and Kahoot's importer read them), not only in ours. */
class XlsxWriterTest {

  private static List<ExportedQuestion> questions() {
    List<QuestionContent> all = Fixtures.everyType();
    return IntStream.range(0, all.size()).mapToObj(i -> Fixtures.exported(all.get(i), i)).toList();
  }

  @Test
  void kahoots_export_keeps_its_texts_in_a_shared_strings_table_with_the_template_around_them() throws Exception {
    byte[] file = Fixtures.write(QuestionFormat.XLSX_KAHOOT, questions());

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertThat(wb.getSheetName(0)).isEqualTo("Kahoot");
      assertThat(wb.getSharedStringSource().getCount()).isGreaterThan(10);
      assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Question - max 120 characters");
      assertThat(sheet.getRow(7).getCell(1).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getRow(8).getCell(0).getNumericCellValue()).isEqualTo(1.0);
      assertThat(sheet.getRow(8).getCell(1).getStringCellValue()).isEqualTo(Fixtures.single().text());
      assertThat(sheet.getRow(8).getCell(1).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getColumnWidth(1)).isEqualTo(60 * 256);
    }
  }

  @Test
  void texts_with_markup_control_characters_and_escape_lookalikes_come_back_as_written() throws Exception {
    String sly = "Điều <8> & \"khoản\" _x0041_ cuối";
    QuestionContent c = Fixtures.valid(new QuestionContent(QuestionType.SINGLE_CHOICE, sly,
        List.of(new Choice("A_x0042_", true), new Choice("b\u0001c", false)), List.of(), "Giải thích.",
        List.of(Fixtures.ROAD_LAW), List.of(), 1, null, null, null, null));

    for (QuestionFormat format : List.of(QuestionFormat.XLSX_KAHOOT, QuestionFormat.XLSX_LUATVUI)) {
      byte[] file = Fixtures.write(format, List.of(new ExportedQuestion(c)));
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
        int row = format == QuestionFormat.XLSX_KAHOOT ? 8 : 1;
        assertThat(wb.getSheetAt(0).getRow(row).getCell(1).getStringCellValue()).as("%s", format).isEqualTo(sly);
      }
      ImportResult back = Fixtures.read(format, file, Fixtures.withRoadLaw());
      assertThat(back.errors()).as("%s", format).isEmpty();
      assertThat(back.questions().get(0).content().text()).isEqualTo(sly);
      assertThat(back.questions().get(0).content().choices()).map(Choice::text).containsExactly("A_x0042_", "bc");
    }
  }
}
