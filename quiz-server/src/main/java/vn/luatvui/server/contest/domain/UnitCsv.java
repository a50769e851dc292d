package vn.luatvui.server.contest.domain;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the units of a contest from CSV (nhập danh sách đơn vị dự thi).
 *
 * <p>The first row names the columns, in English or Vietnamese, with or without diacritics, in any
 * case: code | mã; name | tên; parent | parent_code | mã cấp trên; members | số thành viên | sĩ số.
 * Other columns are ignored. Comma or semicolon separated (Excel in Vietnamese saves with
 * semicolons), with or without a byte-order mark; blank lines are skipped but still counted.
 * Problems name the row (the header is row 1) and the column as written in the file.
 */
public final class UnitCsv {
  private static final Pattern INTEGER = Pattern.compile("\\d+|\\d{1,3}([., ]\\d{3})+");

  private UnitCsv() {
  }

  /** The rows read (meaningful only when there are no problems) and every problem found. */
  public record Parsed(List<UnitRow> rows, List<CsvProblem> problems) {
    public Parsed {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static Parsed parse(String csvText) {
    String text = csvText == null ? "" : csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText;
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(UnitCsvHeader.delimiter(text))
        .setIgnoreEmptyLines(false).get();
    List<UnitRow> rows = new ArrayList<>();
    List<Integer> rowNumbers = new ArrayList<>();
    List<CsvProblem> problems = new ArrayList<>();
    UnitCsvHeader header = null;
    int lastRow = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        int row = (int) record.getRecordNumber();
        lastRow = row;
        if (header == null) {
          header = UnitCsvHeader.read(record, problems);
          if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
          }
          continue;
        }
        if (blank(record)) {
          continue;
        }
        rows.add(row(record, row, header, problems));
        rowNumbers.add(row);
        if (rows.size() > UnitRowsCheck.MAX_ROWS) {
          break;
        }
      }
    } catch (UncheckedIOException | java.io.IOException | IllegalStateException e) {
      problems.add(new CsvProblem(lastRow + 1, null, "Không đọc được tệp CSV từ dòng này (kiểm tra dấu ngoặc kép)."));
      return new Parsed(rows, problems);
    }
    if (header == null) {
      return new Parsed(List.of(), List.of(new CsvProblem(1, null, "Tệp trống: cần dòng tiêu đề (mã, tên, ...).")));
    }
    problems.addAll(UnitRowsCheck.check(rows, rowNumbers, header.columns()));
    problems.sort(Comparator.comparingInt(CsvProblem::row));
    return new Parsed(rows.size() > UnitRowsCheck.MAX_ROWS ? rows.subList(0, UnitRowsCheck.MAX_ROWS) : rows,
        problems);
  }

  /**
   * The same checks for rows sent as JSON: rows are numbered from 1 in list order, and columns are
   * the field names (code, name, parentCode, members). Rows are checked as given; normalise first
   * with {@link UnitRow#normalized()}.
   */
  public static List<CsvProblem> check(List<UnitRow> rows) {
    List<Integer> numbers = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      numbers.add(i + 1);
    }
    return UnitRowsCheck.check(rows, numbers, new UnitRowsCheck.Columns("code", "name", "parentCode", "members"));
  }

  private static UnitRow row(CSVRecord record, int row, UnitCsvHeader header, List<CsvProblem> problems) {
    Map<String, Integer> at = header.index();
    String membersText = UnitRow.clean(value(record, at.get(UnitCsvHeader.MEMBERS)));
    Integer members = null;
    if (membersText != null) {
      String digits = membersText.replaceAll("[., ]", "");
      if (INTEGER.matcher(membersText).matches() && digits.length() <= 9) {
        members = Integer.parseInt(digits);
      } else {
        problems.add(new CsvProblem(row, header.columns().members(), UnitRowsCheck.membersMessage()));
      }
    }
    return new UnitRow(value(record, at.get(UnitCsvHeader.CODE)), value(record, at.get(UnitCsvHeader.NAME)),
        value(record, at.get(UnitCsvHeader.PARENT)), members).normalized();
  }

  private static String value(CSVRecord record, Integer column) {
    return column == null || column >= record.size() ? null : record.get(column);
  }

  private static boolean blank(CSVRecord record) {
    for (String v : record) {
      if (v != null && !v.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
