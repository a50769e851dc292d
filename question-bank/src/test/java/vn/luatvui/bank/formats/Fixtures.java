package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionRules;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;

/** Questions of every type, and small helpers to build files and read them back. */
final class Fixtures {
  static final Citation ROAD_LAW = new Citation("36/2024/QH15", 8, 1, null, null);
  static final Citation CHILDREN_LAW = new Citation("102/2016/QH13", 1, null, null,
      "Trẻ em là người dưới 16 tuổi.");
  static final Citation DRUG_LAW = new Citation("73/2021/QH14", 5, 2, "a", null);

  /** Time limits cycled through allowed values, so round trips carry more than the default. */
  private static final List<Integer> TIMES = List.of(20, 30, 60, 10, 90, 240);

  private Fixtures() {
  }

  static QuestionContent single() {
    return valid(new QuestionContent(QuestionType.SINGLE_CHOICE,
        "Theo Luật Trẻ em, trẻ em là người dưới bao nhiêu tuổi?",
        List.of(new Choice("14 tuổi", false), new Choice("16 tuổi", true), new Choice("18 tuổi", false)),
        List.of(), "Điều 1 Luật Trẻ em quy định trẻ em là người dưới 16 tuổi.", List.of(CHILDREN_LAW),
        List.of("trẻ em"), 1, Audience.THCS, Visibility.PUBLIC, null, null));
  }

  static QuestionContent multi() {
    return valid(new QuestionContent(QuestionType.MULTIPLE_SELECT,
        "Những hành vi nào bị nghiêm cấm khi tham gia giao thông đường bộ?",
        List.of(new Choice("Điều khiển xe khi trong máu có nồng độ cồn", true),
            new Choice("Đội mũ bảo hiểm đúng quy cách", false),
            new Choice("Đua xe trái phép", true),
            new Choice("Đi đúng làn đường", false)),
        List.of(), "Luật Trật tự, an toàn giao thông đường bộ nghiêm cấm các hành vi này.", List.of(ROAD_LAW),
        List.of("giao thông"), 2, Audience.THPT, Visibility.PUBLIC, MultiSelectScoring.PER_OPTION, null));
  }

  static QuestionContent trueFalse() {
    return valid(new QuestionContent(QuestionType.TRUE_FALSE,
        "Người đủ 16 tuổi được điều khiển xe mô tô có dung tích xi-lanh trên 125 cm³.",
        List.of(new Choice("Đúng", false), new Choice("Sai", true)),
        List.of(), "Cần đủ 18 tuổi và có giấy phép lái xe phù hợp.", List.of(ROAD_LAW),
        List.of("giao thông"), 2, Audience.THPT, Visibility.CONTEST_ONLY, null, "/images/xe-may.png"));
  }

  static QuestionContent typeAnswer() {
    return valid(new QuestionContent(QuestionType.TYPE_ANSWER,
        "Trẻ em là người dưới bao nhiêu tuổi? (ghi bằng số)",
        List.of(), List.of("16", "mười sáu"), "Điều 1 Luật Trẻ em năm 2016.", List.of(CHILDREN_LAW),
        List.of("trẻ em"), 1, Audience.TIEU_HOC, Visibility.PUBLIC, null, null));
  }

  static QuestionContent ordering() {
    return valid(new QuestionContent(QuestionType.ORDERING,
        "Sắp xếp các bước: Điều 8: dừng xe, quan sát, ra tín hiệu, chuyển hướng.",
        List.of(new Choice("Quan sát", true), new Choice("Ra tín hiệu", true), new Choice("Giảm tốc độ", true),
            new Choice("Chuyển hướng", true)),
        List.of(), "Thứ tự an toàn khi chuyển hướng.", List.of(ROAD_LAW, DRUG_LAW),
        List.of("giao thông", "kỹ năng"), 3, Audience.NGUOI_LON, Visibility.PUBLIC, null, null));
  }

  static QuestionContent poll() {
    return valid(new QuestionContent(QuestionType.POLL,
        "Bạn thường tìm hiểu pháp luật qua kênh nào?",
        List.of(new Choice("Mạng xã hội", false), new Choice("Nhà trường", false), new Choice("Báo chí", false)),
        List.of(), "Câu hỏi khảo sát, không tính điểm.", List.of(CHILDREN_LAW),
        List.of("khảo sát"), 1, Audience.MOI_NGUOI, Visibility.PUBLIC, null, null));
  }

  static List<QuestionContent> everyType() {
    return List.of(single(), multi(), trueFalse(), typeAnswer(), ordering(), poll());
  }

  static QuestionContent valid(QuestionContent c) {
    QuestionContent n = c.normalized();
    assertThat(QuestionRules.check(n)).as("fixture %s", c.text()).isEmpty();
    return n;
  }

  static ExportedQuestion exported(QuestionContent c, int index) {
    return new ExportedQuestion(c, TIMES.get(index % TIMES.size()), index % 2 == 0 ? 1000 : 2000, "q-" + index);
  }

  static byte[] write(QuestionFormat format, List<ExportedQuestion> questions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuestionExporter.write(format, questions, out);
    return out.toByteArray();
  }

  static ImportResult read(QuestionFormat format, byte[] bytes) {
    return read(format, bytes, ImportOptions.defaults());
  }

  static ImportResult read(QuestionFormat format, byte[] bytes, ImportOptions options) {
    return QuestionImporter.read(format, new ByteArrayInputStream(bytes), options);
  }

  static ImportResult read(QuestionFormat format, String text) {
    return read(format, text.getBytes(StandardCharsets.UTF_8));
  }

  static ImportResult read(QuestionFormat format, String text, ImportOptions options) {
    return read(format, text.getBytes(StandardCharsets.UTF_8), options);
  }

  static ImportOptions withRoadLaw() {
    return ImportOptions.defaults().withDefaultCitation(ROAD_LAW);
  }

  /** An XLSX with these rows from row 1 (null cells left empty; Numbers as numeric cells). */
  static byte[] xlsx(List<List<Object>> rows) {
    return xlsx(rows, sheet -> { });
  }

  interface SheetEdit {
    void apply(XSSFSheet sheet);
  }

  static byte[] xlsx(List<List<Object>> rows, SheetEdit edit) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Câu hỏi");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v instanceof Number) {
            row.createCell(c).setCellValue(((Number) v).doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      edit.apply(sheet);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
