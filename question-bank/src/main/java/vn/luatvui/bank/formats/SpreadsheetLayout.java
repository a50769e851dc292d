package vn.luatvui.bank.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A way of laying questions out in rows (Kahoot's, LuậtVui's), read from and written to XLSX or
 * CSV alike. The layout says what its columns are and how one row becomes a question and back;
 * finding the header, merged cells, blank rows and file kinds are handled here, once.
 */
abstract class SpreadsheetLayout {

  /** How messages name the layout: "Kahoot", "LuậtVui". */
  abstract String name();

  /** Whether the layout has a citation column. */
  abstract boolean holdsCitations();

  /** The columns, the required ones flagged (which may depend on the options). */
  abstract List<Header.Column> columns(ImportOptions options);

  /** Whether values right of the last header are errors (Kahoot: a fifth answer) rather than notes to ignore. */
  abstract boolean strict();

  /** Reads one non-blank data row into the collector. */
  abstract void read(RowReader row, Collector out);

  /** Rows written above the header (instructions), possibly none. */
  abstract List<List<Object>> preamble();

  abstract List<Object> header();

  /** The row of one question; {@code number} counts from 1. */
  abstract List<Object> row(int number, ExportedQuestion q);

  /** Column widths in characters. */
  abstract int[] widths();

  final ImportResult readXlsx(InputStream in, ImportOptions options) throws IOException {
    return read(XlsxSheets.read(in), options);
  }

  final ImportResult readCsv(InputStream in, ImportOptions options) throws IOException {
    List<Header.Column> spec = columns(options);
    return read(CsvSheets.read(in, cells -> Header.score(cells, spec)), options);
  }

  final int writeXlsx(List<ExportedQuestion> questions, QuestionFormat format, OutputStream out) throws IOException {
    List<List<Object>> rows = rows(questions, format);
    XlsxSheets.write(name(), rows, preamble().size(), widths(), out);
    return rows.size() - preamble().size() - 1;
  }

  final int writeCsv(List<ExportedQuestion> questions, QuestionFormat format, OutputStream out) throws IOException {
    List<List<Object>> rows = rows(questions, format);
    CsvSheets.write(rows, out);
    return rows.size() - preamble().size() - 1;
  }

  private List<List<Object>> rows(List<ExportedQuestion> questions, QuestionFormat format) {
    List<List<Object>> rows = new ArrayList<>(preamble());
    rows.add(header());
    int n = 0;
    for (ExportedQuestion q : questions) {
      if (format.canHold(q.content())) {
        rows.add(row(++n, q));
      }
    }
    return rows;
  }

  private ImportResult read(Sheet sheet, ImportOptions options) {
    Collector out = new Collector(options, name(), holdsCitations());
    Header header = Header.find(sheet, columns(options), out);
    if (header == null) {
      return out.result();
    }
    NavigableMap<Integer, Sheet.Row> byNumber = new TreeMap<>();
    sheet.rows().forEach(r -> byNumber.put(r.number(), r));
    for (Sheet.Merged m : sheet.merged()) {
      if (m.lastRow() < header.row) {
        continue;
      }
      String message = "Các ô " + m.range() + " đang được gộp (merge). Hãy bỏ gộp ô (Unmerge) để mỗi ô một giá trị, "
          + "rồi nhập lại.";
      byNumber.subMap(Math.max(m.firstRow(), header.row), true, m.lastRow(), true).keySet()
          .forEach(r -> out.error(r, header.name(m.firstColumn()), message));
    }
    for (Sheet.Row r : byNumber.tailMap(header.row, false).values()) {
      RowReader row = new RowReader(r, header, out);
      if (!row.blank(strict())) {
        read(row, out);
      }
    }
    return out.result();
  }
}
