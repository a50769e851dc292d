package vn.luatvui.bank.law.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.luatvui.bank.law.text.Change;
import vn.luatvui.bank.law.text.DocumentHeader;
import vn.luatvui.bank.law.text.LawDocument;
import vn.luatvui.bank.law.text.ProvisionPath;
import vn.luatvui.bank.law.text.Unit;

/**
 * What a new version of a document's file changes against the stored one: header facts, each
 * provision added ({@code +}), removed ({@code -}) or reworded ({@code ~}), and its changes to others.
 */
public final class LawDiff {
  private LawDiff() {
  }

  /** One line per difference; empty when the two are the same document. */
  public static List<String> of(LawDocument old, LawDocument now) {
    List<String> out = new ArrayList<>();
    header(old.header(), now.header(), out);
    Map<ProvisionPath, Unit> before = Periods.units(old.text());
    Map<ProvisionPath, Unit> after = Periods.units(now.text());
    TreeSet<ProvisionPath> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    for (ProvisionPath p : paths) {
      Unit b = before.get(p);
      Unit a = after.get(p);
      if (b == null) {
        out.add("+ " + p);
      } else if (a == null) {
        out.add("- " + p);
      } else if (!b.equals(a)) {
        out.add("~ " + p);
      }
    }
    if (!old.text().preamble().equals(now.text().preamble())) {
      out.add("~ phần mở đầu");
    }
    if (!old.text().closing().equals(now.text().closing())) {
      out.add("~ phần kết");
    }
    for (Change c : now.changes()) {
      if (!old.changes().contains(c)) {
        out.add("+ thay đổi: " + describe(c));
      }
    }
    for (Change c : old.changes()) {
      if (!now.changes().contains(c)) {
        out.add("- thay đổi: " + describe(c));
      }
    }
    return out;
  }

  private static String describe(Change c) {
    return c.action().label() + " " + c.target() + " của " + c.targetDocument() + " từ " + c.from();
  }

  private static void header(DocumentHeader o, DocumentHeader n, List<String> out) {
    field(out, "Tên", o.name(), n.name());
    field(out, "Loại", o.kind(), n.kind());
    field(out, "Cơ quan ban hành", o.issuer(), n.issuer());
    field(out, "Ngày thông qua", o.passed(), n.passed());
    field(out, "Hiệu lực từ", o.effectiveFrom(), n.effectiveFrom());
    field(out, "Hết hiệu lực", o.effectiveTo(), n.effectiveTo());
    field(out, "Lĩnh vực", o.fields(), n.fields());
    field(out, "Nguồn", o.source(), n.source());
    field(out, "Ngày đọc", o.readOn(), n.readOn());
    field(out, "Văn bản", o.coverage().label(), n.coverage().label());
    field(out, "Thay thế", o.replaces(), n.replaces());
    field(out, "Hướng dẫn", o.guides(), n.guides());
    field(out, "Hiệu lực riêng", o.ownDates(), n.ownDates());
  }

  private static void field(List<String> out, String key, Object old, Object now) {
    if (!Objects.equals(old, now)) {
      out.add("~ " + key + ": " + old + " → " + now);
    }
  }
}
