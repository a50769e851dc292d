package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.server.contest.domain.Contests.T0;
import static vn.luatvui.server.contest.domain.Contests.standing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RoundRankingTest {
  private static final long ACTUAL = 120L;

  /** Each row: the level that decides, then the standing that ranks first and the one that ranks second. */
  static Stream<Arguments> ties_at_each_level() {
    return Stream.of(
        Arguments.of("higher score wins whatever else",
            standing(9, 190, null, 900_000, T0.plusSeconds(99)), standing(1, 180, ACTUAL, 1_000, T0)),
        Arguments.of("same score: the closer prediction wins",
            standing(9, 180, 125L, 900_000, T0.plusSeconds(99)), standing(1, 180, 110L, 1_000, T0)),
        Arguments.of("same score, same distance above or below: the shorter duration wins",
            standing(9, 180, 110L, 60_000, T0.plusSeconds(99)), standing(1, 180, 130L, 60_001, T0)),
        Arguments.of("same score, distance and duration: the earlier submission wins",
            standing(9, 180, 120L, 60_000, T0), standing(1, 180, 120L, 60_000, T0.plusMillis(1))),
        Arguments.of("all equal: the lower contestant id wins",
            standing(1, 180, 120L, 60_000, T0), standing(2, 180, 120L, 60_000, T0)),
        Arguments.of("any prediction, however far, ranks before none",
            standing(9, 180, 1_000_000L, 900_000, T0.plusSeconds(99)), standing(1, 180, null, 1_000, T0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ties_at_each_level")
  void ties_are_broken_level_by_level(String level, RoundEntry first, RoundEntry second) {
    assertThat(RoundRanking.order(ACTUAL).compare(first, second)).isNegative();
    assertThat(RoundRanking.order(ACTUAL).compare(second, first)).isPositive();
    assertThat(RoundRanking.rank(List.of(second, first), ACTUAL)).extracting(Ranked::standing)
        .containsExactly(first, second);
  }

  @Test
  void without_an_actual_figure_predictions_are_skipped_and_duration_decides() {
    RoundEntry noPrediction = standing(1, 180, null, 50_000, T0);
    RoundEntry exact = standing(2, 180, ACTUAL, 60_000, T0);

    assertThat(RoundRanking.rank(List.of(exact, noPrediction), null)).extracting(Ranked::standing)
        .containsExactly(noPrediction, exact);
    assertThat(RoundRanking.rank(List.of(exact, noPrediction), ACTUAL)).extracting(Ranked::standing)
        .containsExactly(exact, noPrediction);
  }

  @Test
  void ranks_are_one_based_and_carry_the_prediction_distance() {
    List<Ranked> ranked = RoundRanking.rank(List.of(
        standing(3, 100, 118L, 1_000, T0), standing(4, 200, null, 1_000, T0), standing(5, 100, 125L, 1_000, T0)), ACTUAL);

    assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 3);
    assertThat(ranked).extracting(r -> r.standing().contestantId()).containsExactly(4L, 3L, 5L);
    assertThat(ranked).extracting(Ranked::distance).containsExactly(null, 2L, 5L);
    assertThat(RoundRanking.rank(List.of(standing(3, 100, 118L, 1_000, T0)), null).get(0).distance()).isNull();
  }

  @Test
  void the_ranking_does_not_depend_on_the_input_order() {
    List<RoundEntry> all = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      all.add(standing(i, (i % 4) * 10, i % 3 == 0 ? null : (long) (100 + i), 1_000L * (i % 5), T0.plusSeconds(i % 2)));
    }
    List<Ranked> expected = RoundRanking.rank(all, ACTUAL);
    Collections.reverse(all);

    assertThat(RoundRanking.rank(all, ACTUAL)).isEqualTo(expected);
  }

  @Test
  void huge_predictions_do_not_overflow_the_distance() {
    RoundEntry wild = standing(1, 10, Long.MIN_VALUE, 1_000, T0);
    RoundEntry near = standing(2, 10, Long.MAX_VALUE - 5, 1_000, T0);

    List<Ranked> ranked = RoundRanking.rank(List.of(wild, near), Long.MAX_VALUE);

    assertThat(ranked).extracting(Ranked::standing).containsExactly(near, wild);
    assertThat(ranked.get(1).distance()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void the_counted_attempt_has_the_higher_score_then_the_shorter_duration_then_the_earlier_submission() {
    RoundEntry base = standing(1, 80, 5L, 300_000, T0.plusSeconds(600));

    assertThat(RoundRanking.better(standing(1, 90, null, 900_000, T0.plusSeconds(999)), base)).isTrue();
    assertThat(RoundRanking.better(standing(1, 80, null, 299_999, T0.plusSeconds(999)), base)).isTrue();
    assertThat(RoundRanking.better(standing(1, 80, null, 300_000, T0.plusSeconds(599)), base)).isTrue();
    assertThat(RoundRanking.better(standing(1, 80, 999L, 300_000, T0.plusSeconds(600)), base)).isFalse();
    assertThat(RoundRanking.better(base, base)).isFalse();
    assertThat(RoundRanking.better(standing(1, 70, 5L, 1_000, T0), base)).isFalse();
  }

  @Test
  void the_actual_figure_counts_perfect_scores_or_participants() {
    List<RoundEntry> best = List.of(standing(1, 200, 3L, 1, T0), standing(2, 190, 3L, 1, T0), standing(3, 200, 3L, 1, T0));

    assertThat(PredictionTarget.PERFECT_SCORES.actualFigure(best, 200)).isEqualTo(2);
    assertThat(PredictionTarget.PARTICIPANTS.actualFigure(best, 200)).isEqualTo(3);
    assertThat(PredictionTarget.PERFECT_SCORES.actualFigure(List.of(), 200)).isZero();
  }
}
