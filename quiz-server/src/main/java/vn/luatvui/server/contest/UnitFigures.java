package vn.luatvui.server.contest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.server.contest.domain.Unit;
import vn.luatvui.server.contest.domain.UnitOrder;

/**
 * Unit figures (xếp hạng đơn vị) from per-unit totals, rolled up the tree: a unit counts its own
 * contestants and those of every unit below it. The participation rate needs the unit's size: its
 * own, or else the sum of the known sizes below it.
 */
final class UnitFigures {
  /** What PostgreSQL counted for one unit alone. */
  record Counted(long registered, long participants, long scoreSum, long winners) {
    static final Counted NONE = new Counted(0, 0, 0, 0);

    Counted plus(Counted o) {
      return new Counted(registered + o.registered, participants + o.participants, scoreSum + o.scoreSum,
          winners + o.winners);
    }
  }

  /** One unit's line (the UnitStanding schema of the API). */
  record Figure(long unitId, String code, String name, Long parentId, int depth, long registered, long participants,
                Double participationRate, Double averageScore, long winners) {
  }

  private UnitFigures() {
  }

  /** Every unit in tree order (parents first, siblings by code). */
  static List<Figure> rollUp(List<Unit> units, Map<Long, Counted> counted) {
    Map<Long, List<Unit>> children = new HashMap<>();
    for (Unit u : units) {
      children.computeIfAbsent(u.parentId() == null ? 0L : u.parentId(), k -> new ArrayList<>()).add(u);
    }
    children.values().forEach(list -> list.sort(Comparator.comparing(Unit::code)));
    List<Figure> out = new ArrayList<>(units.size());
    for (Unit root : children.getOrDefault(0L, List.of())) {
      walk(root, 0, children, counted, out);
    }
    return out;
  }

  private record Sub(Counted counted, Long members) {
  }

  private static Sub walk(Unit unit, int depth, Map<Long, List<Unit>> children, Map<Long, Counted> counted, List<Figure> out) {
    int at = out.size();
    out.add(null);
    Counted total = counted.getOrDefault(unit.id(), Counted.NONE);
    Long knownBelow = null;
    for (Unit child : children.getOrDefault(unit.id(), List.of())) {
      Sub sub = walk(child, depth + 1, children, counted, out);
      total = total.plus(sub.counted());
      if (sub.members() != null) {
        knownBelow = (knownBelow == null ? 0 : knownBelow) + sub.members();
      }
    }
    Long members = unit.members() != null ? Long.valueOf(unit.members()) : knownBelow;
    Double rate = members == null || members == 0 ? null : (double) total.participants() / members;
    Double average = total.participants() == 0 ? null : (double) total.scoreSum() / total.participants();
    out.set(at, new Figure(unit.id(), unit.code(), unit.name(), unit.parentId(), depth, total.registered(),
        total.participants(), rate, average, total.winners()));
    return new Sub(total, members);
  }

  /** The figures of one depth (all when null), best first by the metric, then by code. */
  static List<Figure> rank(List<Figure> figures, UnitOrder by, Integer depth) {
    Comparator<Figure> metric = switch (by) {
      case PARTICIPANTS -> Comparator.comparingDouble(f -> -f.participants());
      case WINNERS -> Comparator.comparingDouble(f -> -f.winners());
      case RATE -> Comparator.comparing(Figure::participationRate, Comparator.nullsLast(Comparator.reverseOrder()));
      case AVERAGE_SCORE -> Comparator.comparing(Figure::averageScore, Comparator.nullsLast(Comparator.reverseOrder()));
    };
    return figures.stream().filter(f -> depth == null || f.depth() == depth)
        .sorted(metric.thenComparing(Figure::code)).toList();
  }
}
