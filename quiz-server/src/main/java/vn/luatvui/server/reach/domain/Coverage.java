package vn.luatvui.server.reach.domain;

/**
 * People reached against a population (wards, communes and townships summed by settlement). The share is
 * capped at 1 only for display elsewhere; here it is what it is (more people reached than counted residents
 * shows a population figure out of date). Empty population: no share.
 */
public record Coverage(long population, long reached) {
  public Coverage {
    if (population < 0 || reached < 0) {
      throw new IllegalArgumentException("negative coverage");
    }
  }

  public Coverage plus(Coverage other) {
    return new Coverage(population + other.population, reached + other.reached);
  }

  /** reached / population, or null when there is no population to measure against. */
  public Double share() {
    return population == 0 ? null : (double) reached / population;
  }

  /** People still to reach for {@code target} (0 when met), or null without population. */
  public Long gap(double target) {
    if (population == 0) {
      return null;
    }
    // A tiny tolerance: 0.7 × 20 must need 14 people, not 15 from a floating-point 14.000000000000002.
    return Math.max(0L, (long) Math.ceil(target * population - 1e-9) - reached);
  }
}
