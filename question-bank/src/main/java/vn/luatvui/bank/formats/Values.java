package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.List;

/** Values every format checks the same way: time limits, points, lists of option numbers. */
final class Values {
  /** Kahoot's time limits, which LuậtVui games use too. */
  static final List<Integer> TIME_LIMITS = List.of(5, 10, 20, 30, 60, 90, 120, 240);
  static final List<Integer> POINTS = List.of(0, 1000, 2000);
  /** Characters of a cell an error message quotes at most: enough to find the cell, never the whole of a huge one. */
  static final int EXCERPT = 60;

  private Values() {
  }

  /**
   * The cell as an error message quotes it: “…” around at most {@link #EXCERPT} characters, and how
   * long it is when cut ("“Điều 8 khoản 1 …” (1 048 576 ký tự)").
   */
  static String quote(String cell) {
    if (cell == null) {
      return "“”";
    }
    int count = cell.codePointCount(0, cell.length());
    if (count <= EXCERPT) {
      return "“" + cell + "”";
    }
    int end = cell.offsetByCodePoints(0, EXCERPT);
    return "“" + cell.substring(0, end).stripTrailing() + "…” (" + count + " ký tự)";
  }

  /** Null when allowed, else why not. */
  static String timeLimitProblem(int seconds) {
    return TIME_LIMITS.contains(seconds) ? null
        : "Thời gian " + seconds + " giây không được hỗ trợ; chọn 5, 10, 20, 30, 60, 90, 120 hoặc 240 giây.";
  }

  /** Null when allowed, else why not. */
  static String pointsProblem(int points) {
    return POINTS.contains(points) ? null : "Điểm " + points + " không được hỗ trợ; chọn 0, 1000 hoặc 2000.";
  }

  /**
   * "1,3", "1;3", "1 3", "2" — and "1.3", which Excel in a Vietnamese locale makes of "1,3" — as
   * numbers; null when a part is not a whole number.
   */
  static List<Integer> numbers(String text) {
    List<Integer> out = new ArrayList<>();
    for (String part : text.strip().split("[,;.\\s/]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!part.matches("\\d{1,3}")) {
        return null;
      }
      out.add(Integer.parseInt(part));
    }
    return out;
  }
}
