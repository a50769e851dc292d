package vn.luatvui.server.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.luatvui.bank.formats.CsvCells;

/**
 * Tables as files people open in a spreadsheet: CSV in UTF-8 with a byte-order mark (so that Excel
 * shows Vietnamese diacritics) and XLSX with one sheet per table, streamed so large results fit. CSV
 * text cells are neutralised against formula injection by the same rule as question exports
 * ({@link CsvCells}).
 */
public final class TableFiles {
  /** A named table: a header row and its rows (numbers stay numbers in XLSX). */
  public record Table(String name, List<String> header, List<List<Object>> rows) {
  }

  public static final String CSV_TYPE = "text/csv; charset=UTF-8";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private TableFiles() {
  }

  public static byte[] csv(List<String> header, List<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setHeader(header.stream().map(CsvCells::neutralise).toArray(String[]::new)).get())) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(CsvCells::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] xlsx(List<Table> tables) {
    SXSSFWorkbook book = new SXSSFWorkbook(500);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Table table : tables) {
        sheet(book.createSheet(table.name()), table.header(), table.rows());
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      book.dispose();
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
          row.createCell(c).setCellValue(v == null ? "" : String.valueOf(v));
        }
      }
    }
  }
}
