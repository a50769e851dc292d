package vn.luatvui.bank.formats;

import java.util.regex.Pattern;

/**
 * One reason a row (or the whole file) cannot be imported, in words a teacher understands.
 *
 * @param row     spreadsheet row or text line, 1-based; 0 for the file as a whole
 * @param column  in a spreadsheet the column letter and its header, e.g. "C (Answer 2)"; in a text
 *                format the field, e.g. "ANSWER" or "questions[2].choices[0].correct"; null when no
 *                single column is at fault
 * @param message the reason, in Vietnamese
 */
public record ImportError(int row, String column, String message) {
  private static final Pattern SPREADSHEET_COLUMN = Pattern.compile("[A-Z]{1,3}(–[A-Z]{1,3})? \\(.*\\)");

  /** "Dòng 7, cột C (Answer 2): Phương án 2 đang trống." — how the wizard shows it. */
  public String describe() {
    StringBuilder sb = new StringBuilder(row == 0 ? "Tệp" : "Dòng " + row);
    if (column != null) {
      sb.append(SPREADSHEET_COLUMN.matcher(column).matches() ? ", cột " + column : " (" + column + ")");
    }
    return sb.append(": ").append(message).toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
