package vn.luatvui.server.reach;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.server.reach.domain.Coverage;
import vn.luatvui.server.reach.domain.PlanTargets;

/** The dashboard of one node as the web client draws it. */
record ReachView(ReachStore.NodeFigures node, List<ReachStore.NodeFigures> children, Reach reach, List<Trend> trend,
                 List<Visit> visits, OffsetDateTime updatedAt, Object training) {

  /** One side (urban or rural): population, people reached, share, and the people still to reach per target. */
  record Side(long population, long reached, Double share, List<Gap> gaps) {
  }

  record Gap(int year, double target, Long people) {
  }

  /** A district's wards and communes, summed by settlement. */
  record District(Long id, String name, Side urban, Side rural) {
  }

  record Reach(Side urban, Side rural, List<PlanTargets.Target> targets, List<District> districts,
               List<ReachStore.Base> bases) {
  }

  /** A month: share of the population reached so far (cumulative), and people active that month. */
  record Trend(String month, Long reachedUrban, Long reachedRural, Double urbanShare, Double ruralShare, long active) {
  }

  record Visit(String month, long visits) {
  }

  static ReachView of(List<ReachStore.NodeFigures> nodeAndChildren, List<ReachStore.Base> bases,
                      List<ReachStore.Month> months, List<Object[]> visits, OffsetDateTime updatedAt, Object training) {
    Coverage urban = new Coverage(0, 0);
    Coverage rural = new Coverage(0, 0);
    Map<Long, Coverage[]> byDistrict = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (ReachStore.Base b : bases) {
      Coverage c = new Coverage(b.population(), b.reached());
      boolean isUrban = "URBAN".equals(b.settlement());
      if (isUrban) {
        urban = urban.plus(c);
      } else {
        rural = rural.plus(c);
      }
      Long key = b.districtId() == null ? -1L : b.districtId();
      names.putIfAbsent(key, b.districtName());
      Coverage[] pair = byDistrict.computeIfAbsent(key, k -> new Coverage[] {new Coverage(0, 0), new Coverage(0, 0)});
      pair[isUrban ? 0 : 1] = pair[isUrban ? 0 : 1].plus(c);
    }
    List<District> districts = new ArrayList<>();
    byDistrict.forEach((id, pair) -> districts.add(new District(id < 0 ? null : id, names.get(id),
        side(pair[0], true), side(pair[1], false))));
    List<Trend> trend = new ArrayList<>();
    long cumUrban = 0;
    long cumRural = 0;
    for (ReachStore.Month m : months) {
      cumUrban += m.newUrban();
      cumRural += m.newRural();
      trend.add(new Trend(m.month().toString().substring(0, 7), cumUrban, cumRural,
          new Coverage(urban.population(), cumUrban).share(), new Coverage(rural.population(), cumRural).share(),
          m.active()));
    }
    if (trend.size() > 12) {
      trend = new ArrayList<>(trend.subList(trend.size() - 12, trend.size()));
    }
    List<Visit> visited = visits.stream().map(v -> new Visit((String) v[0], (Long) v[1])).toList();
    return new ReachView(nodeAndChildren.get(0), nodeAndChildren.subList(1, nodeAndChildren.size()),
        new Reach(side(urban, true), side(rural, false), PlanTargets.TARGETS, districts, bases), trend, visited,
        updatedAt, training);
  }

  private static Side side(Coverage c, boolean urban) {
    List<Gap> gaps = PlanTargets.TARGETS.stream()
        .map(t -> new Gap(t.year(), urban ? t.urban() : t.rural(), c.gap(urban ? t.urban() : t.rural()))).toList();
    return new Side(c.population(), c.reached(), c.share(), gaps);
  }
}
