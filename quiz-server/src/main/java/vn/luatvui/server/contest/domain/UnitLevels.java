package vn.luatvui.server.contest.domain;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.Violation;

/**
 * The names of the levels of a contest's unit tree, top first, as organisers call them (Tỉnh đoàn,
 * Huyện đoàn, Đoàn xã, Trường, Chi đoàn…): files and rankings name a level by what it is.
 */
public final class UnitLevels {
  public static final int MAX_LEVELS = 8;
  public static final int MAX_LENGTH = 60;

  private UnitLevels() {
  }

  /** NFC, trimmed, inner spaces collapsed; trailing blanks dropped (a blank inside stays, named by default). */
  public static List<String> clean(List<String> levels) {
    List<String> out = new ArrayList<>();
    if (levels != null) {
      levels.forEach(l -> out.add(UnitRow.clean(l) == null ? "" : UnitRow.clean(l)));
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return List.copyOf(out);
  }

  public static List<Violation> check(List<String> levels) {
    List<Violation> v = new ArrayList<>();
    if (levels.size() > MAX_LEVELS) {
      v.add(new Violation("levels", "Cây đơn vị có tối đa " + MAX_LEVELS + " cấp."));
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).codePointCount(0, levels.get(i).length()) > MAX_LENGTH) {
        v.add(new Violation("levels[" + i + "]", "Tên cấp " + (i + 1) + " dài quá " + MAX_LENGTH + " ký tự."));
      }
    }
    return v;
  }

  /** The name of the level at this depth (0 = top), or "Đơn vị cấp N" when the organiser has not named it. */
  public static String name(List<String> levels, int depth) {
    return depth < levels.size() && !levels.get(depth).isEmpty() ? levels.get(depth) : "Đơn vị cấp " + (depth + 1);
  }
}
