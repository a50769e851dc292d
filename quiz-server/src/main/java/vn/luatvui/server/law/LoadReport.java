package vn.luatvui.server.law;

import java.util.List;
import java.util.Map;

/**
 * What a load of the legal store's files did: documents added, updated (their file changed and the
 * change was applied), unchanged, changed but not applied (with their diff), files that could not be
 * read (with their errors by line), and changes that do not fit the text they target.
 */
public record LoadReport(List<String> added, List<String> updated, List<String> unchanged,
                         Map<String, List<String>> pending, Map<String, List<String>> applied,
                         List<String> unreadable, List<String> problems, int rewritten) {
  /** The report as lines for a terminal or a log. */
  public List<String> lines() {
    List<String> out = new java.util.ArrayList<>();
    out.add("Kho văn bản: " + added.size() + " mới, " + updated.size() + " cập nhật, " + unchanged.size()
        + " không đổi, " + pending.size() + " thay đổi chưa áp dụng, " + unreadable.size() + " tệp lỗi; "
        + rewritten + " văn bản tính lại điều khoản");
    added.forEach(n -> out.add("+ " + n));
    applied.forEach((n, diff) -> {
      out.add("~ " + n + " (đã áp dụng)");
      diff.forEach(d -> out.add("    " + d));
    });
    pending.forEach((n, diff) -> {
      out.add("~ " + n + " (chưa áp dụng)");
      diff.forEach(d -> out.add("    " + d));
    });
    unreadable.forEach(u -> out.add("! " + u));
    problems.forEach(p -> out.add("! " + p));
    return out;
  }
}
