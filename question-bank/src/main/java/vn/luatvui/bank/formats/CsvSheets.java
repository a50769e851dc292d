package vn.luatvui.bank.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in and out, UTF-8 only. Rows are numbered as Excel numbers them when it opens the file (one
 * record, one row). The delimiter is ',' — or ';' as Excel writes it in a Vietnamese locale, chosen
 * when it makes more header labels recognisable. Text cells are written neutralised against formula
 * injection and read back restored ({@link CsvCells}).
 */
final class CsvSheets {
  private static final int PREVIEW_LINES = 10;
  private static final int PREVIEW_CHARS = 256 * 1024;

  private CsvSheets() {
  }

  /**
   * Reads the whole file into a sheet.
   *
   * @param headerScore how many labels of the layout a row holds, to choose the delimiter
   */
  static Sheet read(InputStream in, ToIntFunction<List<String>> headerScore) throws IOException {
    BufferedReader reader = Inputs.utf8(in);
    char delimiter = delimiter(reader, headerScore);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    List<Sheet.Row> rows = new ArrayList<>();
    try (CSVParser parser = format.parse(reader)) {
      try {
        collect(parser, rows);
      } catch (UncheckedIOException e) {
        if (Inputs.cause(e, Inputs.TooLarge.class) != null || Inputs.cause(e, CharacterCodingException.class) != null) {
          throw e.getCause();
        }
        throw new Inputs.Unreadable("Tệp CSV bị lỗi gần dòng " + parser.getCurrentLineNumber() + ": dấu ngoặc kép (\") "
            + "không khớp. Hãy mở tệp bằng Excel rồi lưu lại dạng “CSV UTF-8”.");
      }
    }
    return new Sheet(null, rows, List.of());
  }

  private static void collect(CSVParser parser, List<Sheet.Row> rows) throws Inputs.Unreadable {
    for (CSVRecord record : parser) {
      Map<Integer, Sheet.Cell> cells = new TreeMap<>();
      for (int c = 0; c < record.size(); c++) {
        String v = record.get(c);
        if (!v.isEmpty()) {
          cells.put(c, Sheet.Cell.of(CsvCells.restore(v)));
        }
      }
      if (!cells.isEmpty()) {
        rows.add(new Sheet.Row((int) record.getRecordNumber(), cells));
        if (rows.size() > Inputs.MAX_ROWS) {
          throw new Inputs.Unreadable(Inputs.TOO_MANY_ROWS);
        }
      }
    }
  }

  private static char delimiter(BufferedReader reader, ToIntFunction<List<String>> headerScore) throws IOException {
    reader.mark(PREVIEW_CHARS + 1);
    char[] buf = new char[PREVIEW_CHARS];
    int n = 0;
    int lines = 0;
    while (n < buf.length && lines < PREVIEW_LINES) {
      int r = reader.read(buf, n, Math.min(4096, buf.length - n));
      if (r < 0) {
        break;
      }
      for (int i = n; i < n + r; i++) {
        if (buf[i] == '\n') {
          lines++;
        }
      }
      n += r;
    }
    reader.reset();
    String preview = new String(buf, 0, n);
    return score(preview, ';', headerScore) > score(preview, ',', headerScore) ? ';' : ',';
  }

  private static int score(String preview, char delimiter, ToIntFunction<List<String>> headerScore) {
    int best = 0;
    for (String line : preview.split("\r?\n", PREVIEW_LINES + 1)) {
      try (CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(line))) {
        for (CSVRecord r : p) {
          best = Math.max(best, headerScore.applyAsInt(r.toList()));
        }
      } catch (IOException | UncheckedIOException e) {
        // a line cut inside quotes: it is not a header line
      }
    }
    return best;
  }

  /** Writes UTF-8 with a byte-order mark (so Excel shows Vietnamese correctly), comma-separated. */
  static void write(Iterable<List<Object>> rows, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    for (List<Object> row : rows) {
      List<String> cells = new ArrayList<>();
      for (Object v : row) {
        cells.add(CsvCells.cell(v));
      }
      printer.printRecord(cells);
    }
    printer.flush();
  }
}
