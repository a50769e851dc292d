package vn.luatvui.server.reach.domain;

import java.util.List;

/**
 * The city plan's targets for people reaching legal information online (chuyển đổi số trong công tác phổ biến,
 * giáo dục pháp luật, 2025–2030): by 2027 80% of people in urban areas and 60% in rural ones, by 2030 90% and 70%.
 */
public final class PlanTargets {
  /** One milestone: the year and the share of people to reach in towns and in the countryside. */
  public record Target(int year, double urban, double rural) {
  }

  public static final List<Target> TARGETS = List.of(new Target(2027, 0.80, 0.60), new Target(2030, 0.90, 0.70));

  private PlanTargets() {
  }
}
