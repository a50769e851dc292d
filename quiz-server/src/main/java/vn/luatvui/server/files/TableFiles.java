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

  /** Columns are as wide as their header or widest cell among the first rows (in characters, within bounds). */
  private static final int WIDTH_SAMPLE = 200;
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;

  private static void sheet(Sheet sheet, List<String> header, List<List<Object>> rows) {
    for (int c = 0; c < header.size(); c++) {
      int chars = header.get(c).length();
      for (int r = 0; r < Math.min(rows.size(), WIDTH_SAMPLE); r++) {
        Object v = c < rows.get(r).size() ? rows.get(r).get(c) : null;
        chars = Math.max(chars, v == null ? 0 : String.valueOf(v).length());
      }
      sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2)) * 256);
    }
    sheet.createFreezePane(0, 1);
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
