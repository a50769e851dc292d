package vn.luatvui.bank.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
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

  /**
   * Whether the XLSX keeps its texts in a shared strings table (which every reader, Kahoot's
   * importer included, understands, but which is held in memory until the end) rather than inline in
   * each cell (constant memory however many rows).
   */
  boolean sharedStrings() {
    return false;
  }

  final int writeXlsx(Iterable<ExportedQuestion> questions, QuestionFormat format, OutputStream out)
      throws IOException {
    Rows rows = new Rows(questions, format);
    XlsxSheets.write(name(), rows, preamble().size(), widths(), sharedStrings(), out);
    return rows.written;
  }

  final int writeCsv(Iterable<ExportedQuestion> questions, QuestionFormat format, OutputStream out) throws IOException {
    Rows rows = new Rows(questions, format);
    CsvSheets.write(rows, out);
    return rows.written;
  }

  /** The preamble, the header, then one row per question the format can hold, made as they are read. */
  private final class Rows implements Iterable<List<Object>> {
    private final Iterable<ExportedQuestion> questions;
    private final QuestionFormat format;
    int written;

    Rows(Iterable<ExportedQuestion> questions, QuestionFormat format) {
      this.questions = questions;
      this.format = format;
    }

    @Override
    public Iterator<List<Object>> iterator() {
      Iterator<List<Object>> top = new ArrayList<>(preamble()) {{ add(header()); }}.iterator();
      Iterator<ExportedQuestion> rest = questions.iterator();
      return new Iterator<>() {
        private List<Object> next;

        @Override
        public boolean hasNext() {
          while (next == null) {
            if (top.hasNext()) {
              next = top.next();
            } else if (!rest.hasNext()) {
              return false;
            } else {
              ExportedQuestion q = rest.next();
              if (format.canHold(q.content())) {
                next = row(++written, q);
              }
            }
          }
          return true;
        }

        @Override
        public List<Object> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          List<Object> row = next;
          next = null;
          return row;
        }
      };
    }
  }

  /** The header row of the sheet, or null (reported) when there is none. */
  Header header(Sheet sheet, ImportOptions options, Collector out) {
    return Header.find(sheet, columns(options), out);
  }

  final ImportResult read(Sheet sheet, ImportOptions options) {
    Collector out = new Collector(options, name(), holdsCitations());
    Header header = header(sheet, options, out);
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
