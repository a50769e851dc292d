package vn.luatvui.bank.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the import wizard shows before a sheet is read: which known layout (Kahoot, LuậtVui,
 * Wayground) the sheet is in, if any, and otherwise its columns with a few sample values, for the
 * user to map (see {@link ColumnMapping}).
 *
 * @param layout    the known format the sheet matches (of the file's kind, XLSX or CSV), or null
 * @param headerRow the row taken as the header: the known layout's, or the fullest of the first rows
 * @param columns   the header row's columns, left to right
 * @param problem   why the file cannot be read at all (not a spreadsheet, too large…), or null
 */
public record SheetColumns(QuestionFormat layout, int headerRow, List<Column> columns, String problem) {
  private static final int SAMPLES = 3;
  private static final int SAMPLE_CHARS = 80;

  /** One column: letter, header text (may be empty) and the first values under it. */
  public record Column(String letter, String header, List<String> samples) {
  }

  /**
   * Looks at a spreadsheet file.
   *
   * @param kind any format of the file's kind: XLSX_… or CSV_…
   */
  public static SheetColumns inspect(QuestionFormat kind, InputStream in) {
    boolean xlsx = kind.extension().equals("xlsx");
    java.nio.file.Path file = null;
    try (ImageFiles images = new ImageFiles()) {
      // A ZIP of a sheet and its images: the sheet inside is looked at, whatever the kind chosen.
      file = java.nio.file.Files.createTempFile("luatvui-columns-", ".upload");
      try (InputStream limited = Inputs.limited(in, Inputs.MAX_BYTES)) {
        java.nio.file.Files.copy(limited, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      InputStream limited;
      if (ZipBundle.isBundle(file)) {
        ZipBundle.Opened opened = ZipBundle.open(file, images);
        xlsx = opened.xlsx();
        limited = opened.sheet();
      } else {
        limited = java.nio.file.Files.newInputStream(file);
      }
      Sheet sheet;
      try (InputStream source = limited) {
        sheet = xlsx ? XlsxSheets.read(source) : CsvSheets.read(source, SheetColumns::filled);
      }
      // Every layout whose header the sheet has is a candidate; the one naming the most columns wins (a
      // LuậtVui sheet also holds Kahoot's question, answers and correct answer, and more besides).
      QuestionFormat found = null;
      int foundRow = 0;
      int foundScore = 0;
      for (QuestionFormat f : xlsx ? List.of(QuestionFormat.XLSX_KAHOOT, QuestionFormat.XLSX_WAYGROUND,
          QuestionFormat.XLSX_LUATVUI) : List.of(QuestionFormat.CSV_KAHOOT, QuestionFormat.CSV_WAYGROUND,
          QuestionFormat.CSV_LUATVUI)) {
        SpreadsheetLayout layout = QuestionImporter.layout(f);
        Collector probe = new Collector(ImportOptions.defaults(), layout.name(), true);
        List<Header.Column> spec = layout.columns(ImportOptions.defaults().withDefaultCitation(
            new vn.luatvui.bank.question.Citation("0/0000/X", 1, null, null, null)));
        Header h = Header.find(sheet, spec, probe);
        if (h != null && probe.ok()) {
          int row = h.row;
          int score = sheet.rows().stream().filter(r -> r.number() == row).findFirst()
              .map(r -> Header.score(r.cells().values().stream().map(Sheet.Cell::text).filter(t -> t != null).toList(),
                  spec)).orElse(0);
          if (score > foundScore) {
            found = f;
            foundRow = row;
            foundScore = score;
          }
        }
      }
      if (found != null) {
        return columns(sheet, found, foundRow);
      }
      int header = 0;
      int best = 0;
      for (Sheet.Row r : sheet.rows()) {
        if (r.number() > Header.SEARCH_ROWS) {
          break;
        }
        int n = filled(r.cells().values().stream().map(Sheet.Cell::text).toList());
        if (n > best) {
          best = n;
          header = r.number();
        }
      }
      if (header == 0) {
        return new SheetColumns(null, 0, List.of(), Collector.NO_QUESTIONS);
      }
      return columns(sheet, null, header);
    } catch (IOException | UncheckedIOException e) {
      Inputs.Unreadable unreadable = Inputs.cause(e, Inputs.Unreadable.class);
      String message = Inputs.cause(e, Inputs.TooLarge.class) != null ? Inputs.TOO_LARGE
          : Inputs.cause(e, java.nio.charset.CharacterCodingException.class) != null ? Inputs.NOT_UTF8
          : unreadable != null ? unreadable.getMessage() : "Không đọc được tệp.";
      return new SheetColumns(null, 0, List.of(), message);
    } finally {
      if (file != null) {
        try {
          java.nio.file.Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // A temporary file; the system's cleaner takes what is left.
        }
      }
    }
  }

  private static SheetColumns columns(Sheet sheet, QuestionFormat layout, int headerRow) {
    Sheet.Row header = sheet.rows().stream().filter(r -> r.number() == headerRow).findFirst().orElseThrow();
    int last = -1;
    for (Sheet.Row r : sheet.rows()) {
      if (r.number() >= headerRow && r.number() <= headerRow + SAMPLES * 4) {
        last = Math.max(last, r.cells().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1));
      }
    }
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c <= last; c++) {
      List<String> samples = new ArrayList<>();
      for (Sheet.Row r : sheet.rows()) {
        if (r.number() > headerRow && samples.size() < SAMPLES) {
          Sheet.Cell cell = r.cell(c);
          if (cell != null && !cell.blank() && cell.text() != null) {
            samples.add(cut(cell.text().strip()));
          }
        }
      }
      Sheet.Cell title = header.cell(c);
      columns.add(new Column(Sheet.letter(c), title == null || title.text() == null ? "" : cut(title.text().strip()),
          samples));
    }
    return new SheetColumns(layout, headerRow, columns, null);
  }

  private static int filled(List<String> cells) {
    return (int) cells.stream().filter(s -> s != null && !s.isBlank()).count();
  }

  private static String cut(String s) {
    return s.length() > SAMPLE_CHARS ? s.substring(0, SAMPLE_CHARS) + "…" : s;
  }

  /** The roles a column can be mapped to, for the API's documentation and the wizard. */
  public static List<String> roles() {
    return Mapping.ROLES;
  }
}
