package vn.luatvui.bank.law.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.law.text.Article;
import vn.luatvui.bank.law.text.Clause;
import vn.luatvui.bank.law.text.DocumentHeader;
import vn.luatvui.bank.law.text.LegalText;
import vn.luatvui.bank.law.text.Point;
import vn.luatvui.bank.law.text.ProvisionPath;
import vn.luatvui.bank.law.text.Unit;

/** Turns a timeline into each provision's wordings with their days in force, one period per wording. */
final class Periods {
  private record Open(Unit unit, LocalDate from, String by, List<String> divisions) {
  }

  private Periods() {
  }

  static List<ProvisionPeriod> of(Timeline timeline, DocumentHeader header, LocalDate end) {
    List<ProvisionPeriod> out = new ArrayList<>();
    Map<ProvisionPath, Open> open = new LinkedHashMap<>();
    List<Timeline.Version> versions = timeline.versions();
    for (int i = 0; i < versions.size(); i++) {
      Timeline.Version v = versions.get(i);
      if (end != null && v.from().isAfter(end)) {
        break;
      }
      String by = i == 0 ? null : changedBy(timeline, v.from());
      Map<ProvisionPath, Unit> units = units(v.text());
      Map<String, List<String>> divisions = v.text().divisions();
      for (var it = open.entrySet().iterator(); it.hasNext(); ) {
        var e = it.next();
        Unit now = units.get(e.getKey());
        if (now == null || !now.equals(e.getValue().unit())) {
          close(out, header, e.getKey(), e.getValue(), v.from().minusDays(1));
          it.remove();
        }
      }
      units.forEach((path, unit) -> open.computeIfAbsent(path, p -> new Open(unit, v.from(), by,
          p.level() == ProvisionPath.Level.ARTICLE ? divisions.getOrDefault(p.article(), List.of()) : List.of())));
    }
    open.forEach((path, o) -> close(out, header, path, o, end));
    out.sort((a, b) -> a.path().compareTo(b.path()) != 0 ? a.path().compareTo(b.path()) : a.from().compareTo(b.from()));
    return out;
  }

  private static String changedBy(Timeline timeline, LocalDate day) {
    return timeline.steps().stream().filter(s -> s.change().from().equals(day)).map(Step::byDocument)
        .findFirst().orElse(null);
  }

  private static void close(List<ProvisionPeriod> out, DocumentHeader header, ProvisionPath path, Open o,
                            LocalDate to) {
    LocalDate from = o.from();
    for (DocumentHeader.ProvisionDate own : header.ownDates()) {
      if (path.within(own.provision()) && own.from().isAfter(from)) {
        from = own.from();
      }
    }
    if (to == null || !to.isBefore(from)) {
      out.add(new ProvisionPeriod(path, o.unit(), from, to, o.by(), o.divisions()));
    }
  }

  /** Every Điều, khoản and điểm of the text by its path. */
  static Map<ProvisionPath, Unit> units(LegalText text) {
    Map<ProvisionPath, Unit> map = new LinkedHashMap<>();
    for (Article a : text.articles()) {
      map.putAll(units(a));
    }
    return map;
  }

  /** The Điều itself and its khoản and điểm, by their paths. */
  static Map<ProvisionPath, Unit> units(Article a) {
    Map<ProvisionPath, Unit> map = new LinkedHashMap<>();
    map.put(ProvisionPath.article(a.number()), a);
    for (Point p : a.points()) {
      map.put(new ProvisionPath(a.number(), null, p.number()), p);
    }
    for (Clause c : a.clauses()) {
      map.put(new ProvisionPath(a.number(), c.number(), null), c);
      for (Point p : c.points()) {
        map.put(new ProvisionPath(a.number(), c.number(), p.number()), p);
      }
    }
    return map;
  }
}
