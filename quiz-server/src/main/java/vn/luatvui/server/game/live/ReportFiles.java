package vn.luatvui.server.game.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.luatvui.server.game.room.GameReport;

/**
 * A game's report as files for the teacher: one table per player and one per question, in Vietnamese.
 * CSV is UTF-8 with a byte-order mark so that Excel shows the diacritics.
 */
final class ReportFiles {
  static final List<String> PLAYER_COLUMNS = List.of("Hạng", "Biệt danh", "Điểm", "Số câu đúng", "Số câu đã trả lời",
      "Thời gian trả lời trung bình (giây)");
  static final List<String> QUESTION_COLUMNS = List.of("Câu", "Nội dung", "Trạng thái", "Số người trả lời",
      "Số người đúng", "Tỉ lệ đúng (%)", "Thời gian trung bình (giây)", "Phân bố câu trả lời");

  private ReportFiles() {
  }

  static List<List<Object>> players(GameReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (GameReport.PlayerLine p : report.players()) {
      rows.add(List.of(p.rank(), p.nickname(), p.score(), p.correctCount(), p.answered(), seconds(p.averageTimeMs())));
    }
    return rows;
  }

  static List<List<Object>> questions(GameReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (GameReport.QuestionLine q : report.questions()) {
      StringBuilder distribution = new StringBuilder();
      for (GameReport.ChoiceLine c : q.distribution()) {
        if (distribution.length() > 0) {
          distribution.append("; ");
        }
        distribution.append(c.correct() ? "✓ " : "").append(c.text()).append(": ").append(c.count());
      }
      rows.add(List.of(q.index() + 1, q.text(), q.status().name(), q.answered(), q.correctCount(),
          q.percentCorrect() == null ? "" : q.percentCorrect(), seconds(q.averageTimeMs()), distribution.toString()));
    }
    return rows;
  }

  static byte[] csv(List<String> header, List<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      for (List<Object> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] xlsx(GameReport report) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheet(book.createSheet("Người chơi"), PLAYER_COLUMNS, players(report));
      sheet(book.createSheet("Câu hỏi"), QUESTION_COLUMNS, questions(report));
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(Sheet sheet, List<String> header, List<List<Object>> rows) {
    Row top = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      top.createCell(c).setCellValue(header.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        if (v instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else {
          row.createCell(c).setCellValue(String.valueOf(v));
        }
      }
    }
  }

  private static double seconds(long millis) {
    return Math.round(millis / 100.0) / 10.0;
  }
}
