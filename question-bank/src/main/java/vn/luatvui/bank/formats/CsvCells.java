package vn.luatvui.bank.formats;

/**
 * Text cells of every CSV file LuậtVui writes (question exports, game reports, contest units and
 * results), made safe to open in a spreadsheet: a cell that a spreadsheet would run as a formula —
 * one beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — is
 * written with a leading apostrophe, as OWASP recommends for CSV injection. Cells that begin with
 * apostrophes before such a character get one more, so that {@link #restore} gives back exactly
 * the original text when a question export is imported again. Numbers are written as they are.
 */
public final class CsvCells {

  private CsvCells() {
  }

  /** The cell as written to a CSV file. */
  public static String neutralise(String text) {
    return text != null && risky(text) ? "'" + text : text;
  }

  /** The text {@link #neutralise} was given, from a cell read back from a CSV file. */
  public static String restore(String cell) {
    return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && risky(cell.substring(1))
        ? cell.substring(1) : cell;
  }

  /** Whether a spreadsheet would take the text, after any leading apostrophes, for a formula. */
  private static boolean risky(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** A value of a row as written: text neutralised, numbers and other values as their text, null as empty. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof Number ? value.toString() : neutralise(value.toString());
  }
}
