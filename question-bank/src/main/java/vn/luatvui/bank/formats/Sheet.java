package vn.luatvui.bank.formats;

import java.util.List;
import java.util.Map;

/**
 * A spreadsheet as read from XLSX or CSV: the rows that have something in them, each cell as text.
 *
 * @param name   the sheet name (for messages), or null for CSV
 * @param rows   the non-empty rows in order
 * @param merged merged cell ranges (XLSX only)
 */
record Sheet(String name, List<Row> rows, List<Merged> merged) {

  /** A row: its number as the user sees it (1-based), its cells by 0-based column. */
  record Row(int number, Map<Integer, Cell> cells) {
    Cell cell(int column) {
      return cells.get(column);
    }

    boolean blank() {
      return cells.values().stream().allMatch(Cell::blank);
    }
  }

  /**
   * One cell: its text as the user sees it (numbers without a trailing ".0"), or why it cannot be read.
   *
   * @param text    the value, or null
   * @param problem a message when the cell holds no usable value (a formula never calculated, an error value)
   */
  record Cell(String text, String problem) {
    static Cell of(String text) {
      return new Cell(text, null);
    }

    boolean blank() {
      return problem == null && (text == null || text.isBlank());
    }
  }

  /** A merged range, e.g. "B9:C9". Rows 1-based, columns 0-based. */
  record Merged(String range, int firstRow, int lastRow, int firstColumn, int lastColumn) {
  }

  /** "A", "B", …, "Z", "AA" for 0, 1, …, 25, 26. */
  static String letter(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /** 0-based column of the letters at the start of a cell reference like "AB12"; -1 when none. */
  static int column(String reference) {
    int col = 0;
    int i = 0;
    while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
      col = col * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
      i++;
    }
    return i == 0 ? -1 : col - 1;
  }

  /** 1-based row of a cell reference like "AB12"; -1 when none. */
  static int row(String reference) {
    String digits = reference.replaceAll("^[A-Za-z$]+", "").replace("$", "");
    return digits.isEmpty() ? -1 : Integer.parseInt(digits);
  }
}
