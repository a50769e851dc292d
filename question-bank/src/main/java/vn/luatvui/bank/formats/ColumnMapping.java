package vn.luatvui.bank.formats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns a user mapped in the import wizard for a sheet of no known layout.
 *
 * @param headerRow the row holding the headers (1-based, as the sheet numbers it); data rows follow it
 * @param roles     role → 0-based column: {@code question}, {@code option1} … {@code option6},
 *                  {@code correct}, {@code type}, {@code time}, {@code image}, {@code explanation},
 *                  {@code citation}
 */
public record ColumnMapping(int headerRow, Map<String, Integer> roles) {

  public ColumnMapping {
    roles = Map.copyOf(roles);
  }

  /**
   * Reads {@code "question:B,option1:C,option2:D,correct:F"}; problems (an unknown role, a column
   * used twice, no question column) are thrown as {@link IllegalArgumentException} with a message in
   * Vietnamese, for the API to answer 400.
   */
  public static ColumnMapping parse(int headerRow, String text) {
    if (headerRow < 1 || headerRow > Header.SEARCH_ROWS) {
      throw new IllegalArgumentException("Dòng tiêu đề phải từ 1 đến " + Header.SEARCH_ROWS + ".");
    }
    Map<String, Integer> roles = new LinkedHashMap<>();
    for (String part : text == null ? new String[0] : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String[] kv = part.split(":", 2);
      String role = kv[0].strip();
      if (!Mapping.ROLES.contains(role) || kv.length < 2 || Sheet.column(kv[1].strip()) < 0
          || !kv[1].strip().matches("[A-Za-z]{1,2}")) {
        throw new IllegalArgumentException("Cách ghép cột “" + part.strip() + "” không hợp lệ (cần dạng vai-trò:cột, ví dụ "
            + "question:B).");
      }
      int column = Sheet.column(kv[1].strip());
      if (roles.containsValue(column)) {
        throw new IllegalArgumentException("Cột " + Sheet.letter(column) + " được ghép cho hai vai trò.");
      }
      if (roles.put(role, column) != null) {
        throw new IllegalArgumentException("Vai trò “" + role + "” được ghép cho hai cột.");
      }
    }
    if (!roles.containsKey(Mapping.QUESTION)) {
      throw new IllegalArgumentException("Hãy chọn cột chứa câu hỏi.");
    }
    return new ColumnMapping(headerRow, roles);
  }
}
