package vn.luatvui.bank.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row of an import as the user corrected it in the preview, whatever the file's format: its
 * cells in the columns of LuậtVui's own spreadsheet, keyed {@code type}, {@code text},
 * {@code option1} … {@code option6}, {@code correct}, {@code explanation}, {@code citations},
 * {@code tags}, {@code difficulty} and the rest (see {@link #KEYS}). A fixed row is read with the
 * same rules as the file ({@link QuestionImporter#fixed}); nothing the client says about it is
 * trusted.
 *
 * @param row   the row (or text line) of the file it replaces, 1-based
 * @param cells blank or missing keys are empty cells; unknown keys are refused
 */
public record RowFix(int row, Map<String, String> cells) {
  /** The keys of a fixed row, in the order of LuậtVui's columns. */
  public static final List<String> KEYS = List.of("type", "text", "option1", "option2", "option3", "option4",
      "option5", "option6", "correct", "explanation", "citations", "tags", "difficulty", "audience", "time", "points",
      "scoring", "image", "visibility", "key", "imageAlt");
  /** The longest cell accepted (a question's text is far shorter). */
  public static final int MAX_CELL = 4000;

  public RowFix {
    if (row < 1) {
      throw new IllegalArgumentException("Số dòng phải từ 1 trở lên.");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : cells.entrySet()) {
      if (!Set.copyOf(KEYS).contains(e.getKey())) {
        throw new IllegalArgumentException("Ô “" + e.getKey() + "” không có trong bảng LuậtVui.");
      }
      String value = e.getValue();
      if (value != null && value.length() > MAX_CELL) {
        throw new IllegalArgumentException("Ô “" + e.getKey() + "” dài quá " + MAX_CELL + " ký tự.");
      }
      if (value != null && !value.isBlank()) {
        copy.put(e.getKey(), value);
      }
    }
    cells = Map.copyOf(copy);
  }

  /** The row's cells as LuậtVui's spreadsheet would hold the question (how the preview offers a bad row to fix). */
  public static RowFix of(int row, ExportedQuestion question) {
    List<Object> values = LuatVuiLayout.INSTANCE.row(row, question);
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < KEYS.size() && i < values.size(); i++) {
      Object v = values.get(i);
      if (v != null && !v.toString().isBlank()) {
        String text = v.toString();
        cells.put(KEYS.get(i), text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
      }
    }
    return new RowFix(row, cells);
  }
}
