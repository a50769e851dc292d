package vn.luatvui.server.org.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a list of organisations (kiểm tra danh sách tổ chức), checked against the tree already
 * stored: a parent may be in the file or in the tree, and the tree as it would be after the import
 * must have no cycle. Codes are compared exactly as written.
 */
public final class OrgRowsCheck {
  public static final int MAX_ROWS = 20_000;
  public static final int MAX_CODE = 50;
  public static final int MAX_NAME = 200;
  public static final int MAX_POPULATION = 50_000_000;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");

  /** Column names to report problems under. */
  public record Columns(String code, String name, String kind, String parent, String settlement, String population) {
    public static final Columns FIELDS = new Columns("code", "name", "kind", "parentCode", "settlement", "population");
  }

  private OrgRowsCheck() {
  }

  /**
   * @param rowNumbers the row number to report for each row
   * @param stored     the parent code of each organisation already stored (null value at the top)
   */
  public static List<OrgProblem> check(List<OrgRow> rows, List<Integer> rowNumbers, Columns cols,
                                       Map<String, String> stored) {
    List<OrgProblem> problems = new ArrayList<>();
    if (rows.size() > MAX_ROWS) {
      problems.add(new OrgProblem(rowNumbers.get(MAX_ROWS), null, "Danh sách có quá 20.000 tổ chức."));
      return problems;
    }
    Map<String, Integer> firstRowOf = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      one(rows.get(i), rowNumbers.get(i), cols, firstRowOf, problems);
    }
    parents(rows, rowNumbers, cols, firstRowOf, stored, problems);
    problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
    return problems;
  }

  private static void one(OrgRow r, int row, Columns cols, Map<String, Integer> firstRowOf, List<OrgProblem> problems) {
    String code = r.code();
    if (code == null) {
      problems.add(new OrgProblem(row, cols.code(), "Thiếu mã tổ chức."));
    } else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
      problems.add(new OrgProblem(row, cols.code(), "Mã tổ chức «" + code + "» chỉ được gồm tối đa " + MAX_CODE
          + " chữ cái không dấu, chữ số và các dấu . _ -"));
    } else if (firstRowOf.putIfAbsent(code, row) != null) {
      problems.add(new OrgProblem(row, cols.code(), "Mã tổ chức «" + code + "» bị trùng với dòng "
          + firstRowOf.get(code) + "."));
    }
    if (r.name() == null) {
      problems.add(new OrgProblem(row, cols.name(), "Thiếu tên tổ chức."));
    } else if (r.name().codePointCount(0, r.name().length()) > MAX_NAME) {
      problems.add(new OrgProblem(row, cols.name(), "Tên tổ chức không được dài quá " + MAX_NAME + " ký tự."));
    }
    if (r.kind() == null) {
      return;
    }
    if (!r.kind().administrative() && (r.settlement() != null || r.population() != null)) {
      problems.add(new OrgProblem(row, r.settlement() != null ? cols.settlement() : cols.population(),
          "Chỉ đơn vị hành chính (thành phố, quận, huyện, phường, xã, thị trấn) mới có thành thị/nông thôn và số dân; «"
              + r.kind().label() + "» thì để trống."));
    }
    if (r.population() != null && (r.population() < 0 || r.population() > MAX_POPULATION)) {
      problems.add(new OrgProblem(row, cols.population(), populationMessage()));
    }
  }

  public static String populationMessage() {
    return "Số dân phải là số nguyên từ 0 đến 50.000.000.";
  }

  /** Unknown parents and cycles in the tree as it would be; each cycle is reported once. */
  private static void parents(List<OrgRow> rows, List<Integer> rowNumbers, Columns cols, Map<String, Integer> rowOf,
                              Map<String, String> stored, List<OrgProblem> problems) {
    Map<String, String> parentOf = new HashMap<>(stored);
    for (OrgRow r : rows) {
      if (r.code() != null && rowOf.get(r.code()) != null) {
        parentOf.put(r.code(), r.parentCode());
      }
    }
    Set<String> settled = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      OrgRow r = rows.get(i);
      if (r.parentCode() == null || r.code() == null) {
        continue;
      }
      if (!rowOf.containsKey(r.parentCode()) && !stored.containsKey(r.parentCode())) {
        problems.add(new OrgProblem(rowNumbers.get(i), cols.parent(),
            "Không có tổ chức nào mang mã cấp trên «" + r.parentCode() + "» (trong tệp hay đã lưu)."));
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
        problems.add(new OrgProblem(rowOf.getOrDefault(at, rowNumbers.get(i)), cols.parent(),
            "Mã cấp trên tạo thành vòng lặp: " + String.join(" → ", cycle) + "."));
      }
      settled.addAll(path);
    }
  }
}
