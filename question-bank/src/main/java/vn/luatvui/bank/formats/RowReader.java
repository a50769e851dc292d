package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the cells of one data row by column key, reporting unreadable cells at their column. */
final class RowReader {
  private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");

  final int row;
  final Header header;
  private final Sheet.Row cells;
  private final Collector out;

  RowReader(Sheet.Row cells, Header header, Collector out) {
    this.row = cells.number();
    this.cells = cells;
    this.header = header;
    this.out = out;
  }

  /** The text of the key's cell, stripped; null when the column is absent or the cell blank or unreadable. */
  String get(String key) {
    Integer column = header.column(key);
    return column == null ? null : at(column);
  }

  /** The text at a column, stripped; null when blank or unreadable (then reported). */
  String at(int column) {
    Sheet.Cell cell = cells.cell(column);
    if (cell == null) {
      return null;
    }
    if (cell.problem() != null) {
      out.error(row, header.name(column), cell.problem());
      return null;
    }
    return cell.blank() ? null : cell.text().strip();
  }

  /** Columns of this row with a value that the header does not name and that lie after the last header. */
  List<Integer> beyondHeader() {
    List<Integer> found = new ArrayList<>();
    for (Integer c : cells.cells().keySet()) {
      if (c > header.lastColumn() && !cells.cell(c).blank()) {
        found.add(c);
      }
    }
    return found;
  }

  /** Whether every cell the layout reads is blank (other columns, like Kahoot's numbering, do not count). */
  boolean blank(boolean strict) {
    for (var e : cells.cells().entrySet()) {
      boolean counts = header.known(e.getKey()) || (strict && e.getKey() > header.lastColumn());
      if (counts && !e.getValue().blank()) {
        return false;
      }
    }
    return true;
  }

  void error(String key, String message) {
    out.error(row, header.name(key), message);
  }

  void errorAt(int column, String message) {
    out.error(row, header.name(column), message);
  }

  /** A whole number in the key's cell, or null when blank or not a number (then reported with {@code what}). */
  Integer integer(String key, String what) {
    String s = get(key);
    if (s == null) {
      return null;
    }
    if (!INTEGER.matcher(s).matches()) {
      error(key, what + " phải là một số nguyên (đang là " + Values.quote(s) + ").");
      return null;
    }
    return Integer.parseInt(s);
  }
}
