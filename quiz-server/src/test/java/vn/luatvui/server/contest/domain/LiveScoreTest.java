package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LiveScoreTest {

  @Test
  void a_higher_score_encodes_lower_so_it_sorts_first() {
    assertThat(LiveScore.encode(200, 900_000)).isLessThan(LiveScore.encode(199, 0));
  }

  @Test
  void for_the_same_score_the_shorter_duration_sorts_first() {
    assertThat(LiveScore.encode(150, 61_000)).isLessThan(LiveScore.encode(150, 61_001));
  }

  @Test
  void score_and_duration_come_back_exactly_even_at_the_extremes() {
    int[] scores = {0, 1, 200, 10_000, LiveScore.MAX_SCORE};
    long[] durations = {0, 1, 900_000, 7_200_000, LiveScore.MAX_DURATION_MS};
    for (int score : scores) {
      for (long duration : durations) {
        double encoded = LiveScore.encode(score, duration);

        assertThat(LiveScore.score(encoded)).isEqualTo(score);
        assertThat(LiveScore.durationMs(encoded)).isEqualTo(duration);
      }
    }
  }

  @Test
  void the_encoding_is_the_documented_formula() {
    assertThat(LiveScore.encode(200, 1234)).isEqualTo(((1 << 20) - 1 - 200) * Math.pow(2, 32) + 1234);
    assertThat(LiveScore.encode(0, LiveScore.MAX_DURATION_MS)).isLessThan(Math.pow(2, 52));
  }

  @Test
  void durations_beyond_the_range_are_capped_and_negative_ones_count_as_zero() {
    assertThat(LiveScore.durationMs(LiveScore.encode(5, Long.MAX_VALUE))).isEqualTo(LiveScore.MAX_DURATION_MS);
    assertThat(LiveScore.durationMs(LiveScore.encode(5, -4))).isZero();
  }

  @Test
  void scores_outside_the_range_and_foreign_numbers_are_refused() {
    assertThatThrownBy(() -> LiveScore.encode(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LiveScore.encode(LiveScore.MAX_SCORE + 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LiveScore.score(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LiveScore.durationMs(-2)).isInstanceOf(IllegalArgumentException.class);
  }
}
