package vn.luatvui.server.reach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverageTest {
  @Test
  void the_gap_is_the_people_still_to_reach_for_a_target_and_never_negative() {
    assertThat(new Coverage(20, 1).gap(0.70)).isEqualTo(13);
    assertThat(new Coverage(10, 3).gap(0.80)).isEqualTo(5);
    assertThat(new Coverage(1_000_000, 950_000).gap(0.90)).isZero();
    assertThat(new Coverage(7, 0).gap(0.60)).as("4.2 people is 5 people").isEqualTo(5);
  }

  @Test
  void urban_and_rural_add_up_and_no_population_has_no_share() {
    Coverage both = new Coverage(100, 20).plus(new Coverage(300, 30));
    assertThat(both.share()).isEqualTo(0.125);
    assertThat(new Coverage(0, 5).share()).isNull();
    assertThat(new Coverage(0, 5).gap(0.8)).isNull();
  }
}
