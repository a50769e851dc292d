package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitStandingsTest {
  // Province > two districts > schools. Listed out of order on purpose.
  private static final Unit SCHOOL_B2 = new Unit(6, 3L, "TH-B2", "Trường B2", 40);
  private static final Unit SCHOOL_A1 = new Unit(4, 2L, "TH-A1", "Trường A1", 50);
  private static final Unit DISTRICT_B = new Unit(3, 1L, "H-B", "Huyện B", null);
  private static final Unit PROVINCE = new Unit(1, null, "T", "Tỉnh", 1000);
  private static final Unit SCHOOL_A2 = new Unit(5, 2L, "TH-A2", "Trường A2", 0);
  private static final Unit DISTRICT_A = new Unit(2, 1L, "H-A", "Huyện A", 200);
  private static final List<Unit> UNITS = List.of(SCHOOL_B2, SCHOOL_A1, DISTRICT_B, PROVINCE, SCHOOL_A2, DISTRICT_A);

  // Per unit alone: registered, took part, score sum, winners.
  private static final List<UnitTally> RESULTS = List.of(
      new UnitTally(4, 3, 2, 180, 1),
      new UnitTally(5, 1, 1, 60, 0),
      new UnitTally(2, 1, 1, 40, 0),       // registered with the district itself
      new UnitTally(6, 2, 1, 90, 1),
      new UnitTally(99, 1, 1, 10, 1));     // a unit not in the list: ignored

  private static UnitStanding of(List<UnitStanding> all, long unitId) {
    return all.stream().filter(s -> s.unitId() == unitId).findFirst().orElseThrow();
  }

  @Test
  void units_come_in_tree_order_parents_first_siblings_by_code() {
    List<UnitStanding> all = UnitStandings.compute(UNITS, RESULTS);

    assertThat(all).extracting(UnitStanding::code).containsExactly("T", "H-A", "TH-A1", "TH-A2", "H-B", "TH-B2");
    assertThat(all).extracting(UnitStanding::depth).containsExactly(0, 1, 2, 2, 1, 2);
  }

  @Test
  void a_unit_counts_its_own_contestants_and_those_of_every_unit_below() {
    List<UnitStanding> all = UnitStandings.compute(UNITS, RESULTS);

    assertThat(of(all, 4)).isEqualTo(new UnitStanding(4, "TH-A1", "Trường A1", 2L, 2, 3, 2, 2 / 50.0, 90.0, 1));
    assertThat(of(all, 2)).isEqualTo(new UnitStanding(2, "H-A", "Huyện A", 1L, 1, 5, 4, 4 / 200.0, 70.0, 1));
    assertThat(of(all, 1)).isEqualTo(new UnitStanding(1, "T", "Tỉnh", null, 0, 7, 5, 5 / 1000.0, 74.0, 2));
  }

  @Test
  void a_unit_without_a_size_uses_the_known_sizes_below_it() {
    List<UnitStanding> all = UnitStandings.compute(UNITS, RESULTS);

    assertThat(of(all, 3)).isEqualTo(new UnitStanding(3, "H-B", "Huyện B", 1L, 1, 2, 1, 1 / 40.0, 90.0, 1));
    List<Unit> sizesOnlyBelow = List.of(new Unit(1, null, "T", "Tỉnh", null), new Unit(2, 1L, "A", "A", 30),
        new Unit(3, 1L, "B", "B", null), new Unit(4, 1L, "C", "C", 10));
    assertThat(of(UnitStandings.compute(sizesOnlyBelow, List.of(new UnitTally(2, 5, 4, 0, 0))), 1).participationRate())
        .isEqualTo(4 / 40.0);
  }

  @Test
  void the_rate_is_unknown_without_members_and_the_average_without_participants() {
    List<UnitStanding> all = UnitStandings.compute(UNITS, List.of());

    assertThat(of(all, 5).participationRate()).isNull();
    assertThat(of(all, 1).participationRate()).isEqualTo(0.0);
    assertThat(all).allSatisfy(s -> {
      assertThat(s.averageScore()).isNull();
      assertThat(s.participants()).isZero();
      assertThat(s.winners()).isZero();
    });
  }

  @Test
  void rankings_order_by_the_metric_highest_first_unknown_last_then_by_code() {
    List<UnitStanding> all = UnitStandings.compute(UNITS, RESULTS);

    assertThat(UnitStandings.rank(all, UnitOrder.PARTICIPANTS, null)).extracting(UnitStanding::code)
        .containsExactly("T", "H-A", "TH-A1", "H-B", "TH-A2", "TH-B2");
    assertThat(UnitStandings.rank(all, UnitOrder.RATE, 2)).extracting(UnitStanding::code)
        .containsExactly("TH-A1", "TH-B2", "TH-A2");
    assertThat(UnitStandings.rank(all, UnitOrder.AVERAGE_SCORE, 2)).extracting(UnitStanding::code)
        .containsExactly("TH-A1", "TH-B2", "TH-A2");
    assertThat(UnitStandings.rank(all, UnitOrder.WINNERS, 1)).extracting(UnitStanding::code)
        .containsExactly("H-A", "H-B");
    assertThat(UnitStandings.rank(all, UnitOrder.RATE, 1)).extracting(UnitStanding::code)
        .containsExactly("H-B", "H-A");
  }

  @Test
  void a_unit_whose_parent_is_not_listed_is_a_top_unit() {
    List<UnitStanding> all = UnitStandings.compute(List.of(new Unit(7, 42L, "X", "Xã X", null)), List.of());

    assertThat(all).extracting(UnitStanding::depth).containsExactly(0);
  }

  @Test
  void a_cycle_of_parents_is_refused() {
    List<Unit> cycle = List.of(new Unit(1, 2L, "A", "A", null), new Unit(2, 1L, "B", "B", null));

    assertThatThrownBy(() -> UnitStandings.compute(cycle, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_long_chain_of_units_rolls_up_without_recursion() {
    List<Unit> chain = new java.util.ArrayList<>();
    for (int i = 1; i <= 20_000; i++) {
      chain.add(new Unit(i, i == 1 ? null : (long) (i - 1), String.format("U%05d", i), "Đơn vị " + i, null));
    }

    List<UnitStanding> all = UnitStandings.compute(chain, List.of(new UnitTally(20_000, 1, 1, 7, 0)));

    assertThat(all.get(0).participants()).isEqualTo(1);
    assertThat(all.get(19_999).depth()).isEqualTo(19_999);
  }
}
