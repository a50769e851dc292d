package vn.luatvui.server.contest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of an imported list of units (kiểm tra danh sách đơn vị), for rows read from CSV or sent
 * as JSON alike. Codes are compared exactly as written.
 */
final class UnitRowsCheck {
  static final int MAX_ROWS = 20_000;
  static final int MAX_CODE = 50;
  static final int MAX_NAME = 200;
  static final int MAX_MEMBERS = 10_000_000;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");

  /** Column names to report problems under. */
  record Columns(String code, String name, String parent, String members) {
  }

  private UnitRowsCheck() {
  }

  /** @param rowNumbers the row number to report for each row */
  static List<CsvProblem> check(List<UnitRow> rows, List<Integer> rowNumbers, Columns cols) {
    List<CsvProblem> problems = new ArrayList<>();
    if (rows.size() > MAX_ROWS) {
      problems.add(new CsvProblem(rowNumbers.get(MAX_ROWS), null,
          "Danh sách có quá 20.000 đơn vị."));
      return problems;
    }
    Map<String, Integer> firstRowOf = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      UnitRow r = rows.get(i);
      int row = rowNumbers.get(i);
      String code = r.code();
      if (code == null || code.isBlank()) {
        problems.add(new CsvProblem(row, cols.code(), "Thiếu mã đơn vị."));
      } else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
        problems.add(new CsvProblem(row, cols.code(), "Mã đơn vị «" + code + "» chỉ được gồm tối đa " + MAX_CODE
            + " chữ cái không dấu, chữ số và các dấu . _ -"));
      } else if (firstRowOf.putIfAbsent(code, row) != null) {
        problems.add(new CsvProblem(row, cols.code(),
            "Mã đơn vị «" + code + "» bị trùng với dòng " + firstRowOf.get(code) + "."));
      }
      if (r.name() == null || r.name().isBlank()) {
        problems.add(new CsvProblem(row, cols.name(), "Thiếu tên đơn vị."));
      } else if (r.name().codePointCount(0, r.name().length()) > MAX_NAME) {
        problems.add(new CsvProblem(row, cols.name(), "Tên đơn vị không được dài quá " + MAX_NAME + " ký tự."));
      }
      if (r.members() != null && (r.members() < 0 || r.members() > MAX_MEMBERS)) {
        problems.add(new CsvProblem(row, cols.members(), membersMessage()));
      }
    }
    parents(rows, rowNumbers, cols, firstRowOf, problems);
    problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
    return problems;
  }

  static String membersMessage() {
    return "Số thành viên phải là số nguyên từ 0 đến 10.000.000.";
  }

  /** Unknown parents and cycles; each cycle is reported once, at its first row. */
  private static void parents(List<UnitRow> rows, List<Integer> rowNumbers, Columns cols, Map<String, Integer> rowOf,
                              List<CsvProblem> problems) {
    Map<String, String> parentOf = new HashMap<>();
    for (UnitRow r : rows) {
      if (r.code() != null && r.parentCode() != null) {
        parentOf.putIfAbsent(r.code(), r.parentCode());
      }
    }
    Set<String> settled = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      UnitRow r = rows.get(i);
      int row = rowNumbers.get(i);
      if (r.parentCode() == null) {
        continue;
      }
      if (!rowOf.containsKey(r.parentCode())) {
        problems.add(new CsvProblem(row, cols.parent(), "Không có đơn vị nào mang mã cấp trên «" + r.parentCode() + "»."));
        continue;
      }
      Set<String> path = new LinkedHashSet<>();
      String at = r.code();
      while (at != null && !settled.contains(at) && path.add(at)) {
        at = parentOf.get(at);
      }
      if (at != null && path.contains(at)) {
        List<String> walked = new ArrayList<>(path);
        List<String> cycle = new ArrayList<>(walked.subList(walked.indexOf(at), walked.size()));
        cycle.add(at);
        problems.add(new CsvProblem(rowOf.getOrDefault(at, row), cols.parent(),
            "Mã cấp trên tạo thành vòng lặp: " + String.join(" → ", cycle) + "."));
      }
      settled.addAll(path);
    }
  }
}
