package vn.luatvui.server.contest.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rolls per-unit tallies up the unit tree (tổng hợp theo đơn vị) and ranks units: a unit counts
 * its own contestants and those of every unit below it.
 */
public final class UnitStandings {
  private static final Comparator<Unit> BY_CODE = Comparator.comparing(Unit::code,
      Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparingLong(Unit::id);

  private UnitStandings() {
  }

  /**
   * Every unit's figures in tree order: parents before their children, siblings by code. A unit whose
   * parent is not in the list counts as a top unit; tallies of units not in the list are ignored.
   *
   * @throws IllegalArgumentException when the units' parents form a cycle or an id repeats
   */
  public static List<UnitStanding> compute(List<Unit> units, List<UnitTally> tallies) {
    Map<Long, Unit> byId = new HashMap<>();
    for (Unit u : units) {
      if (byId.put(u.id(), u) != null) {
        throw new IllegalArgumentException("Unit " + u.id() + " appears twice");
      }
    }
    Map<Long, List<Unit>> children = new HashMap<>();
    List<Unit> roots = new ArrayList<>();
    for (Unit u : units) {
      if (u.parentId() != null && byId.containsKey(u.parentId())) {
        children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
      } else {
        roots.add(u);
      }
    }
    List<Unit> tree = new ArrayList<>(units.size());
    Map<Long, Integer> depth = new HashMap<>();
    Deque<Unit> stack = new ArrayDeque<>();
    push(stack, roots);
    roots.forEach(r -> depth.put(r.id(), 0));
    while (!stack.isEmpty()) {
      Unit u = stack.pop();
      tree.add(u);
      List<Unit> below = children.getOrDefault(u.id(), List.of());
      below.forEach(c -> depth.put(c.id(), depth.get(u.id()) + 1));
      push(stack, below);
    }
    if (tree.size() != units.size()) {
      throw new IllegalArgumentException("The units' parents form a cycle");
    }
    return rollUp(tree, depth, tallies);
  }

  /**
   * The standings ordered by the metric, highest first, units without a figure last, then by code.
   *
   * @param depth only units at this depth (0 = top units), or null for all
   */
  public static List<UnitStanding> rank(List<UnitStanding> standings, UnitOrder by, Integer depth) {
    Function<UnitStanding, Double> metric = metric(by);
    return standings.stream()
        .filter(s -> depth == null || s.depth() == depth)
        .sorted(Comparator.comparing(metric, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparing(UnitStanding::code, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparingLong(UnitStanding::unitId))
        .toList();
  }

  private static Function<UnitStanding, Double> metric(UnitOrder by) {
    switch (by) {
      case PARTICIPANTS:
        return s -> (double) s.participants();
      case RATE:
        return UnitStanding::participationRate;
      case AVERAGE_SCORE:
        return UnitStanding::averageScore;
      case WINNERS:
        return s -> (double) s.winners();
      default:
        throw new IllegalArgumentException("Unknown order " + by);
    }
  }

  private static void push(Deque<Unit> stack, List<Unit> units) {
    List<Unit> sorted = new ArrayList<>(units);
    sorted.sort(BY_CODE.reversed());
    sorted.forEach(stack::push);
  }

  /** Children come after their parents in {@code tree}, so walking it backwards sees every child first. */
  private static List<UnitStanding> rollUp(List<Unit> tree, Map<Long, Integer> depth, List<UnitTally> tallies) {
    Map<Long, long[]> sums = new HashMap<>();
    Map<Long, Long> sizeBelow = new HashMap<>();
    Map<Long, Long> size = new HashMap<>();
    tree.forEach(u -> sums.put(u.id(), new long[4]));
    for (UnitTally t : tallies) {
      long[] s = sums.get(t.unitId());
      if (s != null) {
        s[0] += t.registered();
        s[1] += t.participants();
        s[2] += t.scoreSum();
        s[3] += t.winners();
      }
    }
    for (int i = tree.size() - 1; i >= 0; i--) {
      Unit u = tree.get(i);
      Long own = u.members() != null ? Long.valueOf(u.members()) : sizeBelow.get(u.id());
      if (own != null) {
        size.put(u.id(), own);
      }
      long[] parent = u.parentId() == null ? null : sums.get(u.parentId());
      if (parent != null) {
        long[] counted = sums.get(u.id());
        for (int k = 0; k < counted.length; k++) {
          parent[k] += counted[k];
        }
        if (own != null) {
          sizeBelow.merge(u.parentId(), own, Long::sum);
        }
      }
    }
    List<UnitStanding> standings = new ArrayList<>(tree.size());
    for (Unit u : tree) {
      long[] s = sums.get(u.id());
      Long members = size.get(u.id());
      Double rate = members != null && members > 0 ? (double) s[1] / members : null;
      Double average = s[1] > 0 ? (double) s[2] / s[1] : null;
      standings.add(new UnitStanding(u.id(), u.code(), u.name(), u.parentId(), depth.get(u.id()), s[0], s[1], rate,
          average, s[3]));
    }
    return List.copyOf(standings);
  }
}
